/**
 * A rule's options when the user wrote none: the defaults its options schema declares, as ajv's `useDefaults`
 * fills them into `{}` (a missing property with a `default` gets a copy of it, and the properties of what is
 * there get theirs), read from the schema rather than by compiling it. Compiling one schema costs
 * milliseconds, and every run with a table paid it for every rule with options (a test holds the two equal
 * for every rule in the catalogue).
 */
import type { JsonSchema } from '../rule.ts';

export function defaultOptions(schema: JsonSchema): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  fillDefaults(schema, options);
  return options;
}

function fillDefaults(schema: unknown, value: unknown): void {
  if (!isRecord(schema)) return;
  if (isRecord(value) && isRecord(schema.properties)) {
    for (const [key, property] of Object.entries(schema.properties)) {
      if (value[key] === undefined && isRecord(property) && 'default' in property)
        value[key] = structuredClone(property.default);
      if (value[key] !== undefined) fillDefaults(property, value[key]);
    }
  }
  if (Array.isArray(value) && isRecord(schema.items))
    for (const item of value) fillDefaults(schema.items, item);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
