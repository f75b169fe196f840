/**
 * The pure Terraform functions modules use to shape their inputs (`try`, `lookup`, `length`, `merge`, …),
 * run over known arguments. Any other function, or an unknown argument, gives an unknown value.
 */
import type { Location } from '../../model.ts';
import {
  evaluate,
  sameValue,
  unknownValue,
  ValueIdentity,
  type ListValue,
  type MapValue,
  type Scope,
  type Value,
} from './evaluate.ts';
import type { CallExpression } from './tree.ts';

type Known = Exclude<Value, { kind: 'unknown' }>;
type Implementation = (args: readonly Known[], location: Location) => Value | undefined;

export function callFunction(expression: CallExpression, scope: Scope): Value {
  const { name, location } = expression;
  if (name === 'try') return tryArguments(expression, scope);
  const implementation = FUNCTIONS[name];
  if (!implementation) return unknownValue(`${name}(…) is not evaluated statically`, location);
  const args: Known[] = [];
  for (const argument of expression.args) {
    const value = evaluate(argument, scope);
    if (value.kind === 'unknown') return unknownValue(value.reason, location);
    args.push(value);
  }
  return (
    implementation(args, location) ??
    unknownValue(`${name}(…) is not evaluated statically with these arguments`, location)
  );
}

/** The first argument that evaluates without an error; an unknown one leaves the result unknown. */
function tryArguments(expression: CallExpression, scope: Scope): Value {
  for (const argument of expression.args) {
    const value = evaluate(argument, { ...scope, strict: true });
    if (!readsMissing(value)) return value;
  }
  return unknownValue('no argument of try(…) can be evaluated', expression.location);
}

/** A value built from a read of something that does not exist (an error Terraform's `try` catches). */
function readsMissing(value: Value): boolean {
  if (value.kind === 'unknown') return value.missing === true;
  if (value.kind === 'list') return value.items.some(readsMissing);
  if (value.kind === 'map') return value.entries.some((e) => readsMissing(e.value));
  return false;
}

const scalar = (value: string | number | boolean | null, location: Location): Value => ({
  kind: 'scalar',
  value,
  location,
});

const list = (items: readonly Value[], location: Location): ListValue => ({ kind: 'list', items, location });

const text = (value: Known): string | undefined =>
  value.kind === 'scalar' && value.value !== null ? String(value.value) : undefined;

/**
 * The items without repeats, the first of each kept, in linear time (hash-consed identities). An item
 * holding an unknown part is kept: it equals nothing.
 */
function distinct(items: readonly Value[]): Value[] {
  const identity = new ValueIdentity();
  const seen = new Set<number>();
  return items.filter((item) => {
    const id = identity.of(item);
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const FUNCTIONS: Readonly<Record<string, Implementation>> = {
  // Type conversions keep a known value; `toset` drops repeated elements.
  tostring: ([value]) => value,
  tonumber: ([value]) => value,
  tobool: ([value]) => value,
  tolist: ([value]) => value,
  tomap: ([value]) => value,
  toset: ([value]) => (value?.kind === 'list' ? { ...value, items: distinct(value.items) } : value),
  length([value], location) {
    if (value?.kind === 'list') return scalar(value.items.length, location);
    if (value?.kind === 'map') return scalar(value.entries.length, location);
    if (value?.kind === 'scalar' && typeof value.value === 'string')
      return scalar([...value.value].length, location);
    return undefined;
  },
  lookup([map, key, fallback]) {
    const name = key ? text(key) : undefined;
    if (map?.kind !== 'map' || name === undefined) return undefined;
    return map.entries.find((e) => e.key === name)?.value ?? fallback;
  },
  coalesce(args) {
    return args.find((a) => !(a.kind === 'scalar' && (a.value === null || a.value === '')));
  },
  merge(args, location) {
    if (!args.every((a) => a.kind === 'map' || (a.kind === 'scalar' && a.value === null))) return undefined;
    const entries = new Map<string, MapValue['entries'][number]>();
    for (const arg of args)
      for (const entry of arg.kind === 'map' ? arg.entries : []) entries.set(entry.key, entry);
    return { kind: 'map', entries: [...entries.values()], location };
  },
  concat(args, location) {
    if (!args.every((a) => a.kind === 'list')) return undefined;
    return list(
      args.flatMap((a) => (a as ListValue).items),
      location,
    );
  },
  compact([value], location) {
    if (value?.kind !== 'list') return undefined;
    return list(
      value.items.filter((i) => !(i.kind === 'scalar' && (i.value === null || i.value === ''))),
      location,
    );
  },
  contains([collection, value], location) {
    if (collection?.kind !== 'list' || !value) return undefined;
    return scalar(
      collection.items.some((i) => sameValue(i, value)),
      location,
    );
  },
  keys([map], location) {
    if (map?.kind !== 'map') return undefined;
    return list(
      map.entries.map((e) => scalar(e.key, e.location)),
      location,
    );
  },
  values([map], location) {
    if (map?.kind !== 'map') return undefined;
    return list(
      map.entries.map((e) => e.value),
      location,
    );
  },
  lower([value], location) {
    const string = value ? text(value) : undefined;
    return string === undefined ? undefined : scalar(string.toLowerCase(), location);
  },
  upper([value], location) {
    const string = value ? text(value) : undefined;
    return string === undefined ? undefined : scalar(string.toUpperCase(), location);
  },
  join([separator, values], location) {
    const glue = separator ? text(separator) : undefined;
    if (glue === undefined || values?.kind !== 'list') return undefined;
    const parts = values.items.map((v) => (v.kind === 'unknown' ? undefined : text(v)));
    if (parts.some((p) => p === undefined)) return undefined;
    return scalar(parts.join(glue), location);
  },
};
