/**
 * Readers for the table settings `aws_dynamodb_table` and the dynamodb-table module spell alike
 * (`hash_key`, `attribute`, index objects, `tags`), from `Fields` into `Prop`s. Absent settings take the
 * AWS provider's documented defaults, marked `defaulted` at the declaration's location.
 */
import {
  known,
  unknown,
  type AttributeDefinition,
  type IndexModel,
  type KeyElement,
  type Location,
  type Projection,
  type Prop,
  type Tag,
  type Throughput,
} from '../../model.ts';
import { readNumber, readString, readStringList, span, type BlockList, type Fields } from './fields.ts';

/** `hash_key` / `range_key` → the key schema. */
export function readTableKey(fields: Fields, fallback: Location): Prop<readonly KeyElement[]> {
  const hash = readString(fields, 'hash_key');
  const range = readString(fields, 'range_key');
  if (!hash) return known([], fallback, true);
  if (!hash.known) return hash;
  if (range && !range.known) return unknown(range.reason, range.location);
  const elements: KeyElement[] = [{ attribute: hash.value, role: 'partition', location: hash.location }];
  if (range) elements.push({ attribute: range.value, role: 'sort', location: range.location });
  // The key schema is `hash_key` and `range_key` together, wherever each is written (in one file).
  const together = range && range.location.file === hash.location.file;
  return known(elements, together ? span([hash.location, range.location]) : hash.location);
}

export function readAttributes(list: BlockList, fallback: Location): Prop<readonly AttributeDefinition[]> {
  if (!list.known) return list;
  if (list.items.length === 0) return known([], fallback, true);
  const definitions: AttributeDefinition[] = [];
  for (const item of list.items) {
    const name = readString(item, 'name');
    const type = readString(item, 'type');
    if (!name?.known) return unknown(name?.reason ?? 'an attribute has no name', item.location);
    if (type && !type.known) return unknown(type.reason, type.location);
    definitions.push({ name: name.value, type: type?.value ?? '', location: name.location });
  }
  return known(definitions, list.location ?? fallback);
}

/** `read_capacity` / `write_capacity`, when either is written. */
export function readThroughput(fields: Fields): Throughput | undefined {
  const read = readNumber(fields, 'read_capacity');
  const write = readNumber(fields, 'write_capacity');
  if (!read && !write) return undefined;
  const location = (read ?? write)?.location as Location;
  return { ...(read ? { read } : {}), ...(write ? { write } : {}), location };
}

export interface IndexContext {
  readonly kind: 'global' | 'local';
  /** The table's partition key, which every LSI shares. */
  readonly tableKey: Prop<readonly KeyElement[]>;
  /** Index names whose capacity Application Auto Scaling manages. */
  readonly autoscaled?: ReadonlySet<string>;
  /** Capacity is read only for global indexes of the resource (the module passes it too). */
  readonly capacity: boolean;
}

export function readIndexes(
  list: BlockList,
  context: IndexContext,
  fallback: Location,
): Prop<readonly IndexModel[]> {
  if (!list.known) return list;
  if (list.items.length === 0) return known([], fallback, true);
  const indexes = list.items.map((item) => readIndex(item, context));
  return known(indexes, list.location ?? fallback);
}

function readIndex(item: Fields, context: IndexContext): IndexModel {
  const name =
    readString(item, 'name') ??
    (item.key !== undefined
      ? known(item.key, item.location)
      : unknown('the index has no name', item.location));
  const throughput = context.capacity ? readThroughput(item) : undefined;
  const autoscaled = name.known && context.autoscaled?.has(name.value);
  const projection = readProjection(item);
  return {
    kind: context.kind,
    name,
    keySchema: context.kind === 'global' ? readGlobalKey(item) : readLocalKey(item, context.tableKey),
    ...(projection ? { projection } : {}),
    ...(throughput ? { throughput } : {}),
    ...(autoscaled ? { autoscaled } : {}),
    location: item.location,
  };
}

/** `hash_key`/`range_key`, or `key_schema` blocks for multi-attribute keys (up to 4 + 4). */
function readGlobalKey(item: Fields): Prop<readonly KeyElement[]> {
  const schema = item.blocks('key_schema');
  if (!schema.known) return schema;
  if (schema.items.length === 0) return readTableKey(item, item.location);
  const elements: KeyElement[] = [];
  for (const element of schema.items) {
    const name = readString(element, 'attribute_name');
    const keyType = readString(element, 'key_type');
    if (!name?.known) return unknown(name?.reason ?? 'a key_schema has no attribute_name', element.location);
    if (!keyType?.known) return unknown(keyType?.reason ?? 'a key_schema has no key_type', element.location);
    elements.push({
      attribute: name.value,
      role: keyType.value === 'HASH' ? 'partition' : 'sort',
      location: name.location,
    });
  }
  return known(elements, schema.location ?? item.location);
}

/** An LSI keeps the table's partition key and names only its sort key. */
function readLocalKey(item: Fields, tableKey: Prop<readonly KeyElement[]>): Prop<readonly KeyElement[]> {
  const range = readString(item, 'range_key');
  if (!tableKey.known) return tableKey;
  if (range && !range.known) return range;
  const partition = tableKey.value.find((k) => k.role === 'partition');
  const elements: KeyElement[] = partition ? [partition] : [];
  if (range) elements.push({ attribute: range.value, role: 'sort', location: range.location });
  return known(elements, range?.location ?? item.location);
}

function readProjection(item: Fields): Prop<Projection> | undefined {
  const type = readString(item, 'projection_type');
  const attributes = readStringList(item, 'non_key_attributes');
  if (!type && !attributes) return undefined;
  const location = (type ?? item).location;
  if (type && !type.known) return type;
  if (attributes && !attributes.known) return unknown(attributes.reason, location);
  return known({ type: type?.value ?? '', nonKeyAttributes: attributes?.value ?? [], location }, location);
}

/** A `tags` map; unknown when it is computed (`merge(local.tags, …)`). */
export function readTags(fields: Fields, fallback: Location): Prop<readonly Tag[]> {
  const found = fields.get('tags');
  if (!found) return known([], fallback, true);
  const { value, location } = found;
  if (value.kind === 'unknown') return unknown(value.reason, location);
  if (value.kind !== 'map') return unknown('tags is not a map', location);
  const tags: Tag[] = value.entries.map((entry) => ({
    key: entry.key,
    value:
      entry.value.kind === 'unknown'
        ? unknown(entry.value.reason, entry.location)
        : entry.value.kind === 'scalar'
          ? known(String(entry.value.value ?? ''), entry.location)
          : unknown(`tag ${entry.key} is not a string`, entry.location),
    location: entry.location,
  }));
  return known(tags, location);
}

/** A string setting or the provider's default for it. */
export function stringSetting(
  fields: Fields,
  name: string,
  defaultValue: string,
  fallback: Location,
): Prop<string> {
  return readString(fields, name) ?? known(defaultValue, fallback, true);
}
