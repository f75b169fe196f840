/**
 * What a JavaScript request object says about the access pattern: `IndexName`, the key condition with its
 * `ExpressionAttributeNames`, the filter, `Select`, `ConsistentRead`, the attributes a write sets. Values
 * are read when they are literals or same-file constants (through the file's `ValueReader`); anything
 * else is unknown with the expression it is computed from, never guessed.
 */
import type { Node } from 'web-tree-sitter';
import type { DataOperation } from '../model.ts';
import {
  conditionAttributes,
  parseKeyCondition,
  updatedAttributes,
  type AttributeNames,
  type KeyTerm,
  LEGACY_OPERATORS,
} from './expressions.ts';
import { constantString, type DetectedAccess, type DetectedValue, type ValueReader } from './syntax.ts';

/** How the file reads request objects: object literals through same-file bindings, and their properties. */
export interface RequestSource {
  readonly values: ValueReader;
  objectOf(node: Node | undefined): Node | undefined;
  property(object: Node, key: string): Node | undefined;
}

const READS = new Set<DataOperation>(['Query', 'Scan', 'ParallelScan']);

/** The access facts of one request object (`params`) for `operation`. */
export function requestAccess(
  source: RequestSource,
  params: Node | undefined,
  operation: DataOperation,
): DetectedAccess {
  if (!params) return {};
  const names = attributeNames(source, params);
  const facts: {
    -readonly [K in keyof DetectedAccess]: DetectedAccess[K];
  } = {};
  const read = (key: string): Node | undefined => source.property(params, key);
  if (READS.has(operation)) {
    const index = read('IndexName');
    if (index) facts.index = stringFact(source, index);
    const filter = read('FilterExpression');
    const legacyFilter = read('ScanFilter') ?? read('QueryFilter');
    if (filter) facts.filter = expressionFact(source, filter, names, conditionAttributes);
    else if (legacyFilter) facts.filter = keysFact(source, legacyFilter);
    const select = read('Select');
    const selected = select && constantString(source.values, select);
    if (selected !== undefined) facts.select = selected;
  }
  if (operation === 'Query') {
    const condition = read('KeyConditionExpression');
    const legacy = read('KeyConditions');
    if (condition) facts.keyCondition = expressionFact(source, condition, names, parseKeyCondition);
    else if (legacy) facts.keyCondition = legacyKeyCondition(source, legacy);
  }
  if (READS.has(operation) || operation === 'GetItem') {
    const consistent = read('ConsistentRead');
    if (consistent) facts.consistentRead = booleanFact(source, consistent);
  }
  if (operation === 'PutItem') {
    const item = read('Item');
    const written = item && literalKeys(source, item);
    if (written) facts.writtenAttributes = written;
  }
  if (operation === 'UpdateItem') {
    const update = read('UpdateExpression');
    const legacy = read('AttributeUpdates');
    const text = update && constantString(source.values, update);
    const written =
      text !== undefined && names
        ? updatedAttributes(text, names)
        : legacy
          ? literalKeys(source, legacy)
          : undefined;
    if (written) facts.writtenAttributes = written;
  }
  return facts;
}

/** A computed value's reason: the expression, shortened. */
export function computed(node: Node): string {
  const text = node.text.replace(/\s+/g, ' ');
  return `computed at run time (${text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

function stringFact(source: RequestSource, node: Node): DetectedValue<string> {
  const value = constantString(source.values, node);
  return value !== undefined ? { node, value } : { node, reason: computed(node) };
}

function booleanFact(source: RequestSource, node: Node): DetectedValue<boolean> {
  let at: Node | undefined = node;
  for (let hops = 0; at && hops < 4 && at.type !== 'true' && at.type !== 'false'; hops++)
    at = source.values.bound(at);
  return at?.type === 'true' || at?.type === 'false'
    ? { node, value: at.type === 'true' }
    : { node, reason: computed(node) };
}

/** `ExpressionAttributeNames` as a map when every entry is literal; an empty map when absent. */
function attributeNames(source: RequestSource, params: Node): AttributeNames | undefined {
  const node = source.property(params, 'ExpressionAttributeNames');
  if (!node) return new Map();
  const object = source.objectOf(node);
  if (!object) return undefined;
  const names = new Map<string, string>();
  for (const entry of object.namedChildren) {
    if (entry.type === 'comment') continue;
    if (entry.type !== 'pair') return undefined;
    const key = keyText(source, entry.childForFieldName('key'));
    const value = entry.childForFieldName('value');
    const name = value ? constantString(source.values, value) : undefined;
    if (key === undefined || name === undefined) return undefined;
    names.set(key, name);
  }
  return names;
}

/** An expression string read with its names map: `read`'s answer, or unknown with why. */
function expressionFact<T>(
  source: RequestSource,
  node: Node,
  names: AttributeNames | undefined,
  read: (expression: string, names: AttributeNames) => T | undefined,
): DetectedValue<T> {
  const text = constantString(source.values, node);
  if (text === undefined) return { node, reason: computed(node) };
  const value = names ? read(text, names) : undefined;
  return value !== undefined
    ? { node, value }
    : {
        node,
        reason: 'its ExpressionAttributeNames are not all literal, or the expression is not understood',
      };
}

/** `KeyConditions: { customerId: { ComparisonOperator: 'EQ', … } }`. */
function legacyKeyCondition(source: RequestSource, node: Node): DetectedValue<readonly KeyTerm[]> {
  const object = source.objectOf(node);
  const terms: KeyTerm[] = [];
  for (const entry of object?.namedChildren ?? []) {
    if (entry.type === 'comment') continue;
    const attribute = entry.type === 'pair' ? keyText(source, entry.childForFieldName('key')) : undefined;
    const condition = source.objectOf(entry.childForFieldName('value') ?? undefined);
    const operatorNode = condition && source.property(condition, 'ComparisonOperator');
    const operator = operatorNode && LEGACY_OPERATORS[constantString(source.values, operatorNode) ?? ''];
    if (attribute === undefined || !operator) return { node, reason: computed(node) };
    terms.push({ attribute, operator });
  }
  return object && terms.length ? { node, value: terms } : { node, reason: computed(node) };
}

/** `ScanFilter`/`QueryFilter`: the attribute names it keys on. */
function keysFact(source: RequestSource, node: Node): DetectedValue<readonly string[]> {
  const keys = literalKeys(source, node);
  return keys ? { node, value: keys } : { node, reason: computed(node) };
}

/**
 * The keys of an object literal (through `marshall({…})` and same-file bindings) when every key is
 * written out: a spread or a computed key makes the set unknown.
 */
export function literalKeys(source: RequestSource, node: Node): string[] | undefined {
  const object = source.objectOf(unmarshalled(node));
  if (!object) return undefined;
  const keys: string[] = [];
  for (const entry of object.namedChildren) {
    if (entry.type === 'comment') continue;
    const key =
      entry.type === 'pair'
        ? keyText(source, entry.childForFieldName('key'))
        : entry.type === 'shorthand_property_identifier'
          ? entry.text
          : undefined;
    if (key === undefined) return undefined;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** `marshall(item)` (util-dynamodb) writes the item's own keys. */
function unmarshalled(node: Node): Node {
  if (node.type !== 'call_expression') return node;
  const callee = node.childForFieldName('function')?.text;
  const argument = node.childForFieldName('arguments')?.namedChildren[0];
  return callee === 'marshall' && argument ? argument : node;
}

/** An object key as written: `name`, `'name'`, `[CONSTANT]` when the constant is a same-file string. */
export function keyText(source: RequestSource, key: Node | null): string | undefined {
  if (!key) return undefined;
  if (key.type === 'property_identifier') return key.text;
  if (key.type === 'string' || key.type === 'number') return source.values.literal(key) ?? key.text;
  if (key.type === 'computed_property_name') {
    const inner = key.namedChildren[0];
    return inner ? constantString(source.values, inner) : undefined;
  }
  return undefined;
}
