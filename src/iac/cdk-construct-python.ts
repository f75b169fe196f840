/**
 * A CDK table construct in a Python app (`dynamodb.Table(self, "Orders", partition_key=..., ...)`): the
 * same facts as for JavaScript — where each property, index and replica is written — read with the Python
 * grammar the code scan ships. Keyword arguments are snake_case; they are named here as the construct's
 * camelCase properties (`partition_key` → `partitionKey`), so one property table serves every language.
 */
import type { Node } from 'web-tree-sitter';
import type { Location } from '../model.ts';
import {
  MAX_PARSED_BRACKET_DEPTH,
  bracketsNestedBeyond,
  createParser,
  locationOf,
  parseWithin,
} from '../parsers/tree-sitter.ts';
import type { ConstructSource, PropsSource } from './cdk-construct.ts';

const INDEX_ADDERS = new Set(['add_global_secondary_index', 'add_local_secondary_index']);

/** The construct call on 1-based `line` whose second argument is the string `id`; undefined when none is. */
export async function readPythonConstruct(
  text: string,
  file: string,
  line: number,
  id: string,
): Promise<ConstructSource | undefined> {
  // Too deeply bracketed to parse safely: the template's location stands.
  if (bracketsNestedBeyond(text, MAX_PARSED_BRACKET_DEPTH)) return undefined;
  const parser = await createParser('python');
  try {
    const tree = parseWithin(parser, text);
    if (!tree) return undefined;
    try {
      const call = tree.rootNode
        .descendantsOfType('call')
        .find(
          (node) =>
            node.startPosition.row <= line - 1 &&
            node.endPosition.row >= line - 1 &&
            stringValue(positional(node)[1]) === id,
        );
      return call ? describe(call, file) : undefined;
    } finally {
      tree.delete();
    }
  } finally {
    parser.delete();
  }
}

function describe(call: Node, file: string): ConstructSource {
  const idArgument = positional(call)[1];
  const head = locationOf(call, file);
  const location = idArgument
    ? { ...head, endLine: idArgument.endPosition.row + 1, endColumn: idArgument.endPosition.column }
    : head;
  const indexes = new Map<string, PropsSource>();
  const replicas = new Map<string, PropsSource>();
  const addIndex = (node: Node): void => {
    const name = stringValue(keyword(node, 'index_name'));
    if (name !== undefined && !indexes.has(name)) {
      indexes.set(name, { location: locationOf(node, file), props: keywords(node, file) });
    }
  };
  for (const list of ['global_secondary_indexes', 'local_secondary_indexes']) {
    for (const element of listElements(keyword(call, list))) addIndex(element);
  }
  for (const added of adderCalls(call)) addIndex(added);
  for (const element of listElements(keyword(call, 'replicas'))) {
    const region = stringValue(keyword(element, 'region'));
    if (region !== undefined)
      replicas.set(region, { location: locationOf(element, file), props: keywords(element, file) });
  }
  for (const element of listElements(keyword(call, 'replication_regions'))) {
    const region = stringValue(element);
    if (region !== undefined) replicas.set(region, { location: locationOf(element, file), props: new Map() });
  }
  return { location, props: keywords(call, file), indexes, replicas };
}

function argumentsOf(call: Node): Node[] {
  return call.childForFieldName('arguments')?.namedChildren ?? [];
}

function positional(call: Node): Node[] {
  return argumentsOf(call).filter((node) => node.type !== 'keyword_argument');
}

/** The keyword arguments of a call (a props class such as `GlobalSecondaryIndexPropsV2(...)` too), camelCased. */
function keywords(call: Node, file: string): Map<string, Location> {
  const found = new Map<string, Location>();
  if (call.type !== 'call') return found;
  for (const argument of argumentsOf(call)) {
    const name = argument.type === 'keyword_argument' ? argument.childForFieldName('name')?.text : undefined;
    if (name) found.set(camelCase(name), locationOf(argument, file));
  }
  return found;
}

function keyword(call: Node, name: string): Node | undefined {
  if (call.type !== 'call') return undefined;
  const argument = argumentsOf(call).find(
    (node) => node.type === 'keyword_argument' && node.childForFieldName('name')?.text === name,
  );
  return argument?.childForFieldName('value') ?? undefined;
}

function listElements(node: Node | undefined): Node[] {
  return node?.type === 'list' || node?.type === 'tuple' ? node.namedChildren : [];
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A plain string literal's text: no f-string interpolation, no implicit concatenation. */
function stringValue(node: Node | undefined): string | undefined {
  if (node?.type !== 'string' || node.namedChildren.some((c) => c.type === 'interpolation')) return undefined;
  return node.namedChildren.find((c) => c.type === 'string_content')?.text ?? '';
}

/**
 * `x.add_global_secondary_index(...)` calls on what the construct was assigned to (`table = ...`,
 * `self.table = ...`): in the function that assigns a variable, in the whole class for an attribute.
 */
function adderCalls(call: Node): Node[] {
  const holder = call.parent;
  const receiver = holder?.type === 'assignment' ? holder.childForFieldName('left')?.text : undefined;
  if (!receiver) return [];
  const scopes = receiver.startsWith('self.')
    ? ['class_definition', 'module']
    : ['function_definition', 'module'];
  let scope: Node | null = holder;
  while (scope && !scopes.includes(scope.type)) scope = scope.parent;
  if (!scope) return [];
  return scope.descendantsOfType('call').filter((candidate) => {
    const callee = candidate.childForFieldName('function');
    return (
      callee?.type === 'attribute' &&
      INDEX_ADDERS.has(callee.childForFieldName('attribute')?.text ?? '') &&
      callee.childForFieldName('object')?.text === receiver
    );
  });
}
