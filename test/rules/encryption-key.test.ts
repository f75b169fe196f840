/**
 * Each row of the table in rules/encryption-key.md: which declaration satisfies which requirement.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/encryption-key.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const managed = { require: 'aws-managed' };
const kmsKey = { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } };

testRule(rule, {
  valid: [
    {
      name: 'a customer-managed key from the template',
      properties: {
        ...keys,
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] },
        },
      },
      resources: kmsKey,
    },
    {
      name: 'a customer-managed key ARN',
      properties: {
        ...keys,
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
    },
    {
      name: 'the AWS-managed key under require: aws-managed',
      properties: { ...keys, SSESpecification: { SSEEnabled: true } },
      options: managed,
    },
    {
      name: 'alias/aws/dynamodb under require: aws-managed',
      properties: { ...keys, SSESpecification: { SSEEnabled: true, KMSMasterKeyId: 'alias/aws/dynamodb' } },
      options: managed,
    },
    {
      name: 'a key from a parameter (some KMS key) under require: customer-managed',
      properties: { ...keys, SSESpecification: { SSEEnabled: true, KMSMasterKeyId: { Ref: 'KeyArn' } } },
      sections: { Parameters: { KeyArn: { Type: 'String' } } },
      formats: ['yaml', 'json'],
    },
    {
      name: 'SSE enabled from a parameter (unknown)',
      properties: { ...keys, SSESpecification: { SSEEnabled: { Ref: 'Encrypt' } } },
      sections: { Parameters: { Encrypt: { Type: 'String' } } },
      formats: ['yaml', 'json'],
    },
    {
      name: 'a GlobalTable with a customer-managed key on every replica',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: {
        ...keys,
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        Replicas: [
          { Region: 'us-east-1', SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } } },
          {
            Region: 'eu-west-1',
            SSESpecification: { KMSMasterKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' },
          },
        ],
      },
      resources: kmsKey,
      formats: ['yaml', 'json'],
    },
    {
      name: 'a SimpleTable with SSE enabled under require: aws-managed',
      type: 'AWS::Serverless::SimpleTable',
      properties: { SSESpecification: { SSEEnabled: true } },
      options: managed,
      formats: ['yaml'],
    },
  ],
  invalid: [
    {
      name: 'no SSESpecification (AWS-owned)',
      properties: keys,
      errors: [{ near: 'Table', message: 'is encrypted with an AWS-owned key (the default)' }],
    },
    {
      name: 'no SSESpecification under require: aws-managed',
      properties: keys,
      options: managed,
      errors: [{ near: 'Table', message: 'requires a KMS key. Set SSESpecification: {SSEEnabled: true}.' }],
    },
    {
      name: 'SSEEnabled false (AWS-owned)',
      properties: { ...keys, SSESpecification: { SSEEnabled: false } },
      options: managed,
      errors: [{ near: 'SSESpecification', message: 'AWS-owned key' }],
    },
    {
      name: 'SSEEnabled true without a key (AWS-managed)',
      properties: { ...keys, SSESpecification: { SSEEnabled: true, SSEType: 'KMS' } },
      errors: [
        {
          near: 'SSESpecification',
          message:
            'is encrypted with the AWS-managed key alias/aws/dynamodb, but this repository requires a customer-managed key',
        },
      ],
    },
    {
      name: 'alias/aws/dynamodb named (AWS-managed)',
      properties: {
        ...keys,
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/aws/dynamodb' },
      },
      errors: [{ near: 'SSESpecification', message: 'AWS-managed key alias/aws/dynamodb' }],
    },
    {
      name: 'a GlobalTable whose second replica has no key of its own (AWS-managed there)',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: {
        ...keys,
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        Replicas: [
          {
            Region: 'us-east-1',
            SSESpecification: { KMSMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' },
          },
          { Region: 'eu-west-1' },
        ],
      },
      errors: [
        { near: 'SSESpecification', message: 'ReplicaSSESpecification.KMSMasterKeyId on every replica' },
      ],
    },
    {
      name: 'a SimpleTable with SSE enabled (a SimpleTable cannot name a key)',
      type: 'AWS::Serverless::SimpleTable',
      properties: { SSESpecification: { SSEEnabled: true } },
      formats: ['yaml'],
      errors: [{ near: 'SSESpecification', message: 'a SimpleTable cannot name a key' }],
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

describe('encryption-key in Terraform', () => {
  const sse = (body: string) => `  server_side_encryption {\n${body}  }\n`;
  const cases: { name: string; body: string; require: string; at: string[] }[] = [
    {
      name: 'no block, customer-managed',
      body: '',
      require: 'customer-managed',
      at: ['resource "aws_dynamodb_table"'],
    },
    {
      name: 'no block, aws-managed',
      body: '',
      require: 'aws-managed',
      at: ['resource "aws_dynamodb_table"'],
    },
    {
      name: 'enabled without kms_key_arn, aws-managed',
      body: sse('    enabled = true\n'),
      require: 'aws-managed',
      at: [],
    },
    {
      name: 'enabled without kms_key_arn, customer-managed',
      body: sse('    enabled = true\n'),
      require: 'customer-managed',
      at: ['server_side_encryption {'],
    },
    {
      name: 'a key resource, customer-managed',
      body: sse('    enabled     = true\n    kms_key_arn = aws_kms_key.orders.arn\n'),
      require: 'customer-managed',
      at: [],
    },
    {
      name: 'the AWS-managed alias ARN, customer-managed',
      body: sse(
        '    enabled     = true\n    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/dynamodb"\n',
      ),
      require: 'customer-managed',
      at: ['server_side_encryption {'],
    },
  ];
  for (const testCase of cases) {
    it(`${testCase.name}`, async () => {
      const files = { 'main.tf': table(testCase.body) };
      const { findings } = await findingsFor(rule, files, { require: testCase.require });
      expect(findings.map((f) => lineText(files, f).trim())).toEqual(
        testCase.at.map((text) => expect.stringContaining(text)),
      );
      for (const finding of findings) expect(finding.message).toContain('server_side_encryption');
    });
  }
});
