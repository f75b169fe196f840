/**
 * A CDK table construct as written in a JavaScript or TypeScript app: the `new Table(...)` /
 * `new TableV2(...)` call a stack trace points at, read with the tree-sitter grammars the code scan
 * ships. Where each property is written (`partitionKey`, `billingMode`, …), each index (an element of
 * `globalSecondaryIndexes`, or an `addGlobalSecondaryIndex({...})` call on the same construct) and each
 * replica, so findings land on the line a reviewer edits.
 */
import type { Node } from 'web-tree-sitter';
import type { Location } from '../model.ts';
import { createParser, locationOf, parseWithin, type GrammarName } from '../parsers/tree-sitter.ts';

/** An object literal of construct properties: where it is, and where each property is written. */
export interface PropsSource {
  readonly location: Location;
  readonly props: ReadonlyMap<string, Location>;
}

export interface ConstructSource extends PropsSource {
  /** Secondary indexes by name (global and local). */
  readonly indexes: ReadonlyMap<string, PropsSource>;
  /** Replicas by region (`replicas: [{ region }]`, `replicationRegions: ['…']`). */
  readonly replicas: ReadonlyMap<string, PropsSource>;
}

const GRAMMARS: Readonly<Record<string, GrammarName>> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
};

export function constructGrammar(file: string): GrammarName | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : GRAMMARS[file.slice(dot).toLowerCase()];
}

const INDEX_ADDERS = new Set(['addGlobalSecondaryIndex', 'addLocalSecondaryIndex']);
const INDEX_LISTS = ['globalSecondaryIndexes', 'localSecondaryIndexes'];

/**
 * The construct call at 1-based `line`/`column` of `text` (where a stack trace's frame points: the `new`),
 * or the first `new` expression on that line when a source map moved the column; undefined when there is none.
 */
export async function readConstruct(
  text: string,
  file: string,
  grammar: GrammarName,
  line: number,
  column: number,
): Promise<ConstructSource | undefined> {
  const parser = await createParser(grammar);
  try {
    const tree = parseWithin(parser, text);
    if (!tree) return undefined;
    try {
      const call = constructAt(tree.rootNode, line - 1, column - 1);
      return call ? describeConstruct(call, file) : undefined;
    } finally {
      tree.delete();
    }
  } finally {
    parser.delete();
  }
}

function constructAt(root: Node, row: number, column: number): Node | undefined {
  for (let node: Node | null = root.descendantForPosition({ row, column }); node; node = node.parent) {
    if (node.type === 'new_expression') return node;
  }
  return (
    root.descendantsOfType('new_expression').find((node) => node?.startPosition.row === row) ?? undefined
  );
}

function describeConstruct(call: Node, file: string): ConstructSource {
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  const idArgument = args[1] ?? args[0];
  const head = locationOf(call, file);
  const location = idArgument
    ? { ...head, endLine: idArgument.endPosition.row + 1, endColumn: idArgument.endPosition.column }
    : head;
  const propsNode = args[2] ? objectLiteral(args[2]) : undefined;
  const props = propsNode ? properties(propsNode, file) : new Map<string, Location>();
  const indexes = new Map<string, PropsSource>();
  const replicas = new Map<string, PropsSource>();
  for (const listName of INDEX_LISTS) {
    for (const element of arrayElements(propsNode, listName)) addIndex(indexes, element, file);
  }
  for (const added of indexAdderCalls(call)) addIndex(indexes, added, file);
  for (const element of arrayElements(propsNode, 'replicas')) {
    const object = objectLiteral(element);
    const region = object && stringValue(propertyValue(object, 'region'));
    if (object && region !== undefined) {
      replicas.set(region, { location: locationOf(element, file), props: properties(object, file) });
    }
  }
  for (const element of arrayElements(propsNode, 'replicationRegions')) {
    const region = stringValue(element);
    if (region !== undefined) replicas.set(region, { location: locationOf(element, file), props: new Map() });
  }
  return { location, props, indexes, replicas };
}

function addIndex(indexes: Map<string, PropsSource>, node: Node, file: string): void {
  const object = objectLiteral(node);
  if (!object) return;
  const name = stringValue(propertyValue(object, 'indexName'));
  if (name !== undefined && !indexes.has(name)) {
    indexes.set(name, { location: locationOf(node, file), props: properties(object, file) });
  }
}

/** How many `const`s and spreads are followed from one object to the next: enough for `{ ...defaults }`. */
const MAX_INDIRECTION = 4;

/**
 * The object literal an argument is: written in place, or a `const` of the enclosing blocks that holds one
 * (`new Table(this, 'Orders', ordersProps)`); `as`/`satisfies` wrappers are looked through.
 */
function objectLiteral(node: Node, depth = 0): Node | undefined {
  if (node.type === 'object') return node;
  if (
    (node.type === 'as_expression' ||
      node.type === 'satisfies_expression' ||
      node.type === 'parenthesized_expression') &&
    node.namedChildren[0]
  ) {
    return objectLiteral(node.namedChildren[0], depth);
  }
  if (node.type !== 'identifier' || depth >= MAX_INDIRECTION) return undefined;
  for (let scope: Node | null = node.parent; scope; scope = scope.parent) {
    if (scope.type !== 'statement_block' && scope.type !== 'program') continue;
    for (const declarator of scope.descendantsOfType('variable_declarator')) {
      if (declarator.childForFieldName('name')?.text !== node.text) continue;
      const value = declarator.childForFieldName('value');
      const found = value ? objectLiteral(value, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** An object's own properties, after those of the objects it spreads (`{ ...defaults, billingMode }`). */
function members(object: Node, depth = 0): Node[] {
  return object.namedChildren.flatMap((child) => {
    if (child.type !== 'spread_element') return [child];
    const spread = child.namedChildren[0];
    const source = spread && depth < MAX_INDIRECTION ? objectLiteral(spread) : undefined;
    return source ? members(source, depth + 1) : [];
  });
}

/** Each property of an object literal, from its key to the end of its value (the last one written wins). */
function properties(object: Node, file: string): Map<string, Location> {
  const found = new Map<string, Location>();
  for (const child of members(object)) {
    if (child.type === 'pair') {
      const key = keyName(child.childForFieldName('key'));
      if (key !== undefined) found.set(key, locationOf(child, file));
    } else if (child.type === 'shorthand_property_identifier') {
      found.set(child.text, locationOf(child, file));
    }
  }
  return found;
}

function keyName(key: Node | null): string | undefined {
  if (!key) return undefined;
  if (key.type === 'property_identifier') return key.text;
  return stringValue(key);
}

function propertyValue(object: Node, name: string): Node | undefined {
  if (object.type !== 'object') return undefined;
  const pair = members(object).findLast(
    (child) => child.type === 'pair' && keyName(child.childForFieldName('key')) === name,
  );
  return pair?.childForFieldName('value') ?? undefined;
}

function arrayElements(object: Node | undefined, name: string): Node[] {
  const value = object ? propertyValue(object, name) : undefined;
  if (value?.type !== 'array') return [];
  return value.namedChildren.filter((node): node is Node => node !== null);
}

/** A string literal's text (quotes off; a template literal only without substitutions). */
function stringValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.text.slice(1, -1);
  if (
    node.type === 'template_string' &&
    !node.namedChildren.some((c) => c?.type === 'template_substitution')
  ) {
    return node.text.slice(1, -1);
  }
  return undefined;
}

/**
 * `x.addGlobalSecondaryIndex({...})` calls whose receiver is what the construct was assigned to (`const x =
 * new Table(...)`, `this.x = new Table(...)`): in the block that assigns a variable, in the whole class for
 * a field.
 */
function indexAdderCalls(call: Node): Node[] {
  let holder: Node | null = call.parent;
  while (holder && (holder.type === 'as_expression' || holder.type === 'parenthesized_expression')) {
    holder = holder.parent;
  }
  const receiver =
    holder?.type === 'variable_declarator'
      ? holder.childForFieldName('name')?.text
      : holder?.type === 'assignment_expression'
        ? holder.childForFieldName('left')?.text
        : undefined;
  if (!receiver) return [];
  const scopes = receiver.startsWith('this.')
    ? ['class_body', 'program']
    : ['statement_block', 'program', 'class_body'];
  let scope: Node | null = holder;
  while (scope && !scopes.includes(scope.type)) scope = scope.parent;
  if (!scope) return [];
  const calls: Node[] = [];
  for (const candidate of scope.descendantsOfType('call_expression')) {
    const callee = candidate?.childForFieldName('function');
    if (callee?.type !== 'member_expression') continue;
    const method = callee.childForFieldName('property')?.text;
    if (!method || !INDEX_ADDERS.has(method) || callee.childForFieldName('object')?.text !== receiver)
      continue;
    const argument = candidate?.childForFieldName('arguments')?.namedChildren[0];
    if (argument) calls.push(argument);
  }
  return calls;
}
