import { deployerOf, tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'table-removed',
  kind: 'change',
  description:
    'A table disappears from the infrastructure code without DeletionPolicy: Retain or deletion protection, so deploying deletes it and its data.',
  severity: 'error',
  messages: {
    protectedCloudFormation:
      '{{table}} (declared here at {{base}}) is removed; deletion protection will stop the CloudFormation update from deleting it, so the deploy fails. To stop managing it, first set DeletionPolicy: Retain and deploy.',
    protectedTerraform:
      '{{table}} (declared here at {{base}}) is removed; deletion protection will stop terraform apply from deleting it, so the deploy fails. To stop managing it, use `terraform state rm` (or a `removed` block).',
    deletedCloudFormation:
      '{{table}} (declared here at {{base}}) is removed: CloudFormation deletes the table and all its data. Deploy DeletionPolicy: Retain first to keep the table, or enable DeletionProtectionEnabled.',
    deletedTerraform:
      '{{table}} (declared here at {{base}}) is removed: terraform apply destroys the table and all its data. Enable deletion_protection_enabled first, or use a `removed` block with `destroy = false` to keep it.',
  },
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || head) continue;
      if (valueOf(base.deletionPolicy) === 'Retain') continue;
      const terraform = deployerOf(base) === 'terraform';
      const where = {
        table: base,
        property: 'removed',
        location: base.location,
        data: { table: tableLabel(base), base: revision },
      };
      if (valueOf(base.deletionProtection) === true) {
        report({
          ...where,
          severity: 'warning',
          messageId: terraform ? 'protectedTerraform' : 'protectedCloudFormation',
        });
        continue;
      }
      report({ ...where, messageId: terraform ? 'deletedTerraform' : 'deletedCloudFormation' });
    }
  },
});
