/**
 * Access facts per language and API style: real-shaped services under test/fixtures/access/, analysed
 * through the code scan's per-file analysis, with the operations, tables, index names and key
 * attributes each call states (`?` where the code computes a value at run time).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationsIn } from '../helpers/access-facts.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/access/', import.meta.url));
const fixture = (file: string): string => `${FIXTURES}${file}`;

describe('Python', () => {
  it('boto3 client: every operation with its index, key condition (placeholders resolved) and request facts', async () => {
    expect(await operationsIn(fixture('python/orders_client.py'))).toEqual([
      {
        line: 12,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: 'byCustomer',
        key: 'customerId =, createdAt >=',
      },
      {
        line: 31,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: 'byCustomer',
        key: 'customerId =',
        filter: 'status',
        select: 'COUNT',
      },
      { line: 35, operation: 'GetItem', library: 'boto3', table: '$ORDERS_TABLE', consistentRead: true },
      {
        line: 39,
        operation: 'PutItem',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        written: 'orderId, customerId, total',
      },
      {
        line: 46,
        operation: 'UpdateItem',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        written: 'status, shippedAt',
      },
      { line: 56, operation: 'DeleteItem', library: 'boto3', table: '$ORDERS_TABLE' },
      { line: 60, operation: 'BatchWriteItem', library: 'boto3', table: 'orders', unprocessedHandled: false },
      {
        line: 67,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: 'byCustomer',
        key: 'customerId =',
        paginated: true,
      },
      { line: 77, operation: 'TransactWriteItems', library: 'boto3' },
    ]);
  });

  it('boto3 resource: Key/Attr condition builders, a computed index name stays unknown, batch_writer retries', async () => {
    expect(await operationsIn(fixture('python/orders_resource.py'))).toEqual([
      {
        line: 11,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: 'byCustomer',
        key: 'customerId =, createdAt begins_with',
        filter: 'status, priority',
      },
      {
        line: 20,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: '?',
        key: 'customerId =, createdAt BETWEEN',
      },
      { line: 24, operation: 'GetItem', library: 'boto3', table: '$ORDERS_TABLE' },
      {
        line: 28,
        operation: 'BatchWriteItem',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        unprocessedHandled: true,
      },
      { line: 34, operation: 'UpdateItem', library: 'boto3', table: '$ORDERS_TABLE', written: 'visits' },
    ]);
  });

  it('PynamoDB: model and index queries with the keys their classes declare (attr_name), get, batch_write', async () => {
    expect(await operationsIn(fixture('python/orders_pynamodb.py'))).toEqual([
      {
        line: 29,
        operation: 'Query',
        library: 'pynamodb',
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =, createdAt >=',
        paginated: true,
      },
      {
        line: 33,
        operation: 'Query',
        library: 'pynamodb',
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =',
        filter: 'status',
        paginated: true,
      },
      { line: 37, operation: 'GetItem', library: 'pynamodb', table: 'orders', consistentRead: true },
      {
        line: 41,
        operation: 'Query',
        library: 'pynamodb',
        table: 'orders',
        key: 'orderId =',
        paginated: true,
      },
      {
        line: 45,
        operation: 'BatchWriteItem',
        library: 'pynamodb',
        table: 'orders',
        unprocessedHandled: true,
      },
    ]);
  });

  it('a batch is handled when the file reads what that batch leaves unprocessed; one row per table it names', async () => {
    expect(await operationsIn(fixture('python/batch_retry.py'))).toEqual([
      { line: 12, operation: 'BatchWriteItem', library: 'boto3', table: 'orders', unprocessedHandled: true },
      { line: 18, operation: 'BatchGetItem', library: 'boto3', table: 'orders', unprocessedHandled: false },
      {
        line: 18,
        operation: 'BatchGetItem',
        library: 'boto3',
        table: 'customers',
        unprocessedHandled: false,
      },
    ]);
  });

  it('query, get and put_* of other libraries are not DynamoDB operations', async () => {
    expect(await operationsIn(fixture('python/traps.py'))).toEqual([]);
  });
});
