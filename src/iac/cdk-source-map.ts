/**
 * Findings on a CDK table belong on the app's source, not on the synthesized template no pull request
 * shows. With `CDK_DEBUG=true` the assembly's metadata keeps, per logical id, the stack trace of the
 * construct call; its first frame outside `node_modules` is the user's `new Table(...)`. Every location of
 * the table's model that falls inside its template resource moves to the construct's source: a property's
 * own line when the app writes it (`partitionKey`, an index's object, a replica), otherwise the call. The
 * template location stays on it as `generated`, which findings report as a related location.
 *
 * Apps in other languages run through the jsii runtime, so their traces end in JavaScript the user never
 * wrote: their table maps to the line that names the construct id (`Table(self, "Orders"`), when exactly
 * one source line does. Nothing found: the template location stays.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadProblem, LoadResult, Location, TableModel } from '../model.ts';
import { decode } from '../shared/files.ts';
import { displayPath } from '../shared/paths.ts';
import { constructGrammar, readConstruct, type ConstructSource, type PropsSource } from './cdk-construct.ts';
import { readPythonConstruct } from './cdk-construct-python.ts';
import type { FormatIo } from './format.ts';
import { entry, type MapEntry, type SourceNode } from './source-tree.ts';

/** A construct call's position in the app: an absolute file and 1-based line and column. */
interface Frame {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** CDK records about 10–20 frames; a manifest with more is not one to spend file reads on. */
const MAX_FRAMES = 64;
const MAX_FRAME_LENGTH = 4096;

/** `file:line:column`, anchored at both ends so a long frame costs linear time. */
const POSITION = /^(.+):(\d+):(\d+)$/;

/** A frame's position: in the last parentheses (`new Table (/app/lib/x.js:3:5)`) or the whole frame. */
function framePosition(frame: string): RegExpExecArray | null {
  const text = frame.trim();
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  return POSITION.exec(open >= 0 ? text.slice(open + 1, -1) : text);
}

/**
 * The first frame of `trace` in the app's own files: not in `node_modules`, not Node's internals. A trace
 * recorded on another machine (a committed `cdk.out`) has that machine's absolute paths: the longest tail
 * of the path that exists under the app's folder is the file.
 */
export async function userFrame(
  trace: readonly string[],
  appFolder: string,
  exists: (file: string) => Promise<boolean>,
): Promise<Frame | undefined> {
  for (const text of trace.slice(0, MAX_FRAMES)) {
    const match = framePosition(text.slice(0, MAX_FRAME_LENGTH));
    if (!match?.[1] || !match[2] || !match[3]) continue;
    const written = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
    if (written.startsWith('node:') || /[\\/]node_modules[\\/]/.test(written) || !path.isAbsolute(written)) {
      continue;
    }
    const file = await localFile(written, appFolder, exists);
    if (file) return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

async function localFile(
  written: string,
  appFolder: string,
  exists: (file: string) => Promise<boolean>,
): Promise<string | undefined> {
  const inApp = path.relative(appFolder, written);
  if (!inApp.startsWith('..') && !path.isAbsolute(inApp))
    return (await exists(written)) ? written : undefined;
  const parts = written.split(/[\\/]/).filter(Boolean);
  for (let start = 1; start < parts.length; start += 1) {
    const candidate = path.join(appFolder, ...parts.slice(start));
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

/** The stack's tables with their locations on the app's source, where the traces or the ids find it. */
export interface StackSources {
  /** Logical id → the construct call's stack trace (`aws:cdk:logicalId` metadata). */
  readonly traces: ReadonlyMap<string, readonly string[]>;
  /** The CDK app's folder (where `cdk.json` is): trace paths are looked up under it. */
  readonly appFolder: string;
}

export async function mapToSource(
  result: LoadResult,
  template: SourceNode,
  templateDisplay: string,
  stack: StackSources,
  io: FormatIo,
): Promise<LoadResult> {
  const sources = new SourceCache(io, stack.appFolder);
  const resources = entry(template, 'Resources')?.value;
  const tables: TableModel[] = [];
  for (const table of result.tables) {
    const resource = entry(resources, table.id);
    const construct = resource ? await sources.construct(table, stack.traces.get(table.id)) : undefined;
    tables.push(resource && construct ? relocateTable(table, templateDisplay, resource, construct) : table);
  }
  return { ...result, tables };
}

/** Source files read once per stack; parse failures and unreadable files leave the template location. */
class SourceCache {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private sourceFiles: Promise<string[]> | undefined;

  constructor(
    private readonly io: FormatIo,
    private readonly appFolder: string,
  ) {}

  private text(file: string): Promise<string | undefined> {
    let text = this.texts.get(file);
    if (!text) {
      const scratch: LoadProblem[] = [];
      text = this.io
        .read({ path: file, display: displayPath(this.io.cwd, file) }, scratch)
        .then((bytes) => (bytes ? decode(bytes) : undefined));
      this.texts.set(file, text);
    }
    return text;
  }

  async construct(
    table: TableModel,
    trace: readonly string[] | undefined,
  ): Promise<ConstructSource | undefined> {
    const frame = trace
      ? await userFrame(trace, this.appFolder, async (file) => (await this.text(file)) !== undefined)
      : undefined;
    const display = (file: string): string => displayPath(this.io.cwd, file);
    if (frame) {
      const grammar = constructGrammar(frame.file);
      const text = await this.text(frame.file);
      if (grammar && text !== undefined) {
        const construct = await readConstruct(text, display(frame.file), grammar, frame.line, frame.column);
        if (construct) return construct;
      }
    }
    return this.byConstructId(table);
  }

  /** The one line of the app's source that creates a table with the construct's id, for non-JS apps. */
  private async byConstructId(table: TableModel): Promise<ConstructSource | undefined> {
    const id = constructId(table);
    if (!id) return undefined;
    const pattern = new RegExp(
      `Table\\w*\\s*\\(\\s*[\\w.]+\\s*,\\s*(?:[\\w.]+\\()?\\s*["']${escapeRegExp(id)}["']`,
    );
    const hits: { location: Location; text: string }[] = [];
    this.sourceFiles ??= appSources(this.appFolder);
    for (const file of await this.sourceFiles) {
      const text = await this.text(file);
      if (text === undefined) continue;
      text.split('\n').forEach((line, index) => {
        const match = pattern.exec(line);
        if (match) {
          const location = {
            file: displayPath(this.io.cwd, file),
            line: index + 1,
            column: match.index + 1,
            endLine: index + 1,
            endColumn: match.index + match[0].length,
          };
          hits.push({ location, text });
        }
      });
    }
    const [only] = hits;
    if (!only || hits.length > 1) return undefined;
    // Python, the most common of these languages, is read for the properties too.
    const python = only.location.file.endsWith('.py')
      ? await readPythonConstruct(only.text, only.location.file, only.location.line, id)
      : undefined;
    return python ?? { location: only.location, props: new Map(), indexes: new Map(), replicas: new Map() };
  }
}

/** `Shop/Orders/Resource` → `Orders`: the id the app passes to the construct. */
function constructId(table: TableModel): string | undefined {
  const parts = table.source.constructPath?.split('/') ?? [];
  const last = parts.at(-1);
  return last === 'Resource' || last === 'Default' ? parts.at(-2) : last;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SOURCE_EXTENSIONS = /\.(py|java|cs|go|fs|vb)$/;
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'cdk.out',
  '.git',
  '.venv',
  'venv',
  'bin',
  'obj',
  'target',
  '__pycache__',
]);
const MAX_SOURCE_FILES = 500;

/** Source files of a non-JavaScript app, bounded: the construct id search reads them. */
async function appSources(folder: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length && found.length < MAX_SOURCE_FILES) {
    const dir = pending.shift() as string;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const item of entries) {
      if (item.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(item.name) && !item.name.startsWith('.'))
          pending.push(path.join(dir, item.name));
      } else if (SOURCE_EXTENSIONS.test(item.name)) found.push(path.join(dir, item.name));
    }
  }
  return found.slice(0, MAX_SOURCE_FILES);
}

/** A template span and the JSON pointer (under the resource) of the value written there. */
interface Span {
  readonly pointer: readonly string[];
  readonly location: Location;
}

function spansOf(node: SourceNode, pointer: readonly string[], spans: Span[]): void {
  if (node.kind === 'map') {
    for (const item of node.entries) {
      const at = [...pointer, item.key];
      spans.push({ pointer: at, location: item.location });
      spansOf(item.value, at, spans);
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item, index) => {
      const at = [...pointer, String(index)];
      spans.push({ pointer: at, location: item.location });
      spansOf(item, at, spans);
    });
  }
}

function contains(outer: Location, inner: Location): boolean {
  const afterStart = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const beforeEnd =
    inner.line < outer.endLine || (inner.line === outer.endLine && inner.column <= outer.endColumn);
  return afterStart && beforeEnd;
}

function relocateTable(
  table: TableModel,
  templateDisplay: string,
  resource: MapEntry,
  construct: ConstructSource,
): TableModel {
  // From the logical id's key: the table's own location starts there.
  const spans: Span[] = [{ pointer: [], location: resource.location }];
  spansOf(resource.value, [], spans);
  const resolver = new PointerResolver(resource.value, construct);
  const moved = new Map<string, Location>();
  const relocate = (location: Location): Location => {
    if (location.file !== templateDisplay) return location;
    const key = `${location.line}:${location.column}:${location.endLine}:${location.endColumn}`;
    const cached = moved.get(key);
    if (cached) return cached;
    // Spans are in document order, parents first: the last one holding the location is the deepest.
    const span = spans.findLast((candidate) => contains(candidate.location, location));
    const target = span ? { ...resolver.resolve(span.pointer), generated: location } : location;
    moved.set(key, target);
    return target;
  };
  const { declaration, ...rest } = table;
  const relocated = relocateLocations(rest, relocate) as Omit<TableModel, 'declaration'>;
  return {
    ...relocated,
    ...(declaration
      ? {
          declaration: {
            ...declaration,
            locate: (pointer: string) => {
              const location = declaration.locate(pointer);
              return location && relocate(location);
            },
          },
        }
      : {}),
  };
}

function isLocation(value: object): value is Location {
  return (
    'file' in value &&
    typeof value.file === 'string' &&
    'line' in value &&
    typeof value.line === 'number' &&
    'endLine' in value
  );
}

/** A copy of a model's plain data with every location passed through `relocate`. */
function relocateLocations(value: unknown, relocate: (location: Location) => Location): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => relocateLocations(item, relocate));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocation(value)) return relocate(value);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = relocateLocations(item, relocate);
  return copy;
}

/** CloudFormation table properties → the construct properties that set them, most specific first. */
const CONSTRUCT_PROPS: Readonly<Record<string, readonly string[]>> = {
  TableName: ['tableName'],
  BillingMode: ['billingMode', 'billing'],
  ProvisionedThroughput: ['billingMode', 'billing', 'readCapacity', 'writeCapacity'],
  WriteProvisionedThroughputSettings: ['billing'],
  WriteOnDemandThroughputSettings: ['billing'],
  ReadProvisionedThroughputSettings: ['readCapacity', 'billing'],
  ReadOnDemandThroughputSettings: ['maxReadRequestUnits', 'billing'],
  OnDemandThroughput: ['maxReadRequestUnits', 'maxWriteRequestUnits'],
  StreamSpecification: ['stream', 'dynamoStream'],
  TimeToLiveSpecification: ['timeToLiveAttribute'],
  PointInTimeRecoverySpecification: ['pointInTimeRecoverySpecification', 'pointInTimeRecovery'],
  SSESpecification: ['encryption', 'encryptionKey'],
  TableClass: ['tableClass'],
  DeletionProtectionEnabled: ['deletionProtection'],
  ContributorInsightsSpecification: [
    'contributorInsightsSpecification',
    'contributorInsightsEnabled',
    'contributorInsights',
  ],
  KinesisStreamSpecification: ['kinesisStream'],
  ImportSourceSpecification: ['importSource'],
  ResourcePolicy: ['resourcePolicy'],
  WarmThroughput: ['warmThroughput'],
  DeletionPolicy: ['removalPolicy'],
  UpdateReplacePolicy: ['removalPolicy'],
};

const THROUGHPUT_PROPS: Readonly<Record<string, readonly string[]>> = {
  ReadCapacityUnits: ['readCapacity'],
  WriteCapacityUnits: ['writeCapacity'],
};

/** A pointer into the template resource → where the app writes that value. */
class PointerResolver {
  constructor(
    private readonly resource: SourceNode,
    private readonly construct: ConstructSource,
  ) {}

  resolve(pointer: readonly string[]): Location {
    const [first, property, ...rest] = pointer;
    if (first === 'DeletionPolicy' || first === 'UpdateReplacePolicy') {
      return this.prop(this.construct, CONSTRUCT_PROPS[first]);
    }
    if (first !== 'Properties' || property === undefined) return this.construct.location;
    const properties = entry(this.resource, 'Properties')?.value;
    const [index, inner, ...deeper] = rest;
    switch (property) {
      case 'KeySchema':
        return this.keyOf(this.construct, node(properties, property, index));
      case 'AttributeDefinitions':
        return this.attribute(scalar(node(properties, property, index), 'AttributeName'));
      case 'GlobalSecondaryIndexes':
      case 'LocalSecondaryIndexes':
        return this.index(node(properties, property, index), inner, deeper[0]);
      case 'Replicas':
        return this.replica(node(properties, property, index), inner, deeper);
      case 'ProvisionedThroughput':
        return this.prop(this.construct, [
          ...(index ? (THROUGHPUT_PROPS[index] ?? []) : []),
          ...(CONSTRUCT_PROPS[property] ?? []),
        ]);
      default:
        return this.prop(this.construct, CONSTRUCT_PROPS[property]);
    }
  }

  private prop(
    source: PropsSource,
    names: readonly string[] | undefined,
    fallback = source.location,
  ): Location {
    for (const name of names ?? []) {
      const found = source.props.get(name);
      if (found) return found;
    }
    return fallback;
  }

  /** A key's line (`partitionKey`, `sortKey`); the whole key schema is written as the partition key. */
  private keyOf(source: PropsSource, key: SourceNode | undefined): Location {
    if (!key) return this.prop(source, ['partitionKey', 'sortKey']);
    return this.prop(source, [scalar(key, 'KeyType') === 'RANGE' ? 'sortKey' : 'partitionKey']);
  }

  /** An attribute definition is written as the key that uses it: the table's or an index's. */
  private attribute(name: string | undefined): Location {
    const properties = entry(this.resource, 'Properties')?.value;
    const keyUsing = (owner: SourceNode | undefined): SourceNode | undefined => {
      const keys = entry(owner, 'KeySchema')?.value;
      return keys?.kind === 'seq' ? keys.items.find((k) => scalar(k, 'AttributeName') === name) : undefined;
    };
    const tableKey = keyUsing(properties);
    if (name === undefined || tableKey) return this.keyOf(this.construct, tableKey);
    for (const list of ['GlobalSecondaryIndexes', 'LocalSecondaryIndexes']) {
      const indexes = entry(properties, list)?.value;
      for (const index of indexes?.kind === 'seq' ? indexes.items : []) {
        const key = keyUsing(index);
        const source = this.construct.indexes.get(scalar(index, 'IndexName') ?? '');
        if (key && source) return this.keyOf(source, key);
      }
    }
    return this.construct.location;
  }

  private index(
    index: SourceNode | undefined,
    inner: string | undefined,
    position: string | undefined,
  ): Location {
    const source = this.construct.indexes.get(scalar(index, 'IndexName') ?? '');
    if (!source) return this.prop(this.construct, ['globalSecondaryIndexes', 'localSecondaryIndexes']);
    switch (inner) {
      case 'KeySchema':
        return this.keyOf(source, node(index, inner, position));
      case 'Projection':
        return this.prop(source, ['projectionType', 'nonKeyAttributes']);
      case 'ProvisionedThroughput':
        return this.prop(source, [
          ...(position ? (THROUGHPUT_PROPS[position] ?? []) : []),
          'readCapacity',
          'writeCapacity',
        ]);
      case undefined:
        return source.location;
      default:
        return this.prop(source, CONSTRUCT_PROPS[inner]);
    }
  }

  /** A replica the app lists; the primary region's (which `TableV2` adds itself) is the construct's own. */
  private replica(
    replica: SourceNode | undefined,
    inner: string | undefined,
    deeper: readonly string[],
  ): Location {
    const source = this.construct.replicas.get(scalar(replica, 'Region') ?? '');
    if (inner === undefined)
      return source?.location ?? this.prop(this.construct, ['replicas', 'replicationRegions']);
    if (inner === 'GlobalSecondaryIndexes') {
      const index = node(replica, inner, deeper[0]);
      const indexSource = this.construct.indexes.get(scalar(index, 'IndexName') ?? '');
      return indexSource?.location ?? source?.location ?? this.construct.location;
    }
    const names = CONSTRUCT_PROPS[inner];
    return source
      ? this.prop(source, names, this.prop(this.construct, names, source.location))
      : this.prop(this.construct, names);
  }
}

/** The child of a map at `key`, then (when given) the item at `index`. */
function node(parent: SourceNode | undefined, key: string, index?: string): SourceNode | undefined {
  const value = entry(parent, key)?.value;
  if (index === undefined) return value;
  return value?.kind === 'seq' ? value.items[Number(index)] : undefined;
}

function scalar(parent: SourceNode | undefined, key: string): string | undefined {
  const value = entry(parent, key)?.value;
  return value?.kind === 'scalar' && value.value !== null ? String(value.value) : undefined;
}
