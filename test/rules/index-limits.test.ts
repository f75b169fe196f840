import rule from '../../rules/index-limits.ts';
import { testRule } from '../helpers/rule-tester.ts';

const key = (name: string, type = 'HASH') => ({ AttributeName: name, KeyType: type });
const base = { KeySchema: [key('pk'), key('sk', 'RANGE')] };
const lsi = (name: string, partition = 'pk', nonKey: string[] = []) => ({
  IndexName: name,
  KeySchema: [key(partition), key(`${name}Sort`, 'RANGE')],
  Projection: nonKey.length
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: nonKey }
    : { ProjectionType: 'KEYS_ONLY' },
});
const gsi = (name: string, keys = [key(`${name}pk`)], nonKey: string[] = []) => ({
  IndexName: name,
  KeySchema: keys,
  Projection: nonKey.length
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: nonKey }
    : { ProjectionType: 'ALL' },
});
const attributes = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

testRule(rule, {
  valid: [
    {
      name: 'five LSIs sharing the partition key',
      properties: {
        ...base,
        TableName: 'orders.v2_eu-west',
        LocalSecondaryIndexes: ['lsiA', 'lsiB', 'lsiC', 'lsiD', 'lsiE'].map((n) => lsi(n)),
      },
    },
    {
      name: 'a multi-attribute GSI key of 4 + 4',
      properties: {
        ...base,
        GlobalSecondaryIndexes: [
          gsi('multi', [
            ...['a', 'b', 'c', 'd'].map((a) => key(a)),
            ...['e', 'f', 'g', 'h'].map((a) => key(a, 'RANGE')),
          ]),
        ],
      },
    },
    {
      name: '100 projected attributes',
      properties: {
        ...base,
        GlobalSecondaryIndexes: [
          gsi('gsi1', undefined, attributes(20, 'a')),
          gsi('gsi2', undefined, attributes(20, 'b')),
          gsi('gsi3', undefined, attributes(20, 'c')),
          gsi('gsi4', undefined, attributes(20, 'd')),
          gsi('gsi5', undefined, attributes(20, 'e')),
        ],
      },
    },
    {
      name: 'a table name only known at deploy time',
      properties: { ...base, TableName: { 'Fn::Sub': '${AWS::StackName}' } },
    },
  ],
  invalid: [
    {
      name: 'six LSIs',
      properties: {
        ...base,
        LocalSecondaryIndexes: ['lsiA', 'lsiB', 'lsiC', 'lsiD', 'lsiE', 'lsiF'].map((n) => lsi(n)),
      },
      errors: [
        {
          near: 'LocalSecondaryIndexes',
          message: 'declares 6 local secondary indexes; a table can have at most 5',
        },
      ],
    },
    {
      name: 'an LSI with another partition key',
      properties: { ...base, LocalSecondaryIndexes: [lsi('byOther', 'other')] },
      errors: [
        {
          near: 'other',
          message:
            'Local index byOther of Table has partition key "other"; an LSI shares the table\'s partition key "pk"',
        },
      ],
    },
    {
      name: 'an LSI on a table without a sort key',
      properties: { KeySchema: [key('pk')], LocalSecondaryIndexes: [lsi('lsi1')] },
      errors: [{ near: 'lsi1', message: 'Local index lsi1 requires Table to have a sort key' }],
    },
    {
      name: 'a duplicate index name across GSI and LSI',
      properties: { ...base, GlobalSecondaryIndexes: [gsi('same')], LocalSecondaryIndexes: [lsi('same')] },
      errors: [{ near: 'same', message: 'Index name "same" is used twice in Table' }],
    },
    {
      name: 'too many projected attributes',
      properties: {
        ...base,
        GlobalSecondaryIndexes: [
          gsi('gsi1', undefined, attributes(20, 'a')),
          gsi('gsi2', undefined, attributes(20, 'b')),
          gsi('gsi3', undefined, attributes(20, 'c')),
          gsi('gsi4', undefined, attributes(20, 'd')),
        ],
        LocalSecondaryIndexes: [lsi('lsi1', 'pk', attributes(20, 'e')), lsi('lsi2', 'pk', ['f'])],
      },
      errors: [
        {
          near: 'GlobalSecondaryIndexes',
          message: 'project 101 non-key attributes (NonKeyAttributes) in total',
        },
      ],
    },
    {
      name: 'bad table and index names',
      properties: { ...base, TableName: 'my table', GlobalSecondaryIndexes: [gsi('ix')] },
      errors: [
        { near: 'my table', message: 'Table name of Table "my table" is not a valid name' },
        { near: 'ix', message: 'Index name in Table "ix" is not a valid name' },
      ],
    },
    {
      name: 'a GSI key with five partition attributes',
      properties: {
        ...base,
        GlobalSecondaryIndexes: [
          gsi(
            'wide',
            ['a', 'b', 'c', 'd', 'e'].map((a) => key(a)),
          ),
        ],
      },
      errors: [
        {
          near: 'KeySchema',
          message: 'Global index wide of Table has 5 partition and 0 sort key attributes',
        },
      ],
    },
  ],
});
