import { closest, distance } from 'fastest-levenshtein';
import { CallIdentities, declaredIndexes, INDEX_READS } from '../src/code/access.ts';
import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'unknown-index',
  kind: 'code',
  description: 'Code queries an index the table lacks.',
  severity: 'error',
  messages: {
    unknownIndex:
      "{{operation}} reads index '{{index}}' of {{target}}, which declares no such index ({{declared}}): DynamoDB rejects the request with a ValidationException.{{suggestion}}",
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      if (!INDEX_READS.has(use.operation) || !use.index?.known) continue;
      const table = declaredTableOf(use, tables);
      const indexes = table && declaredIndexes(table);
      if (!table || !indexes) continue;
      const index = use.index.value;
      const names = indexes.map((i) => i.indexName);
      if (names.includes(index)) continue;
      const nearest = names.length ? closest(index, names) : undefined;
      // A suggestion only when the names are close: a typo, a case slip, a renamed suffix.
      const suggest =
        nearest !== undefined && distance(index, nearest) <= Math.max(2, Math.floor(index.length / 3));
      report({
        table,
        property: identities.of(use, `index:${index}`),
        location: use.index.location,
        messageId: 'unknownIndex',
        data: {
          operation: use.operation,
          index,
          target: targetLabel(use, table),
          declared: names.length ? `its indexes: ${names.join(', ')}` : 'it has no indexes',
          suggestion: suggest ? ` Did you mean '${nearest}'?` : '',
        },
      });
    }
  },
});
