import type { KeyElement, TableModel } from '../src/model.ts';
import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const ATTRIBUTE_TYPES = new Set(['S', 'N', 'B']);

/** Every key element of the table and its indexes (`index` names the index), when all of them are known. */
function allKeyElements(table: TableModel): {
  elements: { key: KeyElement; index?: string }[];
  complete: boolean;
} {
  const elements: { key: KeyElement; index?: string }[] = [];
  let complete = table.keySchema.known && table.globalIndexes.known && table.localIndexes.known;
  if (table.keySchema.known) elements.push(...table.keySchema.value.map((key) => ({ key })));
  for (const indexes of [table.globalIndexes, table.localIndexes]) {
    if (!indexes.known) continue;
    for (const index of indexes.value) {
      const name = index.name.known ? index.name.value : '(unnamed)';
      if (index.keySchema.known) elements.push(...index.keySchema.value.map((key) => ({ key, index: name })));
      else complete = false;
    }
  }
  return { elements, complete };
}

export default defineRule({
  id: 'key-attribute-definitions',
  kind: 'table',
  description:
    'AttributeDefinitions must list exactly the attributes used by the table and index key schemas, each typed S, N or B.',
  severity: 'error',
  messages: {
    keyShape:
      'The key schema of {{table}} has {{partitions}} partition (HASH) and {{sorts}} sort (RANGE) keys; a table key is exactly one partition key and at most one sort key.',
    noKeySchema: '{{table}} has no {{keySchema}}; a table needs a partition key.',
    invalidType:
      'Attribute "{{attribute}}" of {{table}} has type "{{type}}"; key attributes are S (string), N (number) or B (binary).',
    definedTwice: 'Attribute "{{attribute}}" is defined twice in {{attributeDefinitions}} of {{table}}.',
    tableKeyUndefined:
      'Key attribute "{{attribute}}" of the table is not in {{attributeDefinitions}} of {{table}}; the deployment fails until it is defined with its type.',
    indexKeyUndefined:
      'Key attribute "{{attribute}}" of index {{index}} is not in {{attributeDefinitions}} of {{table}}; the deployment fails until it is defined with its type.',
    unused:
      'Attribute "{{attribute}}" is defined but no key schema of {{table}} uses it; DynamoDB rejects attribute definitions that are not keys (define only key attributes, items stay schemaless).',
  },
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
            messageId: 'keyShape',
            data: { table: tableLabel(table), partitions, sorts },
          });
        }
      } else if (table.keySchema.known && table.keySchema.value.length === 0) {
        // A defaulted key that names an attribute is a real key: SAM's SimpleTable defaults to `id`.
        report({
          table,
          property: 'KeySchema',
          location: table.location,
          messageId: 'noKeySchema',
          data: { table: tableLabel(table), keySchema: vocabularyOf(table).keySchema },
        });
      }
      if (!table.attributes.known) continue;
      const label = tableLabel(table);
      const { attributeDefinitions } = vocabularyOf(table);
      const definitions = table.attributes.value;
      const defined = new Map<string, number>();
      for (const definition of definitions) {
        defined.set(definition.name, (defined.get(definition.name) ?? 0) + 1);
        if (!ATTRIBUTE_TYPES.has(definition.type)) {
          report({
            table,
            property: `attribute:${definition.name}`,
            location: definition.location,
            messageId: 'invalidType',
            data: { attribute: definition.name, table: label, type: definition.type },
          });
        }
        if (defined.get(definition.name) === 2) {
          report({
            table,
            property: `attribute:${definition.name}:duplicate`,
            location: definition.location,
            messageId: 'definedTwice',
            data: { attribute: definition.name, attributeDefinitions, table: label },
          });
        }
      }
      const { elements, complete } = allKeyElements(table);
      const used = new Set<string>();
      for (const { key, index } of elements) {
        if (!used.has(key.attribute) && !defined.has(key.attribute)) {
          const data = { attribute: key.attribute, attributeDefinitions, table: label };
          report({
            table,
            property: `attribute:${key.attribute}:undefined`,
            location: key.location,
            ...(index === undefined
              ? { messageId: 'tableKeyUndefined', data }
              : { messageId: 'indexKeyUndefined', data: { ...data, index } }),
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
          messageId: 'unused',
          data: { attribute: definition.name, table: label },
        });
      }
    }
  },
});
