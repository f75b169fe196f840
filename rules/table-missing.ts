import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule<'drift'>({
  id: 'table-missing',
  kind: 'drift',
  description: 'A declared table does not exist in the account and region that were checked.',
  severity: 'error',
  check({ missing, report }) {
    for (const { declared, name } of missing) {
      report({
        table: declared,
        property: 'exists',
        location: declared.location,
        message: `${tableLabel(declared)} is declared, but no live table ${name} exists there.`,
      });
    }
  },
});
