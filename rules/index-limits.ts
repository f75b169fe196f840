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

export default defineRule({
  id: 'index-limits',
  kind: 'table',
  description:
    'Secondary indexes and names stay within DynamoDB limits: LSI count and keys, unique index names, projected attributes, name format, multi-attribute key sizes.',
  severity: 'error',
  messages: {
    invalidTableName:
      'Table name of {{table}} "{{name}}" is not a valid name: use 3 to 255 characters of a-z, A-Z, 0-9, "_", "-" and ".".',
    invalidIndexName:
      'Index name in {{table}} "{{name}}" is not a valid name: use 3 to 255 characters of a-z, A-Z, 0-9, "_", "-" and ".".',
    tooManyLocalIndexes:
      '{{table}} declares {{count}} local secondary indexes; a table can have at most {{max}}.',
    localPartitionKey:
      'Local index {{index}} of {{table}} has partition key "{{partition}}"; an LSI shares the table\'s partition key "{{tablePartition}}".',
    localKeyShape: 'Local index {{index}} of {{table}} needs exactly one partition key and one sort key.',
    localNeedsTableSortKey:
      'Local index {{index}} requires {{table}} to have a sort key; it has only a partition key.',
    globalKeyShape:
      'Global index {{index}} of {{table}} has {{partitions}} partition and {{sorts}} sort key attributes; a GSI key has 1 to {{max}} partition and at most {{max}} sort key attributes.',
    duplicateIndexName:
      'Index name "{{name}}" is used twice in {{table}}; index names are unique per table across GSIs and LSIs.',
    tooManyProjectedAttributes:
      'The indexes of {{table}} project {{count}} non-key attributes ({{nonKeyAttributes}}) in total; DynamoDB allows at most {{max}} across all secondary indexes (consider {{projectionAll}} or fewer INCLUDE attributes).',
  },
  check({ tables, report }) {
    const checkName = (
      table: TableModel,
      name: Prop<string> | undefined,
      messageId: 'invalidTableName' | 'invalidIndexName',
      property: string,
    ): void => {
      if (!name?.known || NAME.test(name.value)) return;
      report({
        table,
        property,
        location: name.location,
        messageId,
        data: { table: tableLabel(table), name: name.value },
      });
    };
    for (const table of tables) {
      checkName(table, table.name, 'invalidTableName', 'TableName');
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
          messageId: 'tooManyLocalIndexes',
          data: { table: tableLabel(table), count: locals.length, max: MAX_LOCAL_INDEXES },
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
            messageId: 'localPartitionKey',
            data: {
              index: name,
              table: tableLabel(table),
              partition: String(partition[0]?.attribute),
              tablePartition,
            },
          });
        }
        if (partition.length !== 1 || sort.length !== 1) {
          report({
            table,
            property: `index:${name}:shape`,
            location: index.keySchema.location,
            messageId: 'localKeyShape',
            data: { index: name, table: tableLabel(table) },
          });
        }
        if (tableHasSort === false) {
          report({
            table,
            property: `index:${name}:table-sort`,
            location: indexLocation(index),
            messageId: 'localNeedsTableSortKey',
            data: { index: name, table: tableLabel(table) },
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
            messageId: 'globalKeyShape',
            data: {
              index: name,
              table: tableLabel(table),
              partitions: partition,
              sorts: sort,
              max: MAX_INDEX_KEY_ATTRIBUTES,
            },
          });
        }
      }

      const seen = new Set<string>();
      for (const index of [...globals, ...locals]) {
        checkName(table, index.name, 'invalidIndexName', `index:${indexName(index)}:name`);
        if (!index.name.known) continue;
        if (seen.has(index.name.value)) {
          report({
            table,
            property: `index:${index.name.value}:duplicate`,
            location: index.name.location,
            messageId: 'duplicateIndexName',
            data: { name: index.name.value, table: tableLabel(table) },
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
            messageId: 'tooManyProjectedAttributes',
            data: {
              table: tableLabel(table),
              count: projected,
              nonKeyAttributes: vocabularyOf(table).nonKeyAttributes,
              max: MAX_PROJECTED_ATTRIBUTES,
              projectionAll: vocabularyOf(table).projectionAll,
            },
          });
        }
      }
    }
  },
});
