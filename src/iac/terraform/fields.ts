/**
 * Typed reads of evaluated Terraform values into `Prop`s that keep their source location. `Fields` is what a
 * table builder reads: a block body under a scope (attributes, nested blocks, `dynamic` blocks expanded
 * over literal collections) or an object value (the items of a module input such as `attributes`).
 */
import { known, unknown, type Location, type Prop, type Unknown } from '../../model.ts';
import { evaluate, type IteratorBinding, type MapValue, type Scope, type Value } from './evaluate.ts';
import { attributeOf, blocksOf, type Body, type Expression } from './tree.ts';

/** A value with the location a finding about it should point at. */
export interface Located {
  readonly value: Value;
  readonly location: Location;
}

export interface Fields {
  /** The whole block or object. */
  readonly location: Location;
  /** The map key of an object that is an element of a map (an index keyed by its name). */
  readonly key?: string;
  /** A field's value; `undefined` when absent or null (Terraform treats null as not set). */
  get(name: string): Located | undefined;
  /** Nested blocks of `type`, with `dynamic` blocks expanded; unknown when a `for_each` is not literal. */
  blocks(type: string): BlockList;
  /**
   * What is written, in order: `blocks` are nested block types (native blocks, `dynamic` blocks by their
   * type); `fields` the rest (in JSON syntax, and in an object value, blocks are written as fields too).
   * Absent where what is written cannot be listed: schema validation then leaves it unjudged.
   */
  names?(): { readonly fields: readonly string[]; readonly blocks: readonly string[] };
}

export type BlockList =
  { readonly known: true; readonly items: readonly Fields[]; readonly location?: Location } | Unknown;

export function bodyFields(body: Body, scope: Scope, location: Location = body.location): Fields {
  return {
    location,
    get(name) {
      const attribute = attributeOf(body, name);
      if (!attribute) return undefined;
      const value = evaluate(attribute.value, scope);
      if (value.kind === 'scalar' && value.value === null) return undefined;
      // A value taken from a `dynamic` block's collection, or passed in by the module's caller, is pointed
      // at where it is spelled.
      const at = passesThrough(attribute.value, value, scope) ? value.location : attribute.location;
      return { value, location: at };
    },
    blocks(type) {
      return expandBlocks(body, type, scope);
    },
    names() {
      const dynamic = blocksOf(body, 'dynamic', 1).map((b) => b.labels[0] as string);
      const native = body.blocks.flatMap((b) => (b.type === 'dynamic' ? [] : [b.type]));
      return {
        fields: body.attributes.flatMap((a) =>
          body.syntax === 'json' && a.name === 'dynamic' ? [] : [a.name],
        ),
        blocks: [...new Set([...native, ...dynamic])],
      };
    },
  };
}

function passesThrough(expression: Expression, value: Value, scope: Scope): boolean {
  if (expression.kind === 'traversal' && scope.iterators?.has(expression.root)) return true;
  // In a called module, a value spelled outside the module's files is one of the caller's arguments.
  return scope.moduleFiles !== undefined && !scope.moduleFiles.has(value.location.file);
}

/** An object value (an item of a list input) read like a block. */
export function valueFields(value: MapValue, key?: string): Fields {
  return {
    location: value.location,
    ...(key !== undefined ? { key } : {}),
    get(name) {
      const entry = value.entries.find((e) => e.key === name);
      if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return undefined;
      return { value: entry.value, location: entry.location };
    },
    blocks(type) {
      const entry = value.entries.find((e) => e.key === type);
      if (!entry) return { known: true, items: [] };
      return objectList(entry.value, type, entry.location);
    },
    names() {
      return { fields: value.entries.map((e) => e.key), blocks: [] };
    },
  };
}

/** A list of objects (or a map of objects, keyed by name) as `Fields`; anything else is unknown. */
export function objectList(value: Value, what: string, location: Location): BlockList {
  if (value.kind === 'unknown') return unknown(value.reason, location);
  if (value.kind === 'scalar' && value.value === null) return { known: true, items: [], location };
  if (value.kind === 'scalar') return unknown(`${what} is not a list`, location);
  const items =
    value.kind === 'list'
      ? value.items.map((item) => ({ item, key: undefined }))
      : value.entries.map((e) => ({ item: e.value, key: e.key }));
  const fields: Fields[] = [];
  for (const { item, key } of items) {
    if (item.kind === 'unknown') return unknown(`an item of ${what}: ${item.reason}`, location);
    if (item.kind !== 'map') return unknown(`an item of ${what} is not an object`, location);
    fields.push(valueFields(item, key));
  }
  return { known: true, items: fields, location };
}

function expandBlocks(body: Body, type: string, scope: Scope): BlockList {
  // Terraform 0.11 wrote nested blocks as an argument too (`attribute = [{ … }]`): read it as their list.
  const argument = body.syntax === 'native' ? attributeOf(body, type) : undefined;
  if (argument) return objectList(evaluate(argument.value, scope), type, argument.location);
  const items: Fields[] = blocksOf(body, type).map((b) => bodyFields(b.body, scope, b.location));
  const locations = blocksOf(body, type).map((b) => b.location);
  for (const dynamic of blocksOf(body, 'dynamic', 1)) {
    if (dynamic.labels[0] !== type) continue;
    locations.push(dynamic.location);
    const forEach = attributeOf(dynamic.body, 'for_each');
    if (!forEach) return unknown(`dynamic "${type}" has no for_each`, dynamic.location);
    const collection = evaluate(forEach.value, scope);
    const elements = iterate(collection);
    if ('reason' in elements) {
      return unknown(`the for_each of dynamic "${type}" is not known: ${elements.reason}`, forEach.location);
    }
    const iteratorName = literalName(attributeOf(dynamic.body, 'iterator')?.value) ?? type;
    const content = blocksOf(dynamic.body, 'content')[0];
    if (!content) continue;
    for (const element of elements) {
      const iterators = new Map(scope.iterators ?? []);
      iterators.set(iteratorName, element);
      // What the content leaves out is fixed in the content: the block points there, its values where the
      // collection spells them.
      items.push(bodyFields(content.body, { ...scope, iterators }, content.location));
    }
  }
  return { known: true, items, ...(locations.length ? { location: span(locations) } : {}) };
}

/** `iterator = idx` names the binding with a bare identifier. */
function literalName(expression: Expression | undefined): string | undefined {
  if (expression?.kind === 'traversal' && expression.steps.length === 0) return expression.root;
  return undefined;
}

/**
 * The elements `for_each` visits: maps and objects by key; lists by position in a `dynamic` block, but as
 * a set (key = value) in a resource's or module's `for_each`, which takes only maps and sets.
 */
export function iterate(collection: Value, asSet = false): IteratorBinding[] | { reason: string } {
  if (collection.kind === 'unknown') return { reason: collection.reason };
  if (collection.kind === 'list') {
    const unknownItem = collection.items.find((i) => i.kind === 'unknown');
    if (unknownItem?.kind === 'unknown') return { reason: unknownItem.reason };
    return collection.items.map((value, i) => ({
      key: asSet ? value : { kind: 'scalar', value: i, location: value.location },
      value,
    }));
  }
  if (collection.kind === 'map') {
    return collection.entries.map((e) => ({
      key: { kind: 'scalar', value: e.key, location: e.location },
      value: e.value,
    }));
  }
  if (collection.value === null) return [];
  return { reason: 'a value that is not a collection' };
}

/** From the first location to the last (all in one file). */
export function span(locations: readonly Location[]): Location {
  const sorted = [...locations].sort((a, b) => a.line - b.line || a.column - b.column);
  const first = sorted[0] as Location;
  const last = sorted.reduce((end, l) => (l.endLine > end.endLine ? l : end), first);
  return { ...first, endLine: last.endLine, endColumn: last.endColumn };
}

export function readString(fields: Fields, name: string): Prop<string> | undefined {
  const found = fields.get(name);
  if (!found) return undefined;
  const { value, location } = found;
  if (value.kind === 'unknown') return unknown(value.reason, location);
  if (value.kind !== 'scalar' || typeof value.value === 'boolean')
    return unknown(`${name} is not a string`, location);
  return known(String(value.value), location);
}

export function readNumber(fields: Fields, name: string): Prop<number> | undefined {
  const found = fields.get(name);
  if (!found) return undefined;
  const { value, location } = found;
  if (value.kind === 'unknown') return unknown(value.reason, location);
  const number =
    value.kind === 'scalar' && typeof value.value !== 'boolean' && value.value !== ''
      ? Number(value.value)
      : NaN;
  if (Number.isNaN(number)) return unknown(`${name} is not a number`, location);
  return known(number, location);
}

export function readBoolean(fields: Fields, name: string): Prop<boolean> | undefined {
  const found = fields.get(name);
  if (!found) return undefined;
  const { value, location } = found;
  if (value.kind === 'unknown') return unknown(value.reason, location);
  if (value.kind === 'scalar') {
    if (value.value === true || value.value === 'true') return known(true, location);
    if (value.value === false || value.value === 'false') return known(false, location);
  }
  return unknown(`${name} is not a boolean`, location);
}

/** A list of strings (`non_key_attributes`), or the reason it is not known. */
export function readStringList(
  fields: Fields,
  name: string,
): { known: true; value: string[] } | Unknown | undefined {
  const found = fields.get(name);
  if (!found) return undefined;
  const { value, location } = found;
  if (value.kind === 'unknown') return unknown(value.reason, location);
  if (value.kind !== 'list') return unknown(`${name} is not a list`, location);
  const strings: string[] = [];
  for (const item of value.items) {
    if (item.kind === 'unknown') return unknown(item.reason, location);
    if (item.kind !== 'scalar' || item.value === null)
      return unknown(`an item of ${name} is not a string`, location);
    strings.push(String(item.value));
  }
  return { known: true, value: strings };
}
