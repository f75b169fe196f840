import { describe, expect, it } from 'vitest';
import rule from '../../rules/gsi-write-capacity.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const keys = {
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'g', AttributeType: 'S' },
  ],
  ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 20 },
};
const index = (write: unknown) => ({
  IndexName: 'byG',
  KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
  Projection: { ProjectionType: 'KEYS_ONLY' },
  ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: write },
});
const scalableIndex = {
  IndexScaling: {
    Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
    Properties: {
      ServiceNamespace: 'dynamodb',
      ScalableDimension: 'dynamodb:index:WriteCapacityUnits',
      ResourceId: { 'Fn::Sub': 'table/${Table}/index/byG' },
      MinCapacity: 5,
      MaxCapacity: 100,
    },
  },
};

testRule(rule, {
  valid: [
    {
      name: 'the index takes as much as the table',
      properties: { ...keys, GlobalSecondaryIndexes: [index(20)] },
    },
    { name: 'the index takes more', properties: { ...keys, GlobalSecondaryIndexes: [index(40)] } },
    {
      name: 'the index capacity is autoscaled',
      properties: { ...keys, GlobalSecondaryIndexes: [index(5)] },
      resources: scalableIndex,
      formats: ['yaml', 'json'],
    },
    {
      name: 'the index capacity is only known at deploy time',
      properties: { ...keys, GlobalSecondaryIndexes: [index({ Ref: 'IndexWrites' })] },
      sections: { Parameters: { IndexWrites: { Type: 'Number' } } },
      formats: ['yaml', 'json'],
    },
  ],
  invalid: [
    {
      name: 'the index takes a quarter of the table',
      properties: { ...keys, GlobalSecondaryIndexes: [index(5)] },
      errors: [
        {
          near: ': 5',
          message: "Global index byG of Table has 5 write capacity units, fewer than the table's 20",
        },
      ],
    },
  ],
});

describe('gsi-write-capacity in Terraform', () => {
  it('points at the index write_capacity', async () => {
    const files = {
      'main.tf': `resource "aws_dynamodb_table" "t" {
  name           = "t"
  hash_key       = "pk"
  read_capacity  = 10
  write_capacity = 20

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "g"
    type = "S"
  }

  global_secondary_index {
    name            = "byG"
    hash_key        = "g"
    projection_type = "KEYS_ONLY"
    read_capacity   = 10
    write_capacity  = 5
  }
}
`,
    };
    const { findings } = await findingsFor(rule, files);
    expect(findings.map((f) => lineText(files, f).trim())).toEqual(['write_capacity  = 5']);
    expect(findings[0]?.message).toContain('read_capacity/write_capacity');
  });
});
