/**
 * The `terraform-aws-modules/dynamodb-table/aws` module: a `module` block with that source declares one
 * table, described by the module's inputs. Inputs follow the module's own names and defaults; version 6.0
 * renamed some (`point_in_time_recovery_enabled` → `point_in_time_recovery = { enabled }`, …) and changed
 * defaults (deletion protection and KMS encryption on). The version is read from the inputs used, else from a
 * `version` constraint pinned to one major; a default that differs between versions is otherwise unknown.
 */
import {
  known,
  unknown,
  type Location,
  type Prop,
  type ReplicaModel,
  type SseSpec,
  type TableModel,
  type TableSource,
  type Tag,
  type Throughput,
  type TtlSpec,
  type Unknown,
} from '../../model.ts';
import { objectList, readBoolean, readString, valueFields, type Fields } from './fields.ts';
import {
  readAttributes,
  readIndexes,
  readTableKey,
  readTags,
  readThroughput,
  stringSetting,
} from './properties.ts';
import type { ScaledCapacity } from './table.ts';

const REGISTRY_SOURCE = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/dynamodb-table\/aws$/i;
const GIT_SOURCE = /terraform-aws-modules\/terraform-aws-dynamodb-table(?:\.git)?(?:$|[?/])/i;

export const MODULE_SOURCE = 'terraform-aws-modules/dynamodb-table/aws';

export function isDynamoDbTableModule(source: string): boolean {
  return REGISTRY_SOURCE.test(source) || GIT_SOURCE.test(source);
}

/** Inputs only versions before 6.0 accept, and inputs only 6.0 and later accept. */
const BEFORE_6 = [
  'create_table',
  'point_in_time_recovery_enabled',
  'ttl_enabled',
  'ttl_attribute_name',
  'server_side_encryption_enabled',
  'server_side_encryption_kms_key_arn',
  'replica_regions',
  'autoscaling_enabled',
  'autoscaling_read',
  'autoscaling_write',
  'autoscaling_indexes',
];
const FROM_6 = [
  'create',
  'point_in_time_recovery',
  'ttl',
  'server_side_encryption',
  'replicas',
  'autoscaling',
];

type Generation = 'before-6' | 'from-6' | undefined;

export interface ModuleContext {
  readonly address: string;
  readonly fields: Fields;
  readonly source: TableSource;
  readonly scaled?: ScaledCapacity;
  readonly notes: readonly string[];
}

/** `undefined` when the module's `create`/`create_table` input is known to be false. */
export function buildModuleTable(context: ModuleContext): TableModel | undefined {
  const { fields } = context;
  const location = fields.location;
  const generation = moduleGeneration(fields);
  const create = readBoolean(fields, generation === 'from-6' ? 'create' : 'create_table');
  if (create?.known && !create.value) return undefined;
  const defaults = new VersionDefaults(generation, location);

  const keySchema = readTableKey(fields, location);
  const billingMode = stringSetting(fields, 'billing_mode', 'PAY_PER_REQUEST', location);
  const scaling = moduleAutoscaling(fields, generation);
  const autoscaledIndexes = new Set([...scaling.indexes, ...(context.scaled?.indexes ?? [])]);
  const throughput = moduleThroughput(fields, billingMode, defaults);
  const tags = withNameTag(readTags(fields, location), readString(fields, 'name'));
  const name = readString(fields, 'name');
  return {
    id: context.address,
    resourceType: 'aws_dynamodb_table',
    source: context.source,
    location,
    ...(name ? { name } : {}),
    keySchema,
    attributes: readAttributes(listInput(fields, 'attributes', location), location),
    billingMode,
    ...(throughput ? { throughput } : {}),
    ...(scaling.table || context.scaled?.table ? { autoscaled: true } : {}),
    ...(context.scaled?.fixed.length ? { fixedScaling: context.scaled.fixed } : {}),
    globalIndexes: readIndexes(
      listInput(fields, 'global_secondary_indexes', location),
      { kind: 'global', tableKey: keySchema, capacity: true, autoscaled: autoscaledIndexes },
      location,
    ),
    localIndexes: readIndexes(
      listInput(fields, 'local_secondary_indexes', location),
      { kind: 'local', tableKey: keySchema, capacity: false },
      location,
    ),
    stream: moduleStream(fields, location),
    ttl: moduleTtl(fields, generation, location),
    pointInTimeRecovery: modulePointInTimeRecovery(fields, generation, location),
    sse: moduleSse(fields, generation, defaults),
    tableClass: stringSetting(fields, 'table_class', 'STANDARD', location),
    deletionProtection:
      readBoolean(fields, 'deletion_protection_enabled') ??
      defaults.pick('deletion_protection_enabled', false, true),
    tags,
    replicas: moduleReplicas(fields, generation, location),
    notes: [`declared through the ${MODULE_SOURCE} module`, ...context.notes],
  };
}

function moduleGeneration(fields: Fields): Generation {
  if (FROM_6.some((input) => fields.get(input))) return 'from-6';
  if (BEFORE_6.some((input) => fields.get(input))) return 'before-6';
  const version = readString(fields, 'version');
  // `6.1.0`, `= 6.1.0`, `~> 6.0` and `~> 6.1.0` all stay within one major version.
  const major = version?.known
    ? /^\s*(?:=|~>)?\s*v?(\d+)\.\d+(?:\.\d+)?\s*$/.exec(version.value)?.[1]
    : undefined;
  if (major === undefined) return undefined;
  return Number(major) >= 6 ? 'from-6' : 'before-6';
}

/** Defaults that changed in 6.0: known when the version is, unknown (with how to fix it) otherwise. */
class VersionDefaults {
  constructor(
    private readonly generation: Generation,
    private readonly location: Location,
  ) {}

  pick<T>(input: string, before6: T, from6: T): Prop<T> {
    if (this.generation === 'before-6') return known(before6, this.location, true);
    if (this.generation === 'from-6') return known(from6, this.location, true);
    if (JSON.stringify(before6) === JSON.stringify(from6)) return known(before6, this.location, true);
    return unknown(
      `the module's default for ${input} changed in version 6.0: pin the module version (e.g. "~> 5.0") to know it`,
      this.location,
    );
  }
}

/** A list (or map) input of objects: `attributes`, `global_secondary_indexes`, … */
function listInput(fields: Fields, name: string, fallback: Location) {
  const found = fields.get(name);
  if (!found) return { known: true as const, items: [] };
  return objectList(found.value, name, found.location ?? fallback);
}

/** Before 6.0 capacity has no default (PROVISIONED without it fails); from 6.0 it defaults to 1. */
function moduleThroughput(
  fields: Fields,
  billingMode: Prop<string>,
  defaults: VersionDefaults,
): Throughput | undefined {
  const written = readThroughput(fields);
  if (written || !billingMode.known || billingMode.value !== 'PROVISIONED') return written;
  const capacity = defaults.pick<number | undefined>('read_capacity and write_capacity', undefined, 1);
  if (capacity.known && capacity.value === undefined) return undefined;
  const unit: Prop<number> = capacity.known ? known(1, capacity.location, true) : capacity;
  return { read: unit, write: unit, location: capacity.location };
}

function moduleStream(fields: Fields, fallback: Location) {
  const enabled = readBoolean(fields, 'stream_enabled');
  const viewType = readString(fields, 'stream_view_type');
  if (!enabled) return known({ enabled: false }, fallback, true);
  if (!enabled.known) return enabled;
  if (enabled.value && viewType && !viewType.known) return viewType;
  return known(
    { enabled: enabled.value, ...(enabled.value && viewType?.known ? { viewType: viewType.value } : {}) },
    enabled.location,
  );
}

/** An object input (`ttl = { enabled = true }`) read as fields, or why it cannot be. */
function objectInput(fields: Fields, name: string): Fields | Unknown | undefined {
  const found = fields.get(name);
  if (!found) return undefined;
  if (found.value.kind === 'unknown') return unknown(found.value.reason, found.location);
  if (found.value.kind !== 'map') return unknown(`${name} is not an object`, found.location);
  return valueFields(found.value);
}

function moduleTtl(fields: Fields, generation: Generation, fallback: Location): Prop<TtlSpec> {
  if (generation === 'from-6') {
    const ttl = objectInput(fields, 'ttl');
    if (!ttl) return known({ enabled: false }, fallback, true);
    if ('reason' in ttl) return ttl;
    return ttlSpec(readBoolean(ttl, 'enabled'), readString(ttl, 'attribute_name'), ttl.location);
  }
  const enabled = readBoolean(fields, 'ttl_enabled');
  if (!enabled) return known({ enabled: false }, fallback, true);
  return ttlSpec(enabled, readString(fields, 'ttl_attribute_name'), enabled.location);
}

function ttlSpec(
  enabled: Prop<boolean> | undefined,
  attribute: Prop<string> | undefined,
  location: Location,
): Prop<TtlSpec> {
  if (enabled && !enabled.known) return enabled;
  if (attribute && !attribute.known) return attribute;
  return known(
    { enabled: enabled?.value ?? false, ...(attribute?.value ? { attribute: attribute.value } : {}) },
    location,
  );
}

function modulePointInTimeRecovery(
  fields: Fields,
  generation: Generation,
  fallback: Location,
): Prop<boolean> {
  if (generation === 'from-6') {
    const pitr = objectInput(fields, 'point_in_time_recovery');
    if (!pitr) return known(false, fallback, true);
    if ('reason' in pitr) return pitr;
    // The object's `enabled` defaults to true: giving the object turns recovery on.
    return readBoolean(pitr, 'enabled') ?? known(true, pitr.location, true);
  }
  return readBoolean(fields, 'point_in_time_recovery_enabled') ?? known(false, fallback, true);
}

function moduleSse(fields: Fields, generation: Generation, defaults: VersionDefaults): Prop<SseSpec> {
  if (generation === 'from-6') {
    const sse = objectInput(fields, 'server_side_encryption');
    if (!sse) return defaults.pick<SseSpec>('server_side_encryption', { enabled: false }, KMS);
    if ('reason' in sse) return sse;
    const enabled = readBoolean(sse, 'enabled') ?? known(true, sse.location, true);
    return sseSpec(enabled, readString(sse, 'kms_key_arn'), sse.location);
  }
  const enabled = readBoolean(fields, 'server_side_encryption_enabled');
  if (!enabled) return defaults.pick<SseSpec>('server_side_encryption', { enabled: false }, KMS);
  return sseSpec(enabled, readString(fields, 'server_side_encryption_kms_key_arn'), enabled.location);
}

const KMS: SseSpec = { enabled: true, type: 'KMS' };

function sseSpec(
  enabled: Prop<boolean>,
  kmsKey: Prop<string> | undefined,
  location: Location,
): Prop<SseSpec> {
  if (!enabled.known) return enabled;
  if (!enabled.value) return known({ enabled: false }, location);
  return known({ enabled: true, type: 'KMS', ...(kmsKey ? { kmsKey } : {}) }, location);
}

interface ModuleScaling {
  readonly table: boolean;
  readonly indexes: ReadonlySet<string>;
}

/**
 * Before 6.0: `autoscaling_enabled` with `autoscaling_read`/`autoscaling_write` (table) and
 * `autoscaling_indexes` (by index name). From 6.0: `autoscaling = { enabled, read, write }` and an
 * `autoscaling = { enabled = true }` object on each index.
 */
function moduleAutoscaling(fields: Fields, generation: Generation): ModuleScaling {
  if (generation === 'from-6') {
    const scaling = enabledObject(fields, 'autoscaling');
    const indexes = new Set<string>();
    const gsis = listInput(fields, 'global_secondary_indexes', fields.location);
    for (const index of gsis.known ? gsis.items : []) {
      const name = readString(index, 'name');
      const indexName = name?.known ? name.value : index.key;
      if (indexName && enabledObject(index, 'autoscaling')) indexes.add(indexName);
    }
    return { table: !!scaling && (!!scaling.get('read') || !!scaling.get('write')), indexes };
  }
  const enabled = readBoolean(fields, 'autoscaling_enabled');
  if (!enabled?.known || !enabled.value) return { table: false, indexes: new Set() };
  const perIndex = fields.get('autoscaling_indexes')?.value;
  return {
    table: !!fields.get('autoscaling_read') || !!fields.get('autoscaling_write'),
    indexes: new Set(perIndex?.kind === 'map' ? perIndex.entries.map((e) => e.key) : []),
  };
}

/** An object input whose `enabled` is known to be true. */
function enabledObject(fields: Fields, name: string): Fields | undefined {
  const object = objectInput(fields, name);
  if (!object || 'reason' in object) return undefined;
  const enabled = readBoolean(object, 'enabled');
  return enabled?.known && enabled.value ? object : undefined;
}

/** The module tags every table with `Name = var.name`. */
function withNameTag(tags: Prop<readonly Tag[]>, name: Prop<string> | undefined): Prop<readonly Tag[]> {
  if (!tags.known || !name || tags.value.some((t) => t.key === 'Name')) return tags;
  return known(
    [...tags.value, { key: 'Name', value: name, location: name.location }],
    tags.location,
    tags.defaulted,
  );
}

function moduleReplicas(
  fields: Fields,
  generation: Generation,
  fallback: Location,
): Prop<readonly ReplicaModel[]> {
  const input = generation === 'from-6' ? 'replicas' : 'replica_regions';
  const list = listInput(fields, input, fallback);
  if (!list.known) return list;
  if (list.items.length === 0) return known([], fallback, true);
  return known(
    list.items.map((item) => ({
      region: readString(item, 'region_name') ?? unknown('the replica has no region_name', item.location),
      location: item.location,
      pointInTimeRecovery: readBoolean(item, 'point_in_time_recovery') ?? known(false, item.location, true),
      deletionProtection:
        readBoolean(item, 'deletion_protection_enabled') ??
        known(generation === 'from-6', item.location, true),
    })),
    list.location ?? fallback,
  );
}
