import { declaredWords, liveSettingOff } from '../src/drift/posture.ts';
import type { Location, Prop, TableModel } from '../src/model.ts';
import { deployerOf, tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

const MESSAGES = {
  unprotected:
    '{{table}} can be deleted with its data by a stack operation and nothing stops it: no {{deletionProtection}}, and DeletionPolicy is {{policy}}. Set {{deletionProtection}} or DeletionPolicy: Retain (with UpdateReplacePolicy: Retain).',
  simpleTableUnprotected:
    '{{table}} can be deleted with its data by a stack operation and nothing stops it: DeletionPolicy is {{policy}} (a SimpleTable has no deletion protection setting). Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain, or declare an AWS::DynamoDB::Table with DeletionProtectionEnabled.',
  snapshotPolicy:
    'DeletionPolicy Snapshot does not protect {{table}}: CloudFormation snapshots only EC2 volumes, ElastiCache, Neptune, RDS, DocumentDB and Redshift resources, so a stack deletion deletes this table and its data. Set {{deletionProtection}} or DeletionPolicy: Retain.',
  replacementUnprotected:
    '{{table}} survives a stack deletion (DeletionPolicy {{policy}}) but not a replacement: UpdateReplacePolicy is {{updatePolicy}}, so an update that replaces the table deletes the old one with its data. Set UpdateReplacePolicy: Retain or {{deletionProtection}}.',
  liveOff:
    'Deletion protection of {{table}} is off on the live table {{name}}, and the declaration {{declared}}: anyone with dynamodb:DeleteTable (a console click, a script) deletes it with its data. Turn it on live (aws dynamodb update-table --table-name {{name}} --deletion-protection-enabled) and set {{deletionProtection}}.',
  unmanagedOff:
    'Deletion protection of the live table {{name}} (no declaration in the linted code maps to it) is off: anyone with dynamodb:DeleteTable deletes it with its data. Turn it on (aws dynamodb update-table --table-name {{name}} --deletion-protection-enabled).',
  terraformUnprotected:
    '{{table}} can be deleted with its data by terraform destroy, a replacement or removing the resource, and nothing stops it. Set deletion_protection_enabled = true or lifecycle { prevent_destroy = true }.',
};

/** Policies that keep the table when CloudFormation deletes the resource. */
const RETAINING = new Set(['Retain', 'RetainExceptOnCreate']);

/** True when every value is known true, false when one is known false, undefined otherwise. */
function allOn(values: readonly (Prop<boolean> | undefined)[]): boolean | undefined {
  if (values.some((v) => valueOf(v) === false)) return false;
  return values.length > 0 && values.every((v) => valueOf(v) === true) ? true : undefined;
}

/** DeletionProtectionEnabled of the table, or of every replica of a GlobalTable. */
function deletionProtection(table: TableModel): boolean | undefined {
  if (table.resourceType === 'AWS::DynamoDB::GlobalTable') {
    if (!table.replicas?.known) return undefined;
    return allOn(table.replicas.value.map((r) => r.deletionProtection));
  }
  return allOn([table.deletionProtection]);
}

/**
 * What keeps the deployer from deleting the table besides deletion protection: a retaining DeletionPolicy
 * (CloudFormation family) or prevent_destroy (Terraform). `undefined` when that cannot be known.
 */
function otherProtection(table: TableModel): boolean | undefined {
  if (deployerOf(table) === 'terraform') {
    if (table.source.format === 'terraform-plan') return undefined;
    const preventDestroy = valueOf(table.preventDestroy);
    return table.preventDestroy && preventDestroy === undefined ? undefined : preventDestroy === true;
  }
  const policy = table.deletionPolicy;
  return policy?.known ? RETAINING.has(policy.value) : undefined;
}

function written(prop: Prop<string> | undefined, fallback: Location): Location {
  return prop && !(prop.known && prop.defaulted) ? prop.location : fallback;
}

export default defineRule({
  id: 'deletion-protection',
  kind: 'table',
  description:
    'Nothing stops a stack operation from deleting a table and its data: no deletion protection, and no Retain policy (CloudFormation) or prevent_destroy (Terraform).',
  severity: 'warning',
  equivalents: [
    {
      tool: 'security-hub',
      id: 'DynamoDB.6',
      differs:
        'checks DeletionProtectionEnabled only; dynalint also accepts a Retain policy or prevent_destroy',
    },
    {
      tool: 'cfn-lint',
      id: 'I3011',
      differs: 'asks for both policies to be set; dynalint accepts deletion protection instead',
    },
  ],
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      const protection = deletionProtection(table);
      // Deletion protection stops every deletion, a replacement's included.
      if (protection !== false) continue;
      const label = tableLabel(table);
      const global = table.resourceType === 'AWS::DynamoDB::GlobalTable';
      const deletionProtectionWords = global
        ? 'DeletionProtectionEnabled: true on every replica'
        : 'DeletionProtectionEnabled: true';
      if (deployerOf(table) === 'terraform') {
        // A plan carries no lifecycle block: prevent_destroy cannot be seen there.
        // A module block takes no lifecycle block: a module's table has no prevent_destroy of its own.
        if (table.source.format === 'terraform-plan') continue;
        if (table.preventDestroy && valueOf(table.preventDestroy) !== false) continue;
        report({
          table,
          property: 'DeletionProtection',
          location: table.location,
          messageId: 'terraformUnprotected',
          data: { table: label },
        });
        continue;
      }
      const policy = table.deletionPolicy;
      const updatePolicy = table.updateReplacePolicy;
      if (!policy?.known) continue;
      const data = {
        table: label,
        policy: policy.defaulted ? `${policy.value} (the default)` : policy.value,
        deletionProtection: deletionProtectionWords,
      };
      if (policy.value === 'Snapshot') {
        report({
          table,
          property: 'DeletionPolicy',
          location: policy.location,
          messageId: 'snapshotPolicy',
          data,
        });
      } else if (!RETAINING.has(policy.value)) {
        const simple = table.resourceType === 'AWS::Serverless::SimpleTable';
        report({
          table,
          property: 'DeletionPolicy',
          location: written(policy, table.location),
          messageId: simple ? 'simpleTableUnprotected' : 'unprotected',
          data,
        });
      } else if (updatePolicy?.known && !RETAINING.has(updatePolicy.value) && !table.name) {
        // A custom-named table cannot be replaced at all (the update fails), so only a generated name loses data.
        report({
          table,
          property: 'UpdateReplacePolicy',
          location: written(updatePolicy, policy.location),
          messageId: 'replacementUnprotected',
          data: { ...data, updatePolicy: updatePolicy.value },
        });
      }
    }
  },
  needs: () => ['unmanaged-tables-described'],
  checkLive(context) {
    for (const { name, declared, setting } of liveSettingOff(context, 'deletionProtection', {
      messageId: 'unmanagedOff',
    })) {
      // Declared on, it was turned off outside the code. Left to deploy time, the live state decides, unless
      // a Retain policy or prevent_destroy keeps the table from the deployer anyway.
      if (!setting?.known && otherProtection(declared) !== false) continue;
      context.report({
        table: declared,
        property: 'live:DeletionProtection',
        location: setting?.location ?? declared.location,
        messageId: 'liveOff',
        data: {
          table: tableLabel(declared),
          name,
          declared: declaredWords(setting),
          deletionProtection:
            deployerOf(declared) === 'terraform'
              ? 'deletion_protection_enabled = true'
              : 'DeletionProtectionEnabled: true',
        },
      });
    }
  },
});
