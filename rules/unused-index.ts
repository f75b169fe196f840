import { declaredIndexes, INDEX_READS, indexRead } from '../src/code/access.ts';
import { declaredTableOf } from '../src/code/attribute.ts';
import { indexLocation, tableLabel, type CodeUse, type TableModel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'unused-index',
  kind: 'code',
  description: 'A GSI no linted code reads.',
  severity: 'warning',
  messages: {
    unusedIndex:
      "No Query or Scan in the linted code reads the GSI '{{index}}' of {{table}}, though {{uses}} call(s) use the table ({{read}}). Every write to the table that touches the index's keys is written again to it and billed: drop the index, or lint the code that reads it too.",
  },
  // A table with a GSI is judged only when calls use it, single-item ones included.
  needs: () => ['gsi-table-calls'],
  check({ uses, tables, report }) {
    const byTable = new Map<TableModel, CodeUse[]>();
    const seen = new Map<string, TableModel>();
    for (const use of uses) {
      const table = declaredTableOf(use, tables);
      if (!table) continue;
      const key = `${table.source.file}\u0000${table.id}`;
      const model = seen.get(key) ?? table;
      seen.set(key, model);
      byTable.set(model, [...(byTable.get(model) ?? []), use]);
    }
    // An index named in a call whose table is not known may be any table's: it counts as read everywhere.
    const readAnywhere = new Set(
      uses.filter((use) => !use.declaredTable && INDEX_READS.has(use.operation)).map(indexRead),
    );
    for (const [table, tableUses] of byTable) {
      const reads = tableUses.filter((use) => INDEX_READS.has(use.operation));
      const read = reads.map(indexRead);
      // A computed index name may be any of them.
      if (read.includes(undefined)) continue;
      const indexes = declaredIndexes(table);
      if (!indexes) continue;
      const named = [...new Set(read.filter((name): name is string => typeof name === 'string'))];
      for (const index of indexes) {
        if (index.kind !== 'global' || named.includes(index.indexName) || readAnywhere.has(index.indexName))
          continue;
        report({
          table,
          property: `index:${index.indexName}`,
          location: indexLocation(index),
          messageId: 'unusedIndex',
          data: {
            index: index.indexName,
            table: tableLabel(table),
            uses: tableUses.length,
            read: named.length ? `indexes read: ${named.join(', ')}` : 'none reads an index',
          },
        });
      }
    }
  },
});
