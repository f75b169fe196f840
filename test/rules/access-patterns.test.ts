/**
 * The access-pattern rules through the real loaders and code scan: a SAM template declares the table and
 * binds it to the function's environment, the code reads it.
 */
import consistentReadOnGsi from '../../rules/consistent-read-on-gsi.ts';
import filterExpression from '../../rules/filter-expression.ts';
import keyConditionMismatch from '../../rules/key-condition-mismatch.ts';
import unknownIndex from '../../rules/unknown-index.ts';
import unprocessedItems from '../../rules/unprocessed-items.ts';
import unusedIndex from '../../rules/unused-index.ts';
import partiqlFullScan from '../../rules/partiql-full-scan.ts';
import { describe, expect, it } from 'vitest';
import { findingsOf, lineOf, ruleTester } from '../helpers/tester.ts';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: id, AttributeType: S }
        - { AttributeName: customerId, AttributeType: S }
        - { AttributeName: createdAt, AttributeType: S }
        - { AttributeName: status, AttributeType: S }
      KeySchema:
        - { AttributeName: id, KeyType: HASH }
      GlobalSecondaryIndexes:
        - IndexName: byCustomer
          KeySchema:
            - { AttributeName: customerId, KeyType: HASH }
            - { AttributeName: createdAt, KeyType: RANGE }
          Projection: { ProjectionType: ALL }
        - IndexName: byStatus
          KeySchema:
            - { AttributeName: status, KeyType: HASH }
          Projection: { ProjectionType: KEYS_ONLY }
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/orders.handler
      Runtime: nodejs20.x
      Environment:
        Variables:
          ORDERS_TABLE: !Ref OrdersTable
`;

const HEADER = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.ORDERS_TABLE;
`;

/** The template and one code file whose body follows the imports. */
function app(body: string): Record<string, string> {
  return { 'template.yaml': TEMPLATE, 'src/orders.ts': `${HEADER}${body}` };
}

const queryOn = (index: string, condition: string, extra = ''): string => `
export const read = (v: string) =>
  doc.send(new QueryCommand({ TableName: TABLE, IndexName: ${index}, KeyConditionExpression: '${condition}', ExpressionAttributeValues: { ':v': v }${extra} }));
`;

ruleTester(unknownIndex, {
  valid: [
    { name: 'a declared index', files: app(queryOn("'byCustomer'", 'customerId = :v')) },
    {
      name: 'an index name computed at run time',
      files: app(queryOn('process.env.INDEX_NAME', 'customerId = :v')),
    },
    {
      name: 'a table the code does not tie to a declaration',
      files: {
        ...app(''),
        'src/other.ts': `${HEADER}export const r = () => doc.send(new QueryCommand({ TableName: 'Elsewhere', IndexName: 'byNothing', KeyConditionExpression: 'a = :v' }));\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt index, with a suggestion',
      files: app(queryOn("'byCustomr'", 'customerId = :v')),
      errors: [{ near: "IndexName: 'byCustomr'", message: "Did you mean 'byCustomer'?", severity: 'error' }],
    },
    {
      name: 'a same-file constant naming an index the table lacks',
      files: app(`const INDEX = 'byEmail';\n${queryOn('INDEX', 'email = :v')}`),
      errors: [{ message: /index 'byEmail' of OrdersTable .*its indexes: byCustomer, byStatus\)[^?]*$/ }],
    },
  ],
});

ruleTester(keyConditionMismatch, {
  valid: [
    {
      name: 'partition and sort key of the index',
      files: app(queryOn("'byCustomer'", 'customerId = :v AND createdAt > :v')),
    },
    {
      name: 'placeholders through ExpressionAttributeNames',
      files: app(queryOn("'byStatus'", '#s = :v', ", ExpressionAttributeNames: { '#s': 'status' }")),
    },
    {
      name: 'a key condition built at run time',
      files: app(`const condition = ['id', '= :v'].join(' ');\n${queryOn('undefined', "' + condition + '")}`),
    },
  ],
  invalid: [
    {
      name: 'an attribute that is not a key of the index',
      files: app(queryOn("'byCustomer'", 'customerId = :v AND total > :v')),
      errors: [{ message: 'names total, which is not a key of OrdersTable', severity: 'error' }],
    },
    {
      name: 'a range operator on the partition key',
      files: app(
        queryOn("'byStatus'", 'begins_with(#s, :v)', ", ExpressionAttributeNames: { '#s': 'status' }"),
      ),
      errors: [{ message: 'uses begins_with on the partition key status' }],
    },
    {
      name: 'the base table queried without its partition key',
      files: app(`
export const read = (v: string) =>
  doc.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'customerId = :v' }));
`),
      errors: [{ message: 'names customerId, which is not a key of OrdersTable' }],
    },
  ],
});

ruleTester(consistentReadOnGsi, {
  valid: [
    {
      name: 'a strongly consistent read of the base table',
      files: app(
        `export const r = () => doc.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'id = :v', ConsistentRead: true }));\n`,
      ),
    },
    {
      name: 'an eventually consistent GSI query',
      files: app(queryOn("'byStatus'", 'status = :v', ', ConsistentRead: false')),
    },
  ],
  invalid: [
    {
      name: 'ConsistentRead on a GSI',
      files: app(queryOn("'byStatus'", 'status = :v', ', ConsistentRead: true')),
      errors: [
        { message: "ConsistentRead: true on the global secondary index 'byStatus'", severity: 'error' },
      ],
    },
  ],
});

ruleTester(unusedIndex, {
  valid: [
    {
      name: 'both indexes read',
      files: {
        ...app(queryOn("'byCustomer'", 'customerId = :v')),
        'src/status.ts': `${HEADER}${queryOn("'byStatus'", 'status = :v')}`,
      },
    },
    { name: 'no code reads the table at all', files: app('export const nothing = 1;\n') },
    {
      name: 'an index name computed at run time',
      files: app(queryOn('process.env.INDEX', 'customerId = :v')),
    },
  ],
  invalid: [
    {
      name: 'one GSI nobody queries',
      files: app(queryOn("'byCustomer'", 'customerId = :v')),
      errors: [
        {
          near: 'IndexName: byStatus',
          message: "reads the GSI 'byStatus' of OrdersTable",
          severity: 'warning',
        },
      ],
    },
  ],
});

ruleTester(filterExpression, {
  valid: [{ name: 'a Query without a filter', files: app(queryOn("'byCustomer'", 'customerId = :v')) }],
  invalid: [
    {
      name: 'a filtered Scan (warning) and a filtered Query (info)',
      files: app(`
export const open = () =>
  doc.send(new ScanCommand({ TableName: TABLE, FilterExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' } }));
${queryOn("'byCustomer'", 'customerId = :v', ", FilterExpression: 'total > :v'")}`),
      errors: [
        { near: 'ScanCommand', message: 'A Scan of OrdersTable', severity: 'warning' },
        { near: 'QueryCommand', message: 'filters on total', severity: 'info' },
      ],
    },
  ],
});

ruleTester(unprocessedItems, {
  valid: [
    {
      name: 'a batch write that retries what is left',
      files: app(`
export async function saveAll(items: Record<string, unknown>[]) {
  let requests = { [TABLE!]: items.map((Item) => ({ PutRequest: { Item } })) };
  while (Object.keys(requests).length) {
    const result = await doc.send(new BatchWriteCommand({ RequestItems: requests }));
    requests = result.UnprocessedItems ?? {};
  }
}
`),
    },
  ],
  invalid: [
    {
      name: 'a batch write whose leftovers are dropped',
      files: app(`
export const saveAll = (items: Record<string, unknown>[]) =>
  doc.send(new BatchWriteCommand({ RequestItems: { [TABLE!]: items.map((Item) => ({ PutRequest: { Item } })) } }));
`),
      errors: [
        { near: 'doc.send', message: 'nothing in this file reads UnprocessedItems', severity: 'warning' },
      ],
    },
  ],
});

describe('partiql-full-scan with PartiQL writes recorded as operations', () => {
  it('reports the SELECT that scans, not the INSERT, UPDATE and DELETE beside it', async () => {
    const testCase = {
      name: 'statements',
      files: app(`
import { ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
export async function statements(id: string) {
  await doc.send(new ExecuteStatementCommand({ Statement: "INSERT INTO OrdersTable VALUE {'id': ?}", Parameters: [{ S: id }] }));
  await doc.send(new ExecuteStatementCommand({ Statement: "UPDATE OrdersTable SET status = 'PAID' WHERE id = ?" }));
  await doc.send(new ExecuteStatementCommand({ Statement: 'DELETE FROM OrdersTable WHERE id = ?' }));
  return doc.send(new ExecuteStatementCommand({ Statement: "SELECT * FROM OrdersTable WHERE status = 'OPEN'" }));
}
`),
    };
    const { findings } = await findingsOf(partiqlFullScan, testCase);
    expect(findings.map((f) => lineOf(testCase, f).trim().slice(0, 60))).toEqual([
      'return doc.send(new ExecuteStatementCommand({ Statement: "SE',
    ]);
  });
});
