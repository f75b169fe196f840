/**
 * The three CloudFormation-family table resources → `TableModel`:
 * `AWS::DynamoDB::Table`, `AWS::DynamoDB::GlobalTable` (what CDK `TableV2` emits) and SAM's
 * `AWS::Serverless::SimpleTable`.
 */
import {
  known,
  unknown,
  type FixedScalingTarget,
  type Location,
  type Prop,
  type ReplicaModel,
  type TableModel,
  type TableSource,
} from '../../model.ts';
import type { PropertyReader } from '../read.ts';
import type { MapNode } from '../source-tree.ts';
import { fixedScalingTarget } from '../fixed-scaling.ts';
import type { ScaledCapacity } from './autoscaling.ts';
import {
  readAttributeDefinitions,
  readBooleanSetting,
  readIndexes,
  readKeySchema,
  readPointInTimeRecovery,
  readSse,
  readStream,
  readStringSetting,
  readTagList,
  readTagMap,
  readThroughput,
  readTtl,
} from './properties.ts';

export interface ResourceContext {
  readonly id: string;
  readonly type: string;
  /** The resource's map (Type, Properties, DeletionPolicy, …). */
  readonly resource: MapNode;
  readonly properties: MapNode | undefined;
  /** The whole resource declaration, from its logical id. */
  readonly location: Location;
  readonly reader: PropertyReader;
  readonly source: TableSource;
  readonly variant?: string;
  readonly scaled?: ScaledCapacity;
  /** SAM `Globals.SimpleTable`, merged under the resource's own properties. */
  readonly globals?: MapNode;
}

export const TABLE_TYPES: ReadonlySet<string> = new Set([
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::Serverless::SimpleTable',
]);

export function buildTable(context: ResourceContext): TableModel {
  switch (context.type) {
    case 'AWS::DynamoDB::GlobalTable':
      return buildGlobalTable(context);
    case 'AWS::Serverless::SimpleTable':
      return buildSimpleTable(context);
    default:
      return buildDynamoDbTable(context);
  }
}

function common(
  context: ResourceContext,
): Pick<
  TableModel,
  'id' | 'resourceType' | 'source' | 'location' | 'variant' | 'deletionPolicy' | 'updateReplacePolicy'
> {
  const { reader, resource, location } = context;
  return {
    id: context.id,
    resourceType: context.type,
    source: context.source,
    location,
    ...(context.variant ? { variant: context.variant } : {}),
    deletionPolicy: readStringSetting(reader, resource, 'DeletionPolicy', 'Delete', location),
    updateReplacePolicy: readStringSetting(reader, resource, 'UpdateReplacePolicy', 'Delete', location),
  };
}

function buildDynamoDbTable(context: ResourceContext): TableModel {
  const { reader, properties: p, location } = context;
  const throughput = readThroughput(reader, p);
  const autoscaledIndexes = context.scaled?.indexes;
  return {
    ...common(context),
    ...optional('name', reader.string(p, 'TableName')),
    keySchema: readKeySchema(reader, p, location),
    attributes: readAttributeDefinitions(reader, p, location),
    billingMode: readStringSetting(reader, p, 'BillingMode', 'PROVISIONED', location),
    ...(throughput ? { throughput } : {}),
    ...(context.scaled?.table ? { autoscaled: true } : {}),
    ...fixedScaling(context.scaled?.fixed),
    globalIndexes: readIndexes(reader, p, 'global', location, {
      throughputKey: 'ProvisionedThroughput',
      ...(autoscaledIndexes ? { autoscaledIndexes } : {}),
    }),
    localIndexes: readIndexes(reader, p, 'local', location),
    stream: readStream(reader, p, location),
    ttl: readTtl(reader, p, location),
    pointInTimeRecovery: readPointInTimeRecovery(reader, p, location),
    sse: readSse(reader, p, location),
    tableClass: readStringSetting(reader, p, 'TableClass', 'STANDARD', location),
    deletionProtection: readBooleanSetting(reader, p, 'DeletionProtectionEnabled', location),
    tags: readTagList(reader, p, location),
  };
}

/**
 * GlobalTable: write capacity is table-wide and always autoscaled when provisioned; read capacity,
 * point-in-time recovery, deletion protection, table class and tags are per replica.
 */
function buildGlobalTable(context: ResourceContext): TableModel {
  const { reader, properties: p, location } = context;
  const writeSettings = reader.map(p, 'WriteProvisionedThroughputSettings');
  return {
    ...common(context),
    ...optional('name', reader.string(p, 'TableName')),
    keySchema: readKeySchema(reader, p, location),
    attributes: readAttributeDefinitions(reader, p, location),
    billingMode: readStringSetting(reader, p, 'BillingMode', 'PROVISIONED', location),
    ...(writeSettings ? { throughput: { location: writeSettings.location }, autoscaled: true } : {}),
    ...fixedScaling(globalTableFixedScaling(reader, p)),
    globalIndexes: readIndexes(reader, p, 'global', location, {
      throughputKey: 'WriteProvisionedThroughputSettings',
      throughputIsAutoscaled: true,
    }),
    localIndexes: readIndexes(reader, p, 'local', location),
    stream: readStream(reader, p, location),
    ttl: readTtl(reader, p, location),
    sse: readSse(reader, p, location),
    replicas: readReplicas(reader, p, location),
  };
}

function readReplicas(
  reader: PropertyReader,
  properties: MapNode | undefined,
  fallback: Location,
): Prop<readonly ReplicaModel[]> {
  const list = reader.list(properties, 'Replicas');
  if (!list) return known([], fallback, true);
  if (!list.known) return list;
  const replicas: ReplicaModel[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return unknown('a replica is not a map', list.location);
    const sse = reader.map(item, 'SSESpecification');
    const kmsKey = sse?.known ? reader.string(sse.node, 'KMSMasterKeyId') : sse;
    replicas.push({
      region: reader.string(item, 'Region') ?? unknown('the replica has no Region', item.location),
      location: item.location,
      pointInTimeRecovery: readPointInTimeRecovery(reader, item, item.location),
      deletionProtection: readBooleanSetting(reader, item, 'DeletionProtectionEnabled', item.location),
      tableClass: readStringSetting(reader, item, 'TableClass', 'STANDARD', item.location),
      tags: readTagList(reader, item, item.location),
      ...(kmsKey ? { kmsKey } : {}),
    });
  }
  return known(replicas, list.location);
}

const SIMPLE_TABLE_TYPES: Readonly<Record<string, string>> = { String: 'S', Number: 'N', Binary: 'B' };

/** SAM SimpleTable: one partition key (`PrimaryKey`, default `id: String`), no indexes. */
function buildSimpleTable(context: ResourceContext): TableModel {
  const { reader, properties: p, location, globals } = context;
  const primaryKey = reader.map(p, 'PrimaryKey');
  let keyLocation = primaryKey?.location ?? location;
  let keyName: Prop<string> = known('id', location, true);
  let keyType: Prop<string> = known('S', location, true);
  if (primaryKey && !primaryKey.known) {
    keyName = primaryKey;
    keyType = primaryKey;
  } else if (primaryKey) {
    keyName = reader.string(primaryKey.node, 'Name') ?? keyName;
    if (keyName.known && !keyName.defaulted) keyLocation = keyName.location;
    const written = reader.string(primaryKey.node, 'Type');
    if (written)
      keyType = written.known
        ? known(SIMPLE_TABLE_TYPES[written.value] ?? written.value, written.location)
        : written;
  }
  const throughput = readThroughput(reader, p);
  const sseSource = p?.entries.some((e) => e.key === 'SSESpecification') ? p : globals;
  return {
    ...common(context),
    ...optional('name', reader.string(p, 'TableName')),
    keySchema: keyName.known
      ? known(
          [{ attribute: keyName.value, role: 'partition' as const, location: keyLocation }],
          keyLocation,
          !primaryKey,
        )
      : unknown(keyName.reason, keyLocation),
    attributes:
      keyName.known && keyType.known
        ? known(
            [{ name: keyName.value, type: keyType.value, location: keyLocation }],
            keyLocation,
            !primaryKey,
          )
        : unknown(keyName.known ? (keyType as { reason: string }).reason : keyName.reason, keyLocation),
    // SAM provisions capacity when ProvisionedThroughput is given and bills on demand otherwise.
    billingMode: throughput
      ? known('PROVISIONED', throughput.location)
      : known('PAY_PER_REQUEST', location, true),
    ...(throughput ? { throughput } : {}),
    ...(context.scaled?.table ? { autoscaled: true } : {}),
    ...fixedScaling(context.scaled?.fixed),
    globalIndexes: known([], location, true),
    localIndexes: known([], location, true),
    stream: known({ enabled: false }, location, true),
    ttl: known({ enabled: false }, location, true),
    pointInTimeRecovery: readPointInTimeRecovery(reader, p, location),
    sse: readSse(reader, sseSource, location),
    tableClass: known('STANDARD', location, true),
    deletionProtection: known(false, location, true),
    tags: readTagMap(reader, p, location),
  };
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

/**
 * A GlobalTable's own write autoscaling (`WriteCapacityAutoScalingSettings`, of the table and of each
 * global index) when its MinCapacity equals its MaxCapacity.
 */
function globalTableFixedScaling(
  reader: PropertyReader,
  properties: MapNode | undefined,
): FixedScalingTarget[] {
  const fixed = (settings: MapNode | undefined, index: string | undefined): FixedScalingTarget[] => {
    const write = reader.map(settings, 'WriteProvisionedThroughputSettings');
    const scaling = write?.known ? reader.map(write.node, 'WriteCapacityAutoScalingSettings') : undefined;
    if (!scaling?.known) return [];
    const target = fixedScalingTarget({
      target: 'WriteCapacityAutoScalingSettings',
      index,
      min: reader.number(scaling.node, 'MinCapacity'),
      max: reader.number(scaling.node, 'MaxCapacity'),
      dimension: known(
        index ? 'dynamodb:index:WriteCapacityUnits' : 'dynamodb:table:WriteCapacityUnits',
        scaling.location,
      ),
    });
    return target ? [target] : [];
  };
  const indexes = reader.list(properties, 'GlobalSecondaryIndexes');
  return [
    ...fixed(properties, undefined),
    ...(indexes?.known ? indexes.items : []).flatMap((item) =>
      item.kind === 'map' ? fixed(item, reader.literal(item, 'IndexName')) : [],
    ),
  ];
}

function fixedScaling(fixed: readonly FixedScalingTarget[] | undefined): Pick<TableModel, 'fixedScaling'> {
  return fixed?.length ? { fixedScaling: fixed } : {};
}
