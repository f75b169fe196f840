/** `dynalint patterns`: the access-pattern map, through the CLI on the examples and on a written app. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessPatterns, TablePattern } from '../../src/code/patterns.ts';
import { cli } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function patternsOf(cwd: string, args: string[]): Promise<AccessPatterns> {
  const run = await cli(cwd, ['patterns', ...args, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { accessPatterns: AccessPatterns }).accessPatterns;
}

function tableOf(patterns: AccessPatterns, id: string): TablePattern {
  const table = patterns.tables.find((t) => t.table === id);
  if (!table) throw new Error(`no table ${id} in ${patterns.tables.map((t) => t.table).join(', ')}`);
  return table;
}

describe('dynalint patterns on the SAM example', () => {
  let patterns: AccessPatterns;
  beforeAll(async () => {
    patterns = await patternsOf(ROOT, ['examples/sam-app']);
  });

  it('maps each index of OrdersTable to the calls that read it', () => {
    const orders = tableOf(patterns, 'OrdersTable');
    expect(orders.keys).toEqual({ partition: 'orderStatus', sort: 'orderId' });
    const readers = Object.fromEntries(
      orders.indexes.map((index) => [
        index.name,
        index.readers.map((r) => `${r.operation} ${r.file}:${r.line}`),
      ]),
    );
    expect(readers).toEqual({
      byCustomer: ['Query examples/sam-app/src/handlers/customer-orders.ts:11'],
      byDay: [],
      bySku: [],
      byWarehouse: [],
      byCourier: [],
      byEmail: [],
    });
    expect(orders.undeclaredIndexReaders.map((r) => `${r.index} ${r.file}:${r.line}`)).toEqual([
      'byDate examples/sam-app/src/handlers/orders-by-day.ts:10',
    ]);
    expect(orders.unreadIndexes).toEqual(['byDay', 'bySku', 'byWarehouse', 'byCourier', 'byEmail']);
    expect(orders.scans.map((s) => s.operation)).toEqual(['ParallelScan', 'Scan']);
    expect(orders.operations).toMatchObject({ Query: 2, GetItem: 1, PutItem: 1, BatchWriteItem: 1 });
  });

  it('counts write amplification from the attributes a put sets, every GSI for a batch', () => {
    // The put sets customerId and createdDate (byCustomer, byDay); the batch's items are spread in: all six.
    expect(tableOf(patterns, 'OrdersTable').writeAmplification).toEqual({
      writes: 2,
      indexWrites: 2 + 6,
      factor: 5,
      basis: 'mixed',
    });
  });

  it('cannot tell unread indexes of a table no code uses', () => {
    const sessions = tableOf(patterns, 'SessionsTable');
    expect(sessions.unreadIndexes).toBeNull();
    expect(sessions.writeAmplification).toBeNull();
  });

  it('takes the word after the paths too, as `npm run demo -- patterns` passes it', async () => {
    const before = await cli(ROOT, ['patterns', 'examples/sam-app']);
    const after = await cli(ROOT, ['examples/sam-app', 'patterns']);
    expect(after.stdout).toBe(before.stdout);
    expect(before.stdout).toContain(
      'byCustomer (GSI: customerId; ALL): Query examples/sam-app/src/handlers/customer-orders.ts:11',
    );
    expect(before.stdout).toContain(
      'byDate (not declared): Query examples/sam-app/src/handlers/orders-by-day.ts:10',
    );
    expect(before.stdout).toContain('indexes with no reader: byDay, bySku, byWarehouse, byCourier, byEmail');
  });

  it('writes Markdown, and refuses formats a map has no shape in', async () => {
    const markdown = await cli(ROOT, ['patterns', 'examples/sam-app', '--format', 'markdown']);
    expect(markdown.stdout).toContain('## OrdersTable');
    expect(markdown.stdout).toContain(
      '| byCustomer (GSI) | customerId | Query examples/sam-app/src/handlers/customer-orders.ts:11 |',
    );
    const sarif = await cli(ROOT, ['patterns', 'examples/sam-app', '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain('patterns: --format must be one of stylish, markdown, json');
  });
});

describe('dynalint patterns on a written app', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynalint-patterns-'));
    await mkdir(path.join(dir, 'src'));
    await writeFile(
      path.join(dir, 'template.yaml'),
      `Resources:
  UsersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: id, AttributeType: S }
        - { AttributeName: email, AttributeType: S }
        - { AttributeName: team, AttributeType: S }
      KeySchema:
        - { AttributeName: id, KeyType: HASH }
      GlobalSecondaryIndexes:
        - IndexName: byEmail
          KeySchema: [{ AttributeName: email, KeyType: HASH }]
          Projection: { ProjectionType: KEYS_ONLY }
        - IndexName: byTeam
          KeySchema: [{ AttributeName: team, KeyType: HASH }]
          Projection: { ProjectionType: INCLUDE, NonKeyAttributes: [displayName] }
`,
    );
    await writeFile(
      path.join(dir, 'src/users.ts'),
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.USERS_TABLE;

export const create = (id: string, email: string) =>
  client.send(new PutCommand({ TableName: TABLE, Item: { id, email } }));

export const rename = (id: string, name: string) =>
  client.send(new UpdateCommand({ TableName: TABLE, Key: { id }, UpdateExpression: 'SET displayName = :n', ExpressionAttributeValues: { ':n': name } }));

export const touch = (id: string) =>
  client.send(new UpdateCommand({ TableName: TABLE, Key: { id }, UpdateExpression: 'SET lastSeen = :t', ExpressionAttributeValues: { ':t': Date.now() } }));

export const find = (index: string, value: string) =>
  client.send(new QueryCommand({ TableName: TABLE, IndexName: index, KeyConditionExpression: 'k = :v', ExpressionAttributeValues: { ':v': value } }));
`,
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('counts only the GSIs each write reaches, and leaves unread indexes open when an index is computed', async () => {
    const users = tableOf(await patternsOf(dir, ['.']), 'UsersTable');
    // Put: email only (byEmail); rename: displayName is projected into byTeam; touch: lastSeen is in no GSI.
    expect(users.writeAmplification).toEqual({
      writes: 3,
      indexWrites: 2,
      factor: 1.67,
      basis: 'attributes',
    });
    expect(users.computedIndexReaders.map((r) => `${r.operation} ${r.file}:${r.line}`)).toEqual([
      'Query src/users.ts:17',
    ]);
    expect(users.unreadIndexes).toBeNull();
  });
});

describe('access patterns a change adds or removes (--base)', () => {
  const template = `Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: id, AttributeType: S }
        - { AttributeName: customerId, AttributeType: S }
      KeySchema:
        - { AttributeName: id, KeyType: HASH }
      GlobalSecondaryIndexes:
        - IndexName: byCustomer
          KeySchema: [{ AttributeName: customerId, KeyType: HASH }]
          Projection: { ProjectionType: ALL }
`;
  const handler = (body: string): string => `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
${body}`;
  const getOne = `export const one = (id) => client.send(new GetCommand({ TableName: process.env.ORDERS_TABLE, Key: { id } }));\n`;
  const byCustomer = `export const ofCustomer = (c) =>
  client.send(new QueryCommand({ TableName: process.env.ORDERS_TABLE, IndexName: 'byCustomer', KeyConditionExpression: 'customerId = :c', ExpressionAttributeValues: { ':c': c } }));
`;

  it('lists the Query the change adds and the GetItem it removes, not the code that stayed', async () => {
    const dir = await changeRepository(
      { 'template.yaml': template, 'src/orders.js': handler(getOne), 'src/other.js': handler(getOne) },
      { 'src/orders.js': handler(byCustomer), 'src/other.js': handler(`// moved down\n\n${getOne}`) },
    );
    try {
      const run = await cli(dir, [
        '--base',
        'main',
        '--format',
        'markdown',
        '--fail-on',
        'never',
        '--rule',
        'unused-index=off',
      ]);
      expect(run.stderr).toBe('');
      const lines = run.stdout
        .split('\n')
        .filter((line) => line.startsWith('- adds') || line.startsWith('- removes'));
      expect(lines).toEqual([
        '- adds a Query on OrdersTable.byCustomer at src/orders.js:6',
        '- removes a GetItem on OrdersTable at src/orders.js:5',
      ]);
      expect(run.stdout).toContain('**Access patterns** (compared with main):');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
