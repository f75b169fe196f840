import { deployerOf, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule<'change', Record<string, never>>({
  id: 'ttl-attribute-change',
  kind: 'change',
  description:
    'The TTL attribute of a table is renamed, which needs TTL disabled and enabled again at least an hour apart.',
  severity: 'warning',
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base?.ttl?.known || !head?.ttl?.known) continue;
      const before = base.ttl.value;
      const after = head.ttl.value;
      if (!before.enabled || !after.enabled || before.attribute === after.attribute) continue;
      const how = deployerOf(head) === 'terraform' ? 'the apply fails' : 'the CloudFormation update fails';
      report({
        table: head,
        property: 'TimeToLiveSpecification',
        location: head.ttl.location,
        message: `The TTL attribute of ${tableLabel(head)} changes from "${before.attribute}" to "${after.attribute}" (compared with ${revision}): DynamoDB must disable TTL and enable it again, and accepts one TimeToLive change per table per hour, so ${how}. Deploy "Enabled: false" first, then the new attribute an hour later; items keep expiring by the old attribute until then.`,
      });
    }
  },
});
