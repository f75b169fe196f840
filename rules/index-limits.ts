import type { IndexModel, Prop, TableModel } from '../src/model.ts';
import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MAX_LOCAL_INDEXES = 5;
const MAX_PROJECTED_ATTRIBUTES = 100;
const MAX_INDEX_KEY_ATTRIBUTES = 4;
const NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

function indexName(index: IndexModel): string {
  return index.name.known ? index.name.value : '(unnamed)';
}

export default defineRule<'table', Record<string, never>>({
  id: 'index-limits',
  kind: 'table',
  description:
    'Secondary indexes and names stay within DynamoDB limits: LSI count and keys, unique index names, projected attributes, name format, multi-attribute key sizes.',
  severity: 'error',
  check({ tables, report }) {
    const checkName = (
      table: TableModel,
      name: Prop<string> | undefined,
      what: string,
      property: string,
    ): void => {
      if (!name?.known || NAME.test(name.value)) return;
      report({
        table,
        property,
        location: name.location,
        message: `${what} "${name.value}" is not a valid name: use 3 to 255 characters of a-z, A-Z, 0-9, "_", "-" and ".".`,
      });
    };
    for (const table of tables) {
      checkName(table, table.name, `Table name of ${tableLabel(table)}`, 'TableName');
      const globals = table.globalIndexes.known ? table.globalIndexes.value : [];
      const locals = table.localIndexes.known ? table.localIndexes.value : [];
      const tableKey = table.keySchema.known ? table.keySchema.value : undefined;
      const tablePartition = tableKey?.find((k) => k.role === 'partition')?.attribute;
      const tableHasSort = tableKey?.some((k) => k.role === 'sort');

      if (table.localIndexes.known && locals.length > MAX_LOCAL_INDEXES) {
        report({
          table,
          property: 'LocalSecondaryIndexes',
          location: table.localIndexes.location,
          message: `${tableLabel(table)} declares ${locals.length} local secondary indexes; a table can have at most ${MAX_LOCAL_INDEXES}.`,
        });
      }
      for (const index of locals) {
        if (!index.keySchema.known) continue;
        const partition = index.keySchema.value.filter((k) => k.role === 'partition');
        const sort = index.keySchema.value.filter((k) => k.role === 'sort');
        const name = indexName(index);
        if (
          tablePartition !== undefined &&
          partition.length === 1 &&
          partition[0]?.attribute !== tablePartition
        ) {
          report({
            table,
            property: `index:${name}:partition`,
            location: partition[0]?.location ?? indexLocation(index),
            message: `Local index ${name} of ${tableLabel(table)} has partition key "${partition[0]?.attribute}"; an LSI shares the table's partition key "${tablePartition}".`,
          });
        }
        if (partition.length !== 1 || sort.length !== 1) {
          report({
            table,
            property: `index:${name}:shape`,
            location: index.keySchema.location,
            message: `Local index ${name} of ${tableLabel(table)} needs exactly one partition key and one sort key.`,
          });
        }
        if (tableHasSort === false) {
          report({
            table,
            property: `index:${name}:table-sort`,
            location: indexLocation(index),
            message: `Local index ${name} requires ${tableLabel(table)} to have a sort key; it has only a partition key.`,
          });
        }
      }
      for (const index of globals) {
        if (!index.keySchema.known) continue;
        const name = indexName(index);
        const partition = index.keySchema.value.filter((k) => k.role === 'partition').length;
        const sort = index.keySchema.value.length - partition;
        if (partition < 1 || partition > MAX_INDEX_KEY_ATTRIBUTES || sort > MAX_INDEX_KEY_ATTRIBUTES) {
          report({
            table,
            property: `index:${name}:shape`,
            location: index.keySchema.location,
            message: `Global index ${name} of ${tableLabel(table)} has ${partition} partition and ${sort} sort key attributes; a GSI key has 1 to ${MAX_INDEX_KEY_ATTRIBUTES} partition and at most ${MAX_INDEX_KEY_ATTRIBUTES} sort key attributes.`,
          });
        }
      }

      const seen = new Set<string>();
      for (const index of [...globals, ...locals]) {
        checkName(table, index.name, `Index name in ${tableLabel(table)}`, `index:${indexName(index)}:name`);
        if (!index.name.known) continue;
        if (seen.has(index.name.value)) {
          report({
            table,
            property: `index:${index.name.value}:duplicate`,
            location: index.name.location,
            message: `Index name "${index.name.value}" is used twice in ${tableLabel(table)}; index names are unique per table across GSIs and LSIs.`,
          });
        }
        seen.add(index.name.value);
      }

      if (table.globalIndexes.known && table.localIndexes.known) {
        let projected = 0;
        for (const index of [...globals, ...locals]) {
          if (index.projection?.known) projected += index.projection.value.nonKeyAttributes.length;
        }
        if (projected > MAX_PROJECTED_ATTRIBUTES) {
          report({
            table,
            property: 'NonKeyAttributes',
            location: table.globalIndexes.defaulted
              ? table.localIndexes.location
              : table.globalIndexes.location,
            message: `The indexes of ${tableLabel(table)} project ${projected} non-key attributes (${vocabularyOf(table).nonKeyAttributes}) in total; DynamoDB allows at most ${MAX_PROJECTED_ATTRIBUTES} across all secondary indexes (consider ${vocabularyOf(table).projectionAll} or fewer INCLUDE attributes).`,
          });
        }
      }
    }
  },
});
