/**
 * `Fn::ForEach` of the `AWS::LanguageExtensions` transform: each `Fn::ForEach::Name: [Identifier,
 * Collection, {OutputKey: OutputValue}]` entry of a map is replaced by one copy of its fragment per
 * collection item, as the transform does before deployment. In a copy, `${Identifier}` in keys and
 * `Fn::Sub` strings becomes the item, `&{Identifier}` the item without its non-alphanumeric characters,
 * and `Ref: Identifier` the item. Copies keep the fragment's source locations, so findings point into the
 * loop body. Loops nest.
 *
 * The collection is a literal list (or any intrinsic that evaluates to one), or a `Ref` to a list
 * parameter. A parameter's `Default` is not its deployed value: items read from it only name the copies
 * (the logical ids must differ), while values that use them stay unknown. A collection known in neither
 * way leaves the loop out: its resources cannot be named.
 */
import { evaluate, type EvaluationScope } from '../evaluate.ts';
import { entry, type IntrinsicNode, type MapEntry, type MapNode, type SourceNode } from '../source-tree.ts';

const FOR_EACH_PREFIX = 'Fn::ForEach::';
/** Loops nested deeper than this are left out rather than expanded. */
const MAX_NESTING = 8;

interface Binding {
  readonly identifier: string;
  readonly value: string;
  /** False when the item comes from a parameter's default: it names copies but is no known value. */
  readonly known: boolean;
}

export function hasForEach(map: MapNode): boolean {
  return map.entries.some((e) => e.key.startsWith(FOR_EACH_PREFIX));
}

/** `map` with its `Fn::ForEach::…` entries (and those nested in their fragments) expanded. */
export function expandForEach(map: MapNode, scope: EvaluationScope): MapNode {
  return new Expander(scope).map(map, []);
}

class Expander {
  constructor(private readonly scope: EvaluationScope) {}

  map(map: MapNode, bindings: readonly Binding[]): MapNode {
    const entries: MapEntry[] = [];
    for (const item of map.entries) {
      if (item.key.startsWith(FOR_EACH_PREFIX)) entries.push(...this.loop(item, bindings));
      else {
        const key = substitute(item.key, bindings, false);
        entries.push({ ...item, key, value: this.node(item.value, bindings) });
      }
    }
    return { ...map, entries };
  }

  private loop(loop: MapEntry, bindings: readonly Binding[]): MapEntry[] {
    const parts = loop.value.kind === 'seq' ? loop.value.items : [];
    const [identifierNode, collectionNode, fragment] = parts;
    if (
      parts.length !== 3 ||
      identifierNode?.kind !== 'scalar' ||
      collectionNode === undefined ||
      fragment?.kind !== 'map' ||
      bindings.length >= MAX_NESTING
    ) {
      return [];
    }
    const identifier = String(identifierNode.value);
    const items = this.collection(this.node(collectionNode, bindings), bindings);
    if (!items) return [];
    return items.flatMap((item) => this.map(fragment, [...bindings, { identifier, ...item }]).entries);
  }

  private collection(
    node: SourceNode,
    bindings: readonly Binding[],
  ): { value: string; known: boolean }[] | undefined {
    const fromDefault = this.parameterDefault(node);
    if (fromDefault) return fromDefault.map((value) => ({ value, known: false }));
    // An item of an enclosing loop that only names copies cannot drive a known collection.
    if (mentionsUnknownBinding(node, bindings)) return undefined;
    const list = evaluate(node, this.scope);
    if (list.kind !== 'seq') return undefined;
    const items: { value: string; known: boolean }[] = [];
    for (const item of list.items) {
      const value = evaluate(item, this.scope);
      if (value.kind !== 'scalar' || value.value === null) return undefined;
      items.push({ value: String(value.value), known: true });
    }
    return items;
  }

  /** `Ref` to a `CommaDelimitedList` / `List<…>` parameter → the items of its `Default`. */
  private parameterDefault(node: SourceNode): string[] | undefined {
    if (node.kind !== 'intrinsic' || node.name !== 'Ref' || node.argument.kind !== 'scalar') return undefined;
    const parameter = entry(this.scope.parameters, String(node.argument.value))?.value;
    const type = entry(parameter, 'Type')?.value;
    const isList =
      type?.kind === 'scalar' && /^(CommaDelimitedList|List<.*>)$/.test(String(type.value).trim());
    const defaults = entry(parameter, 'Default')?.value;
    if (!isList || !defaults) return undefined;
    if (defaults.kind === 'scalar' && defaults.value !== null) {
      return String(defaults.value)
        .split(',')
        .map((item) => item.trim());
    }
    if (defaults.kind === 'seq' && defaults.items.every((i) => i.kind === 'scalar')) {
      return defaults.items.map((i) => String((i as { value: unknown }).value));
    }
    return undefined;
  }

  node(node: SourceNode, bindings: readonly Binding[]): SourceNode {
    switch (node.kind) {
      case 'scalar':
        return node;
      case 'seq':
        return bindings.length === 0
          ? node
          : { ...node, items: node.items.map((item) => this.node(item, bindings)) };
      case 'map':
        return this.map(node, bindings);
      case 'intrinsic':
        return this.intrinsic(node, bindings);
    }
  }

  private intrinsic(node: IntrinsicNode, bindings: readonly Binding[]): SourceNode {
    if (node.name === 'Ref' && node.argument.kind === 'scalar') {
      const bound = boundValue(String(node.argument.value), bindings);
      if (bound?.known) return { kind: 'scalar', value: bound.value, location: node.location };
      return node;
    }
    if (node.name === 'Fn::Sub') {
      const argument = node.argument;
      if (argument.kind === 'scalar' && typeof argument.value === 'string') {
        return subResult(node, substitute(argument.value, bindings, true), undefined);
      }
      const [template, variables] = argument.kind === 'seq' ? argument.items : [];
      if (template?.kind === 'scalar' && typeof template.value === 'string') {
        const rest = variables ? this.node(variables, bindings) : undefined;
        return subResult(node, substitute(template.value, bindings, true), rest);
      }
    }
    return { ...node, argument: this.node(node.argument, bindings) };
  }
}

/** A `Fn::Sub` whose string no longer holds a variable is that string. */
function subResult(node: IntrinsicNode, text: string, variables: SourceNode | undefined): SourceNode {
  if (!/\$\{(?!!)/.test(text))
    return { kind: 'scalar', value: text.replace(/\$\{!/g, '${'), location: node.location };
  const template: SourceNode = { kind: 'scalar', value: text, location: node.argument.location };
  return {
    ...node,
    argument: variables
      ? { kind: 'seq', items: [template, variables], location: node.argument.location }
      : template,
  };
}

function boundValue(identifier: string, bindings: readonly Binding[]): Binding | undefined {
  // The innermost loop's identifier shadows an outer one of the same name.
  return bindings.findLast((b) => b.identifier === identifier);
}

/**
 * `${Identifier}` → the item, `&{Identifier}` → the item's letters and digits. In values (`onlyKnown`),
 * items that only name copies are left in place, so the value stays unresolved.
 */
function substitute(text: string, bindings: readonly Binding[], onlyKnown: boolean): string {
  if (bindings.length === 0 || !/[$&]\{/.test(text)) return text;
  return text.replace(/([$&])\{([\w.:]+)\}/g, (whole, sigil: string, identifier: string) => {
    const bound = boundValue(identifier, bindings);
    if (!bound || (onlyKnown && !bound.known)) return whole;
    return sigil === '&' ? bound.value.replace(/[^0-9a-zA-Z]/g, '') : bound.value;
  });
}

function mentionsUnknownBinding(node: SourceNode, bindings: readonly Binding[]): boolean {
  switch (node.kind) {
    case 'scalar':
      return false;
    case 'seq':
      return node.items.some((item) => mentionsUnknownBinding(item, bindings));
    case 'map':
      return node.entries.some((e) => mentionsUnknownBinding(e.value, bindings));
    case 'intrinsic':
      if (node.name === 'Ref' && node.argument.kind === 'scalar') {
        return boundValue(String(node.argument.value), bindings)?.known === false;
      }
      return mentionsUnknownBinding(node.argument, bindings);
  }
}
