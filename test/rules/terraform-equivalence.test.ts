/**
 * The same tables written in CloudFormation and in Terraform get the same findings from the same rules, each
 * at the line that holds the offending setting in its own file: the model hides the format.
 */
import { VOCABULARIES } from '../../src/vocabulary.ts';
import { describe, expect, it } from 'vitest';
import billingMode from '../../rules/billing-mode.ts';
import gsiCount from '../../rules/gsi-count.ts';
import indexLimits from '../../rules/index-limits.ts';
import keyAttributeDefinitions from '../../rules/key-attribute-definitions.ts';
import lowCardinalityKey from '../../rules/low-cardinality-key.ts';
import pointInTimeRecovery from '../../rules/point-in-time-recovery.ts';
import type { Rule } from '../../src/rule.ts';
import { findingsFor, lineText } from '../helpers/rule-tester.ts';

interface EquivalentCase {
  readonly name: string;
  readonly rule: Rule;
  /** `Resources` of a CloudFormation template (YAML), the table named `Orders`. */
  readonly cloudformation: string;
  /** Terraform declaring `aws_dynamodb_table.orders`. */
  readonly terraform: string;
  /** Per finding, in line order: the text its line holds in each file. */
  readonly at: readonly { readonly cloudformation: string; readonly terraform: string }[];
}

const gsi = (n: number): { cfn: string; tf: string; attrCfn: string; attrTf: string } => ({
  cfn: `        - IndexName: gsi${n}\n          KeySchema:\n            - AttributeName: gsi${n}pk\n              KeyType: HASH\n          Projection:\n            ProjectionType: KEYS_ONLY\n`,
  tf: `  global_secondary_index {\n    name            = "gsi${n}"\n    hash_key        = "gsi${n}pk"\n    projection_type = "KEYS_ONLY"\n  }\n`,
  attrCfn: `        - AttributeName: gsi${n}pk\n          AttributeType: S\n`,
  attrTf: `  attribute {\n    name = "gsi${n}pk"\n    type = "S"\n  }\n`,
});

const six = [1, 2, 3, 4, 5, 6].map(gsi);

const CASES: readonly EquivalentCase[] = [
  {
    name: 'six global indexes',
    rule: gsiCount,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
${six.map((g) => g.attrCfn).join('')}      GlobalSecondaryIndexes:
${six.map((g) => g.cfn).join('')}`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
${six.map((g) => g.attrTf).join('')}
${six.map((g) => g.tf).join('')}}
`,
    at: [{ cloudformation: 'GlobalSecondaryIndexes:', terraform: 'global_secondary_index {' }],
  },
  {
    name: 'low-cardinality partition keys on the table and an index',
    rule: lowCardinalityKey,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: status
          KeyType: HASH
        - AttributeName: orderId
          KeyType: RANGE
      AttributeDefinitions:
        - AttributeName: status
          AttributeType: S
        - AttributeName: orderId
          AttributeType: S
        - AttributeName: orderType
          AttributeType: S
      GlobalSecondaryIndexes:
        - IndexName: byType
          KeySchema:
            - AttributeName: orderType
              KeyType: HASH
          Projection:
            ProjectionType: ALL
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "status"
  range_key    = "orderId"

  attribute {
    name = "status"
    type = "S"
  }
  attribute {
    name = "orderId"
    type = "S"
  }
  attribute {
    name = "orderType"
    type = "S"
  }

  global_secondary_index {
    name            = "byType"
    hash_key        = "orderType"
    projection_type = "ALL"
  }
}
`,
    at: [
      { cloudformation: 'AttributeName: status', terraform: 'hash_key     = "status"' },
      { cloudformation: 'AttributeName: orderType', terraform: 'hash_key        = "orderType"' },
    ],
  },
  {
    name: 'attribute definitions: a bad type, a missing key attribute, an unused definition',
    rule: keyAttributeDefinitions,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: sku
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: sku
          AttributeType: X
        - AttributeName: legacy
          AttributeType: S
      GlobalSecondaryIndexes:
        - IndexName: byCustomer
          KeySchema:
            - AttributeName: customerId
              KeyType: HASH
          Projection:
            ProjectionType: ALL
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "sku"

  attribute {
    name = "sku"
    type = "X"
  }
  attribute {
    name = "legacy"
    type = "S"
  }

  global_secondary_index {
    name            = "byCustomer"
    hash_key        = "customerId"
    projection_type = "ALL"
  }
}
`,
    at: [
      { cloudformation: 'AttributeName: sku', terraform: 'name = "sku"' },
      { cloudformation: 'AttributeName: legacy', terraform: 'name = "legacy"' },
      { cloudformation: 'AttributeName: customerId', terraform: 'hash_key        = "customerId"' },
    ],
  },
  {
    name: 'index limits: an invalid name and a name used twice',
    rule: indexLimits,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
        - AttributeName: sk
          KeyType: RANGE
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
        - AttributeName: sk
          AttributeType: S
        - AttributeName: createdAt
          AttributeType: N
      GlobalSecondaryIndexes:
        - IndexName: by date
          KeySchema:
            - AttributeName: createdAt
              KeyType: HASH
          Projection:
            ProjectionType: ALL
      LocalSecondaryIndexes:
        - IndexName: byCreated
          KeySchema:
            - AttributeName: pk
              KeyType: HASH
            - AttributeName: createdAt
              KeyType: RANGE
          Projection:
            ProjectionType: KEYS_ONLY
        - IndexName: byCreated
          KeySchema:
            - AttributeName: pk
              KeyType: HASH
            - AttributeName: createdAt
              KeyType: RANGE
          Projection:
            ProjectionType: ALL
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
  attribute {
    name = "createdAt"
    type = "N"
  }

  global_secondary_index {
    name            = "by date"
    hash_key        = "createdAt"
    projection_type = "ALL"
  }

  local_secondary_index {
    name            = "byCreated"
    range_key       = "createdAt"
    projection_type = "KEYS_ONLY"
  }

  local_secondary_index {
    name            = "byCreated"
    range_key       = "createdAt"
    projection_type = "ALL"
  }
}
`,
    at: [
      { cloudformation: 'IndexName: by date', terraform: 'name            = "by date"' },
      { cloudformation: 'IndexName: byCreated', terraform: 'name            = "byCreated"' },
    ],
  },
  {
    name: 'billing mode: provisioned without capacity on the table and an index',
    rule: billingMode,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PROVISIONED
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
        - AttributeName: email
          AttributeType: S
      GlobalSecondaryIndexes:
        - IndexName: byEmail
          KeySchema:
            - AttributeName: email
              KeyType: HASH
          Projection:
            ProjectionType: KEYS_ONLY
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PROVISIONED"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "email"
    type = "S"
  }

  global_secondary_index {
    name            = "byEmail"
    hash_key        = "email"
    projection_type = "KEYS_ONLY"
  }
}
`,
    at: [
      { cloudformation: 'BillingMode: PROVISIONED', terraform: 'billing_mode = "PROVISIONED"' },
      { cloudformation: 'IndexName: byEmail', terraform: 'name            = "byEmail"' },
    ],
  },
  {
    name: 'billing mode: on-demand with provisioned capacity',
    rule: billingMode,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      ProvisionedThroughput:
        ReadCapacityUnits: 5
        WriteCapacityUnits: 5
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  billing_mode   = "PAY_PER_REQUEST"
  read_capacity  = 5
  write_capacity = 5
  hash_key       = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
}
`,
    at: [{ cloudformation: 'ProvisionedThroughput:', terraform: 'read_capacity  = 5' }],
  },
  {
    name: 'point-in-time recovery turned off',
    rule: pointInTimeRecovery,
    cloudformation: `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: false
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false
  }
}
`,
    at: [{ cloudformation: 'PointInTimeRecoverySpecification:', terraform: 'point_in_time_recovery {' }],
  },
];

/** A Terraform message with the table and settings named as the CloudFormation one names them. */
function inCloudFormationTerms(message: string): string {
  let text = message.replaceAll('aws_dynamodb_table.orders', 'Orders');
  const { terraform, cloudformation } = VOCABULARIES;
  // Longer terms first: `billing_mode = "PAY_PER_REQUEST"` before `billing_mode`.
  const keys = (Object.keys(terraform) as (keyof typeof terraform)[]).sort(
    (a, b) => terraform[b].length - terraform[a].length,
  );
  for (const key of keys) text = text.replaceAll(terraform[key], cloudformation[key]);
  return text;
}

describe('CloudFormation and Terraform side by side', () => {
  for (const testCase of CASES) {
    it(`${testCase.rule.id}: ${testCase.name}`, async () => {
      const cfnFiles = { 'template.yaml': testCase.cloudformation };
      const tfFiles = { 'main.tf': testCase.terraform };
      const cfn = (await findingsFor(testCase.rule, cfnFiles)).findings;
      const tf = (await findingsFor(testCase.rule, tfFiles)).findings;
      expect(cfn, cfn.map((f) => f.message).join('\n')).toHaveLength(testCase.at.length);
      expect(tf, tf.map((f) => f.message).join('\n')).toHaveLength(testCase.at.length);
      for (const [i, where] of testCase.at.entries()) {
        const [inCfn, inTf] = [cfn[i], tf[i]];
        if (!inCfn || !inTf) throw new Error('missing finding');
        expect(lineText(cfnFiles, inCfn)).toContain(where.cloudformation);
        expect(lineText(tfFiles, inTf)).toContain(where.terraform);
        expect(inTf.severity).toBe(inCfn.severity);
        // The same message, naming each format's table and settings in its own terms.
        expect(inTf.message).not.toMatch(/AttributeDefinitions|ProvisionedThroughput|BillingMode/);
        expect(inCfn.message).not.toMatch(/attribute blocks|read_capacity|billing_mode/);
        expect(inCloudFormationTerms(inTf.message)).toBe(inCfn.message);
        expect([inCfn.table, inTf.table]).toEqual(['Orders', 'aws_dynamodb_table.orders']);
      }
    });
  }
});
