import { CallIdentities } from '../src/code/access.ts';
import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'consistent-read-on-gsi',
  kind: 'code',
  description: 'A strongly consistent GSI read.',
  severity: 'error',
  messages: {
    consistentReadOnGsi:
      "{{operation}} sets ConsistentRead: true on the global secondary index '{{index}}' of {{target}}: GSIs are only eventually consistent, so DynamoDB rejects the request with a ValidationException. Drop ConsistentRead, or read the base table (or a local secondary index) when the read must be strongly consistent.",
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      const reads = use.operation === 'Query' || use.operation === 'Scan' || use.operation === 'ParallelScan';
      if (!reads || use.consistentRead?.known !== true || use.consistentRead.value !== true) continue;
      if (!use.index?.known) continue;
      const table = declaredTableOf(use, tables);
      if (!table?.globalIndexes.known) continue;
      const index = use.index.value;
      if (!table.globalIndexes.value.some((gsi) => gsi.name.known && gsi.name.value === index)) continue;
      report({
        table,
        property: identities.of(use),
        location: use.consistentRead.location,
        messageId: 'consistentReadOnGsi',
        data: { operation: use.operation, index, target: targetLabel(use, table) },
      });
    }
  },
});
