import { CallIdentities, declaredIndexes, describeKeys, keysOf } from '../src/code/access.ts';
import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import type { KeyConditionTerm, KeyElement, Location } from '../src/model.ts';
import type { MessageData } from '../src/rule.ts';
import { defineRule } from '../src/rule.ts';

type Problem = 'notAKey' | 'rangeOnPartitionKey' | 'partitionKeyMissing';

interface ProblemReport {
  readonly messageId: Problem;
  readonly data: MessageData;
  /** The offending term, when there is one. */
  readonly location?: Location;
}

export default defineRule({
  id: 'key-condition-mismatch',
  kind: 'code',
  description: 'A key condition off the queried key schema.',
  severity: 'error',
  messages: {
    notAKey:
      'The key condition names {{attribute}}, which is not a key of {{target}} ({{keys}}): DynamoDB rejects the Query. Move conditions on other attributes to a FilterExpression, or query an index keyed on {{attribute}}.',
    rangeOnPartitionKey:
      'The key condition uses {{operator}} on the partition key {{attribute}} of {{target}}: a Query must pin the partition key with =, so DynamoDB rejects it. Range conditions belong on the sort key.',
    partitionKeyMissing:
      'The key condition does not pin the partition key {{attribute}} of {{target}} ({{keys}}): DynamoDB rejects the Query. Add `{{attribute}} = :value`.',
  },
  check({ uses, tables, report }) {
    const identities = new CallIdentities();
    for (const use of uses) {
      if (use.operation !== 'Query' || !use.keyCondition?.known) continue;
      const table = declaredTableOf(use, tables);
      if (!table) continue;
      const index = use.index ? (use.index.known ? use.index.value : undefined) : undefined;
      if (use.index && index === undefined) continue;
      // An index the table does not declare is unknown-index's finding, not a key mismatch.
      if (index !== undefined && !declaredIndexes(table)?.some((i) => i.indexName === index)) continue;
      const keys = keysOf(table, index);
      if (!keys) continue;
      const problem = problemOf(use.keyCondition.value, keys);
      if (!problem) continue;
      const target = `${targetLabel(use, table)}${index !== undefined ? ` (index ${index})` : ''}`;
      report({
        table,
        property: identities.of(use),
        location: problem.location ?? use.keyCondition.location,
        messageId: problem.messageId,
        data: { ...problem.data, target, keys: describeKeys(keys) },
      });
    }
  },
});

function problemOf(
  terms: readonly KeyConditionTerm[],
  keys: readonly KeyElement[],
): ProblemReport | undefined {
  const partition = keys.find((key) => key.role === 'partition')?.attribute;
  for (const term of terms) {
    if (!keys.some((key) => key.attribute === term.attribute))
      return { messageId: 'notAKey', data: { attribute: term.attribute }, location: term.location };
    if (term.attribute === partition && term.operator !== '=')
      return {
        messageId: 'rangeOnPartitionKey',
        data: { attribute: term.attribute, operator: term.operator },
        location: term.location,
      };
  }
  if (partition !== undefined && !terms.some((term) => term.attribute === partition))
    return { messageId: 'partitionKeyMissing', data: { attribute: partition } };
  return undefined;
}
