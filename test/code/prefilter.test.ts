import { describe, expect, it } from 'vitest';
import { isBundle, mentionsOperation, onlySingleItemCalls } from '../../src/code/prefilter.ts';

describe('operation prefilter', () => {
  it.each([
    'client.scan(',
    'new ScanCommand(',
    'ExecuteStatementCommand',
    'execute_statement(',
    'x.Scan()',
    'paginateScan',
  ])('keeps %s', (text) => expect(mentionsOperation(Buffer.from(text))).toBe(true));
  it.each([
    'client.query(',
    'new QueryCommand(',
    'paginateQuery(',
    'table.query(KeyConditionExpression=',
    'new GetItemCommand({',
    'putItem(',
    'table.put_item(Item=item)',
    'client.delete_item(',
    'new BatchWriteItemCommand(input)',
    'batch_writer()',
    'orders.batchGet(',
    'client.TransactWriteItems(ctx, input)',
    'client.transact_get_items(TransactItems=items)',
    'new UpdateCommand(',
    'orders.get({ Key: { id } })',
    'await context.QueryAsync<Order>(id).GetRemainingAsync()',
    'svc.Query(ctx, input)',
    'mapper.load(Order.class, id)',
    'await context.SaveAsync(order)',
  ])('keeps %s in a file tied to DynamoDB', (text) => {
    expect(mentionsOperation(Buffer.from(`const ddb = new DynamoDBClient({});\n${text}`))).toBe(true);
    // Without a package, client name or TableName, only scans and statements are worth a parse.
    expect(mentionsOperation(Buffer.from(`const store = new Store();\n${text}`))).toBe(false);
  });
  it.each([
    'cancel()',
    'canvas',
    'can = 1',
    'execute()',
    'scAn',
    'const item = items[0]',
    'match(pattern)',
    'apiKey = loadConfig()',
    'upload(file)',
    'saved = true',
    "import { GetItemCommand } from '@aws-sdk/client-dynamodb';",
    'const query = req.query;',
    'for (const item of items) batch.push(item);',
    '',
  ])('rules out %s', (text) => expect(mentionsOperation(Buffer.from(text))).toBe(false));
});

describe('files of single-item calls', () => {
  it.each([
    "client.send(new GetItemCommand({ TableName: 'orders', Key }))",
    'table.put_item(Item=item)',
    'await docClient.update({ TableName, Key, UpdateExpression })',
    'client.DeleteItem(ctx, input)',
    'mapper.load(Order.class, id)',
    'await context.SaveAsync(order)',
  ])('holds only single-item calls: %s', (text) => expect(onlySingleItemCalls(text)).toBe(true));
  it.each([
    'client.scan(params)',
    'new QueryCommand(input)',
    'table.batch_writer()',
    'client.TransactWriteItems(ctx, input)',
    'ddb.executeStatement({ Statement })',
    'await Order.find({ status })',
    'context.FromQueryAsync<Order>(config)',
    'paginator = client.get_paginator("scan")',
    '// dynalint-ignore-next-line unused-index -- read by the nightly job',
  ])('may hold more: %s', (text) =>
    expect(
      onlySingleItemCalls(`table.get_item(Key=key)
${text}`),
    ).toBe(false),
  );
});

describe('bundler outputs', () => {
  it.each([
    'var __commonJS = (cb, mod) => function __require() {};\nvar require_lib = __commonJS({});',
    '/******/ var __webpack_require__ = {};',
    'var mod = __toESM(require_client_dynamodb());',
  ])('recognises %j', (text) => expect(isBundle(text)).toBe(true));
  it('keeps a source file', () => {
    const source =
      "import { ScanCommand } from '@aws-sdk/client-dynamodb';\nexport const all = () => send(new ScanCommand({}));";
    expect(isBundle(source)).toBe(false);
  });
});
