import rule from '../../rules/key-attribute-definitions.ts';
import { testRule } from '../helpers/rule-tester.ts';

const attribute = (name: string, type = 'S') => ({ AttributeName: name, AttributeType: type });
const key = (name: string, type = 'HASH') => ({ AttributeName: name, KeyType: type });

testRule(rule, {
  valid: [
    {
      name: 'a SimpleTable without PrimaryKey (SAM defaults it to id: String)',
      type: 'AWS::Serverless::SimpleTable',
      formats: ['yaml', 'json'],
    },
    {
      name: 'table keys defined',
      properties: {
        KeySchema: [key('pk'), key('sk', 'RANGE')],
        AttributeDefinitions: [attribute('pk'), attribute('sk', 'N')],
      },
    },
    {
      name: 'index keys defined',
      properties: {
        KeySchema: [key('pk'), key('sk', 'RANGE')],
        AttributeDefinitions: [attribute('pk'), attribute('sk'), attribute('g'), attribute('l', 'B')],
        GlobalSecondaryIndexes: [
          { IndexName: 'g', KeySchema: [key('g')], Projection: { ProjectionType: 'ALL' } },
        ],
        LocalSecondaryIndexes: [
          {
            IndexName: 'l',
            KeySchema: [key('pk'), key('l', 'RANGE')],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      },
    },
    {
      name: 'an extra definition beside an index list only known at deploy time',
      properties: {
        KeySchema: [key('pk')],
        AttributeDefinitions: [attribute('pk'), attribute('g')],
        GlobalSecondaryIndexes: { 'Fn::ImportValue': 'x' },
      },
    },
    {
      name: 'attribute and index under the same condition',
      sections: {
        Parameters: { Env: { Type: 'String' } },
        Conditions: { HasIndex: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      },
      properties: {
        KeySchema: [key('pk')],
        AttributeDefinitions: [
          attribute('pk'),
          { 'Fn::If': ['HasIndex', attribute('g'), { Ref: 'AWS::NoValue' }] },
        ],
        GlobalSecondaryIndexes: {
          'Fn::If': [
            'HasIndex',
            [{ IndexName: 'g', KeySchema: [key('g')], Projection: { ProjectionType: 'ALL' } }],
            { Ref: 'AWS::NoValue' },
          ],
        },
      },
    },
  ],
  invalid: [
    {
      name: 'an undefined sort key',
      properties: {
        KeySchema: [key('pk'), key('createdAt', 'RANGE')],
        AttributeDefinitions: [attribute('pk')],
      },
      errors: [
        {
          near: 'createdAt',
          message: 'Key attribute "createdAt" of the table is not in AttributeDefinitions of Table',
        },
      ],
    },
    {
      name: 'an unused definition',
      properties: { KeySchema: [key('pk')], AttributeDefinitions: [attribute('pk'), attribute('email')] },
      errors: [{ near: 'email', message: 'Attribute "email" is defined but no key schema of Table uses it' }],
    },
    {
      name: 'an undefined GSI key, a bad type and a duplicate',
      properties: {
        KeySchema: [key('pk')],
        AttributeDefinitions: [attribute('pk', 'STRING'), attribute('pk')],
        GlobalSecondaryIndexes: [
          { IndexName: 'byG', KeySchema: [key('g')], Projection: { ProjectionType: 'ALL' } },
        ],
      },
      errors: [
        { near: 'pk', message: 'has type "STRING"; key attributes are S (string), N (number) or B (binary)' },
        { near: 'pk', message: 'Attribute "pk" is defined twice' },
        { near: 'g', message: 'Key attribute "g" of index byG' },
      ],
    },
    {
      name: 'an attribute left defined when its conditional index is dropped',
      sections: {
        Parameters: { Env: { Type: 'String' } },
        Conditions: { HasIndex: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      },
      properties: {
        KeySchema: [key('pk')],
        AttributeDefinitions: [attribute('pk'), attribute('g')],
        GlobalSecondaryIndexes: {
          'Fn::If': [
            'HasIndex',
            [{ IndexName: 'g', KeySchema: [key('g')], Projection: { ProjectionType: 'ALL' } }],
            { Ref: 'AWS::NoValue' },
          ],
        },
      },
      errors: [
        {
          near: 'AttributeName',
          message: /Attribute "g" is defined but no key schema .* \(when not HasIndex\)$/,
        },
      ],
    },
    {
      name: 'two partition keys on the table',
      properties: { KeySchema: [key('a'), key('b')], AttributeDefinitions: [attribute('a'), attribute('b')] },
      errors: [{ near: 'KeySchema', message: 'has 2 partition (HASH) and 0 sort (RANGE) keys' }],
    },
    {
      name: 'no key schema at all',
      properties: { AttributeDefinitions: [] },
      errors: [{ near: 'Table', message: 'has no KeySchema' }],
    },
  ],
});
