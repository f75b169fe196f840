import { indexSignatures } from '../src/diff/compare.ts';
import { deployerOf, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'gsi-update-limit',
  kind: 'change',
  description:
    'One CloudFormation update creates or deletes more than one global secondary index, which DynamoDB rejects.',
  severity: 'error',
  messages: {
    createsAndDeletes:
      'This change creates {{created}} and deletes {{deleted}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments).',
    creates:
      'This change creates {{created}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments).',
    deletes:
      'This change deletes {{deleted}} on {{table}} (compared with {{base}}): DynamoDB creates or deletes only one global secondary index per update, so the CloudFormation update fails. Deploy one index change at a time ({{count}} deployments).',
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      // Terraform applies index changes one UpdateTable call at a time; CloudFormation does not.
      if (!base || !head || deployerOf(head) !== 'cloudformation' || base.resourceType !== head.resourceType)
        continue;
      const before = indexSignatures(base.globalIndexes);
      const after = indexSignatures(head.globalIndexes);
      if (!before || !after) continue;
      // Changing an index's key or projection, or renaming it, deletes it and creates another.
      const created = [...after]
        .filter(([name, signature]) => before.get(name) !== signature)
        .map(([name]) => name);
      const deleted = [...before]
        .filter(([name, signature]) => after.get(name) !== signature)
        .map(([name]) => name);
      if (created.length + deleted.length <= 1) continue;
      report({
        table: head,
        property: 'GlobalSecondaryIndexes',
        location: head.globalIndexes.location,
        messageId: created.length === 0 ? 'deletes' : deleted.length === 0 ? 'creates' : 'createsAndDeletes',
        data: {
          table: tableLabel(head),
          created: created.join(', '),
          deleted: deleted.join(', '),
          base: revision,
          count: created.length + deleted.length,
        },
      });
    }
  },
});
