/**
 * Declared model vs live model, property by property, in format-neutral terms. Each difference points
 * at the declared property (or the declaration when the value is a default) and holds both sides'
 * values (`declared X, live Y` once worded by the schema-drift rule). Values either side cannot know (`unknown`) are skipped; capacity that autoscaling manages is
 * not compared, since it moves by design.
 */
import {
  type IndexModel,
  type KeyElement,
  type Location,
  type Projection,
  type Prop,
  type Severity,
  type TableModel,
  type Tag,
  type Throughput,
} from '../model.ts';

export interface Difference {
  /** Stable key for the fingerprint: `keySchema`, `index:byDay:projection`, `billingMode`, … */
  readonly property: string;
  readonly location: Location;
  /** `error` for keys and indexes (data access breaks), `warning` for settings. */
  readonly severity: Severity;
  readonly change: Change;
}

/** What differs, as data: the rule words it. `what` names the setting (`key schema`, `global index byDay`). */
export type Change =
  | {
      readonly kind: 'value';
      readonly what: string;
      readonly declared: string;
      readonly live: string;
      /** The declared value is the default of a setting the declaration leaves out. */
      readonly defaulted: boolean;
    }
  | {
      readonly kind: 'attributeType';
      readonly attribute: string;
      readonly declared: string;
      readonly live: string;
    }
  | { readonly kind: 'declaredOnly' | 'liveOnly'; readonly what: string }
  | { readonly kind: 'tags'; readonly changes: readonly string[] };

export interface CompareOptions {
  /** Compare tags (tags often differ on purpose: cost allocation added by other tools). */
  readonly tags: boolean;
}

export function compareTables(declared: TableModel, live: TableModel, options: CompareOptions): Difference[] {
  const differences: Difference[] = [];
  const add: Add = (property, location, severity, change) => {
    differences.push({ property, location, severity, change });
  };
  const setting = <T>(
    property: string,
    what: string,
    left: Prop<T> | undefined,
    right: Prop<T> | undefined,
    show: (value: T) => string,
  ): void => compareValues(add, 'warning', property, what, left, right, show);

  compareValues(add, 'error', 'keySchema', 'key schema', declared.keySchema, live.keySchema, showKeys);
  compareAttributeTypes(declared, live, add);
  compareIndexes('global', declared, live, add);
  compareIndexes('local', declared, live, add);
  setting('billingMode', 'billing mode', declared.billingMode, live.billingMode, String);
  compareTableThroughput(declared, live, add);
  setting('stream', 'stream', declared.stream, live.stream, (s) =>
    s.enabled ? `enabled (${s.viewType ?? 'no view type'})` : 'disabled',
  );
  setting('ttl', 'TTL', declared.ttl, live.ttl, (t) =>
    t.enabled ? `enabled on ${t.attribute ?? '(no attribute)'}` : 'disabled',
  );
  setting(
    'pointInTimeRecovery',
    'point-in-time recovery',
    declared.pointInTimeRecovery,
    live.pointInTimeRecovery,
    onOff,
  );
  setting('sse', 'server-side encryption', declared.sse, live.sse, (s) =>
    s.enabled ? `KMS key (${s.type ?? 'KMS'})` : 'AWS owned key',
  );
  setting('tableClass', 'table class', declared.tableClass, live.tableClass, String);
  setting(
    'deletionProtection',
    'deletion protection',
    declared.deletionProtection,
    live.deletionProtection,
    onOff,
  );
  if (options.tags) compareTags(declared.tags, live.tags, add);
  return differences;
}

type Add = (property: string, location: Location, severity: Severity, change: Change) => void;

/** One value each side; a difference reads `declared X, live Y`, at the declared value. */
function compareValues<T>(
  add: Add,
  severity: Severity,
  property: string,
  what: string,
  left: Prop<T> | undefined,
  right: Prop<T> | undefined,
  show: (value: T) => string,
): void {
  if (!left?.known || !right?.known) return;
  const [a, b] = [show(left.value), show(right.value)];
  if (a !== b) {
    const defaulted = left.defaulted === true;
    add(property, left.location, severity, { kind: 'value', what, declared: a, live: b, defaulted });
  }
}

function onOff(value: boolean): string {
  return value ? 'enabled' : 'disabled';
}

function showKeys(elements: readonly KeyElement[]): string {
  const partition = elements.find((e) => e.role === 'partition')?.attribute ?? '(none)';
  const sort = elements.find((e) => e.role === 'sort')?.attribute;
  return sort ? `${partition} + ${sort}` : partition;
}

/** Types of the attributes both sides define (live tables define key attributes only). */
function compareAttributeTypes(declared: TableModel, live: TableModel, add: Add): void {
  if (!declared.attributes.known || !live.attributes.known) return;
  const liveTypes = new Map(live.attributes.value.map((a) => [a.name, a.type]));
  for (const attribute of declared.attributes.value) {
    const liveType = liveTypes.get(attribute.name);
    if (liveType === undefined || liveType === attribute.type) continue;
    add(`attribute:${attribute.name}`, attribute.location, 'error', {
      kind: 'attributeType',
      attribute: attribute.name,
      declared: attribute.type,
      live: liveType,
    });
  }
}

function compareIndexes(kind: 'global' | 'local', declared: TableModel, live: TableModel, add: Add): void {
  const declaredIndexes = kind === 'global' ? declared.globalIndexes : declared.localIndexes;
  const liveIndexes = kind === 'global' ? live.globalIndexes : live.localIndexes;
  if (!declaredIndexes.known || !liveIndexes.known) return;
  const noun = `${kind} index`;
  const liveByName = new Map(liveIndexes.value.flatMap((i) => (i.name.known ? [[i.name.value, i]] : [])));
  const declaredNames = new Set<string>();
  let allNamed = true;
  for (const index of declaredIndexes.value) {
    if (!index.name.known) {
      allNamed = false;
      continue;
    }
    const name = index.name.value;
    declaredNames.add(name);
    const other = liveByName.get(name);
    if (!other) {
      add(`index:${name}`, index.location, 'error', { kind: 'declaredOnly', what: `${noun} ${name}` });
      continue;
    }
    compareIndex(noun, name, index, other, declared, live, add);
  }
  if (!allNamed) return;
  for (const name of liveByName.keys()) {
    if (declaredNames.has(name)) continue;
    add(`index:${name}`, declaredIndexes.location, 'error', { kind: 'liveOnly', what: `${noun} ${name}` });
  }
}

function compareIndex(
  noun: string,
  name: string,
  index: IndexModel,
  other: IndexModel,
  declared: TableModel,
  live: TableModel,
  add: Add,
): void {
  const prefix = `${noun} ${name}`;
  compareValues(
    add,
    'error',
    `index:${name}:keySchema`,
    `${prefix} key schema`,
    index.keySchema,
    other.keySchema,
    showKeys,
  );
  compareValues(
    add,
    'error',
    `index:${name}:projection`,
    `${prefix} projection`,
    index.projection,
    other.projection,
    showProjection,
  );
  if (index.kind === 'global' && !index.autoscaled && provisioned(declared, live)) {
    const values = throughputDifference(index.throughput, other.throughput);
    if (values && index.throughput)
      add(`index:${name}:throughput`, index.throughput.location, 'warning', {
        kind: 'value',
        what: `${noun} ${name} provisioned throughput`,
        ...values,
        defaulted: false,
      });
  }
}

function showProjection(projection: Projection): string {
  if (projection.type !== 'INCLUDE') return projection.type || 'ALL';
  return `INCLUDE (${[...projection.nonKeyAttributes].sort().join(', ')})`;
}

/** Both sides bill by provisioned capacity (on-demand tables report zero capacity). */
function provisioned(declared: TableModel, live: TableModel): boolean {
  return (
    declared.billingMode.known &&
    declared.billingMode.value === 'PROVISIONED' &&
    live.billingMode.known &&
    live.billingMode.value === 'PROVISIONED'
  );
}

function compareTableThroughput(declared: TableModel, live: TableModel, add: Add): void {
  if (declared.autoscaled || !provisioned(declared, live) || !declared.throughput) return;
  const values = throughputDifference(declared.throughput, live.throughput);
  if (values) {
    add('throughput', declared.throughput.location, 'warning', {
      kind: 'value',
      what: 'provisioned throughput',
      ...values,
      defaulted: false,
    });
  }
}

function throughputDifference(
  declared: Throughput | undefined,
  live: Throughput | undefined,
): { declared: string; live: string } | undefined {
  if (!declared?.read?.known || !declared.write?.known || !live?.read?.known || !live.write?.known)
    return undefined;
  const a = `${declared.read.value} read / ${declared.write.value} write`;
  const b = `${live.read.value} read / ${live.write.value} write`;
  return a === b ? undefined : { declared: a, live: b };
}

/** Tags AWS adds itself (`aws:cloudformation:stack-name`, …) are not drift. */
function compareTags(
  declared: Prop<readonly Tag[]> | undefined,
  live: Prop<readonly Tag[]> | undefined,
  add: Add,
): void {
  if (!declared?.known || !live?.known) return;
  const liveTags = new Map(live.value.flatMap((t) => (t.value.known ? [[t.key, t.value.value]] : [])));
  const declaredKeys = new Set<string>();
  const changes: string[] = [];
  for (const tag of declared.value) {
    declaredKeys.add(tag.key);
    if (!tag.value.known) continue;
    const liveValue = liveTags.get(tag.key);
    if (liveValue === undefined) changes.push(`${tag.key}=${tag.value.value} declared, not live`);
    else if (liveValue !== tag.value.value)
      changes.push(`${tag.key}: declared ${tag.value.value}, live ${liveValue}`);
  }
  for (const [key, value] of liveTags) {
    if (!declaredKeys.has(key) && !key.startsWith('aws:')) changes.push(`${key}=${value} live, not declared`);
  }
  if (changes.length > 0) add('tags', declared.location, 'warning', { kind: 'tags', changes });
}
