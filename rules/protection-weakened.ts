import type { Location, Prop, TableModel } from '../src/model.ts';
import { tableLabel, valueOf } from '../src/model.ts';
import { defineRule, type ReportFunction } from '../src/rule.ts';

function weakened(
  report: ReportFunction,
  head: TableModel,
  before: Prop<boolean> | undefined,
  after: Prop<boolean> | undefined,
  property: string,
  message: string,
  fallback: Location,
): void {
  if (valueOf(before) !== true || valueOf(after) !== false) return;
  report({ table: head, property, location: after?.location ?? fallback, message });
}

export default defineRule<'change', Record<string, never>>({
  id: 'protection-weakened',
  kind: 'change',
  description:
    'A change turns off point-in-time recovery or deletion protection, or drops a Retain deletion/replace policy.',
  severity: 'warning',
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head) continue;
      const name = tableLabel(head);
      weakened(
        report,
        head,
        base.pointInTimeRecovery,
        head.pointInTimeRecovery,
        'PointInTimeRecovery',
        `Point-in-time recovery of ${name} is turned off (it is on at ${revision}): its continuous backups are deleted and the table can no longer be restored to a moment before a bad write.`,
        head.location,
      );
      weakened(
        report,
        head,
        base.deletionProtection,
        head.deletionProtection,
        'DeletionProtection',
        `Deletion protection of ${name} is turned off (it is on at ${revision}): a later removal or replacement can now delete the table and its data.`,
        head.location,
      );
      for (const policy of ['deletionPolicy', 'updateReplacePolicy'] as const) {
        if (valueOf(base[policy]) !== 'Retain' || !head[policy]?.known || valueOf(head[policy]) === 'Retain')
          continue;
        const key = policy === 'deletionPolicy' ? 'DeletionPolicy' : 'UpdateReplacePolicy';
        report({
          table: head,
          property: key,
          location: (head[policy] as Prop<string>).location,
          message: `${key} of ${name} changes from Retain (at ${revision}) to ${valueOf(head[policy])}: ${policy === 'deletionPolicy' ? 'removing the table from the stack' : 'a replacement'} would now delete it and its data.`,
        });
      }
      if (!base.replicas?.known || !head.replicas?.known) continue;
      for (const replica of head.replicas.value) {
        const region = valueOf(replica.region);
        const before = base.replicas.value.find((r) => region !== undefined && valueOf(r.region) === region);
        if (!before) continue;
        weakened(
          report,
          head,
          before.pointInTimeRecovery,
          replica.pointInTimeRecovery,
          `replica:${region}:PointInTimeRecovery`,
          `Point-in-time recovery of the ${region} replica of ${name} is turned off (it is on at ${revision}).`,
          replica.location,
        );
        weakened(
          report,
          head,
          before.deletionProtection,
          replica.deletionProtection,
          `replica:${region}:DeletionProtection`,
          `Deletion protection of the ${region} replica of ${name} is turned off (it is on at ${revision}).`,
          replica.location,
        );
      }
    }
  },
});
