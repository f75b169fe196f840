import type { KeyElement, TableModel } from '../src/model.ts';
import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const ATTRIBUTE_TYPES = new Set(['S', 'N', 'B']);

/** Every key element of the table and its indexes, when all of them are known. */
function allKeyElements(table: TableModel): {
  elements: { key: KeyElement; owner: string }[];
  complete: boolean;
} {
  const elements: { key: KeyElement; owner: string }[] = [];
  let complete = table.keySchema.known && table.globalIndexes.known && table.localIndexes.known;
  if (table.keySchema.known)
    elements.push(...table.keySchema.value.map((key) => ({ key, owner: 'the table' })));
  for (const indexes of [table.globalIndexes, table.localIndexes]) {
    if (!indexes.known) continue;
    for (const index of indexes.value) {
      const owner = `index ${index.name.known ? index.name.value : '(unnamed)'}`;
      if (index.keySchema.known) elements.push(...index.keySchema.value.map((key) => ({ key, owner })));
      else complete = false;
    }
  }
  return { elements, complete };
}

export default defineRule<'table', Record<string, never>>({
  id: 'key-attribute-definitions',
  kind: 'table',
  description:
    'AttributeDefinitions must list exactly the attributes used by the table and index key schemas, each typed S, N or B.',
  severity: 'error',
  check({ tables, report }) {
    for (const table of tables) {
      if (table.keySchema.known && !table.keySchema.defaulted) {
        const partitions = table.keySchema.value.filter((k) => k.role === 'partition').length;
        const sorts = table.keySchema.value.length - partitions;
        if (partitions !== 1 || sorts > 1) {
          report({
            table,
            property: 'KeySchema',
            location: table.keySchema.location,
            message: `The key schema of ${tableLabel(table)} has ${partitions} partition (HASH) and ${sorts} sort (RANGE) keys; a table key is exactly one partition key and at most one sort key.`,
          });
        }
      } else if (table.keySchema.known && table.keySchema.value.length === 0) {
        // A defaulted key that is not empty is the format's own (SAM SimpleTable's `id: String`).
        report({
          table,
          property: 'KeySchema',
          location: table.location,
          message: `${tableLabel(table)} has no ${vocabularyOf(table).keySchema}; a table needs a partition key.`,
        });
      }
      if (!table.attributes.known) continue;
      const definitions = table.attributes.value;
      const defined = new Map<string, number>();
      for (const definition of definitions) {
        defined.set(definition.name, (defined.get(definition.name) ?? 0) + 1);
        if (!ATTRIBUTE_TYPES.has(definition.type)) {
          report({
            table,
            property: `attribute:${definition.name}`,
            location: definition.location,
            message: `Attribute "${definition.name}" of ${tableLabel(table)} has type "${definition.type}"; key attributes are S (string), N (number) or B (binary).`,
          });
        }
        if (defined.get(definition.name) === 2) {
          report({
            table,
            property: `attribute:${definition.name}:duplicate`,
            location: definition.location,
            message: `Attribute "${definition.name}" is defined twice in ${vocabularyOf(table).attributeDefinitions} of ${tableLabel(table)}.`,
          });
        }
      }
      const { elements, complete } = allKeyElements(table);
      const used = new Set<string>();
      for (const { key, owner } of elements) {
        if (!used.has(key.attribute) && !defined.has(key.attribute)) {
          report({
            table,
            property: `attribute:${key.attribute}:undefined`,
            location: key.location,
            message: `Key attribute "${key.attribute}" of ${owner} is not in ${vocabularyOf(table).attributeDefinitions} of ${tableLabel(table)}; the deployment fails until it is defined with its type.`,
          });
        }
        used.add(key.attribute);
      }
      // An unused definition can only be proven when every key schema is known.
      if (!complete) continue;
      for (const definition of definitions) {
        if (used.has(definition.name)) continue;
        report({
          table,
          property: `attribute:${definition.name}:unused`,
          location: definition.location,
          message: `Attribute "${definition.name}" is defined but no key schema of ${tableLabel(table)} uses it; DynamoDB rejects attribute definitions that are not keys (define only key attributes, items stay schemaless).`,
        });
      }
    }
  },
});
