/**
 * resource-schema's CloudFormation/SAM probes: one template per constraint (each with the finding it must
 * give and the line it points at) and valid counterparts that must stay silent. Shared by the rule's test
 * and scripts/cfn-lint-compare.ts, which runs cfn-lint on the same templates.
 */
import type { InvalidCase, RuleCase } from '../helpers/rule-tester.ts';

const attribute = (name: string, type = 'S') => ({ AttributeName: name, AttributeType: type });
export const key = (name: string, type = 'HASH') => ({ AttributeName: name, KeyType: type });
const SAM = { Transform: 'AWS::Serverless-2016-10-31' };

/** A valid on-demand table, the base every probe changes in one place. */
export const table = (extra: Record<string, unknown> = {}) => ({
  KeySchema: [key('pk')],
  AttributeDefinitions: [attribute('pk')],
  BillingMode: 'PAY_PER_REQUEST',
  ...extra,
});
const provisioned = (read: unknown, write: unknown = 5, extra: Record<string, unknown> = {}) =>
  table({
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: read, WriteCapacityUnits: write },
    ...extra,
  });
const gsi = (extra: Record<string, unknown> = {}) => ({
  IndexName: 'byStatus',
  KeySchema: [key('status')],
  Projection: { ProjectionType: 'ALL' },
  ...extra,
});
const withIndex = (index: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  table({
    AttributeDefinitions: [attribute('pk'), attribute('status')],
    GlobalSecondaryIndexes: [index],
    ...extra,
  });
const globalTable = (replicas: unknown[] | undefined, extra: Record<string, unknown> = {}) => ({
  KeySchema: [key('pk')],
  AttributeDefinitions: [attribute('pk')],
  BillingMode: 'PAY_PER_REQUEST',
  ...(replicas ? { Replicas: replicas } : {}),
  ...extra,
});

export const valid: RuleCase[] = [
  { name: 'an on-demand table', properties: table() },
  { name: 'capacity written as numeric strings', properties: provisioned('5', '10') },
  {
    name: 'every optional block well formed',
    properties: withIndex(gsi({ Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a', 'b'] } }), {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: 'true', RecoveryPeriodInDays: 35 },
      TableClass: 'STANDARD_INFREQUENT_ACCESS',
      OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 50 },
      WarmThroughput: { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000 },
      ContributorInsightsSpecification: { Enabled: true },
      Tags: [{ Key: 'team', Value: 'orders' }],
      DeletionProtectionEnabled: true,
    }),
  },
  {
    name: 'values only known at deploy time are not judged',
    sections: { Parameters: { ViewType: { Type: 'String' }, Days: { Type: 'Number' } } },
    properties: table({
      StreamSpecification: { StreamViewType: { Ref: 'ViewType' } },
      PointInTimeRecoverySpecification: {
        PointInTimeRecoveryEnabled: true,
        RecoveryPeriodInDays: { Ref: 'Days' },
      },
      SSESpecification: { 'Fn::ImportValue': 'shared-sse' },
    }),
  },
  {
    name: 'each condition branch is valid',
    sections: {
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    },
    properties: table({
      StreamSpecification: {
        'Fn::If': ['IsProd', { StreamViewType: 'NEW_IMAGE' }, { Ref: 'AWS::NoValue' }],
      },
    }),
  },
  {
    name: 'a map whose keys a transform adds at deploy time',
    formats: ['yaml', 'json'],
    properties: table({
      TimeToLiveSpecification: {
        AttributeName: 'expiresAt',
        'Fn::Transform': { Name: 'AddEnabled' },
      },
    }),
  },
  {
    name: 'resource attributes that exist',
    sections: { Conditions: { Always: { 'Fn::Equals': ['a', 'a'] } } },
    resource: {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Condition: 'Always',
      DependsOn: ['Key'],
    },
    resources: { Key: { Type: 'AWS::KMS::Key', Properties: {} } },
    properties: table(),
  },
  {
    name: 'DependsOn a resource the SAM transform generates',
    sections: SAM,
    formats: ['yaml', 'json'],
    resource: { DependsOn: 'OrdersFunctionRole' },
    resources: {
      OrdersFunction: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler' } },
    },
    properties: table(),
  },
  {
    name: 'DependsOn a function the Serverless Framework generates',
    formats: ['serverless'],
    resource: { DependsOn: 'OrdersLambdaFunction' },
    properties: table(),
  },
  {
    name: 'a YAML merge key, whose keys the reader does not expand',
    files: {
      'template.yaml': [
        'Resources:',
        '  Table:',
        '    Type: AWS::DynamoDB::Table',
        '    Properties:',
        '      KeySchema: [{ AttributeName: pk, KeyType: HASH }]',
        '      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]',
        '      BillingMode: PAY_PER_REQUEST',
        '      StreamSpecification:',
        '        <<: { StreamViewType: NEW_IMAGE }',
        '',
      ].join('\n'),
    },
  },
  {
    name: "an attribute without AttributeType is key-attribute-definitions' concern",
    properties: table({ AttributeDefinitions: [{ AttributeName: 'pk' }] }),
  },
  {
    name: 'a SimpleTable with no properties',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
  },
  {
    name: 'a SimpleTable with every property',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
    properties: {
      PrimaryKey: { Name: 'orderId', Type: 'String' },
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      Tags: { team: 'orders' },
    },
  },
  {
    name: 'a valid GlobalTable',
    type: 'AWS::DynamoDB::GlobalTable',
    properties: globalTable([{ Region: 'us-east-1' }, { Region: 'eu-west-1', TableClass: 'STANDARD' }], {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  },
  {
    name: 'a provisioned GlobalTable with write autoscaling',
    type: 'AWS::DynamoDB::GlobalTable',
    properties: globalTable(
      [{ Region: 'us-east-1', ReadProvisionedThroughputSettings: { ReadCapacityUnits: 5 } }],
      {
        BillingMode: 'PROVISIONED',
        WriteProvisionedThroughputSettings: {
          WriteCapacityAutoScalingSettings: {
            MinCapacity: 1,
            MaxCapacity: 10,
            TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
          },
        },
      },
    ),
  },
  {
    name: "zero capacity on an on-demand table is billing-mode's concern, not a schema error",
    properties: table({ ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 } }),
  },
];

export const invalid: InvalidCase[] = [
  // Required properties and sub-properties.
  {
    name: 'StreamSpecification without StreamViewType',
    properties: table({ StreamSpecification: {} }),
    errors: [
      {
        near: 'StreamSpecification',
        message: 'StreamSpecification of Table is missing the required property "StreamViewType"',
      },
    ],
  },
  {
    name: 'a GSI without Projection',
    properties: withIndex({ IndexName: 'byStatus', KeySchema: [key('status')] }),
    errors: [
      {
        near: 'byStatus',
        message: 'GlobalSecondaryIndexes[0] of Table is missing the required property "Projection"',
      },
    ],
  },
  {
    name: 'TimeToLiveSpecification without Enabled',
    properties: table({ TimeToLiveSpecification: { AttributeName: 'expiresAt' } }),
    errors: [{ near: 'TimeToLiveSpecification', message: 'missing the required property "Enabled"' }],
  },
  {
    name: 'SSESpecification without SSEEnabled',
    properties: table({ SSESpecification: { SSEType: 'KMS' } }),
    errors: [{ near: 'SSESpecification', message: 'missing the required property "SSEEnabled"' }],
  },
  {
    name: 'KMSMasterKeyId without SSEType',
    properties: table({ SSESpecification: { SSEEnabled: true, KMSMasterKeyId: 'alias/orders' } }),
    errors: [{ near: 'SSESpecification', message: 'sets KMSMasterKeyId without SSEType' }],
  },
  {
    name: 'KinesisStreamSpecification without StreamArn',
    properties: table({
      KinesisStreamSpecification: { ApproximateCreationDateTimePrecision: 'MILLISECOND' },
    }),
    errors: [{ near: 'KinesisStreamSpecification', message: 'missing the required property "StreamArn"' }],
  },
  {
    name: 'ContributorInsightsSpecification without Enabled',
    properties: table({ ContributorInsightsSpecification: { Mode: 'THROTTLED_KEYS' } }),
    errors: [
      { near: 'ContributorInsightsSpecification', message: 'missing the required property "Enabled"' },
    ],
  },
  {
    name: 'a GlobalTable without Replicas',
    type: 'AWS::DynamoDB::GlobalTable',
    properties: globalTable(undefined),
    errors: [
      { near: 'Properties', message: 'Properties of Table is missing the required property "Replicas"' },
    ],
  },
  {
    name: 'a GlobalTable with an empty Replicas list',
    type: 'AWS::DynamoDB::GlobalTable',
    properties: globalTable([]),
    errors: [{ near: 'Replicas', message: 'Replicas of Table has 0 items; it needs at least 1' }],
  },
  {
    name: 'a GlobalTable with a replica region twice',
    type: 'AWS::DynamoDB::GlobalTable',
    properties: globalTable([{ Region: 'us-east-1' }, { Region: 'eu-west-1' }, { Region: 'us-east-1' }]),
    errors: [{ near: 'us-east-1', message: 'repeats region "us-east-1"' }],
  },
  // Types.
  {
    name: 'ReadCapacityUnits that is not a number',
    properties: provisioned('five'),
    errors: [
      {
        near: 'five',
        message: 'ProvisionedThroughput.ReadCapacityUnits of Table is "five"; it must be an integer',
      },
    ],
  },
  {
    name: 'Tags written as a map',
    properties: table({ Tags: { team: 'orders' } }),
    errors: [{ near: 'Tags', message: 'Tags of Table is a map; it must be a list' }],
  },
  // Unknown properties.
  {
    name: 'an unknown property beside real ones',
    properties: table({ StreamSpecifications: { StreamViewType: 'NEW_IMAGE' } }),
    errors: [
      {
        near: 'StreamSpecifications',
        message: 'unknown property "StreamSpecifications" (did you mean "StreamSpecification"?)',
      },
    ],
  },
  {
    name: 'an unknown property with nothing close',
    properties: table({ Owner: 'team-a' }),
    errors: [{ near: 'Owner', message: /unknown property "Owner"; AWS::DynamoDB::Table rejects/ }],
  },
  {
    name: 'an unknown sub-property',
    properties: table({ SSESpecification: { SSEEnabled: true, KmsKeyId: 'alias/orders' } }),
    errors: [{ near: 'KmsKeyId', message: 'SSESpecification of Table: unknown property "KmsKeyId"' }],
  },
  // Allowed values (cfn-lint checks none of these five).
  {
    name: 'an invalid StreamViewType',
    properties: table({ StreamSpecification: { StreamViewType: 'NEW_IMAGES' } }),
    errors: [
      {
        near: 'NEW_IMAGES',
        message: 'allowed values are NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY',
      },
    ],
  },
  {
    name: 'an invalid TableClass',
    properties: table({ TableClass: 'STANDARD_IA' }),
    errors: [{ near: 'STANDARD_IA', message: 'TableClass of Table is "STANDARD_IA"' }],
  },
  {
    name: 'an invalid ProjectionType (case-sensitive)',
    properties: withIndex(gsi({ Projection: { ProjectionType: 'all' } })),
    errors: [
      { near: 'all', message: 'GlobalSecondaryIndexes[0].Projection.ProjectionType of Table is "all"' },
    ],
  },
  {
    name: 'an invalid ImportSourceSpecification.InputFormat',
    properties: table({
      ImportSourceSpecification: { InputFormat: 'JSON', S3BucketSource: { S3Bucket: 'exports' } },
    }),
    errors: [
      {
        near: 'JSON',
        message:
          'ImportSourceSpecification.InputFormat of Table is "JSON"; the allowed values are DYNAMODB_JSON, ION, CSV',
      },
    ],
  },
  {
    name: 'SSEType AES256',
    properties: table({ SSESpecification: { SSEEnabled: true, SSEType: 'AES256' } }),
    errors: [{ near: 'AES256', message: 'the allowed values are KMS' }],
  },
  {
    name: 'KeyType PRIMARY',
    properties: table({ KeySchema: [key('pk', 'PRIMARY')] }),
    errors: [
      {
        near: 'PRIMARY',
        message: 'KeySchema[0].KeyType of Table is "PRIMARY"; the allowed values are HASH, RANGE',
      },
    ],
  },
  // Ranges, lengths, counts.
  {
    name: 'RecoveryPeriodInDays over 35',
    properties: table({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 40 },
    }),
    errors: [
      { near: 'RecoveryPeriodInDays', message: 'RecoveryPeriodInDays of Table is 40; the maximum is 35' },
    ],
  },
  {
    name: 'an AttributeName over 255 characters',
    properties: table({ TimeToLiveSpecification: { AttributeName: 'x'.repeat(256), Enabled: true } }),
    errors: [
      {
        near: 'xxxx',
        message:
          'TimeToLiveSpecification.AttributeName of Table is 256 characters long; the maximum length is 255',
      },
    ],
  },
  {
    name: 'OnDemandThroughput below 1',
    properties: table({ OnDemandThroughput: { MaxReadRequestUnits: 0 } }),
    errors: [
      {
        near: 'MaxReadRequestUnits',
        message: 'OnDemandThroughput.MaxReadRequestUnits of Table is 0; the minimum is 1',
      },
    ],
  },
  {
    name: 'WarmThroughput below 1',
    properties: table({ WarmThroughput: { WriteUnitsPerSecond: 0 } }),
    errors: [{ near: 'WriteUnitsPerSecond', message: 'the minimum is 1' }],
  },
  {
    name: 'more than 20 NonKeyAttributes in one index',
    properties: withIndex(
      gsi({
        Projection: {
          ProjectionType: 'INCLUDE',
          NonKeyAttributes: Array.from({ length: 21 }, (_, i) => `a${i}`),
        },
      }),
    ),
    errors: [{ near: 'NonKeyAttributes', message: 'has 21 items; at most 20 are allowed' }],
  },
  // Capacity.
  {
    name: 'zero read capacity on a PROVISIONED table',
    properties: provisioned(0),
    errors: [
      {
        near: 'ReadCapacityUnits',
        message: 'ProvisionedThroughput.ReadCapacityUnits of Table is 0; a PROVISIONED table',
      },
    ],
  },
  {
    name: 'negative write capacity on a GSI of a table PROVISIONED by default',
    properties: withIndex(gsi({ ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: -1 } }), {
      BillingMode: { Ref: 'AWS::NoValue' },
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
    }),
    errors: [
      {
        near: 'WriteCapacityUnits',
        message: 'GlobalSecondaryIndexes[0].ProvisionedThroughput.WriteCapacityUnits of Table is -1',
      },
    ],
  },
  // Key schema shape.
  {
    name: 'RANGE before HASH',
    properties: table({
      KeySchema: [key('sk', 'RANGE'), key('pk')],
      AttributeDefinitions: [attribute('pk'), attribute('sk')],
    }),
    errors: [{ near: 'pk', message: 'KeySchema of Table lists a RANGE key before a HASH key' }],
  },
  // Resource attributes.
  {
    name: 'DeletionPolicy in the wrong case',
    resource: { DeletionPolicy: 'retain' },
    properties: table(),
    errors: [
      {
        near: 'retain',
        message:
          'DeletionPolicy of Table is "retain"; the allowed values are Delete, Retain, RetainExceptOnCreate (case-sensitive)',
      },
    ],
  },
  {
    name: 'UpdateReplacePolicy RetainExceptOnCreate (a DeletionPolicy value only)',
    resource: { UpdateReplacePolicy: 'RetainExceptOnCreate' },
    properties: table(),
    errors: [
      { near: 'RetainExceptOnCreate', message: 'the allowed values are Delete, Retain (case-sensitive)' },
    ],
  },
  {
    name: 'DeletionPolicy Snapshot (DynamoDB tables support no snapshot policy)',
    resource: { DeletionPolicy: 'Snapshot' },
    properties: table(),
    errors: [{ near: 'Snapshot', message: 'DeletionPolicy of Table is "Snapshot"; the allowed values are' }],
  },
  {
    name: 'a Condition the template does not define',
    formats: ['yaml', 'json'],
    resource: { Condition: 'IsProd' },
    properties: table(),
    errors: [{ near: 'IsProd', message: 'Condition of Table names "IsProd"' }],
  },
  {
    name: 'DependsOn a resource that does not exist',
    formats: ['yaml', 'json'],
    resource: { DependsOn: ['Key', 'MissingKey'] },
    resources: { Key: { Type: 'AWS::KMS::Key', Properties: {} } },
    properties: table(),
    errors: [{ near: 'MissingKey', message: 'DependsOn of Table names "MissingKey"' }],
  },
  // SAM.
  {
    name: 'a SimpleTable PrimaryKey without Type',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
    properties: { PrimaryKey: { Name: 'orderId' } },
    errors: [{ near: 'PrimaryKey', message: 'PrimaryKey of Table is missing the required property "Type"' }],
  },
  {
    name: 'a SimpleTable PrimaryKey without Name',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
    properties: { PrimaryKey: { Type: 'Number' } },
    errors: [{ near: 'PrimaryKey', message: 'missing the required property "Name"' }],
  },
  {
    name: 'a SimpleTable PrimaryKey type in DynamoDB spelling',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
    properties: { PrimaryKey: { Name: 'orderId', Type: 'S' } },
    errors: [{ near: 'Type', message: 'the allowed values are String, Number, Binary' }],
  },
  {
    name: 'a SimpleTable with zero capacity',
    type: 'AWS::Serverless::SimpleTable',
    sections: SAM,
    formats: ['yaml', 'json'],
    properties: { ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 5 } },
    errors: [{ near: 'ReadCapacityUnits', message: 'the minimum is 1' }],
  },
  {
    name: 'a SimpleTable in a template without the SAM transform',
    type: 'AWS::Serverless::SimpleTable',
    formats: ['yaml', 'json'],
    errors: [{ near: 'Table', message: 'does not declare "Transform: AWS::Serverless-2016-10-31"' }],
  },
];
