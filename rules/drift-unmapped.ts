import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'drift-unmapped',
  kind: 'drift',
  description: 'A declared table could not be matched with a live table, so it was not checked for drift.',
  severity: 'info',
  messages: {
    notChecked: '{{table}} not checked for drift: {{reason}}. To check it, {{fix}}.',
  },
  check({ unmapped, report }) {
    for (const { declared, reason, fix } of unmapped) {
      report({
        table: declared,
        property: 'mapping',
        location: declared.location,
        messageId: 'notChecked',
        data: { table: tableLabel(declared), reason, fix },
      });
    }
  },
});
