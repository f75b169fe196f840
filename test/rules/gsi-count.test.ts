import rule from '../../rules/gsi-count.ts';
import { testRule } from '../helpers/rule-tester.ts';

function gsis(count: number, prefix = 'gsi'): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    IndexName: `${prefix}${i + 1}`,
    KeySchema: [{ AttributeName: `${prefix}${i + 1}pk`, KeyType: 'HASH' }],
    Projection: { ProjectionType: 'KEYS_ONLY' },
  }));
}

function table(indexCount: number): Record<string, unknown> {
  return {
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      ...gsis(indexCount).map((_, i) => ({ AttributeName: `gsi${i + 1}pk`, AttributeType: 'S' })),
    ],
    GlobalSecondaryIndexes: gsis(indexCount),
  };
}

testRule(rule, {
  valid: [
    { name: 'no indexes', properties: { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] } },
    { name: 'five indexes (the default maximum)', properties: table(5) },
    { name: 'eight indexes under a raised max', properties: table(8), options: { max: 8 } },
    {
      name: 'index list only known at deploy time',
      properties: { ...table(0), GlobalSecondaryIndexes: { 'Fn::ImportValue': 'shared-indexes' } },
    },
    {
      name: 'a conditional sixth index on a branch that drops it everywhere',
      sections: {
        Parameters: { Env: { Type: 'String', AllowedValues: ['dev'] } },
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      },
      properties: {
        ...table(5),
        GlobalSecondaryIndexes: [
          ...gsis(5),
          { 'Fn::If': ['IsProd', gsis(1, 'extra')[0], { Ref: 'AWS::NoValue' }] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'six indexes',
      properties: table(6),
      errors: [
        {
          near: 'GlobalSecondaryIndexes',
          message: 'declares 6 global secondary indexes',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'over the account quota',
      properties: table(21),
      errors: [{ near: 'GlobalSecondaryIndexes', message: 'over the quota of 20', severity: 'error' }],
    },
    {
      name: 'over a configured quota',
      properties: table(4),
      options: { max: 2, quota: 3 },
      errors: [{ near: 'GlobalSecondaryIndexes', message: 'over the quota of 3', severity: 'error' }],
    },
    {
      name: 'a sixth index only under a condition names the branch',
      sections: {
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
        Parameters: { Env: { Type: 'String' } },
      },
      properties: {
        ...table(5),
        AttributeDefinitions: [
          ...(table(5).AttributeDefinitions as unknown[]),
          {
            'Fn::If': ['IsProd', { AttributeName: 'extra1pk', AttributeType: 'S' }, { Ref: 'AWS::NoValue' }],
          },
        ],
        GlobalSecondaryIndexes: [
          ...gsis(5),
          { 'Fn::If': ['IsProd', gsis(1, 'extra')[0], { Ref: 'AWS::NoValue' }] },
        ],
      },
      errors: [{ near: 'GlobalSecondaryIndexes', message: /declares 6 .*\(when IsProd\)$/ }],
    },
    {
      name: 'global table with six indexes',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: { ...table(6), Replicas: [{ Region: 'eu-west-1' }] },
      errors: [{ near: 'GlobalSecondaryIndexes', message: 'declares 6' }],
    },
  ],
});
