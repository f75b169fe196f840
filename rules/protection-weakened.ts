import type { Location, Prop, TableModel } from '../src/model.ts';
import { tableLabel, valueOf } from '../src/model.ts';
import { defineRule, type MessageData, type ReportFunction } from '../src/rule.ts';

const MESSAGES = {
  pointInTimeRecoveryOff:
    'Point-in-time recovery of {{table}} is turned off (it is on at {{base}}): its continuous backups are deleted and the table can no longer be restored to a moment before a bad write.',
  deletionProtectionOff:
    'Deletion protection of {{table}} is turned off (it is on at {{base}}): a later removal or replacement can now delete the table and its data.',
  deletionPolicyDropped:
    'DeletionPolicy of {{table}} changes from Retain (at {{base}}) to {{policy}}: removing the table from the stack would now delete it and its data.',
  updateReplacePolicyDropped:
    'UpdateReplacePolicy of {{table}} changes from Retain (at {{base}}) to {{policy}}: a replacement would now delete it and its data.',
  replicaPointInTimeRecoveryOff:
    'Point-in-time recovery of the {{region}} replica of {{table}} is turned off (it is on at {{base}}).',
  replicaDeletionProtectionOff:
    'Deletion protection of the {{region}} replica of {{table}} is turned off (it is on at {{base}}).',
};
type MessageId = keyof typeof MESSAGES;

interface Weakening {
  readonly before: Prop<boolean> | undefined;
  readonly after: Prop<boolean> | undefined;
  readonly property: string;
  readonly messageId: MessageId;
  readonly fallback: Location;
}

/** Reports a protection that is on at the base revision and off at the head. */
function weakened(
  report: ReportFunction<MessageId>,
  head: TableModel,
  data: MessageData,
  { before, after, property, messageId, fallback }: Weakening,
): void {
  if (valueOf(before) !== true || valueOf(after) !== false) return;
  report({ table: head, property, location: after?.location ?? fallback, messageId, data });
}

export default defineRule({
  id: 'protection-weakened',
  kind: 'change',
  description:
    'A change turns off point-in-time recovery or deletion protection, or drops a Retain deletion/replace policy.',
  severity: 'warning',
  messages: MESSAGES,
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head) continue;
      const data = { table: tableLabel(head), base: revision };
      weakened(report, head, data, {
        before: base.pointInTimeRecovery,
        after: head.pointInTimeRecovery,
        property: 'PointInTimeRecovery',
        messageId: 'pointInTimeRecoveryOff',
        fallback: head.location,
      });
      weakened(report, head, data, {
        before: base.deletionProtection,
        after: head.deletionProtection,
        property: 'DeletionProtection',
        messageId: 'deletionProtectionOff',
        fallback: head.location,
      });
      for (const policy of ['deletionPolicy', 'updateReplacePolicy'] as const) {
        if (valueOf(base[policy]) !== 'Retain' || !head[policy]?.known || valueOf(head[policy]) === 'Retain')
          continue;
        const deletion = policy === 'deletionPolicy';
        report({
          table: head,
          property: deletion ? 'DeletionPolicy' : 'UpdateReplacePolicy',
          location: (head[policy] as Prop<string>).location,
          messageId: deletion ? 'deletionPolicyDropped' : 'updateReplacePolicyDropped',
          data: { ...data, policy: String(valueOf(head[policy])) },
        });
      }
      if (!base.replicas?.known || !head.replicas?.known) continue;
      for (const replica of head.replicas.value) {
        const region = valueOf(replica.region);
        const before = base.replicas.value.find((r) => region !== undefined && valueOf(r.region) === region);
        if (!before) continue;
        const replicaData = { ...data, region: String(region) };
        weakened(report, head, replicaData, {
          before: before.pointInTimeRecovery,
          after: replica.pointInTimeRecovery,
          property: `replica:${region}:PointInTimeRecovery`,
          messageId: 'replicaPointInTimeRecoveryOff',
          fallback: replica.location,
        });
        weakened(report, head, replicaData, {
          before: before.deletionProtection,
          after: replica.deletionProtection,
          property: `replica:${region}:DeletionProtection`,
          messageId: 'replicaDeletionProtectionOff',
          fallback: replica.location,
        });
      }
    }
  },
});
