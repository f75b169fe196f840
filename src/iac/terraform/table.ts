/**
 * `aws_dynamodb_table` → `TableModel`. Settings the configuration leaves out take the AWS provider's
 * documented defaults (PROVISIONED billing, no stream, no TTL, point-in-time recovery off, AWS-owned
 * encryption, STANDARD class, deletion protection off), marked `defaulted` at the resource's location.
 */
import {
  known,
  unknown,
  type FixedScalingTarget,
  type Location,
  type Prop,
  type ReplicaModel,
  type SseSpec,
  type StreamSpec,
  type TableModel,
  type TableSource,
  type Tag,
  type TtlSpec,
  type Unknown,
} from '../../model.ts';
import { readBoolean, readString, type Fields } from './fields.ts';
import {
  readAttributes,
  readIndexes,
  readTableKey,
  readTags,
  readThroughput,
  stringSetting,
} from './properties.ts';

/** Which capacities Application Auto Scaling manages for one table. */
export interface ScaledCapacity {
  table: boolean;
  readonly indexes: Set<string>;
  /** Targets whose min_capacity equals their max_capacity. */
  readonly fixed: FixedScalingTarget[];
}

export interface TableContext {
  /** The resource address, e.g. `aws_dynamodb_table.orders`. */
  readonly address: string;
  readonly resourceType: string;
  readonly fields: Fields;
  readonly source: TableSource;
  readonly scaled?: ScaledCapacity;
  /** Replicas declared by other resources (`aws_dynamodb_table_replica`, a legacy global table). */
  readonly replicas?: readonly ReplicaModel[];
  readonly notes?: readonly string[];
  readonly plannedActions?: readonly string[];
}

export function buildTable(context: TableContext): TableModel {
  const { fields } = context;
  const location = fields.location;
  const keySchema = readTableKey(fields, location);
  const throughput = readThroughput(fields);
  const tableClass = stringSetting(fields, 'table_class', 'STANDARD', location);
  const tags = readTags(fields, location);
  const name = readString(fields, 'name');
  return {
    id: context.address,
    resourceType: context.resourceType,
    source: context.source,
    location,
    ...(name ? { name } : {}),
    keySchema,
    attributes: readAttributes(fields.blocks('attribute'), location),
    billingMode: stringSetting(fields, 'billing_mode', 'PROVISIONED', location),
    ...(throughput ? { throughput } : {}),
    ...(context.scaled?.table ? { autoscaled: true } : {}),
    ...(context.scaled?.fixed.length ? { fixedScaling: context.scaled.fixed } : {}),
    globalIndexes: readIndexes(
      fields.blocks('global_secondary_index'),
      {
        kind: 'global',
        tableKey: keySchema,
        capacity: true,
        ...(context.scaled ? { autoscaled: context.scaled.indexes } : {}),
      },
      location,
    ),
    localIndexes: readIndexes(
      fields.blocks('local_secondary_index'),
      { kind: 'local', tableKey: keySchema, capacity: false },
      location,
    ),
    stream: readStream(fields, location),
    ttl: readTtl(fields, location),
    pointInTimeRecovery: readEnabledBlock(fields, 'point_in_time_recovery', location),
    sse: readSse(fields, location),
    tableClass,
    deletionProtection: readBoolean(fields, 'deletion_protection_enabled') ?? known(false, location, true),
    preventDestroy: readPreventDestroy(fields, location),
    tags,
    replicas: readReplicas(fields, location, tableClass, tags, context.replicas ?? []),
    ...(context.notes?.length ? { notes: context.notes } : {}),
    ...(context.plannedActions ? { plannedActions: context.plannedActions } : {}),
  };
}

function readStream(fields: Fields, fallback: Location): Prop<StreamSpec> {
  const enabled = readBoolean(fields, 'stream_enabled');
  const viewType = readString(fields, 'stream_view_type');
  if (!enabled) return known({ enabled: false }, fallback, true);
  if (!enabled.known) return enabled;
  if (enabled.value && viewType && !viewType.known) return unknown(viewType.reason, viewType.location);
  return known(
    { enabled: enabled.value, ...(enabled.value && viewType?.known ? { viewType: viewType.value } : {}) },
    enabled.location,
  );
}

/** The first block of `type` (the provider allows one), or unknown when a dynamic block hides it. */
function singleBlock(fields: Fields, type: string): Fields | Unknown | undefined {
  const list = fields.blocks(type);
  if (!list.known) return list;
  return list.items[0];
}

function readTtl(fields: Fields, fallback: Location): Prop<TtlSpec> {
  const block = singleBlock(fields, 'ttl');
  if (!block) return known({ enabled: false }, fallback, true);
  if ('reason' in block) return block;
  const enabled = readBoolean(block, 'enabled');
  const attribute = readString(block, 'attribute_name');
  if (enabled && !enabled.known) return unknown(enabled.reason, enabled.location);
  if (attribute && !attribute.known) return unknown(attribute.reason, attribute.location);
  return known(
    { enabled: enabled?.value ?? false, ...(attribute?.value ? { attribute: attribute.value } : {}) },
    block.location,
  );
}

/** `point_in_time_recovery { enabled = … }`: off when the block or its flag is absent. */
function readEnabledBlock(fields: Fields, type: string, fallback: Location): Prop<boolean> {
  const block = singleBlock(fields, type);
  if (!block) return known(false, fallback, true);
  if ('reason' in block) return block;
  const enabled = readBoolean(block, 'enabled');
  if (!enabled) return known(false, block.location);
  return enabled.known ? known(enabled.value, block.location) : unknown(enabled.reason, block.location);
}

/** `lifecycle { prevent_destroy = true }`; Terraform allows only literal values there. */
function readPreventDestroy(fields: Fields, fallback: Location): Prop<boolean> {
  const block = singleBlock(fields, 'lifecycle');
  if (!block) return known(false, fallback, true);
  if ('reason' in block) return block;
  return readBoolean(block, 'prevent_destroy') ?? known(false, block.location, true);
}

/** Enabled means a KMS key (the AWS managed one unless `kms_key_arn` names another); off means AWS owned. */
function readSse(fields: Fields, fallback: Location): Prop<SseSpec> {
  const block = singleBlock(fields, 'server_side_encryption');
  if (!block) return known({ enabled: false }, fallback, true);
  if ('reason' in block) return block;
  const enabled = readBoolean(block, 'enabled');
  if (enabled && !enabled.known) return unknown(enabled.reason, block.location);
  const kmsKey = readString(block, 'kms_key_arn');
  if (!enabled?.value) return known({ enabled: false }, block.location);
  return known({ enabled: true, type: 'KMS', ...(kmsKey ? { kmsKey } : {}) }, block.location);
}

function readReplicas(
  fields: Fields,
  fallback: Location,
  tableClass: Prop<string>,
  tags: Prop<readonly Tag[]>,
  declaredElsewhere: readonly ReplicaModel[],
): Prop<readonly ReplicaModel[]> {
  const list = fields.blocks('replica');
  if (!list.known) return list;
  const replicas: ReplicaModel[] = list.items.map((item) => {
    const propagateTags = readBoolean(item, 'propagate_tags');
    return {
      region: readString(item, 'region_name') ?? unknown('the replica has no region_name', item.location),
      location: item.location,
      pointInTimeRecovery: readBoolean(item, 'point_in_time_recovery') ?? known(false, item.location, true),
      deletionProtection:
        readBoolean(item, 'deletion_protection_enabled') ?? known(false, item.location, true),
      tableClass,
      tags: propagateTags?.known && propagateTags.value ? tags : known([], item.location, true),
    };
  });
  replicas.push(...declaredElsewhere);
  if (replicas.length === 0) return known([], fallback, true);
  return known(replicas, list.location ?? replicas[0]?.location ?? fallback);
}
