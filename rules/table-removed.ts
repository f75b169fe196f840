import { deployerOf, tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule<'change', Record<string, never>>({
  id: 'table-removed',
  kind: 'change',
  description:
    'A table disappears from the infrastructure code without DeletionPolicy: Retain or deletion protection, so deploying deletes it and its data.',
  severity: 'error',
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || head) continue;
      if (valueOf(base.deletionPolicy) === 'Retain') continue;
      const terraform = deployerOf(base) === 'terraform';
      if (valueOf(base.deletionProtection) === true) {
        report({
          table: base,
          property: 'removed',
          location: base.location,
          severity: 'warning',
          message: `${tableLabel(base)} (declared here at ${revision}) is removed; deletion protection will stop ${terraform ? 'terraform apply' : 'the CloudFormation update'} from deleting it, so the deploy fails. ${terraform ? 'To stop managing it, use `terraform state rm` (or a `removed` block)' : 'To stop managing it, first set DeletionPolicy: Retain and deploy'}.`,
        });
        continue;
      }
      report({
        table: base,
        property: 'removed',
        location: base.location,
        message: `${tableLabel(base)} (declared here at ${revision}) is removed: ${terraform ? 'terraform apply destroys' : 'CloudFormation deletes'} the table and all its data. ${terraform ? 'Enable deletion_protection_enabled first, or use a `removed` block with `destroy = false` to keep it' : 'Deploy DeletionPolicy: Retain first to keep the table, or enable DeletionProtectionEnabled'}.`,
      });
    }
  },
});
