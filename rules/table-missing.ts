import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'table-missing',
  kind: 'drift',
  description: 'A declared table does not exist in the account and region that were checked.',
  severity: 'error',
  messages: {
    missing: '{{table}} is declared, but no live table {{name}} exists there.',
  },
  check({ missing, report }) {
    for (const { declared, name } of missing) {
      report({
        table: declared,
        property: 'exists',
        location: declared.location,
        messageId: 'missing',
        data: { table: tableLabel(declared), name },
      });
    }
  },
});
