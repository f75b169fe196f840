import { CallIdentities, onePerCall } from '../src/code/access.ts';
import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'unprocessed-items',
  kind: 'code',
  description: 'A batch whose unprocessed items are lost.',
  severity: 'warning',
  messages: {
    write:
      'BatchWriteItem on {{target}} ({{library}}): nothing in this file reads UnprocessedItems. Under throttling DynamoDB accepts part of a batch and returns the rest there; without a retry those writes are silently lost. Retry UnprocessedItems with backoff until it is empty.',
    get: 'BatchGetItem on {{target}} ({{library}}): nothing in this file reads UnprocessedKeys. Under throttling or past 16 MB DynamoDB returns part of the items and lists the rest there; without a retry the result is silently incomplete. Retry UnprocessedKeys with backoff until it is empty.',
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of onePerCall(uses)) {
      const write = use.operation === 'BatchWriteItem';
      if ((!write && use.operation !== 'BatchGetItem') || use.unprocessedHandled !== false) continue;
      const table = declaredTableOf(use, tables);
      report({
        ...(table ? { table } : {}),
        property: identities.of(use),
        location: use.location,
        messageId: write ? 'write' : 'get',
        data: { target: targetLabel(use, table), library: use.library },
      });
    }
  },
});
