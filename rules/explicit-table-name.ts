import { deployerOf, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

const MESSAGES = {
  explicitName:
    '{{table}} sets TableName{{name}}: CloudFormation cannot replace a custom-named resource, so an update that needs a new table (key schema, local indexes) fails with "cannot update a stack when a custom-named resource requires replacing". Leave TableName out and pass the generated name on with !Ref.',
};

export default defineRule({
  id: 'explicit-table-name',
  kind: 'table',
  description: 'A CloudFormation table sets TableName, so an update that needs to replace it fails.',
  severity: 'info',
  preset: 'all',
  equivalents: [{ tool: 'cfn-nag', id: 'W28' }],
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      // Terraform requires a name; the replacement problem is CloudFormation's.
      if (deployerOf(table) !== 'cloudformation' || !table.name) continue;
      report({
        table,
        property: 'TableName',
        location: table.name.location,
        messageId: 'explicitName',
        data: { table: tableLabel(table), name: table.name.known ? ` "${table.name.value}"` : '' },
      });
    }
  },
});
