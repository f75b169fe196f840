import { describe, expect, it } from 'vitest';
import rule from '../../rules/explicit-table-name.ts';
import { findingsFor, testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};

testRule(rule, {
  valid: [{ name: 'a generated name', properties: keys }],
  invalid: [
    {
      name: 'a literal TableName',
      properties: { ...keys, TableName: 'orders' },
      errors: [
        {
          near: 'orders',
          message: 'Table sets TableName "orders": CloudFormation cannot replace',
          severity: 'info',
        },
      ],
    },
    {
      name: 'a TableName built at deploy time',
      properties: { ...keys, TableName: { 'Fn::Sub': '${AWS::StackName}-orders' } },
      formats: ['yaml', 'json'],
      errors: [{ near: 'TableName', message: 'Table sets TableName: CloudFormation cannot replace' }],
    },
  ],
});

describe('explicit-table-name in Terraform', () => {
  it('says nothing: Terraform requires a name', async () => {
    const files = {
      'main.tf':
        'resource "aws_dynamodb_table" "t" {\n  name         = "t"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n}\n',
    };
    const { findings, tables } = await findingsFor(rule, files);
    expect(tables).toBe(1);
    expect(findings).toEqual([]);
  });
});
