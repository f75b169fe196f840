/**
 * Posture rules judging live tables in drift mode: a setting the declaration turns on but the live table
 * has off (changed in the console), one the declaration leaves to deploy time, and unmanaged live tables.
 * Live tables are DescribeTable answers (and DescribeContinuousBackups states) normalized as drift does.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import deletionProtection from '../../rules/deletion-protection.ts';
import encryptionKey from '../../rules/encryption-key.ts';
import pointInTimeRecovery from '../../rules/point-in-time-recovery.ts';
import { ruleTester } from '../helpers/tester.ts';

const KEYS = `    KeySchema:
      - AttributeName: pk
        KeyType: HASH
    AttributeDefinitions:
      - AttributeName: pk
        AttributeType: S
    BillingMode: PAY_PER_REQUEST`;

/** A template with one `AWS::DynamoDB::Table` named `orders`, with `extra` properties and resource attributes. */
function template(extra: string, attributes = '', sections = ''): Record<string, string> {
  return {
    'template.yaml': `${sections}Resources:
  Orders:
    Type: AWS::DynamoDB::Table${attributes}
    Properties:
      TableName: orders
${KEYS.replace(/^/gm, '  ')}
${extra.replace(/^/gm, '      ')}
`,
  };
}

/** A GlobalTable named `orders` with PITR on in each of `regions`. */
function globalTable(regions: readonly string[]): Record<string, string> {
  const replicas = regions.map(
    (region) =>
      `        - Region: ${region}\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n`,
  );
  return {
    'template.yaml': `Resources:
  Orders:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      TableName: orders
${KEYS.replace(/^/gm, '  ')}
      StreamSpecification:
        StreamViewType: NEW_AND_OLD_IMAGES
      Replicas:
${replicas.join('')}`,
  };
}

const PITR_ON = `PointInTimeRecoverySpecification:
  PointInTimeRecoveryEnabled: true`;
const PITR_FROM_PARAMETER = `PointInTimeRecoverySpecification:
  PointInTimeRecoveryEnabled: !Ref Backups`;
const BACKUPS_PARAMETER = `Parameters:
  Backups:
    Type: String
`;

function liveTable(name: string, settings: Partial<TableDescription> = {}): TableDescription {
  return {
    TableName: name,
    TableArn: `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`,
    TableStatus: 'ACTIVE',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    ...settings,
  };
}

const PROTECTED = { DeletionProtectionEnabled: true };
const KMS = { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' } } as const;

ruleTester(pointInTimeRecovery, {
  valid: [
    {
      name: 'declared on, live on',
      files: template(PITR_ON),
      live: [liveTable('orders')],
      pointInTimeRecovery: { orders: 'ENABLED' },
    },
    {
      name: 'declared on, the endpoint cannot say (dynalite: DescribeContinuousBackups unsupported)',
      files: template(PITR_ON),
      live: [liveTable('orders')],
      pointInTimeRecovery: { orders: 'unsupported' },
    },
    {
      name: 'left to deploy time, live on',
      files: template(PITR_FROM_PARAMETER, '', BACKUPS_PARAMETER),
      live: [liveTable('orders')],
      pointInTimeRecovery: { orders: 'ENABLED' },
    },
    {
      name: 'an unmanaged live table whose recovery cannot be read',
      files: template(PITR_ON),
      live: [liveTable('orders'), liveTable('legacy')],
      pointInTimeRecovery: { orders: 'ENABLED', legacy: 'unsupported' },
    },
    {
      name: 'a GlobalTable whose live region has no replica declared: which replica it is cannot be told',
      files: globalTable(['eu-west-1']),
      live: [liveTable('orders')],
    },
  ],
  invalid: [
    {
      name: 'declared on, turned off live',
      files: template(PITR_ON),
      live: [liveTable('orders')],
      errors: [
        {
          near: 'PointInTimeRecoverySpecification:',
          message:
            'Point-in-time recovery of Orders is off on the live table orders, and the declaration turns it on',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'left to deploy time (a parameter), off live',
      files: template(PITR_FROM_PARAMETER, '', BACKUPS_PARAMETER),
      live: [liveTable('orders')],
      errors: [
        {
          near: 'PointInTimeRecoverySpecification:',
          message: /declaration leaves it to deploy time \(.*Backups/,
        },
      ],
    },
    {
      name: 'declared off: one finding, the declaration’s, not a second one for the live table',
      files: template(''),
      live: [liveTable('orders')],
      errors: [{ near: 'Orders:', message: 'Point-in-time recovery of Orders is off:' }],
    },
    {
      name: 'a GlobalTable replica in the live region, declared on, off live',
      files: globalTable(['us-east-1', 'eu-west-1']),
      live: [liveTable('orders')],
      pointInTimeRecovery: { orders: 'DISABLED' },
      errors: [{ near: 'PointInTimeRecoverySpecification:', message: 'is off on the live table orders' }],
    },
    {
      name: 'Terraform: declared on, off live',
      files: {
        'main.tf': `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}
`,
      },
      live: [liveTable('orders')],
      errors: [
        {
          near: 'point_in_time_recovery {',
          message: /off on the live table orders.*set point_in_time_recovery \{ enabled = true \}/,
        },
      ],
    },
    {
      name: 'an unmanaged live table with recovery off',
      files: template(PITR_ON),
      live: [liveTable('orders'), liveTable('legacy')],
      pointInTimeRecovery: { orders: 'ENABLED', legacy: 'DISABLED' },
      errors: [
        {
          message:
            'Point-in-time recovery of the live table legacy (no declaration in the linted code maps to it) is off',
        },
      ],
    },
  ],
});

ruleTester(deletionProtection, {
  valid: [
    {
      name: 'declared on, live on',
      files: template('DeletionProtectionEnabled: true'),
      live: [liveTable('orders', PROTECTED)],
    },
    {
      name: 'left to deploy time, off live, but DeletionPolicy Retain keeps it from the stack',
      files: template(
        'DeletionProtectionEnabled: !Ref Protect',
        '\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain',
        'Parameters:\n  Protect:\n    Type: String\n',
      ),
      live: [liveTable('orders')],
    },
    {
      name: 'an unmanaged live table with deletion protection on',
      files: template('DeletionProtectionEnabled: true'),
      live: [liveTable('orders', PROTECTED), liveTable('legacy', PROTECTED)],
    },
  ],
  invalid: [
    {
      name: 'declared on, turned off live (a Retain policy does not stop a console delete)',
      files: template('DeletionProtectionEnabled: true', '\n    DeletionPolicy: Retain'),
      live: [liveTable('orders')],
      errors: [
        {
          near: 'DeletionProtectionEnabled: true',
          message:
            'Deletion protection of Orders is off on the live table orders, and the declaration turns it on',
        },
      ],
    },
    {
      name: 'left to deploy time, off live, and the default DeletionPolicy Delete',
      files: template(
        'DeletionProtectionEnabled: !Ref Protect',
        '',
        'Parameters:\n  Protect:\n    Type: String\n',
      ),
      live: [liveTable('orders')],
      errors: [{ near: '!Ref Protect', message: 'the declaration leaves it to deploy time' }],
    },
    {
      name: 'Terraform: left to a variable without a default, off live, no prevent_destroy',
      files: {
        'main.tf': `variable "protect" {
  type = bool
}

resource "aws_dynamodb_table" "orders" {
  name                        = "orders"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  deletion_protection_enabled = var.protect

  attribute {
    name = "pk"
    type = "S"
  }
}
`,
      },
      live: [liveTable('orders')],
      errors: [{ near: 'var.protect', message: /set deletion_protection_enabled = true\.$/ }],
    },
    {
      name: 'an unmanaged live table without deletion protection',
      files: template('DeletionProtectionEnabled: true'),
      live: [liveTable('orders', PROTECTED), liveTable('legacy')],
      errors: [{ message: 'Deletion protection of the live table legacy (no declaration' }],
    },
  ],
});

const CUSTOMER_KEY = `SSESpecification:
  SSEEnabled: true
  SSEType: KMS
  KMSMasterKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

ruleTester(encryptionKey, {
  valid: [
    {
      name: 'customer-managed key declared, a KMS key live',
      files: template(CUSTOMER_KEY),
      live: [liveTable('orders', KMS)],
    },
    {
      name: 'an unmanaged live table with a KMS key',
      files: template(CUSTOMER_KEY),
      live: [liveTable('orders', KMS), liveTable('legacy', KMS)],
    },
  ],
  invalid: [
    {
      name: 'customer-managed key declared, the AWS-owned key live',
      files: template(CUSTOMER_KEY),
      live: [liveTable('orders')],
      errors: [
        {
          near: 'SSESpecification:',
          message:
            'The live table orders of Orders is encrypted with an AWS-owned key, and the declaration asks for a KMS key',
        },
      ],
    },
    {
      name: 'declared AWS-owned: only the declaration’s finding',
      files: template(''),
      live: [liveTable('orders')],
      errors: [{ message: 'Orders is encrypted with an AWS-owned key (the default)' }],
    },
    {
      name: 'an unmanaged live table on the AWS-owned key, with require: aws-managed',
      files: template(CUSTOMER_KEY),
      live: [liveTable('orders', KMS), liveTable('legacy')],
      options: { require: 'aws-managed' },
      errors: [{ message: 'The live table legacy (no declaration in the linted code maps to it)' }],
    },
  ],
});
