import rule from '../../rules/gsi-projection-all.ts';
import { testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'a', AttributeType: 'S' },
    { AttributeName: 'b', AttributeType: 'S' },
    { AttributeName: 'c', AttributeType: 'S' },
  ],
};
const index = (name: string, attribute: string, projection: Record<string, unknown>) => ({
  IndexName: name,
  KeySchema: [{ AttributeName: attribute, KeyType: 'HASH' }],
  Projection: projection,
});

testRule(rule, {
  valid: [
    {
      name: 'one ALL index',
      properties: { ...keys, GlobalSecondaryIndexes: [index('byA', 'a', { ProjectionType: 'ALL' })] },
    },
    {
      name: 'two indexes, none ALL',
      properties: {
        ...keys,
        GlobalSecondaryIndexes: [
          index('byA', 'a', { ProjectionType: 'KEYS_ONLY' }),
          index('byB', 'b', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total'] }),
        ],
      },
    },
    {
      name: 'a projection only known at deploy time',
      properties: {
        ...keys,
        GlobalSecondaryIndexes: [
          index('byA', 'a', { ProjectionType: 'ALL' }),
          index('byB', 'b', { ProjectionType: { Ref: 'Projection' } }),
        ],
      },
      sections: { Parameters: { Projection: { Type: 'String' } } },
      formats: ['yaml', 'json'],
    },
    {
      name: 'below minIndexes',
      properties: {
        ...keys,
        GlobalSecondaryIndexes: [
          index('byA', 'a', { ProjectionType: 'ALL' }),
          index('byB', 'b', { ProjectionType: 'ALL' }),
        ],
      },
      options: { minIndexes: 3 },
    },
  ],
  invalid: [
    {
      name: 'two ALL indexes and an INCLUDE one',
      properties: {
        ...keys,
        GlobalSecondaryIndexes: [
          index('byA', 'a', { ProjectionType: 'ALL' }),
          index('byB', 'b', { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total'] }),
          index('byC', 'c', { ProjectionType: 'ALL' }),
        ],
      },
      errors: [
        {
          near: 'Projection',
          message:
            "Global index byA of Table projects ALL attributes: each write of an item is copied whole to it. With 3 of the table's 3 global indexes projecting ALL or INCLUDE, one item write costs up to 4 writes",
          severity: 'info',
        },
        { near: 'Projection', message: 'Global index byC of Table projects ALL attributes' },
      ],
    },
  ],
});
