/** Readers for property shapes shared by `AWS::DynamoDB::Table` and `AWS::DynamoDB::GlobalTable`. */
import {
  known,
  unknown,
  type AttributeDefinition,
  type IndexModel,
  type KeyElement,
  type Location,
  type Projection,
  type Prop,
  type SseSpec,
  type StreamSpec,
  type Tag,
  type Throughput,
  type TtlSpec,
} from '../../model.ts';
import type { PropertyReader } from '../read.ts';
import type { MapNode } from '../source-tree.ts';

export function readKeySchema(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<readonly KeyElement[]> {
  const list = reader.list(map, 'KeySchema');
  if (!list) return known([], fallback, true);
  if (!list.known) return list;
  const elements: KeyElement[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return unknown('a KeySchema item is not a map', list.location);
    const name = reader.string(item, 'AttributeName');
    const keyType = reader.string(item, 'KeyType');
    if (!name?.known) return unknown(name?.reason ?? 'a KeySchema item has no AttributeName', list.location);
    if (!keyType?.known) return unknown(keyType?.reason ?? 'a KeySchema item has no KeyType', list.location);
    // Any other KeyType is invalid (resource-schema says so); counting it as a sort key would mislead.
    if (keyType.value !== 'HASH' && keyType.value !== 'RANGE')
      return unknown(`KeyType "${keyType.value}" is not HASH or RANGE`, list.location);
    // The AttributeName line is the one to point at, in YAML and in pretty-printed JSON alike.
    elements.push({
      attribute: name.value,
      role: keyType.value === 'HASH' ? 'partition' : 'sort',
      location: name.location,
    });
  }
  return known(elements, list.location);
}

export function readAttributeDefinitions(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<readonly AttributeDefinition[]> {
  const list = reader.list(map, 'AttributeDefinitions');
  if (!list) return known([], fallback, true);
  if (!list.known) return list;
  const definitions: AttributeDefinition[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return unknown('an AttributeDefinitions item is not a map', list.location);
    const name = reader.string(item, 'AttributeName');
    const type = reader.string(item, 'AttributeType');
    if (!name?.known) return unknown(name?.reason ?? 'an attribute has no AttributeName', list.location);
    if (type && !type.known) return unknown(type.reason, list.location);
    definitions.push({ name: name.value, type: type?.value ?? '', location: name.location });
  }
  return known(definitions, list.location);
}

export function readThroughput(
  reader: PropertyReader,
  map: MapNode | undefined,
  key = 'ProvisionedThroughput',
): Throughput | undefined {
  const throughput = reader.map(map, key);
  if (!throughput) return undefined;
  if (!throughput.known) return { location: throughput.location };
  return {
    read: reader.number(throughput.node, 'ReadCapacityUnits'),
    write: reader.number(throughput.node, 'WriteCapacityUnits'),
    location: throughput.location,
  };
}

export function readProjection(reader: PropertyReader, map: MapNode): Prop<Projection> | undefined {
  const projection = reader.map(map, 'Projection');
  if (!projection) return undefined;
  if (!projection.known) return projection;
  const type = reader.string(projection.node, 'ProjectionType');
  if (type && !type.known) return unknown(type.reason, projection.location);
  const attributes = reader.list(projection.node, 'NonKeyAttributes');
  if (attributes && !attributes.known) return unknown(attributes.reason, projection.location);
  const nonKeyAttributes = (attributes?.items ?? []).flatMap((i) =>
    i.kind === 'scalar' ? [String(i.value)] : [],
  );
  return known(
    { type: type?.value ?? '', nonKeyAttributes, location: projection.location },
    projection.location,
  );
}

export interface IndexReadOptions {
  /** The property holding index throughput: `ProvisionedThroughput` (Table) or none (GlobalTable). */
  readonly throughputKey?: string;
  /** Index names whose capacity Application Auto Scaling manages. */
  readonly autoscaledIndexes?: ReadonlySet<string>;
  /** Throughput under `throughputKey` is an autoscaling setting (GlobalTable write capacity). */
  readonly throughputIsAutoscaled?: boolean;
}

export function readIndexes(
  reader: PropertyReader,
  map: MapNode | undefined,
  kind: 'global' | 'local',
  fallback: Location,
  options: IndexReadOptions = {},
): Prop<readonly IndexModel[]> {
  const key = kind === 'global' ? 'GlobalSecondaryIndexes' : 'LocalSecondaryIndexes';
  const list = reader.list(map, key);
  if (!list) return known([], fallback, true);
  if (!list.known) return list;
  const indexes: IndexModel[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return unknown(`an item of ${key} is not a map`, list.location);
    const name = reader.string(item, 'IndexName') ?? unknown('the index has no IndexName', item.location);
    const throughput = options.throughputKey
      ? readThroughput(reader, item, options.throughputKey)
      : undefined;
    const autoscaled =
      (throughput !== undefined && options.throughputIsAutoscaled) ||
      (name.known && options.autoscaledIndexes?.has(name.value));
    indexes.push({
      kind,
      name,
      keySchema: readKeySchema(reader, item, item.location),
      projection: readProjection(reader, item),
      ...(throughput ? { throughput } : {}),
      ...(autoscaled ? { autoscaled } : {}),
      location: item.location,
    });
  }
  return known(indexes, list.location);
}

export function readStream(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<StreamSpec> {
  const stream = reader.map(map, 'StreamSpecification');
  if (!stream) return known({ enabled: false }, fallback, true);
  if (!stream.known) return stream;
  const viewType = reader.string(stream.node, 'StreamViewType');
  if (viewType && !viewType.known) return unknown(viewType.reason, stream.location);
  return known({ enabled: viewType !== undefined, viewType: viewType?.value }, stream.location);
}

export function readTtl(reader: PropertyReader, map: MapNode | undefined, fallback: Location): Prop<TtlSpec> {
  const ttl = reader.map(map, 'TimeToLiveSpecification');
  if (!ttl) return known({ enabled: false }, fallback, true);
  if (!ttl.known) return ttl;
  const enabled = reader.boolean(ttl.node, 'Enabled');
  const attribute = reader.string(ttl.node, 'AttributeName');
  if (enabled && !enabled.known) return unknown(enabled.reason, ttl.location);
  if (attribute && !attribute.known) return unknown(attribute.reason, ttl.location);
  return known({ enabled: enabled?.value ?? false, attribute: attribute?.value }, ttl.location);
}

export function readPointInTimeRecovery(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<boolean> {
  const pitr = reader.map(map, 'PointInTimeRecoverySpecification');
  if (!pitr) return known(false, fallback, true);
  if (!pitr.known) return pitr;
  const enabled = reader.boolean(pitr.node, 'PointInTimeRecoveryEnabled');
  if (!enabled) return known(false, pitr.location);
  return enabled.known ? known(enabled.value, pitr.location) : unknown(enabled.reason, pitr.location);
}

export function readSse(reader: PropertyReader, map: MapNode | undefined, fallback: Location): Prop<SseSpec> {
  const sse = reader.map(map, 'SSESpecification');
  if (!sse) return known({ enabled: false }, fallback, true);
  if (!sse.known) return sse;
  const enabled = reader.boolean(sse.node, 'SSEEnabled');
  const type = reader.string(sse.node, 'SSEType');
  if (enabled && !enabled.known) return unknown(enabled.reason, sse.location);
  const kmsKey = reader.string(sse.node, 'KMSMasterKeyId');
  return known(
    {
      enabled: enabled?.value ?? false,
      ...(type?.known ? { type: type.value } : {}),
      ...(kmsKey ? { kmsKey } : {}),
    },
    sse.location,
  );
}

export function readBooleanSetting(
  reader: PropertyReader,
  map: MapNode | undefined,
  key: string,
  fallback: Location,
): Prop<boolean> {
  return reader.boolean(map, key) ?? known(false, fallback, true);
}

export function readStringSetting(
  reader: PropertyReader,
  map: MapNode | undefined,
  key: string,
  defaultValue: string,
  fallback: Location,
): Prop<string> {
  return reader.string(map, key) ?? known(defaultValue, fallback, true);
}

/** `Tags: [{Key, Value}]` as CloudFormation writes them. */
export function readTagList(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<readonly Tag[]> {
  const list = reader.list(map, 'Tags');
  if (!list) return known([], fallback, true);
  if (!list.known) return list;
  const tags: Tag[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') return unknown('a tag is not a map', list.location);
    const key = reader.string(item, 'Key');
    if (!key?.known) return unknown(key?.reason ?? 'a tag has no Key', list.location);
    tags.push({
      key: key.value,
      value: reader.string(item, 'Value') ?? known('', item.location),
      location: item.location,
    });
  }
  return known(tags, list.location);
}

/** `Tags: {key: value}` as SAM writes them. */
export function readTagMap(
  reader: PropertyReader,
  map: MapNode | undefined,
  fallback: Location,
): Prop<readonly Tag[]> {
  const tags = reader.map(map, 'Tags');
  if (!tags) return known([], fallback, true);
  if (!tags.known) return tags;
  return known(
    tags.node.entries.map((e) => ({
      key: e.key,
      value: reader.string(tags.node, e.key) ?? known('', e.location),
      location: e.location,
    })),
    tags.location,
  );
}
