import { defineRule } from '../src/rule.ts';

export default defineRule<'drift'>({
  id: 'unmanaged-table',
  kind: 'drift',
  description:
    'A live table that no declaration maps to: created by hand, left behind, or declared outside the linted paths.',
  severity: 'warning',
  recommended: false,
  check({ unmanaged, report }) {
    for (const table of unmanaged) {
      report({
        property: `unmanaged:${table.name}`,
        location: table.location,
        message: `Live table ${table.name} is not declared in the linted infrastructure code.`,
      });
    }
  },
});
