/**
 * The access facts of one low-level request (boto3 keyword arguments, Go's `QueryInput{…}`, Java's
 * `QueryRequest.builder()…`, .NET's `new QueryRequest { … }`), read the same way in every language: each
 * detector says how it finds a request field and reads a literal, this module says which fields mean what.
 * A field that is absent stays absent; one that is present but computed at run time is unknown.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { DataOperation } from '../model.ts';
import {
  conditionAttributes,
  LEGACY_OPERATORS,
  parseKeyCondition,
  updatedAttributes,
  type KeyTerm,
} from './expressions.ts';
import {
  MAX_HOPS,
  scanDetection,
  tableReference,
  type ScanFacts,
  type DetectedAccess,
  type DetectedValue,
  type Detection,
  type ValueReader,
} from './syntax.ts';

/** A key condition term with the node that names its attribute (a builder's `Key("pk")`). */
export type LocatedKeyTerm = KeyTerm & { readonly node?: Node };

export interface MapEntry {
  readonly key: Node;
  readonly value: Node;
}

/** How one language reads a request's fields and literals. */
export interface RequestFields {
  /** A field's value by its API name (`IndexName`), wherever the language writes it; undefined when absent. */
  field(name: string): Node | undefined;
  /** A string the source fixes: a literal or a same-file constant. */
  string(node: Node): string | undefined;
  /** A literal map's entries, key and value nodes (`ExpressionAttributeNames`, `Item`); undefined unless literal. */
  entries(node: Node): readonly MapEntry[] | undefined;
  /** A boolean literal (`True`, `aws.Bool(true)`). */
  boolean(node: Node): boolean | undefined;
  /** A key condition the SDK's builder writes (boto3 `Key('pk').eq(v)`, Go `expression.Key`). */
  keyBuilder?(node: Node): readonly LocatedKeyTerm[] | undefined;
  /** The attributes a filter built with the SDK's builder reads (boto3 `Attr('s').eq(v)`). */
  filterBuilder?(node: Node): readonly string[] | undefined;
  /** The attributes an update built with the SDK's builder writes (Go `expression.Set(Name("s"), …)`). */
  updateBuilder?(node: Node): readonly string[] | undefined;
}

/** The request API names of the operations that take a key condition, a filter, or write attributes. */
const READS = new Set<DataOperation>(['Query', 'Scan', 'ParallelScan']);

/**
 * What a low-level request states about the access pattern. `opaque`: where the request carries fields
 * this file cannot see (built by a caller, unpacked from a computed map); then a read's index, key
 * condition and filter are unknown rather than absent.
 */
export function requestAccess(
  operation: DataOperation,
  request: RequestFields,
  opaque?: Node,
): DetectedAccess {
  const names = namesMap(request);
  const hidden = (node: Node): DetectedValue<never> => ({ node, reason: 'the request is built elsewhere' });
  const unseen = opaque && hidden(opaque);
  const index = READS.has(operation) ? (stringFact(request, 'IndexName') ?? unseen) : undefined;
  const keyCondition = operation === 'Query' ? (keyConditionFact(request, names) ?? unseen) : undefined;
  const filter = READS.has(operation) ? (filterFact(request, names) ?? unseen) : undefined;
  const selectNode = READS.has(operation) ? request.field('Select') : undefined;
  const select = selectNode ? request.string(selectNode) : undefined;
  const consistentRead = booleanFact(request, 'ConsistentRead');
  const written = writtenAttributes(operation, request, names);
  return {
    ...(index && { index }),
    ...(keyCondition && { keyCondition }),
    ...(filter && { filter }),
    ...(select !== undefined && { select }),
    ...(consistentRead && { consistentRead }),
    ...(written && { writtenAttributes: written }),
  };
}

/** `ExpressionAttributeNames` when literal; empty when absent or computed (then any `#name` stays unresolved). */
function namesMap(request: RequestFields): Map<string, string> {
  const node = request.field('ExpressionAttributeNames');
  return attributeNames(node && request.entries(node), (value) => request.string(value));
}

/** `#placeholder` → attribute name, for the entries whose key and value are both literal. */
export function attributeNames(
  entries: readonly MapEntry[] | undefined,
  string: (node: Node) => string | undefined,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const { key, value } of entries ?? []) {
    const placeholder = string(key);
    const name = string(value);
    if (placeholder !== undefined && name !== undefined) names.set(placeholder, name);
  }
  return names;
}

/** A value read at `node`: known when the reader found it, else computed at run time. */
export function detected<T>(node: Node, value: T | undefined): DetectedValue<T> {
  return value !== undefined ? { node, value } : { node, reason: 'computed at run time' };
}

function stringFact(request: RequestFields, field: string): DetectedValue<string> | undefined {
  const node = request.field(field);
  return node && detected(node, request.string(node));
}

function booleanFact(request: RequestFields, field: string): DetectedValue<boolean> | undefined {
  const node = request.field(field);
  return node && detected(node, request.boolean(node));
}

/** What `read` makes of a literal (a boolean, a map), written in place or bound to a same-file name. */
export function throughNames<T>(
  node: Node,
  values: ValueReader,
  read: (node: Node) => T | undefined,
  hops = 0,
): T | undefined {
  const value = read(values.unwrap?.(node) ?? node);
  if (value !== undefined || hops >= MAX_HOPS) return value;
  const bound = values.bound(node);
  return bound ? throughNames(bound, values, read, hops + 1) : undefined;
}

/**
 * Whether a low-level Query pages, read as a Scan's is: a paginator says so, otherwise the function's
 * page markers (`LastEvaluatedKey`/`ExclusiveStartKey`); unknown when paging is its caller's business.
 */
export function queryPaging(
  node: Node,
  facts: ScanFacts,
  values: ValueReader,
  functions: ReadonlySet<string>,
): { paginated?: boolean } {
  const { paginated } = scanDetection(node, '', { ...facts, operation: 'Query' }, values, functions);
  return paginated === undefined ? {} : { paginated };
}

/** A Scan (see `scanDetection`) with the access facts its request states. */
export function scanWithAccess(
  node: Node,
  library: string,
  facts: ScanFacts,
  values: ValueReader,
  functions: ReadonlySet<string>,
  request: RequestFields,
  opaque?: Node,
): Detection {
  return {
    ...scanDetection(node, library, facts, values, functions),
    ...requestAccess('Scan', request, opaque),
  };
}

/** A request held only as a name the file gives no value (a parameter): it may set any field. */
export function opaqueName(request: Node | undefined, values: ValueReader): Node | undefined {
  return request?.type === 'identifier' && !values.bound(request) ? request : undefined;
}

/** `KeyConditionExpression` (a string or a builder), or the legacy `KeyConditions` map. */
function keyConditionFact(
  request: RequestFields,
  names: ReadonlyMap<string, string>,
): DetectedValue<readonly LocatedKeyTerm[]> | undefined {
  const node = request.field('KeyConditionExpression');
  if (node) {
    const text = request.string(node);
    if (text !== undefined) {
      const terms = parseKeyCondition(text, names);
      return terms
        ? { node, value: terms }
        : { node, reason: 'a key condition with a placeholder or form that is not literal' };
    }
    const built = request.keyBuilder?.(node);
    return built ? { node, value: built } : { node, reason: 'computed at run time' };
  }
  const legacy = request.field('KeyConditions');
  if (!legacy) return undefined;
  const terms = legacyTerms(request, legacy);
  return terms ? { node: legacy, value: terms } : { node: legacy, reason: 'computed at run time' };
}

/** `KeyConditions={'pk': {'ComparisonOperator': 'EQ', …}}`: each attribute with its literal operator. */
function legacyTerms(request: RequestFields, node: Node): LocatedKeyTerm[] | undefined {
  const entries = request.entries(node);
  if (!entries) return undefined;
  const terms: LocatedKeyTerm[] = [];
  for (const { key, value } of entries) {
    const attribute = request.string(key);
    const comparison = request
      .entries(value)
      // A map key (`'ComparisonOperator'`) or a struct field (Go's `ComparisonOperator:`).
      ?.find((entry) => (request.string(entry.key) ?? entry.key.text) === 'ComparisonOperator')?.value;
    const operator = comparison ? LEGACY_OPERATORS[request.string(comparison) ?? ''] : undefined;
    if (attribute === undefined || !operator) return undefined;
    terms.push({ attribute, operator, node: key });
  }
  return terms;
}

/** `FilterExpression` (a string or a builder), or the legacy `ScanFilter`/`QueryFilter` maps. */
function filterFact(
  request: RequestFields,
  names: ReadonlyMap<string, string>,
): DetectedValue<readonly string[]> | undefined {
  const node = request.field('FilterExpression');
  if (node) {
    const text = request.string(node);
    const attributes = text !== undefined ? conditionAttributes(text, names) : request.filterBuilder?.(node);
    return attributes ? { node, value: attributes } : { node, reason: 'computed at run time' };
  }
  const legacy = request.field('ScanFilter') ?? request.field('QueryFilter');
  if (!legacy) return undefined;
  const keys = literalKeys(request, legacy);
  return keys ? { node: legacy, value: keys } : { node: legacy, reason: 'computed at run time' };
}

/** PutItem: the `Item`'s attribute names; UpdateItem: the update expression's targets. Only when all literal. */
function writtenAttributes(
  operation: DataOperation,
  request: RequestFields,
  names: ReadonlyMap<string, string>,
): string[] | undefined {
  if (operation === 'PutItem') {
    const item = request.field('Item');
    return item ? literalKeys(request, item) : undefined;
  }
  if (operation !== 'UpdateItem') return undefined;
  const update = request.field('UpdateExpression');
  const text = update ? request.string(update) : undefined;
  if (text !== undefined) return updatedAttributes(text, names);
  const built = update && request.updateBuilder?.(update);
  if (built) return [...built];
  const legacy = update ? undefined : request.field('AttributeUpdates');
  return legacy ? literalKeys(request, legacy) : undefined;
}

/** A literal map's keys, when every one is a literal. */
function literalKeys(request: RequestFields, node: Node): string[] | undefined {
  const keys = request.entries(node)?.map(({ key }) => request.string(key));
  return keys?.every((key) => key !== undefined) ? keys : undefined;
}

/**
 * A request's detections with their tables: a batch is one per table its `RequestItems` map is keyed by
 * (unknown when the map is built at run time); any other request names `table`.
 */
export function withTables(
  found: Detection,
  request: RequestFields,
  values: ValueReader,
  table: Node | undefined,
): Detection[] {
  if (found.operation !== 'BatchGetItem' && found.operation !== 'BatchWriteItem')
    return [{ ...found, ...(table ? { table: tableReference(values, table) } : {}) }];
  const items = request.field('RequestItems');
  if (!items) return [found];
  const keys = request.entries(items)?.map(({ key }) => key);
  if (!keys)
    return [
      { ...found, table: { kind: 'unknown', reason: 'RequestItems is built at run time', node: items } },
    ];
  return keys.map((key) => ({ ...found, table: tableReference(values, key) }));
}

/** What each batch leaves unprocessed, as the response names it (`UnprocessedItems`, `unprocessed_keys`). */
const UNPROCESSED: Readonly<Partial<Record<DataOperation, RegExp>>> = {
  // The enhanced Java client's results: unprocessedPutItemsForTable, unprocessedDeleteItemsForTable.
  BatchWriteItem: /unprocessed_?((put|delete)_?)?items/i,
  BatchGetItem: /unprocessed_?keys/i,
};

const unprocessedAnswers = new WeakMap<Tree, Map<RegExp, boolean>>();

/**
 * Whether the file reads what a batch left unprocessed anywhere outside comments (a retry loop, a helper
 * it hands the response to): a batch in a file that never does drops what DynamoDB throttled.
 */
function readsUnprocessed(node: Node, word: RegExp): boolean {
  const tree = node.tree;
  let answers = unprocessedAnswers.get(tree);
  if (!answers) {
    answers = new Map();
    unprocessedAnswers.set(tree, answers);
  }
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = word.test(tree.rootNode.text) && mentionsOutsideComments(tree.rootNode, word);
    answers.set(word, answer);
  }
  return answer;
}

function mentionsOutsideComments(root: Node, word: RegExp): boolean {
  const cursor = root.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      const comment = node.type.includes('comment');
      if (!comment && node.childCount === 0 && word.test(node.text)) return true;
      if (comment || !cursor.gotoFirstChild()) {
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return false;
        }
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * Batch operations: whether the code reads what DynamoDB left unprocessed; absent for other operations.
 * `paged`: the SDK's BatchGetItem paginator (Go v1 `BatchGetItemPages`, Java `batchGetItemPaginator`,
 * .NET `Paginators.BatchGetItem`) requests the UnprocessedKeys again as its next page.
 */
export function batchHandling(
  operation: DataOperation,
  node: Node,
  paged = false,
): { unprocessedHandled?: boolean } {
  const word = UNPROCESSED[operation];
  if (!word) return {};
  return { unprocessedHandled: (paged && operation === 'BatchGetItem') || readsUnprocessed(node, word) };
}
