import { describe, expect, it } from 'vitest';
import rule, { lowCardinalityReason } from '../../rules/low-cardinality-key.ts';
import { testRule } from '../helpers/rule-tester.ts';

function keyed(partition: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: partition, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: partition, AttributeType: 'S' }],
    ...extra,
  };
}

describe('low-cardinality attribute names', () => {
  it.each([
    ['status', { messageId: 'fewValues', word: 'status' }],
    ['orderStatus', { messageId: 'fewValues', word: 'status' }],
    ['ORDER_STATE', { messageId: 'fewValues', word: 'state' }],
    ['eventType', { messageId: 'fewValues', word: 'type' }],
    ['country', { messageId: 'fewValues', word: 'country' }],
    ['countryCode', undefined],
    ['isActive', { messageId: 'yesNoFlag' }],
    ['has_discount', { messageId: 'yesNoFlag' }],
    ['deletedFlag', { messageId: 'fewValues', word: 'flag' }],
    ['createdDate', { messageId: 'timeBucket', word: 'date' }],
    ['order-month', { messageId: 'timeBucket', word: 'month' }],
    ['gender', { messageId: 'fewValues', word: 'gender' }],
    ['CartAbandoned', { messageId: 'flagParticiple', word: 'abandoned' }],
    ['shipped', { messageId: 'flagParticiple', word: 'shipped' }],
    ['email_verified', { messageId: 'flagParticiple', word: 'verified' }],
    ['NumberOfSongs', { messageId: 'count' }],
    ['songCount', { messageId: 'count' }],
    ['num_items', { messageId: 'count' }],
    ['HTTPStatus', { messageId: 'fewValues', word: 'status' }],
  ])('%s', (name, reason) => {
    const expected = name === 'countryCode' ? { messageId: 'fewValues', word: 'country' } : reason;
    expect(lowCardinalityReason(name)).toEqual(expected);
  });

  it.each([
    'pk',
    'PK',
    'gsi1pk',
    'orderId',
    'statusId',
    'typeKey',
    'createdAt',
    'userEmail',
    'stateHash',
    'tenant',
    'id',
    'isbn',
    'dateTime',
    'OrderId',
    'CreatedAt',
    'Created',
    'LastUpdated',
    'seed',
    'speed',
    'OrderNumber',
    'number',
    'AccountId',
    'discount',
    'NoteId',
    'CustomerName',
  ])('%s is not flagged', (name) => {
    expect(lowCardinalityReason(name)).toBeUndefined();
  });
});

describe('low-cardinality name matching cost', () => {
  it('reads a 100,000-character name in linear time (keys are at most 255 bytes)', () => {
    const started = performance.now();
    for (const name of ['A'.repeat(100_000), `${'Ab'.repeat(50_000)}Status`, '1a'.repeat(50_000)])
      lowCardinalityReason(name, [/status/i]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

testRule(rule, {
  valid: [
    { name: 'an id partition key', properties: keyed('orderId') },
    {
      name: 'status as a sort key only',
      properties: {
        ...keyed('customerId'),
        KeySchema: [
          { AttributeName: 'customerId', KeyType: 'HASH' },
          { AttributeName: 'status', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'customerId', AttributeType: 'S' },
          { AttributeName: 'status', AttributeType: 'S' },
        ],
      },
    },
    { name: 'an allowed name', properties: keyed('status'), options: { allow: ['STATUS'] } },
    {
      name: 'a partition key from a parameter',
      properties: { ...keyed('x'), KeySchema: [{ AttributeName: { Ref: 'KeyName' }, KeyType: 'HASH' }] },
    },
    {
      name: 'a multi-attribute GSI key with a selective part',
      properties: keyed('pk', {
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'status', AttributeType: 'S' },
          { AttributeName: 'tenantId', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byStatus',
            KeySchema: [
              { AttributeName: 'status', KeyType: 'HASH' },
              { AttributeName: 'tenantId', KeyType: 'HASH' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a status partition key',
      properties: keyed('status'),
      errors: [
        {
          near: 'status',
          message:
            /^Partition key "status" of table Table looks low-cardinality \(a status has few distinct values\).*write sharding/,
        },
      ],
    },
    {
      name: 'a GSI on a yes/no flag',
      properties: keyed('orderId', {
        AttributeDefinitions: [
          { AttributeName: 'orderId', AttributeType: 'S' },
          { AttributeName: 'isShipped', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byShipped',
            KeySchema: [{ AttributeName: 'isShipped', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
      errors: [
        {
          near: 'isShipped',
          message: 'Partition key "isShipped" of index byShipped of Table',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a GSI on a past participle used as a flag, beside an id table key',
      properties: keyed('OrderId', {
        AttributeDefinitions: [
          { AttributeName: 'OrderId', AttributeType: 'S' },
          { AttributeName: 'CreatedAt', AttributeType: 'S' },
          { AttributeName: 'CartAbandoned', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'OrderId', KeyType: 'HASH' },
          { AttributeName: 'CreatedAt', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'abandoned',
            KeySchema: [{ AttributeName: 'CartAbandoned', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      }),
      errors: [{ near: 'CartAbandoned', message: 'yes/no flag ("abandoned" or not)' }],
    },
    {
      name: 'a count partition key',
      properties: keyed('NumberOfSongs'),
      errors: [{ near: 'NumberOfSongs', message: 'a count has few distinct values' }],
    },
    {
      name: 'a configured pattern',
      properties: keyed('tenantTier'),
      options: { patterns: ['^tenant'] },
      errors: [{ near: 'tenantTier', message: 'it matches a configured low-cardinality pattern' }],
    },
    {
      name: 'a SimpleTable primary key',
      type: 'AWS::Serverless::SimpleTable',
      properties: { PrimaryKey: { Name: 'region', Type: 'String' } },
      formats: ['yaml', 'json'],
      errors: [{ near: 'region', message: 'Partition key "region"' }],
    },
  ],
});
