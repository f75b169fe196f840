/**
 * The posture rules side by side over the same table in every format: CloudFormation, SAM, GlobalTable, a CDK
 * assembly, Serverless Framework, Terraform (resource, replica resource, the dynamodb-table module). Each format
 * has an unprotected declaration (every posture rule reports it) and a protected one (none does).
 */
import { describe, expect, it } from 'vitest';
import deletionProtection from '../../rules/deletion-protection.ts';
import encryptionKey from '../../rules/encryption-key.ts';
import pointInTimeRecovery from '../../rules/point-in-time-recovery.ts';
import type { Rule } from '../../src/rule.ts';
import { findingsFor } from '../helpers/rule-tester.ts';

const POSTURE: readonly Rule[] = [pointInTimeRecovery, deletionProtection, encryptionKey];

const KEYS = `      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
`;
const PROTECTED_PROPERTIES = `      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
      DeletionProtectionEnabled: true
      SSESpecification:
        SSEEnabled: true
        SSEType: KMS
        KMSMasterKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`;
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function cdkAssembly(table: Record<string, unknown>): Record<string, string> {
  const manifest = {
    version: '36.0.0',
    artifacts: {
      OrdersStack: {
        type: 'aws:cloudformation:stack',
        environment: 'aws://unknown-account/us-east-1',
        properties: { templateFile: 'OrdersStack.template.json' },
      },
    },
  };
  const template = {
    Resources: {
      OrdersTable: {
        Type: 'AWS::DynamoDB::GlobalTable',
        ...table,
        Metadata: { 'aws:cdk:path': 'OrdersStack/Orders/Resource' },
      },
    },
  };
  return {
    'cdk.out/manifest.json': JSON.stringify(manifest, null, 2),
    'cdk.out/OrdersStack.template.json': JSON.stringify(template, null, 2),
  };
}

const cdkTable = (
  replica: Record<string, unknown>,
  sse: Record<string, unknown> | undefined,
  policy: string,
) => ({
  Properties: {
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    ...(sse ? { SSESpecification: sse } : {}),
    Replicas: [{ Region: 'us-east-1', ...replica }],
  },
  UpdateReplacePolicy: policy,
  DeletionPolicy: policy,
});

const tfTable = (body: string) => `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "pk"
    type = "S"
  }
${body}}
`;

interface FormatCase {
  readonly format: string;
  readonly unprotected: Record<string, string>;
  readonly protected: Record<string, string>;
  /** Rules that do not apply to the format (a SimpleTable cannot name a key). */
  readonly skip?: readonly string[];
}

const CASES: readonly FormatCase[] = [
  {
    format: 'CloudFormation',
    unprotected: {
      'template.yaml': `Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n${KEYS}`,
    },
    protected: {
      'template.yaml': `Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n${KEYS}${PROTECTED_PROPERTIES}`,
    },
  },
  {
    format: 'SAM SimpleTable',
    unprotected: {
      'template.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Orders:\n    Type: AWS::Serverless::SimpleTable\n',
    },
    protected: {
      'template.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Orders:\n    Type: AWS::Serverless::SimpleTable\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n',
    },
    skip: ['encryption-key'],
  },
  {
    format: 'GlobalTable',
    unprotected: {
      'template.yaml': `Resources:\n  Orders:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n${KEYS}      StreamSpecification:\n        StreamViewType: NEW_AND_OLD_IMAGES\n      Replicas:\n        - Region: us-east-1\n        - Region: eu-west-1\n`,
    },
    protected: {
      'template.yaml': `Resources:\n  Orders:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n${KEYS}      StreamSpecification:\n        StreamViewType: NEW_AND_OLD_IMAGES\n      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n      Replicas:\n        - Region: us-east-1\n          DeletionProtectionEnabled: true\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n          SSESpecification:\n            KMSMasterKeyId: ${KEY_ARN}\n        - Region: eu-west-1\n          DeletionProtectionEnabled: true\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n          SSESpecification:\n            KMSMasterKeyId: ${KEY_ARN}\n`,
    },
  },
  {
    format: 'CDK assembly (TableV2)',
    unprotected: cdkAssembly(cdkTable({}, undefined, 'Delete')),
    protected: cdkAssembly(
      cdkTable(
        {
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { KMSMasterKeyId: KEY_ARN },
        },
        { SSEEnabled: true, SSEType: 'KMS' },
        'Retain',
      ),
    ),
  },
  {
    format: 'Serverless Framework',
    unprotected: {
      'serverless.yml': `service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n${KEYS.replace(/^/gm, '  ')}`,
    },
    protected: {
      'serverless.yml': `service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n${`${KEYS}${PROTECTED_PROPERTIES}`.replace(/^/gm, '  ')}`,
    },
  },
  {
    format: 'Terraform resource',
    unprotected: { 'main.tf': tfTable('') },
    protected: {
      'main.tf': tfTable(
        `  deletion_protection_enabled = true\n\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = "${KEY_ARN}"\n  }\n`,
      ),
    },
  },
  {
    format: 'Terraform replica resource',
    unprotected: {
      'main.tf': `${tfTable('')}\nresource "aws_dynamodb_table_replica" "west" {\n  global_table_arn = aws_dynamodb_table.orders.arn\n}\n`,
    },
    protected: {
      'main.tf': `${tfTable(
        `  lifecycle {\n    prevent_destroy = true\n  }\n\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = "${KEY_ARN}"\n  }\n`,
      )}\nresource "aws_dynamodb_table_replica" "west" {\n  global_table_arn       = aws_dynamodb_table.orders.arn\n  point_in_time_recovery = true\n}\n`,
    },
  },
  {
    format: 'Terraform dynamodb-table module',
    unprotected: {
      'main.tf':
        'module "orders" {\n  source   = "terraform-aws-modules/dynamodb-table/aws"\n  version  = "~> 5.0"\n  name     = "orders"\n  hash_key = "pk"\n}\n',
    },
    protected: {
      'main.tf': `module "orders" {\n  source                             = "terraform-aws-modules/dynamodb-table/aws"\n  version                            = "~> 5.0"\n  name                               = "orders"\n  hash_key                           = "pk"\n  point_in_time_recovery_enabled     = true\n  deletion_protection_enabled        = true\n  server_side_encryption_enabled     = true\n  server_side_encryption_kms_key_arn = "${KEY_ARN}"\n}\n`,
    },
  },
];

describe('posture rules in every format', () => {
  for (const testCase of CASES) {
    for (const rule of POSTURE) {
      if (testCase.skip?.includes(rule.id)) continue;
      it(`${testCase.format}: ${rule.id} reports the unprotected table and not the protected one`, async () => {
        const bad = await findingsFor(rule, testCase.unprotected);
        expect(bad.problems).toEqual([]);
        expect(bad.tables).toBe(1);
        expect(bad.findings.length, `no ${rule.id} finding`).toBeGreaterThan(0);
        const good = await findingsFor(rule, testCase.protected);
        expect(good.problems).toEqual([]);
        expect(good.findings.map((f) => f.message)).toEqual([]);
      });
    }
  }
});
