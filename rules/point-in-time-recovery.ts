import { declaredWords, liveSettingOff } from '../src/drift/posture.ts';
import type { Location, Prop, TableModel } from '../src/model.ts';
import { tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MESSAGES = {
  liveOff:
    'Point-in-time recovery of {{table}} is off on the live table {{name}}, and the declaration {{declared}}: a bad write or delete cannot be undone there. Turn it on live (aws dynamodb update-continuous-backups --table-name {{name}} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true) and set {{fix}}.',
  unmanagedOff:
    'Point-in-time recovery of the live table {{name}} (no declaration in the linted code maps to it) is off: a bad write or delete cannot be undone. Turn it on (aws dynamodb update-continuous-backups --table-name {{name}} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true).',
  off: 'Point-in-time recovery of {{table}} is off: a bad write or delete cannot be undone by restoring the table to a moment before it. Set {{fix}} ({{recoveryPeriod}} keeps 1–35 days).',
  replicaOff:
    'Point-in-time recovery of the {{region}} replica of {{table}} is off: each replica keeps its own continuous backups, and this one cannot be restored. Set {{fix}}.',
};

/** How a Terraform table declared through the dynamodb-table module turns recovery on. */
const MODULE_FIX =
  'point_in_time_recovery_enabled = true (module 6.x: point_in_time_recovery = { enabled = true })';

/** Where to point: the setting when written, the whole declaration when the default applies. */
function at(prop: Prop<boolean>, fallback: Location): Location {
  return prop.known && prop.defaulted ? fallback : prop.location;
}

export default defineRule({
  id: 'point-in-time-recovery',
  kind: 'table',
  description:
    'Point-in-time recovery is off on a table or on a replica of a global table, so a bad write cannot be undone.',
  severity: 'warning',
  equivalents: [
    { tool: 'checkov', id: 'CKV_AWS_28' },
    {
      tool: 'checkov',
      id: 'CKV_AWS_165',
      differs: 'reads only the first replica of a GlobalTable; dynalint checks every replica',
    },
    { tool: 'trivy', id: 'AVD-AWS-0024' },
    {
      tool: 'cfn-nag',
      id: 'W78',
      differs: 'AWS::DynamoDB::Table only; dynalint also checks GlobalTable replicas',
    },
    { tool: 'cdk-nag', id: 'AwsSolutions-DDB3' },
    { tool: 'security-hub', id: 'DynamoDB.2' },
  ],
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      const words = vocabularyOf(table);
      const label = tableLabel(table);
      const pitr = table.pointInTimeRecovery;
      // A GlobalTable has no table-wide setting: every replica (including the stack's own region) has its own.
      if (pitr && valueOf(pitr) === false) {
        report({
          table,
          property: 'PointInTimeRecovery',
          location: at(pitr, table.location),
          messageId: 'off',
          data: {
            table: label,
            fix: declarationFix(table),
            recoveryPeriod: words.recoveryPeriod,
          },
        });
      }
      for (const replica of replicasOf(table)) {
        if (!replica.pointInTimeRecovery || valueOf(replica.pointInTimeRecovery) !== false) continue;
        const region = valueOf(replica.region) ?? '(unknown region)';
        report({
          table,
          property: `replica:${region}:PointInTimeRecovery`,
          // The region line names the replica in every layout (a JSON item starts with a bare `{`).
          location: at(replica.pointInTimeRecovery, replica.region.location),
          messageId: 'replicaOff',
          data: { table: label, region, fix: words.replicaPointInTimeRecoveryOn },
        });
      }
    }
  },
  // DescribeContinuousBackups says what is live; a server that cannot answer leaves it unknown (silent).
  needs: () => ['unmanaged-tables-described'],
  checkLive(context) {
    for (const { name, declared, setting } of liveSettingOff(context, 'pointInTimeRecovery', {
      messageId: 'unmanagedOff',
    })) {
      context.report({
        table: declared,
        property: 'live:PointInTimeRecovery',
        location: setting?.location ?? declared.location,
        messageId: 'liveOff',
        data: {
          table: tableLabel(declared),
          name,
          declared: declaredWords(setting),
          fix: declarationFix(declared),
        },
      });
    }
  },
});

/** The setting that turns recovery on, in the declaration's own terms. */
function declarationFix(table: TableModel): string {
  const words = vocabularyOf(table);
  if (table.id.startsWith('module.')) return MODULE_FIX;
  return table.resourceType === 'AWS::DynamoDB::GlobalTable'
    ? words.replicaPointInTimeRecoveryOn
    : words.pointInTimeRecoveryOn;
}

function replicasOf(table: TableModel) {
  return table.replicas?.known ? table.replicas.value : [];
}
