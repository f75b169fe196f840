/**
 * A variable's `type` constraint fills the attributes an object value leaves out: `optional(T, default)`
 * gives the default (and `optional(T)` null), through `object`, `list`, `set`, `map` and `tuple` types.
 * Terraform applies it to every value a variable takes — default, `.tfvars` or a module call's argument.
 */
import type { MapValueEntry, Scope, Value } from './evaluate.ts';
import { evaluate } from './evaluate.ts';
import type { Expression } from './tree.ts';

/** Type expressions refer to nothing: defaults are constants. */
const CONSTANT_SCOPE: Scope = {
  module: { variable: () => undefined, local: () => undefined },
};

export function withTypeDefaults(value: Value, type: Expression | undefined): Value {
  if (type?.kind !== 'call' || value.kind === 'unknown') return value;
  const [argument] = type.args;
  if (!argument) return value;
  switch (type.name) {
    case 'object':
      return argument.kind === 'object' && value.kind === 'map' ? objectDefaults(value, argument) : value;
    case 'list':
    case 'set':
      return value.kind === 'list'
        ? { ...value, items: value.items.map((item) => withTypeDefaults(item, argument)) }
        : value;
    case 'map':
      return value.kind === 'map'
        ? {
            ...value,
            entries: value.entries.map((e) => ({ ...e, value: withTypeDefaults(e.value, argument) })),
          }
        : value;
    case 'tuple':
      return argument.kind === 'tuple' && value.kind === 'list'
        ? { ...value, items: value.items.map((item, i) => withTypeDefaults(item, argument.items[i])) }
        : value;
    default:
      return value;
  }
}

function objectDefaults(
  value: Extract<Value, { kind: 'map' }>,
  type: Extract<Expression, { kind: 'object' }>,
): Value {
  const entries: MapValueEntry[] = [];
  for (const attribute of type.entries) {
    if (attribute.key === undefined) continue;
    const given = value.entries.find((e) => e.key === attribute.key);
    const optional =
      attribute.value.kind === 'call' && attribute.value.name === 'optional' ? attribute.value : undefined;
    const attributeType = optional ? optional.args[0] : attribute.value;
    if (given) {
      entries.push({ ...given, value: withTypeDefaults(given.value, attributeType) });
      continue;
    }
    const fallback = optional?.args[1];
    if (!fallback) continue;
    entries.push({
      key: attribute.key,
      value: withTypeDefaults(evaluate(fallback, CONSTANT_SCOPE), attributeType),
      location: fallback.location,
    });
  }
  // Attributes the type does not name are dropped by Terraform's conversion; keeping them is harmless.
  const named = new Set(entries.map((e) => e.key));
  return { ...value, entries: [...entries, ...value.entries.filter((e) => !named.has(e.key))] };
}
