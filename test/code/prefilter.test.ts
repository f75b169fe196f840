import { describe, expect, it } from 'vitest';
import { isBundle, mentionsOperation } from '../../src/code/prefilter.ts';

describe('operation prefilter', () => {
  it.each([
    'client.scan(',
    'new ScanCommand(',
    'ExecuteStatementCommand',
    'execute_statement(',
    'x.Scan()',
    'paginateScan',
    'client.query(',
    'new QueryCommand(',
    'paginateQuery(',
    'table.query(KeyConditionExpression=',
    'GetItemCommand',
    'putItem(',
    'table.put_item(Item=item)',
    'client.delete_item(',
    'BatchWriteItemCommand',
    'batch_writer()',
    'ddb.batchGet(',
    'TransactWriteItems',
    'transact_get_items',
    'new UpdateCommand(',
    'docClient.get({ TableName, Key: { id } })',
    'mapper.load(Order.class, id)',
    'await context.SaveAsync(order)',
  ])('keeps %s', (text) => expect(mentionsOperation(Buffer.from(text))).toBe(true));
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
    '',
  ])('rules out %s', (text) => expect(mentionsOperation(Buffer.from(text))).toBe(false));
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
