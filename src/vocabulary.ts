/**
 * How messages name a setting so the reader finds it in their own file: CloudFormation property names
 * for CloudFormation-deployed tables, Terraform argument names for Terraform ones.
 */
import { deployerOf, type TableModel } from './model.ts';

export interface Vocabulary {
  readonly attributeDefinitions: string;
  readonly keySchema: string;
  readonly billingMode: string;
  readonly onDemand: string;
  readonly provisionedThroughput: string;
  readonly capacityUnits: string;
  readonly onDemandThroughput: string;
  readonly nonKeyAttributes: string;
  readonly projectionAll: string;
  readonly pointInTimeRecoveryOn: string;
  readonly replicaPointInTimeRecoveryOn: string;
  readonly recoveryPeriod: string;
}

const CLOUDFORMATION: Vocabulary = {
  attributeDefinitions: 'AttributeDefinitions',
  keySchema: 'KeySchema',
  billingMode: 'BillingMode',
  onDemand: 'BillingMode: PAY_PER_REQUEST',
  provisionedThroughput: 'ProvisionedThroughput',
  capacityUnits: 'ReadCapacityUnits/WriteCapacityUnits',
  onDemandThroughput: 'OnDemandThroughput',
  nonKeyAttributes: 'NonKeyAttributes',
  projectionAll: 'ProjectionType ALL',
  pointInTimeRecoveryOn: 'PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}',
  replicaPointInTimeRecoveryOn: "the replica's PointInTimeRecoverySpecification",
  recoveryPeriod: 'RecoveryPeriodInDays',
};

const TERRAFORM: Vocabulary = {
  attributeDefinitions: 'the attribute blocks',
  keySchema: 'hash_key/range_key',
  billingMode: 'billing_mode',
  onDemand: 'billing_mode = "PAY_PER_REQUEST"',
  provisionedThroughput: 'read_capacity/write_capacity',
  capacityUnits: 'read_capacity and write_capacity',
  onDemandThroughput: 'on_demand_throughput',
  nonKeyAttributes: 'non_key_attributes',
  projectionAll: 'projection_type = "ALL"',
  pointInTimeRecoveryOn: 'point_in_time_recovery { enabled = true }',
  replicaPointInTimeRecoveryOn: 'point_in_time_recovery = true on the replica',
  recoveryPeriod: 'recovery_period_in_days',
};

/** `AWS::DynamoDB::GlobalTable` provisions write capacity table-wide and read capacity per replica. */
const GLOBAL_TABLE: Vocabulary = {
  ...CLOUDFORMATION,
  provisionedThroughput:
    'WriteProvisionedThroughputSettings (and ReadProvisionedThroughputSettings per replica)',
  capacityUnits: 'WriteProvisionedThroughputSettings/ReadProvisionedThroughputSettings',
  onDemandThroughput: 'WriteOnDemandThroughputSettings/ReadOnDemandThroughputSettings',
};

export function vocabularyOf(table: TableModel): Vocabulary {
  if (deployerOf(table) === 'terraform') return TERRAFORM;
  return table.resourceType === 'AWS::DynamoDB::GlobalTable' ? GLOBAL_TABLE : CLOUDFORMATION;
}

/** Every term pair, for tests that compare messages across formats. */
export const VOCABULARIES = { cloudformation: CLOUDFORMATION, terraform: TERRAFORM } as const;
