import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'unmanaged-table',
  kind: 'drift',
  description:
    'A live table that no declaration maps to: created by hand, left behind, or declared outside the linted paths.',
  severity: 'warning',
  recommended: false,
  // Listing every live table costs requests: only when this rule runs, which `--report-unmanaged` asks for.
  enabledBy: 'report-unmanaged',
  needs: () => ['live-table-list'],
  messages: {
    unmanaged: 'Live table {{name}} is not declared in the linted infrastructure code.',
  },
  check({ unmanaged, report }) {
    for (const table of unmanaged) {
      report({
        property: `unmanaged:${table.name}`,
        location: table.location,
        messageId: 'unmanaged',
        data: { name: table.name },
      });
    }
  },
});
