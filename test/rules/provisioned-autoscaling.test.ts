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
/** A scalable target (`min`, `max` as written: a number, a string or a `Ref`). */
const target = (
  id: string,
  resourceId: unknown,
  dimension: string,
  min: unknown = 5,
  max: unknown = 100,
) => ({
  [id]: {
    Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
    Properties: {
      ServiceNamespace: 'dynamodb',
      ScalableDimension: dimension,
      ResourceId: resourceId,
      MinCapacity: min,
      MaxCapacity: max,
    },
  },
});

/** The read target of the table, and of its index byG (with `min`, `max` when given). */
const tableReadScaling = () =>
  target('TableScaling', { 'Fn::Sub': 'table/${Table}' }, 'dynamodb:table:ReadCapacityUnits');
const indexReadScaling = (min?: unknown, max?: unknown) =>
  target(
    'IndexScaling',
    { 'Fn::Join': ['/', ['table', { Ref: 'Table' }, 'index', 'byG']] },
    'dynamodb:index:ReadCapacityUnits',
    min,
    max,
  );

/** A GlobalTable's `WriteCapacityAutoScalingSettings`. */
const globalScaling = (min: number, max: number) => ({
  MinCapacity: min,
  MaxCapacity: max,
  TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
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
      resources: { ...tableReadScaling(), ...indexReadScaling() },
      formats: ['yaml', 'json'],
    },
    {
      name: 'a target whose minimum is a parameter: only known at deploy time',
      properties: keys,
      resources: target(
        'TableScaling',
        { 'Fn::Sub': 'table/${Table}' },
        'dynamodb:table:ReadCapacityUnits',
        { Ref: 'MinReads' },
        10,
      ),
      sections: { Parameters: { MinReads: { Type: 'Number', Default: 10 } } },
      formats: ['yaml', 'json'],
    },
  ],
  invalid: [
    {
      name: 'a GlobalTable whose write autoscaling, of the table and of an index, has MinCapacity equal to MaxCapacity',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: {
        KeySchema: keys.KeySchema,
        AttributeDefinitions: keys.AttributeDefinitions,
        BillingMode: 'PROVISIONED',
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        WriteProvisionedThroughputSettings: { WriteCapacityAutoScalingSettings: globalScaling(20, 20) },
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byG',
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            WriteProvisionedThroughputSettings: { WriteCapacityAutoScalingSettings: globalScaling(5, 50) },
          },
          {
            IndexName: 'byG2',
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            WriteProvisionedThroughputSettings: { WriteCapacityAutoScalingSettings: globalScaling(8, 8) },
          },
        ],
        Replicas: [{ Region: 'us-east-1', ReadProvisionedThroughputSettings: { ReadCapacityUnits: 5 } }],
      },
      formats: ['yaml', 'json'],
      errors: [
        {
          near: 'MinCapacity',
          message:
            /^WriteCapacityAutoScalingSettings scales the write capacity of Table between MinCapacity 20 and MaxCapacity 20/,
          severity: 'warning',
        },
        {
          near: 'MinCapacity',
          message:
            'scales the write capacity of global index byG2 of Table between MinCapacity 8 and MaxCapacity 8',
        },
      ],
    },
    {
      name: 'a table target with MinCapacity equal to MaxCapacity',
      properties: keys,
      resources: target(
        'TableScaling',
        { 'Fn::Sub': 'table/${Table}' },
        'dynamodb:table:WriteCapacityUnits',
        10,
        10,
      ),
      formats: ['yaml', 'json'],
      errors: [
        {
          near: 'MinCapacity',
          message:
            /^TableScaling scales the write capacity of Table between MinCapacity 10 and MaxCapacity 10: autoscaling that cannot scale.*declared at line \d+\)/,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an index target with MinCapacity equal to MaxCapacity (the table autoscaled)',
      properties: { ...keys, GlobalSecondaryIndexes: [index] },
      resources: { ...tableReadScaling(), ...indexReadScaling('25', 25) },
      formats: ['yaml', 'json'],
      errors: [
        {
          near: 'MinCapacity',
          message:
            'IndexScaling scales the read capacity of global index byG of Table between MinCapacity 25',
        },
      ],
    },
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
      resources: tableReadScaling(),
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

  /** A read-capacity target with `min_capacity = var.min_reads` (declared as `variable`) and a maximum of 20. */
  const readTarget = (variable: string) => `${variable}

resource "aws_appautoscaling_target" "reads" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  resource_id        = "table/\${aws_dynamodb_table.t.name}"
  min_capacity       = var.min_reads
  max_capacity       = 20
}
`;

  it('reports an aws_appautoscaling_target that cannot scale, naming the table line in another file', async () => {
    const files = {
      'main.tf': table,
      'scaling.tf': readTarget('variable "min_reads" {\n  type    = number\n  default = 20\n}'),
    };
    const { findings } = await findingsFor(rule, files);
    expect(findings.map((f) => `${f.location.file} ${lineText(files, f).trim()} ${f.severity}`)).toEqual([
      'scaling.tf min_capacity       = var.min_reads warning',
    ]);
    // The finding spans both settings: the minimum and, on the next line, the maximum.
    const lines = files['scaling.tf'].split('\n');
    expect(lines[(findings[0]?.location.endLine ?? 0) - 1]?.trim()).toBe('max_capacity       = 20');
    expect(findings[0]?.message).toBe(
      'aws_appautoscaling_target.reads scales the read capacity of aws_dynamodb_table.t between min_capacity 20 and max_capacity 20: autoscaling that cannot scale, so traffic above 20 is throttled as with fixed capacity (the capacity aws_appautoscaling_target.reads manages is declared at main.tf:4). Raise max_capacity to the most the table may use.',
    );
  });

  it('is silent on a target whose minimum is a variable without a value', async () => {
    const files = { 'main.tf': `${table}\n${readTarget('variable "min_reads" {\n  type = number\n}')}` };
    const { findings } = await findingsFor(rule, files);
    expect(findings).toEqual([]);
  });
});
