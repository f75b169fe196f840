/**
 * Files whose only DynamoDB calls can be single-item ones (GetItem, PutItem, UpdateItem, DeleteItem) are
 * parsed only when something reads those calls: the access-pattern map, a change's base, or a rule that
 * judges tables with a GSI. Whatever is asked, the findings stay the same.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessPatterns } from '../../src/code/patterns.ts';
import { scanCode } from '../../src/code/scan.ts';
import { candidateKind } from '../../src/discover/detect.ts';
import { walk } from '../../src/discover/walk.ts';
import type { Finding } from '../../src/model.ts';
import { cli } from '../helpers/cli.ts';

const GET_ORDER = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export async function getOrder(id: string) {
  return client.send(new GetItemCommand({ TableName: 'orders', Key: { id: { S: id } } }));
}
`;

const SAVE_ORDER = `import boto3

orders = boto3.resource("dynamodb").Table("orders")


def save_order(order):
    orders.put_item(Item=order)
`;

const LIST_ORDERS = `import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function ordersOf(customerId: string) {
  const out = await ddb.send(
    new QueryCommand({
      TableName: 'orders',
      KeyConditionExpression: 'id = :id',
      ExpressionAttributeValues: { ':id': customerId },
    }),
  );
  return out.Items ?? [];
}
`;

function template(withGsi: boolean): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
${
  withGsi
    ? `        - AttributeName: customerId
          AttributeType: S
`
    : ''
}      KeySchema:
        - AttributeName: id
          KeyType: HASH
${
  withGsi
    ? `      GlobalSecondaryIndexes:
        - IndexName: byCustomer
          KeySchema:
            - AttributeName: customerId
              KeyType: HASH
          Projection:
            ProjectionType: ALL
`
    : ''
}`;
}

const POSTURE_OFF = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dynalint-single-item-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function findingsOf(cwd: string): Promise<Finding[]> {
  const run = await cli(cwd, ['.', '--format', 'json', '--fail-on', 'never', ...POSTURE_OFF]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

describe('code scan: files of single-item calls', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await project({
      'src/get-order.ts': GET_ORDER,
      'src/list-orders.ts': LIST_ORDERS,
      'src/save_order.py': SAVE_ORDER,
    });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function scan(singleItemCalls?: () => boolean | Promise<boolean>) {
    const walked = await walk(['.'], { cwd: dir, classify: candidateKind });
    const files = walked.files.filter((f) => f.kind === 'code');
    return scanCode(files, { workers: 0, ...(singleItemCalls ? { singleItemCalls } : {}) });
  }

  it('leaves them unparsed when nothing reads their calls, and still counts them', async () => {
    const everything = await scan();
    const lintOnly = await scan(() => false);
    expect(everything.uses.map((u) => `${u.operation} ${u.location.file}`).sort()).toEqual([
      'GetItem src/get-order.ts',
      'PutItem src/save_order.py',
      'Query src/list-orders.ts',
    ]);
    expect(lintOnly.uses.map((u) => `${u.operation} ${u.location.file}`)).toEqual([
      'Query src/list-orders.ts',
    ]);
    expect(lintOnly.parsed).toBe(everything.parsed);
  });

  it('parses them, in reading order, once the answer (asked after reading) is yes', async () => {
    expect(await scan(() => Promise.resolve(true))).toEqual(await scan());
  });
});

describe('runs that read single-item calls', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  async function app(withGsi: boolean): Promise<string> {
    const dir = await project({ 'template.yaml': template(withGsi), 'src/get-order.ts': GET_ORDER });
    dirs.push(dir);
    return dir;
  }

  it('unused-index counts the GetItem on a table with a GSI', async () => {
    const findings = await findingsOf(await app(true));
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      expect.stringMatching(
        /^unused-index: .*'byCustomer' of .*1 call\(s\) use the table \(none reads an index\)/,
      ),
    ]);
  });

  it('the access-pattern map shows the GetItem on a table without one', async () => {
    const cwd = await app(false);
    expect(await findingsOf(cwd)).toEqual([]);
    const run = await cli(cwd, ['patterns', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const { accessPatterns } = JSON.parse(run.stdout) as { accessPatterns: AccessPatterns };
    expect(accessPatterns.tables.map((t) => [t.table, t.operations])).toEqual([
      ['OrdersTable', { GetItem: 1 }],
    ]);
  });
});
