/**
 * Access facts of JavaScript and TypeScript calls: every operation of SDK v3 commands, paginators and
 * aggregated clients, SDK v2 clients and DocumentClient, and the ORMs, with the index, key condition,
 * filter, consistent read, unprocessed-items handling and written attributes each request states.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/code/analyze.ts';
import { codeFileKind } from '../../src/code/languages.ts';
import { valueOf, type CodeUse } from '../../src/model.ts';

async function usesOf(file: string, text: string): Promise<CodeUse[]> {
  const kind = codeFileKind(file);
  if (!kind) throw new Error(`not a code file: ${file}`);
  return (await analyzeFile({ display: file, text, ...kind })).uses;
}

/** A use as the rules read it: operation, table, index and the key attributes, at its line. */
function summary(use: CodeUse): string {
  const parts = [`${use.location.line} ${use.operation}`];
  const table = valueOf(use.table) ?? use.tableVariable;
  if (table) parts.push(`table=${table}`);
  if (use.index) parts.push(`index=${use.index.known ? use.index.value : '?'}`);
  if (use.keyCondition)
    parts.push(
      `key=${use.keyCondition.known ? use.keyCondition.value.map((t) => `${t.attribute}${t.operator}`).join(',') : '?'}`,
    );
  if (use.filter) parts.push(`filter=${use.filter.known ? use.filter.value.join(',') : '?'}`);
  if (use.consistentRead)
    parts.push(`consistent=${use.consistentRead.known ? use.consistentRead.value : '?'}`);
  if (use.select) parts.push(`select=${use.select}`);
  if (use.unprocessedHandled !== undefined) parts.push(`unprocessedHandled=${use.unprocessedHandled}`);
  if (use.writtenAttributes) parts.push(`writes=${use.writtenAttributes.join(',')}`);
  return parts.join(' ');
}

describe('JavaScript/TypeScript access facts', () => {
  it('reads SDK v3 commands sent through a document client', async () => {
    const uses = await usesOf(
      'src/orders.ts',
      `import { DynamoDBClient, BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, GetCommand, PutCommand, UpdateCommand, DeleteCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';

const client = new DynamoDBClient({});
const doc = DynamoDBDocumentClient.from(client);
const TABLE = process.env.ORDERS_TABLE;
const BY_CUSTOMER = 'byCustomer';

export async function ordersOf(customerId: string, since: string) {
  const result = await doc.send(
    new QueryCommand({
      TableName: TABLE,
      IndexName: BY_CUSTOMER,
      KeyConditionExpression: '#c = :c AND createdAt >= :since',
      ExpressionAttributeNames: { '#c': 'customerId', '#s': 'status' },
      ExpressionAttributeValues: { ':c': customerId, ':since': since, ':s': 'OPEN' },
      FilterExpression: '#s = :s',
      Select: 'COUNT',
    }),
  );
  return result.Count;
}

export async function orderById(id: string) {
  const { Item } = await doc.send(new GetCommand({ TableName: TABLE, Key: { id }, ConsistentRead: true }));
  return Item;
}

export async function save(order: { id: string; total: number }) {
  await doc.send(new PutCommand({ TableName: TABLE, Item: { id: order.id, total: order.total, status: 'OPEN' } }));
  await doc.send(
    new UpdateCommand({
      TableName: TABLE,
      Key: { id: order.id },
      UpdateExpression: 'SET #s = :s, updatedAt = :now REMOVE draft',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': 'PAID', ':now': Date.now() },
    }),
  );
  await doc.send(new DeleteCommand({ TableName: TABLE, Key: { id: order.id } }));
  await client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE!]: [] } }));
}

export async function allOf(customerId: string) {
  const items = [];
  for await (const page of paginateQuery({ client: doc }, { TableName: TABLE, KeyConditionExpression: 'customerId = :c', ExpressionAttributeValues: { ':c': customerId } }))
    items.push(...(page.Items ?? []));
  const cache = new Map<string, string>();
  return cache.get(customerId) ?? items;
}
`,
    );
    expect(uses.map(summary)).toEqual([
      '10 Query table=ORDERS_TABLE index=byCustomer key=customerId=,createdAt>= filter=status select=COUNT',
      '25 GetItem table=ORDERS_TABLE consistent=true',
      '30 PutItem table=ORDERS_TABLE writes=id,total,status',
      '31 UpdateItem table=ORDERS_TABLE writes=status,updatedAt,draft',
      '40 DeleteItem table=ORDERS_TABLE',
      '41 BatchWriteItem table=ORDERS_TABLE unprocessedHandled=false',
      '46 Query table=ORDERS_TABLE key=customerId=',
    ]);
    expect(uses.find((u) => u.location.line === 46)?.details?.paginated).toBe(true);
  });

  it('reads SDK v2 DocumentClient and low-level calls, and PartiQL writes', async () => {
    const uses = await usesOf(
      'handlers/orders.js',
      `const AWS = require('aws-sdk');
const docClient = new AWS.DynamoDB.DocumentClient();
const dynamodb = new AWS.DynamoDB();

exports.byStatus = async (event) => {
  const params = {
    TableName: 'Orders',
    IndexName: event.index,
    KeyConditionExpression: 'status = :s',
    ExpressionAttributeValues: { ':s': event.status },
  };
  return docClient.query(params).promise();
};

exports.load = async (ids) => {
  const result = await docClient.batchGet({ RequestItems: { Orders: { Keys: ids.map((id) => ({ id })) } } }).promise();
  if (Object.keys(result.UnprocessedKeys).length) throw new Error('retry');
  return dynamodb.getItem({ TableName: 'Orders', Key: { id: { S: ids[0] } } }).promise();
};

exports.legacy = async (customer) =>
  dynamodb.query({
    TableName: 'Orders',
    KeyConditions: { customerId: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: customer }] } },
    QueryFilter: { status: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'OPEN' }] } },
  }).promise();

exports.mark = async (id) =>
  dynamodb.executeStatement({ Statement: "UPDATE Orders SET status = 'DONE' WHERE id = ?" }).promise();
`,
    );
    expect(uses.map(summary)).toEqual([
      '12 Query table=Orders index=? key=status=',
      '16 BatchGetItem table=Orders unprocessedHandled=true',
      '18 GetItem table=Orders',
      '22 Query table=Orders key=customerId= filter=status',
      '29 ExecuteStatement table=Orders',
    ]);
    expect(uses.map((u) => u.library)).toEqual(Array(5).fill('aws-sdk-js-v2'));
  });

  it('leaves a key condition unknown when a placeholder is not literal', async () => {
    const uses = await usesOf(
      'src/search.ts',
      `import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
const ddb = DynamoDBDocument.from(client);
export const search = (names: Record<string, string>, key: string) =>
  ddb.query({ TableName: 'Orders', KeyConditionExpression: '#k = :v', ExpressionAttributeNames: names, ConsistentRead: key === 'x' });
`,
    );
    expect(uses.map(summary)).toEqual(['4 Query table=Orders key=? consistent=?']);
  });

  it('does not take map.get, a string-keyed cache or an unrelated query for DynamoDB calls', async () => {
    const uses = await usesOf(
      'src/cache.ts',
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const dynamoCache = new Map<string, string>();
export const lookup = (db: { query(sql: string): unknown }, key: string) => {
  db.query('SELECT 1');
  const local = { get: (k: string) => k };
  local.get(key);
  return dynamoCache.get(key);
};
export const client = new DynamoDBClient({});
`,
    );
    expect(uses).toEqual([]);
  });

  it('records ORM operations, with the index only where the call names it', async () => {
    const uses = await usesOf(
      'src/models.js',
      `import dynamoose from 'dynamoose';
import { Entity } from 'electrodb';

const Order = dynamoose.model('Order', new dynamoose.Schema({ id: String }));
const order = new Entity({ model: { entity: 'order', version: '1', service: 'shop' } }, { table: 'Shop' });

export async function run(customerId) {
  await Order.get({ id: '1' });
  await Order.query('customerId').eq(customerId).using('byCustomer').exec();
  await Order.query('status').eq('OPEN').exec();
  await order.query.byCustomer({ customerId }).go();
  await order.put({ id: '1' }).go();
}
`,
    );
    expect(uses.map(summary)).toEqual([
      '8 GetItem',
      '9 Query index=byCustomer',
      '10 Query index=?',
      '11 Query index=?',
      '12 PutItem',
    ]);
  });
});
