import { CallIdentities } from '../src/code/access.ts';
import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { allowOnlyOptions, globMatcher } from '../src/code/file-globs.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'filter-expression',
  kind: 'code',
  description: 'A Scan or Query filtering what it read.',
  severity: 'warning',
  messages: {
    scanFilter:
      'A Scan of {{target}} filters on {{attributes}}: DynamoDB reads and bills every item of the table before the FilterExpression discards the ones that do not match. Serve this access pattern with a GSI keyed on {{attributes}} and Query it.',
    queryFilter:
      'A Query of {{target}} filters on {{attributes}}: DynamoDB reads and bills every item under the key condition before the FilterExpression discards some. When the filter drops most of them, put {{attributes}} into the sort key (a composite key such as `STATUS#date`) or a GSI, so the key condition selects the items.',
  },
  options: allowOnlyOptions('`scripts/**`'),
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const identities = new CallIdentities();
    for (const use of uses) {
      const scan = use.operation === 'Scan' || use.operation === 'ParallelScan';
      if ((!scan && use.operation !== 'Query') || !use.filter || allowed(use.location.file)) continue;
      const table = declaredTableOf(use, tables);
      const attributes = use.filter.known ? use.filter.value.join(', ') : 'computed attributes';
      const index = use.index?.known ? ` (index ${use.index.value})` : '';
      report({
        ...(table ? { table } : {}),
        property: identities.of(use, `${use.operation}:filter`),
        location: use.filter.location,
        // Filtering a Scan wastes the whole table's reads; a Query's only what its key already selected.
        ...(scan ? {} : { severity: 'info' as const }),
        messageId: scan ? 'scanFilter' : 'queryFilter',
        data: { target: `${targetLabel(use, table)}${index}`, attributes },
      });
    }
  },
});
