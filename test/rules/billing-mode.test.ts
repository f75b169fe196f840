import rule from '../../rules/billing-mode.ts';
import { testRule } from '../helpers/rule-tester.ts';

const keys = {
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const capacity = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
const index = (extra: Record<string, unknown> = {}) => ({
  IndexName: 'byG',
  KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
  Projection: { ProjectionType: 'ALL' },
  ...extra,
});

testRule(rule, {
  valid: [
    {
      name: 'on demand without capacity',
      properties: { ...keys, BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [index()] },
    },
    {
      name: 'provisioned by default with capacity',
      properties: {
        ...keys,
        ProvisionedThroughput: capacity,
        GlobalSecondaryIndexes: [index({ ProvisionedThroughput: capacity })],
      },
    },
    {
      name: 'on demand with zero capacity',
      properties: {
        ...keys,
        BillingMode: 'PAY_PER_REQUEST',
        ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
      },
    },
    {
      name: 'a billing mode only known at deploy time',
      properties: { ...keys, BillingMode: { Ref: 'Mode' } },
    },
    {
      name: 'SimpleTable without throughput',
      type: 'AWS::Serverless::SimpleTable',
      properties: {},
      formats: ['yaml'],
    },
    {
      name: 'GlobalTable provisioned with autoscaled write capacity',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: {
        ...keys,
        BillingMode: 'PROVISIONED',
        WriteProvisionedThroughputSettings: {
          WriteCapacityAutoScalingSettings: {
            MinCapacity: 1,
            MaxCapacity: 5,
            TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
          },
        },
        GlobalSecondaryIndexes: [
          index({
            WriteProvisionedThroughputSettings: {
              WriteCapacityAutoScalingSettings: {
                MinCapacity: 1,
                MaxCapacity: 5,
                TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
              },
            },
          }),
        ],
        Replicas: [{ Region: 'us-east-1' }],
      },
    },
  ],
  invalid: [
    {
      name: 'provisioned by default without capacity',
      properties: keys,
      errors: [
        {
          near: 'Table',
          message: 'defaults to PROVISIONED (no BillingMode) but sets no read and write capacity',
        },
      ],
    },
    {
      name: 'provisioned with a GSI lacking capacity',
      properties: {
        ...keys,
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: capacity,
        GlobalSecondaryIndexes: [index()],
      },
      errors: [
        {
          near: 'byG',
          message: 'Global index byG of Table sets no provisioned capacity, but the table is PROVISIONED',
        },
      ],
    },
    {
      name: 'on demand with table and GSI capacity',
      properties: {
        ...keys,
        BillingMode: 'PAY_PER_REQUEST',
        ProvisionedThroughput: capacity,
        GlobalSecondaryIndexes: [index({ ProvisionedThroughput: capacity })],
      },
      errors: [
        { near: 'ProvisionedThroughput', message: 'Table is PAY_PER_REQUEST but sets provisioned capacity' },
        {
          near: 'ProvisionedThroughput',
          message: 'Global index byG of Table sets provisioned capacity, but the table is PAY_PER_REQUEST',
        },
      ],
    },
    {
      name: 'an invalid billing mode',
      properties: { ...keys, BillingMode: 'ON_DEMAND' },
      errors: [
        {
          near: 'ON_DEMAND',
          message: 'BillingMode "ON_DEMAND" of Table is not PROVISIONED or PAY_PER_REQUEST',
        },
      ],
    },
    {
      name: 'GlobalTable provisioned without write settings',
      type: 'AWS::DynamoDB::GlobalTable',
      properties: { ...keys, BillingMode: 'PROVISIONED', Replicas: [{ Region: 'us-east-1' }] },
      errors: [
        {
          near: 'PROVISIONED',
          message:
            'is PROVISIONED but sets no read and write capacity; the deployment fails. Set WriteProvisionedThroughputSettings (and ReadProvisionedThroughputSettings per replica)',
        },
      ],
    },
  ],
});
