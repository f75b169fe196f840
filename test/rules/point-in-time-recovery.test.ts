import { describe, expect, it } from 'vitest';
import rule from '../../rules/point-in-time-recovery.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const pitr = (enabled: unknown) => ({ PointInTimeRecoveryEnabled: enabled });
const globalTable = (replicas: unknown[]) => ({
  ...keys,
  StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
  Replicas: replicas,
});

testRule(rule, {
  valid: [
    { name: 'PITR on', properties: { ...keys, PointInTimeRecoverySpecification: pitr(true) } },
    {
      name: 'PITR on with a recovery period',
      properties: {
        ...keys,
        PointInTimeRecoverySpecification: { ...pitr(true), RecoveryPeriodInDays: 7 },
      },
    },
    {
      name: 'PITR from a parameter without a default (unknown)',
      properties: { ...keys, PointInTimeRecoverySpecification: pitr({ Ref: 'Backups' }) },
      sections: { Parameters: { Backups: { Type: 'String', AllowedValues: ['true', 'false'] } } },
      formats: ['yaml', 'json'],
    },
    {
      // A CloudFormation parameter's Default is not its deployed value (src/iac/evaluate.ts): unknown.
      name: 'PITR from a parameter whose default turns it off',
      properties: { ...keys, PointInTimeRecoverySpecification: pitr({ Ref: 'Backups' }) },
      sections: { Parameters: { Backups: { Type: 'String', Default: 'false' } } },
      formats: ['yaml', 'json'],
    },
    {
      name: 'GlobalTable with PITR on every replica',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: globalTable([
        { Region: 'us-east-1', PointInTimeRecoverySpecification: pitr(true) },
        { Region: 'eu-west-1', PointInTimeRecoverySpecification: pitr(true) },
      ]),
    },
    {
      name: 'SimpleTable with PITR on',
      type: 'AWS::Serverless::SimpleTable',
      properties: { PointInTimeRecoverySpecification: pitr(true) },
      formats: ['yaml'],
    },
  ],
  invalid: [
    {
      name: 'no PITR at all',
      properties: keys,
      errors: [{ near: 'Table', message: 'Point-in-time recovery of Table is off', severity: 'warning' }],
    },
    {
      name: 'PITR turned off',
      properties: { ...keys, PointInTimeRecoverySpecification: pitr(false) },
      errors: [
        {
          near: 'PointInTimeRecoverySpecification',
          message:
            'Set PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true} (RecoveryPeriodInDays keeps 1–35 days)',
        },
      ],
    },
    {
      name: 'PITR off through a parameter with one allowed value',
      properties: { ...keys, PointInTimeRecoverySpecification: pitr({ Ref: 'Backups' }) },
      sections: { Parameters: { Backups: { Type: 'String', AllowedValues: ['false'] } } },
      formats: ['yaml', 'json'],
      errors: [
        { near: 'PointInTimeRecoverySpecification', message: 'Point-in-time recovery of Table is off' },
      ],
    },
    {
      // Checkov CKV_AWS_165 reads Replicas[0] only: the second replica passes there.
      name: 'GlobalTable whose second replica has no PITR',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: globalTable([
        { Region: 'us-east-1', PointInTimeRecoverySpecification: pitr(true) },
        { Region: 'eu-west-1' },
      ]),
      errors: [{ near: 'eu-west-1', message: 'the eu-west-1 replica of Table is off' }],
    },
    {
      name: 'GlobalTable with PITR turned off on one replica and absent on another',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: globalTable([
        { Region: 'us-east-1', PointInTimeRecoverySpecification: pitr(false) },
        { Region: 'eu-west-1' },
      ]),
      errors: [
        { near: 'PointInTimeRecoverySpecification', message: 'the us-east-1 replica of Table' },
        { near: 'eu-west-1', message: 'the eu-west-1 replica of Table' },
      ],
    },
    {
      name: 'SimpleTable without PITR',
      type: 'AWS::Serverless::SimpleTable',
      properties: {},
      formats: ['yaml'],
      errors: [{ near: 'Table', message: 'Point-in-time recovery of Table is off' }],
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

describe('point-in-time-recovery in Terraform', () => {
  const cases: { name: string; files: Record<string, string>; at: string[] }[] = [
    {
      name: 'no point_in_time_recovery block',
      files: { 'main.tf': table('') },
      at: ['resource "aws_dynamodb_table"'],
    },
    {
      name: 'enabled = false',
      files: { 'main.tf': table('  point_in_time_recovery {\n    enabled = false\n  }\n') },
      at: ['point_in_time_recovery {'],
    },
    {
      name: 'enabled = true',
      files: { 'main.tf': table('  point_in_time_recovery {\n    enabled = true\n  }\n') },
      at: [],
    },
    {
      name: 'a variable whose default turns it off',
      files: {
        'main.tf': table('  point_in_time_recovery {\n    enabled = var.backups\n  }\n'),
        'variables.tf': 'variable "backups" {\n  type    = bool\n  default = false\n}\n',
      },
      at: ['point_in_time_recovery {'],
    },
    {
      name: 'a variable whose tfvars value turns it on',
      files: {
        'main.tf': table('  point_in_time_recovery {\n    enabled = var.backups\n  }\n'),
        'variables.tf': 'variable "backups" {\n  type    = bool\n  default = false\n}\n',
        'terraform.tfvars': 'backups = true\n',
      },
      at: [],
    },
    {
      name: 'a variable without a default (unknown)',
      files: {
        'main.tf': table('  point_in_time_recovery {\n    enabled = var.backups\n  }\n'),
        'variables.tf': 'variable "backups" {\n  type = bool\n}\n',
      },
      at: [],
    },
    {
      name: 'replica blocks: the table on, one replica off',
      files: {
        'main.tf': table(
          '  stream_enabled   = true\n  stream_view_type = "NEW_AND_OLD_IMAGES"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  replica {\n    region_name            = "eu-west-1"\n    point_in_time_recovery = true\n  }\n\n  replica {\n    region_name = "ap-south-1"\n  }\n',
        ),
      },
      at: ['region_name = "ap-south-1"'],
    },
    {
      name: 'an aws_dynamodb_table_replica resource without PITR',
      files: {
        'main.tf': `${table('  stream_enabled   = true\n  stream_view_type = "NEW_AND_OLD_IMAGES"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n')}
provider "aws" {
  alias  = "west"
  region = "eu-west-1"
}

resource "aws_dynamodb_table_replica" "west" {
  provider         = aws.west
  global_table_arn = aws_dynamodb_table.orders.arn
}
`,
      },
      at: ['resource "aws_dynamodb_table_replica" "west"'],
    },
    {
      name: 'the dynamodb-table module without PITR',
      files: {
        'main.tf': `module "orders" {
  source   = "terraform-aws-modules/dynamodb-table/aws"
  version  = "~> 5.0"
  name     = "orders"
  hash_key = "pk"
  attributes = [{ name = "pk", type = "S" }]
}
`,
      },
      at: ['module "orders"'],
    },
    {
      name: 'the dynamodb-table module with point_in_time_recovery_enabled',
      files: {
        'main.tf': `module "orders" {
  source                         = "terraform-aws-modules/dynamodb-table/aws"
  version                        = "~> 5.0"
  name                           = "orders"
  hash_key                       = "pk"
  attributes                     = [{ name = "pk", type = "S" }]
  point_in_time_recovery_enabled = true
}
`,
      },
      at: [],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const { findings, tables } = await findingsFor(rule, testCase.files);
      expect(tables).toBeGreaterThan(0);
      expect(findings.map((f) => lineText(testCase.files, f).trim())).toEqual(
        testCase.at.map((text) => expect.stringContaining(text)),
      );
    });
  }

  it('names the module input in a module table', async () => {
    const files = {
      'main.tf':
        'module "t" {\n  source   = "terraform-aws-modules/dynamodb-table/aws"\n  version  = "~> 5.0"\n  name     = "t"\n  hash_key = "pk"\n}\n',
    };
    const { findings } = await findingsFor(rule, files);
    expect(findings[0]?.message).toContain('point_in_time_recovery_enabled = true');
  });
});
