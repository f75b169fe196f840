/**
 * Access facts per language and API style: real-shaped services under test/fixtures/access/, analysed
 * through the code scan's per-file analysis, with the operations, tables, index names and key
 * attributes each call states (`?` where the code computes a value at run time).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeUses } from '../../src/code/attribute.ts';
import { scanCode } from '../../src/code/scan.ts';
import { candidateKind } from '../../src/discover/detect.ts';
import { walk } from '../../src/discover/walk.ts';
import { loadDeclaredTables } from '../../src/iac/index.ts';
import type { AccessPatterns } from '../../src/code/patterns.ts';
import { operationsIn, summarise } from '../helpers/access-facts.ts';
import { cli } from '../helpers/cli.ts';

/** Facts several fixtures share: the same orders service calls, written in each language. */
const QUERY_SINCE = { operation: 'Query', index: 'byCustomer', key: 'customerId =, createdAt >=' };
const OPEN_COUNT = {
  operation: 'Query',
  index: 'byCustomer',
  key: 'customerId =',
  filter: 'status',
  select: 'COUNT',
};
/** A request its caller builds: index, key condition and filter are unknown, not absent. */
const CALLER_BUILT = { operation: 'Query', index: '?', key: '?', filter: '?' };
const SHIP = { operation: 'UpdateItem', written: 'status, shippedAt' };
const CONSISTENT_GET = { operation: 'GetItem', consistentRead: true };

const FIXTURES = fileURLToPath(new URL('../fixtures/access/', import.meta.url));
const fixture = (file: string): string => `${FIXTURES}${file}`;

describe('Python', () => {
  it('boto3 client: every operation with its index, key condition (placeholders resolved) and request facts', async () => {
    expect(await operationsIn(fixture('python/orders_client.py'))).toEqual([
      { line: 12, library: 'boto3', table: '$ORDERS_TABLE', paginated: false, ...QUERY_SINCE },
      { line: 31, library: 'boto3', table: '$ORDERS_TABLE', paginated: false, ...OPEN_COUNT },
      { line: 35, library: 'boto3', table: '$ORDERS_TABLE', ...CONSISTENT_GET },
      {
        line: 39,
        operation: 'PutItem',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        written: 'orderId, customerId, total',
      },
      { line: 46, library: 'boto3', table: '$ORDERS_TABLE', ...SHIP },
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
      { line: 81, library: 'boto3', ...CALLER_BUILT },
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
        paginated: false,
      },
      {
        line: 20,
        operation: 'Query',
        library: 'boto3',
        table: '$ORDERS_TABLE',
        index: '?',
        key: 'customerId =, createdAt BETWEEN',
        paginated: false,
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

  it("PynamoDB: model and index queries with the keys their classes declare (attr_name), get, batch_write, an item's save/update/refresh/delete", async () => {
    expect(await operationsIn(fixture('python/orders_pynamodb.py'))).toEqual([
      { line: 29, library: 'pynamodb', table: 'orders', paginated: true, ...QUERY_SINCE },
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
      { line: 37, library: 'pynamodb', table: 'orders', ...CONSISTENT_GET },
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
      // An item's save writes the model's attributes; update, the ones its actions target.
      {
        line: 52,
        operation: 'PutItem',
        library: 'pynamodb',
        table: 'orders',
        written: 'orderId, customerId, createdAt, status, total',
      },
      { line: 57, operation: 'UpdateItem', library: 'pynamodb', table: 'orders', written: 'status, total' },
      { line: 61, operation: 'GetItem', library: 'pynamodb', table: 'orders' },
      { line: 62, library: 'pynamodb', table: 'orders', ...CONSISTENT_GET },
      { line: 65, operation: 'DeleteItem', library: 'pynamodb', table: 'orders' },
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

describe('Go', () => {
  it('SDK v2: inputs with literal names, the expression builder (keys, filters, updates), a Query paginator, a caller-built request', async () => {
    const library = 'aws-sdk-go-v2';
    const table = '$ORDERS_TABLE';
    expect(await operationsIn(fixture('go/orders.go'))).toEqual([
      { line: 21, library, table, paginated: false, ...QUERY_SINCE },
      {
        line: 48,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =, createdAt begins_with',
        filter: 'status, priority',
        select: 'COUNT',
        paginated: true,
      },
      { line: 71, operation: 'Query', library, table, index: '?', key: 'customerId =, createdAt BETWEEN' },
      { line: 81, library, table, ...CONSISTENT_GET },
      { line: 89, operation: 'PutItem', library, table, written: 'orderId, customerId, total' },
      { line: 107, library, table, ...SHIP },
      { line: 112, operation: 'DeleteItem', library, table },
      { line: 120, operation: 'BatchWriteItem', library, table: 'orders', unprocessedHandled: false },
      { line: 127, library, ...CALLER_BUILT },
      // The expression builder's update: the attributes its Set, Add and Remove steps target.
      { line: 138, operation: 'UpdateItem', library, table, written: 'status, paid, draft' },
      // IndexName assigned to the input after it is made.
      {
        line: 154,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =',
        paginated: false,
      },
    ]);
  });

  it('SDK v1: BatchGetItemPages asks again for unprocessed keys; a lone BatchWriteItem drops what it leaves', async () => {
    expect(await operationsIn(fixture('go/batch_pages.go'))).toEqual([
      {
        line: 13,
        operation: 'BatchGetItem',
        library: 'aws-sdk-go',
        table: 'orders',
        unprocessedHandled: true,
        paginated: true,
      },
      {
        line: 22,
        operation: 'BatchWriteItem',
        library: 'aws-sdk-go',
        table: 'orders',
        unprocessedHandled: false,
      },
    ]);
  });

  it('SDK v1: QueryPages with legacy KeyConditions, a BatchGetItem retry loop; database/sql calls are not operations', async () => {
    const library = 'aws-sdk-go';
    expect(await operationsIn(fixture('go/legacy.go'))).toEqual([
      {
        line: 19,
        operation: 'Query',
        library,
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =',
        consistentRead: false,
        paginated: true,
      },
      { line: 42, operation: 'BatchGetItem', library, table: 'orders', unprocessedHandled: true },
    ]);
  });
});

describe('Java', () => {
  it('SDK v2 client: builders, a lambda request, a paginator, Map.of names, a retried batch', async () => {
    const library = 'aws-sdk-java-v2';
    const table = '$ORDERS_TABLE';
    expect(await operationsIn(fixture('java/OrdersClient.java'))).toEqual([
      { line: 34, library, table, ...QUERY_SINCE },
      { line: 38, library, table, paginated: false, ...OPEN_COUNT },
      {
        line: 48,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =',
        paginated: true,
      },
      { line: 59, library, table, ...CONSISTENT_GET },
      { line: 68, operation: 'PutItem', library, table, written: 'orderId, customerId' },
      { line: 77, library, table, ...SHIP },
      { line: 86, operation: 'BatchWriteItem', library, table: 'orders', unprocessedHandled: true },
      // The retry sends what the last response left: its table is known only at run time.
      { line: 90, operation: 'BatchWriteItem', library, table: '?', unprocessedHandled: true },
      { line: 95, library, ...CALLER_BUILT },
    ]);
  });

  it('enhanced client: the index a DynamoDbIndex was made with; key attributes come from the schema (unknown)', async () => {
    const library = 'aws-sdk-java-v2-enhanced';
    expect(await operationsIn(fixture('java/OrdersEnhanced.java'))).toEqual([
      {
        line: 24,
        operation: 'Query',
        library,
        table: 'orders',
        index: 'byCustomer',
        key: '?',
        paginated: true,
      },
      {
        line: 38,
        operation: 'Query',
        library,
        table: 'orders',
        index: 'byCustomer',
        key: '?',
        filter: 'status',
        paginated: true,
      },
      { line: 44, library, table: 'orders', ...CONSISTENT_GET },
      { line: 48, operation: 'PutItem', library, table: 'orders' },
      // The result's unprocessedPutItemsForTable is read.
      { line: 54, operation: 'BatchWriteItem', library, unprocessedHandled: true },
    ]);
  });

  it('SDK v1 client and DynamoDBMapper: query expressions (unknown when withHashKeyValues adds the hash key), the mapped table, self-retrying batchSave', async () => {
    const mapper = 'aws-sdk-java (DynamoDBMapper)';
    expect(await operationsIn(fixture('java/OrdersMapper.java'))).toEqual([
      {
        line: 43,
        operation: 'Query',
        library: 'aws-sdk-java',
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =',
        consistentRead: false,
      },
      {
        line: 55,
        operation: 'Query',
        library: mapper,
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =, createdAt begins_with',
        consistentRead: false,
        paginated: true,
      },
      { line: 59, operation: 'Query', library: mapper, table: 'orders', key: '?', paginated: true },
      { line: 65, operation: 'GetItem', library: mapper, table: 'orders' },
      { line: 69, operation: 'PutItem', library: mapper, table: 'orders' },
      { line: 73, operation: 'BatchWriteItem', library: mapper, unprocessedHandled: true },
      // Setters run as statements on the query expression and the request.
      {
        line: 81,
        operation: 'Query',
        library: mapper,
        table: 'orders',
        index: 'byCustomer',
        key: '?',
        consistentRead: false,
        paginated: true,
      },
      {
        line: 88,
        operation: 'Query',
        library: 'aws-sdk-java',
        table: 'orders',
        index: 'byCustomer',
        key: 'customerId =',
        select: 'COUNT',
      },
      {
        line: 92,
        operation: 'BatchWriteItem',
        library: 'aws-sdk-java',
        table: 'orders',
        unprocessedHandled: false,
      },
    ]);
  });

  it('SDK v1 document API: an Index from getIndex, query(hashKeyName, value), a QuerySpec with a NameMap', async () => {
    const library = 'aws-sdk-java';
    const table = 'orders';
    expect(await operationsIn(fixture('java/OrdersDocument.java'))).toEqual([
      {
        line: 20,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =',
        paginated: true,
      },
      {
        line: 28,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =, createdAt begins_with',
        consistentRead: false,
        paginated: true,
      },
      { line: 32, operation: 'GetItem', library, table },
    ]);
  });

  it('JDBC, JPA and repository methods are not operations; a request handed to a helper is reported inside it', async () => {
    expect(await operationsIn(fixture('java/Traps.java'))).toEqual([
      { line: 36, library: 'aws-sdk-java-v2', ...CALLER_BUILT },
    ]);
  });
});

describe('C#', () => {
  it('low-level client: object initializers, dictionary names in both spellings, Select, a paginator', async () => {
    const library = 'aws-sdk-net';
    const table = '$ORDERS_TABLE';
    expect(await operationsIn(fixture('csharp/OrdersClient.cs'))).toEqual([
      { line: 36, library, table, paginated: false, ...QUERY_SINCE },
      { line: 42, library, table, paginated: false, ...OPEN_COUNT },
      { line: 56, library, table, ...CONSISTENT_GET },
      { line: 66, operation: 'PutItem', library, table, written: 'orderId, customerId' },
      { line: 77, library, table, ...SHIP },
      { line: 86, operation: 'BatchWriteItem', library, table: 'orders', unprocessedHandled: false },
      {
        line: 93,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =',
        paginated: true,
      },
      { line: 105, library, ...CALLER_BUILT },
      // IndexName and Select assigned to the request after it is made.
      {
        line: 112,
        operation: 'Query',
        library,
        table,
        index: 'byCustomer',
        key: 'customerId =',
        select: 'COUNT',
        paginated: false,
      },
    ]);
  });

  it('DynamoDBContext (mapped table, operation config, self-retrying batches) and the document Table', async () => {
    const context = 'aws-sdk-net (DynamoDBContext)';
    const document = 'aws-sdk-net (Table)';
    expect(await operationsIn(fixture('csharp/OrdersContext.cs'))).toEqual([
      {
        line: 32,
        operation: 'Query',
        library: context,
        table: 'orders',
        index: 'byCustomer',
        key: '?',
        paginated: true,
      },
      { line: 36, library: context, table: 'orders', ...CONSISTENT_GET },
      { line: 38, operation: 'PutItem', library: context, table: 'orders' },
      { line: 42, operation: 'BatchWriteItem', library: context, table: 'orders', unprocessedHandled: true },
      {
        line: 49,
        operation: 'Query',
        library: document,
        index: 'byCustomer',
        key: 'customerId =, createdAt begins_with',
        consistentRead: false,
        paginated: true,
      },
      // Query(hashKey, filter): the hash key's name is read from the table at run time.
      { line: 61, operation: 'Query', library: document, key: '?', paginated: true },
      // A QueryFilter's conditions on key attributes become key conditions: not read here.
      { line: 67, operation: 'Query', library: document, index: 'byCustomer', key: '?', paginated: true },
    ]);
  });

  it('Dapper and Entity Framework calls are not operations', async () => {
    expect(await operationsIn(fixture('csharp/Traps.cs'))).toEqual([]);
  });
});

describe('the same service in two languages', () => {
  it('Python (resource + builders) and Go (v2 + expression builder) give the same facts through the code scan', async () => {
    const directory = fixture('same-app');
    const walked = await walk(['.'], { cwd: directory, classify: candidateKind });
    const code = await scanCode(
      walked.files.filter((f) => f.kind === 'code'),
      { workers: 0 },
    );
    const declared = await loadDeclaredTables(
      walked.files.filter((f) => f.kind !== 'code'),
      directory,
    );
    const uses = attributeUses(code.uses, declared.tables, declared.environment);
    const byLanguage = (language: string) =>
      uses
        .filter((use) => use.language === language)
        .map((use) => {
          const { line: _line, library: _library, ...facts } = summarise(use);
          return { ...facts, declaredTable: use.declaredTable?.id };
        });
    const python = byLanguage('python');
    expect(python).toEqual(byLanguage('go'));
    expect(python).toEqual([
      {
        operation: 'Query',
        table: '$ORDERS_TABLE',
        declaredTable: 'OrdersTable',
        index: 'byCustomer',
        key: 'customerId =, createdAt >=',
        filter: 'status',
        paginated: false,
      },
      { operation: 'GetItem', table: '$ORDERS_TABLE', declaredTable: 'OrdersTable', consistentRead: true },
      {
        operation: 'PutItem',
        table: '$ORDERS_TABLE',
        declaredTable: 'OrdersTable',
        written: 'orderId, customerId, createdAt, status',
      },
      { operation: 'UpdateItem', table: '$ORDERS_TABLE', declaredTable: 'OrdersTable', written: 'status' },
    ]);
  });

  it('and the same access-pattern map from `dynalint patterns`, each language linted on its own', async () => {
    const mapOf = async (source: string): Promise<unknown> => {
      const directory = await mkdtemp(path.join(tmpdir(), 'dynalint-same-app-'));
      try {
        await copyFile(fixture('same-app/template.yaml'), path.join(directory, 'template.yaml'));
        await copyFile(fixture(`same-app/${source}`), path.join(directory, source));
        const run = await cli(directory, ['patterns', '.', '--format', 'json']);
        expect(run.code, run.stderr).toBe(0);
        const { accessPatterns } = JSON.parse(run.stdout) as { accessPatterns: AccessPatterns };
        // Where each call is written differs by language; what it does must not.
        return JSON.parse(
          JSON.stringify(accessPatterns, (key, value: unknown) =>
            key === 'line' || key === 'scope' || (key === 'file' && value === source) ? undefined : value,
          ),
        );
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    };
    const python = await mapOf('orders.py');
    expect(python).toEqual(await mapOf('orders.go'));
    expect(python).toMatchObject({
      tables: [
        {
          table: 'OrdersTable',
          operations: { Query: 1, GetItem: 1, PutItem: 1, UpdateItem: 1 },
          indexes: [{ name: 'byCustomer', readers: [{ operation: 'Query' }] }],
          unreadIndexes: [],
        },
      ],
    });
  });
});
