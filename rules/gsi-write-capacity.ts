import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MESSAGES = {
  lowIndexWrites:
    "Global index {{index}} of {{table}} has {{indexWrites}} write capacity units, fewer than the table's {{tableWrites}}: when the index cannot keep up, DynamoDB throttles writes to the table itself (GSI back-pressure). Give the index at least the table's write capacity in {{provisionedThroughput}}, or autoscale both.",
};

export default defineRule({
  id: 'gsi-write-capacity',
  kind: 'table',
  description:
    "A provisioned global index has less write capacity than its table, so index throttling throttles the table's writes.",
  severity: 'warning',
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      if (!table.billingMode.known || table.billingMode.value !== 'PROVISIONED') continue;
      // Autoscaled capacity moves: the fixed numbers in the template are only starting points.
      if (table.autoscaled || !table.globalIndexes.known) continue;
      const tableWrites = table.throughput?.write;
      if (!tableWrites?.known) continue;
      for (const index of table.globalIndexes.value) {
        const indexWrites = index.throughput?.write;
        if (index.autoscaled || !indexWrites?.known || indexWrites.value >= tableWrites.value) continue;
        const name = index.name.known ? index.name.value : '(unnamed)';
        report({
          table,
          property: `index:${name}:WriteCapacity`,
          location: indexWrites.location ?? indexLocation(index),
          messageId: 'lowIndexWrites',
          data: {
            table: tableLabel(table),
            index: name,
            indexWrites: indexWrites.value,
            tableWrites: tableWrites.value,
            provisionedThroughput: vocabularyOf(table).provisionedThroughput,
          },
        });
      }
    }
  },
});
