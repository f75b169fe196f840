/**
 * The cases of docs/posture.md's "Where they differ" table, one per row id: each runs the row's declaration
 * through dynalint and asserts the dynalint column (which lines are reported, or none). The page and this
 * file list the same ids.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import deletionProtection from '../../rules/deletion-protection.ts';
import encryptionKey from '../../rules/encryption-key.ts';
import globalTableReplicas from '../../rules/global-table-replicas.ts';
import pointInTimeRecovery from '../../rules/point-in-time-recovery.ts';
import provisionedAutoscaling from '../../rules/provisioned-autoscaling.ts';
import type { Rule } from '../../src/rule.ts';
import { lineText } from '../helpers/rule-tester.ts';
import { findingsOf, type TesterCase } from '../helpers/tester.ts';

interface Row extends Pick<TesterCase, 'live' | 'pointInTimeRecovery' | 'region'> {
  readonly rule: Rule;
  readonly files: Record<string, string>;
  readonly options?: Record<string, unknown>;
  /** Text of each reported line, in order; empty when dynalint stays silent. */
  readonly reported: readonly string[];
}

const KEYS = `    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
`;
const table = (type: string, extra = '', attributes = '') =>
  `Resources:\n  Orders:\n    Type: ${type}\n${attributes}${KEYS}${extra}`;
const GLOBAL_STREAM = '      StreamSpecification:\n        StreamViewType: NEW_AND_OLD_IMAGES\n';
const tf = (body: string) => `resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "pk"
    type = "S"
  }
${body}}
`;
const PITR_ON = '  point_in_time_recovery {\n    enabled = true\n  }\n';
/** The live `orders` table as DescribeTable answers it: on demand, deletion protection off. */
const LIVE_ORDERS: TableDescription = {
  TableName: 'orders',
  TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
  TableStatus: 'ACTIVE',
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
};
const NAMED = '      TableName: orders\n';

const ROWS: Readonly<Record<string, Row>> = {
  'pitr-global-second-replica': {
    rule: pointInTimeRecovery,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::GlobalTable',
        `${GLOBAL_STREAM}      Replicas:\n        - Region: us-east-1\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n        - Region: eu-west-1\n`,
      ),
    },
    reported: ['Region: eu-west-1'],
  },
  'pitr-global-table-cfn-nag': {
    rule: pointInTimeRecovery,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::GlobalTable',
        `${GLOBAL_STREAM}      Replicas:\n        - Region: us-east-1\n        - Region: eu-west-1\n`,
      ),
    },
    reported: ['Region: us-east-1', 'Region: eu-west-1'],
  },
  'pitr-cdk-tablev2': {
    rule: pointInTimeRecovery,
    files: {
      'cdk.out/manifest.json': JSON.stringify({
        version: '36.0.0',
        artifacts: {
          Stack: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Stack.template.json' } },
        },
      }),
      'cdk.out/Stack.template.json': JSON.stringify(
        {
          Resources: {
            Orders: {
              Type: 'AWS::DynamoDB::GlobalTable',
              Properties: {
                BillingMode: 'PAY_PER_REQUEST',
                KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
                AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
                Replicas: [{ Region: 'us-east-1' }],
              },
              DeletionPolicy: 'Retain',
              UpdateReplacePolicy: 'Retain',
              Metadata: { 'aws:cdk:path': 'Stack/Orders/Resource' },
            },
          },
        },
        null,
        2,
      ),
    },
    reported: ['"Region": "us-east-1"'],
  },
  'pitr-terraform-replica-block': {
    rule: pointInTimeRecovery,
    files: { 'main.tf': tf(`${PITR_ON}\n  replica {\n    region_name = "eu-west-1"\n  }\n`) },
    reported: ['region_name = "eu-west-1"'],
  },
  'pitr-terraform-variable-default': {
    rule: pointInTimeRecovery,
    files: {
      'main.tf': tf('  point_in_time_recovery {\n    enabled = var.backups\n  }\n'),
      'variables.tf': 'variable "backups" {\n  type    = bool\n  default = false\n}\n',
    },
    reported: ['point_in_time_recovery {'],
  },
  'pitr-variable-without-default': {
    rule: pointInTimeRecovery,
    files: {
      'main.tf': tf('  point_in_time_recovery {\n    enabled = var.backups\n  }\n'),
      'variables.tf': 'variable "backups" {\n  type = bool\n}\n',
    },
    reported: [],
  },
  'pitr-turned-off-live': {
    rule: pointInTimeRecovery,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::Table',
        `${NAMED}      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n`,
      ),
    },
    live: [LIVE_ORDERS],
    pointInTimeRecovery: { orders: 'DISABLED' },
    reported: ['PointInTimeRecoverySpecification:'],
  },
  'deletion-retain-policy': {
    rule: deletionProtection,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::Table',
        '',
        '    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n',
      ),
    },
    reported: [],
  },
  'deletion-snapshot-policy': {
    rule: deletionProtection,
    files: { 'template.yaml': table('AWS::DynamoDB::Table', '', '    DeletionPolicy: Snapshot\n') },
    reported: ['DeletionPolicy: Snapshot'],
  },
  'deletion-prevent-destroy': {
    rule: deletionProtection,
    files: { 'main.tf': tf('  lifecycle {\n    prevent_destroy = true\n  }\n') },
    reported: [],
  },
  'deletion-turned-off-live': {
    rule: deletionProtection,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::Table',
        `${NAMED}      DeletionProtectionEnabled: true\n`,
        '    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n',
      ),
    },
    live: [LIVE_ORDERS],
    reported: ['DeletionProtectionEnabled: true'],
  },
  'key-aws-managed-alias-checkov': {
    rule: encryptionKey,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::Table',
        '      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: alias/aws/dynamodb\n',
      ),
    },
    options: { require: 'customer-managed' },
    reported: ['SSESpecification:'],
  },
  'key-global-table-checkov': {
    rule: encryptionKey,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::GlobalTable',
        `${GLOBAL_STREAM}      Replicas:\n        - Region: us-east-1\n`,
      ),
    },
    options: { require: 'aws-managed' },
    reported: ['Orders:'],
  },
  'key-aws-owned-trivy': {
    rule: encryptionKey,
    files: { 'main.tf': tf('') },
    options: { require: 'customer-managed' },
    reported: ['resource "aws_dynamodb_table" "orders"'],
  },
  'key-aws-managed-cfn-nag': {
    rule: encryptionKey,
    files: {
      'template.yaml': table('AWS::DynamoDB::Table', '      SSESpecification:\n        SSEEnabled: true\n'),
    },
    options: { require: 'customer-managed' },
    reported: ['SSESpecification:'],
  },
  'autoscaling-min-equals-max': {
    rule: provisionedAutoscaling,
    files: {
      'template.yaml': `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      ProvisionedThroughput:
        ReadCapacityUnits: 50
        WriteCapacityUnits: 50
  OrdersWriteScaling:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ScalableDimension: dynamodb:table:WriteCapacityUnits
      ResourceId: !Sub table/\${Orders}
      MinCapacity: 50
      MaxCapacity: 50
`,
    },
    reported: ['MinCapacity: 50'],
  },
  'global-own-region-missing': {
    rule: globalTableReplicas,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::GlobalTable',
        `${GLOBAL_STREAM}      Replicas:\n        - Region: eu-west-1\n        - Region: ap-southeast-2\n`,
      ),
    },
    region: 'us-east-1',
    reported: ['Replicas:'],
  },
  'global-own-region-ref': {
    rule: globalTableReplicas,
    files: {
      'template.yaml': table(
        'AWS::DynamoDB::GlobalTable',
        `${GLOBAL_STREAM}      Replicas:\n        - Region: !Ref AWS::Region\n        - Region: eu-west-1\n`,
      ),
    },
    region: 'us-east-1',
    reported: [],
  },
};

describe('docs/posture.md: where dynalint and other scanners differ', () => {
  for (const [id, row] of Object.entries(ROWS)) {
    it(id, async () => {
      const { rule, reported: _reported, ...testCase } = row;
      const { findings, problems, tables } = await findingsOf(rule, { name: id, ...testCase });
      expect(problems).toEqual([]);
      expect(tables).toBe(1);
      expect(findings.map((f) => lineText(row.files, f).trim())).toEqual(
        row.reported.map((text) => expect.stringContaining(text)),
      );
    });
  }

  it('the page has a row for each case and a case for each row', async () => {
    const page = await readFile(path.resolve(import.meta.dirname, '../../docs/posture.md'), 'utf8');
    const section = page.slice(page.indexOf('## Where they differ'));
    const ids = [...section.matchAll(/^\| ([a-z0-9-]+) \|/gm)]
      .map((m) => m[1])
      .filter((id) => id !== 'id' && id !== '---');
    expect(ids).toEqual(Object.keys(ROWS));
  });
});
