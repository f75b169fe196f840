import { describe, expect, it } from 'vitest';
import rule from '../../rules/provisioned-autoscaling.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const capacity = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
const keys = {
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'g', AttributeType: 'S' },
  ],
  ProvisionedThroughput: capacity,
};
const index = {
  IndexName: 'byG',
  KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
  Projection: { ProjectionType: 'KEYS_ONLY' },
  ProvisionedThroughput: capacity,
};
const target = (id: string, resourceId: unknown, dimension: string) => ({
  [id]: {
    Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
    Properties: {
      ServiceNamespace: 'dynamodb',
      ScalableDimension: dimension,
      ResourceId: resourceId,
      MinCapacity: 5,
      MaxCapacity: 100,
    },
  },
});

testRule(rule, {
  valid: [
    {
      name: 'on demand',
      properties: { ...keys, BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: undefined },
    },
    {
      name: 'table and index autoscaled (!Sub and !Join resource ids)',
      properties: { ...keys, GlobalSecondaryIndexes: [index] },
      resources: {
        ...target('TableScaling', { 'Fn::Sub': 'table/${Table}' }, 'dynamodb:table:ReadCapacityUnits'),
        ...target(
          'IndexScaling',
          { 'Fn::Join': ['/', ['table', { Ref: 'Table' }, 'index', 'byG']] },
          'dynamodb:index:ReadCapacityUnits',
        ),
      },
      formats: ['yaml', 'json'],
    },
  ],
  invalid: [
    {
      name: 'fixed table capacity',
      properties: keys,
      errors: [
        {
          near: 'ProvisionedThroughput',
          message: 'Table is PROVISIONED with fixed capacity',
          severity: 'info',
        },
      ],
    },
    {
      name: 'the table autoscaled, its index not',
      properties: { ...keys, GlobalSecondaryIndexes: [index] },
      resources: target('TableScaling', { 'Fn::Sub': 'table/${Table}' }, 'dynamodb:table:ReadCapacityUnits'),
      formats: ['yaml', 'json'],
      errors: [{ near: 'byG', message: 'Global index byG of Table has fixed provisioned capacity' }],
    },
  ],
});

describe('provisioned-autoscaling in Terraform', () => {
  const table = `resource "aws_dynamodb_table" "t" {
  name           = "t"
  hash_key       = "pk"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "pk"
    type = "S"
  }
}
`;
  it('reports a table without an aws_appautoscaling_target', async () => {
    const files = { 'main.tf': table };
    const { findings } = await findingsFor(rule, files);
    expect(findings.map((f) => lineText(files, f).trim())).toEqual(['read_capacity  = 5']);
    expect(findings[0]?.message).toContain('aws_appautoscaling_target');
  });

  it('is silent when an aws_appautoscaling_target names the table', async () => {
    const files = {
      'main.tf': `${table}
resource "aws_appautoscaling_target" "reads" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  resource_id        = "table/\${aws_dynamodb_table.t.name}"
  min_capacity       = 5
  max_capacity       = 100
}
`,
    };
    const { findings } = await findingsFor(rule, files);
    expect(findings).toEqual([]);
  });
});
