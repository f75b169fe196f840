import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'gsi-count',
  kind: 'table',
  description: 'A table has more global secondary indexes than its access patterns justify.',
  severity: 'warning',
  messages: {
    overQuota:
      '{{table}} declares {{count}} global secondary indexes, over the quota of {{quota}} per table: the deployment fails unless the quota is raised through Service Quotas.',
    overMax:
      '{{table}} declares {{count}} global secondary indexes (more than {{max}}): every GSI copies each write and adds write cost; check that each serves a real access pattern, or overload a few generic indexes (GSI1PK/GSI1SK).',
  },
  options: {
    type: 'object',
    properties: {
      max: { type: 'integer', minimum: 0, default: 5, description: 'Warn above this many GSIs.' },
      quota: {
        type: 'integer',
        minimum: 1,
        default: 20,
        description: 'The account quota of GSIs per table (20 unless raised through Service Quotas).',
      },
    },
    additionalProperties: false,
  },
  check({ tables, options, report }) {
    for (const table of tables) {
      if (!table.globalIndexes.known) continue;
      const count = table.globalIndexes.value.length;
      if (count > options.quota) {
        report({
          table,
          property: 'GlobalSecondaryIndexes',
          location: table.globalIndexes.location,
          severity: 'error',
          messageId: 'overQuota',
          data: { table: tableLabel(table), count, quota: options.quota },
        });
      } else if (count > options.max) {
        report({
          table,
          property: 'GlobalSecondaryIndexes',
          location: table.globalIndexes.location,
          messageId: 'overMax',
          data: { table: tableLabel(table), count, max: options.max },
        });
      }
    }
  },
});
