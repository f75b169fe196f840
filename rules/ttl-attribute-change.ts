import { deployerOf, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'ttl-attribute-change',
  kind: 'change',
  description:
    'The TTL attribute of a table is renamed, which needs TTL disabled and enabled again at least an hour apart.',
  severity: 'warning',
  messages: {
    renamedCloudFormation:
      'The TTL attribute of {{table}} changes from "{{before}}" to "{{after}}" (compared with {{base}}): DynamoDB must disable TTL and enable it again, and accepts one TimeToLive change per table per hour, so the CloudFormation update fails. Deploy "Enabled: false" first, then the new attribute an hour later; items keep expiring by the old attribute until then.',
    renamedTerraform:
      'The TTL attribute of {{table}} changes from "{{before}}" to "{{after}}" (compared with {{base}}): DynamoDB must disable TTL and enable it again, and accepts one TimeToLive change per table per hour, so the apply fails. Deploy "Enabled: false" first, then the new attribute an hour later; items keep expiring by the old attribute until then.',
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base?.ttl?.known || !head?.ttl?.known) continue;
      const before = base.ttl.value;
      const after = head.ttl.value;
      if (!before.enabled || !after.enabled || before.attribute === after.attribute) continue;
      const data = {
        table: tableLabel(head),
        before: String(before.attribute),
        after: String(after.attribute),
        base: revision,
      };
      const where = { table: head, property: 'TimeToLiveSpecification', location: head.ttl.location, data };
      if (deployerOf(head) === 'terraform') report({ ...where, messageId: 'renamedTerraform' });
      else report({ ...where, messageId: 'renamedCloudFormation' });
    }
  },
});
