import { describe, expect, it } from 'vitest';
import rule from '../../rules/deletion-protection.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const globalTable = (replicas: unknown[]) => ({
  ...keys,
  StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
  Replicas: replicas,
});

testRule(rule, {
  valid: [
    { name: 'deletion protection on', properties: { ...keys, DeletionProtectionEnabled: true } },
    {
      name: 'Retain on deletion and replacement',
      properties: keys,
      resource: { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' },
    },
    {
      name: 'RetainExceptOnCreate and Retain',
      properties: keys,
      resource: { DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' },
    },
    {
      name: 'Retain with a custom name (a replacement fails instead of deleting)',
      properties: { ...keys, TableName: 'orders' },
      resource: { DeletionPolicy: 'Retain' },
    },
    {
      name: 'deletion protection from a parameter (unknown)',
      properties: { ...keys, DeletionProtectionEnabled: { Ref: 'Protect' } },
      sections: { Parameters: { Protect: { Type: 'String' } } },
      formats: ['yaml', 'json'],
    },
    {
      name: 'GlobalTable with deletion protection on every replica',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: globalTable([
        { Region: 'us-east-1', DeletionProtectionEnabled: true },
        { Region: 'eu-west-1', DeletionProtectionEnabled: true },
      ]),
    },
    {
      name: 'SimpleTable retained',
      type: 'AWS::Serverless::SimpleTable',
      properties: {},
      resource: { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' },
      formats: ['yaml'],
    },
  ],
  invalid: [
    {
      name: 'nothing set',
      properties: keys,
      errors: [
        {
          near: 'Table',
          message:
            'no DeletionProtectionEnabled: true, and DeletionPolicy is Delete (the default). Set DeletionProtectionEnabled: true or DeletionPolicy: Retain',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'deletion protection turned off, DeletionPolicy Delete written',
      properties: { ...keys, DeletionProtectionEnabled: false },
      resource: { DeletionPolicy: 'Delete' },
      errors: [{ near: 'DeletionPolicy', message: 'DeletionPolicy is Delete' }],
    },
    {
      name: 'DeletionPolicy Snapshot',
      properties: keys,
      resource: { DeletionPolicy: 'Snapshot' },
      errors: [{ near: 'Snapshot', message: 'DeletionPolicy Snapshot does not protect Table' }],
    },
    {
      name: 'Retain without UpdateReplacePolicy on a generated name',
      properties: keys,
      resource: { DeletionPolicy: 'Retain' },
      errors: [{ near: 'Retain', message: 'but not a replacement: UpdateReplacePolicy is Delete' }],
    },
    {
      name: 'GlobalTable with deletion protection on one replica only',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: globalTable([
        { Region: 'us-east-1', DeletionProtectionEnabled: true },
        { Region: 'eu-west-1' },
      ]),
      errors: [{ near: 'Table', message: 'DeletionProtectionEnabled: true on every replica' }],
    },
    {
      name: 'SimpleTable deleted with the stack',
      type: 'AWS::Serverless::SimpleTable',
      properties: {},
      formats: ['yaml'],
      errors: [{ near: 'Table', message: 'a SimpleTable has no deletion protection setting' }],
    },
  ],
});

const table = (body: string) => `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
${body}}
`;

describe('deletion-protection in Terraform', () => {
  const cases: { name: string; files: Record<string, string>; at: string[] }[] = [
    { name: 'nothing set', files: { 'main.tf': table('') }, at: ['resource "aws_dynamodb_table" "orders"'] },
    {
      name: 'deletion_protection_enabled = true',
      files: { 'main.tf': table('  deletion_protection_enabled = true\n') },
      at: [],
    },
    {
      name: 'lifecycle prevent_destroy',
      files: { 'main.tf': table('  lifecycle {\n    prevent_destroy = true\n  }\n') },
      at: [],
    },
    {
      name: 'lifecycle without prevent_destroy',
      files: { 'main.tf': table('  lifecycle {\n    ignore_changes = [read_capacity]\n  }\n') },
      at: ['resource "aws_dynamodb_table" "orders"'],
    },
    {
      name: 'deletion protection from a variable whose default turns it on',
      files: {
        'main.tf': table('  deletion_protection_enabled = var.protect\n'),
        'variables.tf': 'variable "protect" {\n  type    = bool\n  default = true\n}\n',
      },
      at: [],
    },
    {
      name: 'deletion protection from a variable whose default turns it off',
      files: {
        'main.tf': table('  deletion_protection_enabled = var.protect\n'),
        'variables.tf': 'variable "protect" {\n  type    = bool\n  default = false\n}\n',
      },
      at: ['resource "aws_dynamodb_table" "orders"'],
    },
    {
      name: 'deletion protection from a variable without a default (unknown)',
      files: {
        'main.tf': table('  deletion_protection_enabled = var.protect\n'),
        'variables.tf': 'variable "protect" {\n  type = bool\n}\n',
      },
      at: [],
    },
    {
      name: 'the dynamodb-table module with deletion protection',
      files: {
        'main.tf': `module "orders" {
  source                      = "terraform-aws-modules/dynamodb-table/aws"
  version                     = "~> 5.0"
  name                        = "orders"
  hash_key                    = "pk"
  deletion_protection_enabled = true
}
`,
      },
      at: [],
    },
    {
      name: 'the dynamodb-table module without deletion protection',
      files: {
        'main.tf': `module "orders" {
  source   = "terraform-aws-modules/dynamodb-table/aws"
  version  = "~> 5.0"
  name     = "orders"
  hash_key = "pk"
}
`,
      },
      at: ['module "orders"'],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const { findings, tables } = await findingsFor(rule, testCase.files);
      expect(tables).toBeGreaterThan(0);
      expect(findings.map((f) => lineText(testCase.files, f).trim())).toEqual(
        testCase.at.map((text) => expect.stringContaining(text)),
      );
      for (const finding of findings)
        expect(finding.message).toContain('lifecycle { prevent_destroy = true }');
    });
  }
});
