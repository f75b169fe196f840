/**
 * What posture rules judge in drift mode: each declared table with its live counterpart, and each unmanaged
 * live table that was described. A posture setting is judged live where the declaration cannot settle it
 * (unknown until deploy time) or where the live table no longer has what the declaration gives it.
 */
import type { DriftPair, Prop, ReplicaModel, TableModel, UnmanagedTable } from '../model.ts';
import { valueOf } from '../model.ts';

export interface LivePosture {
  /** Absent for an unmanaged table: no declaration maps to it. */
  readonly declared?: TableModel;
  readonly live: TableModel;
}

export function livePostures(
  pairs: readonly DriftPair[],
  unmanaged: readonly UnmanagedTable[],
): LivePosture[] {
  return [
    ...pairs.map(({ declared, live }) => ({ declared, live })),
    ...unmanaged.flatMap((table) => (table.model ? [{ live: table.model }] : [])),
  ];
}

/** The region in a live table's ARN (`arn:aws:dynamodb:eu-west-1:…:table/orders`), when it has one. */
export function liveRegion(live: TableModel): string | undefined {
  return /^arn:[^:]+:dynamodb:([^:]+):/.exec(live.source.file)?.[1];
}

/**
 * The declaration's value of a per-replica setting for the replica a live table is: a GlobalTable's replica
 * in the live table's region, or the table's own setting for every other type (`setting` absent when the
 * declaration does not say). `undefined` when it cannot be told which replica the live table is.
 */
export function declaredForLive<T>(
  declared: TableModel,
  live: TableModel,
  tableSetting: Prop<T> | undefined,
  replicaSetting: (replica: ReplicaModel) => Prop<T> | undefined,
): { readonly setting?: Prop<T> } | undefined {
  if (declared.resourceType !== 'AWS::DynamoDB::GlobalTable') return setting(tableSetting);
  const region = liveRegion(live);
  if (region === undefined || !declared.replicas?.known) return undefined;
  const replica = declared.replicas.value.find((r) => valueOf(r.region) === region);
  return replica ? setting(replicaSetting(replica)) : undefined;
}

function setting<T>(prop: Prop<T> | undefined): { readonly setting?: Prop<T> } {
  return prop ? { setting: prop } : {};
}

/** How a declaration gives a setting the live table does not have, for messages. */
export function declaredWords(prop: Prop<unknown> | undefined): string {
  if (!prop) return 'does not set it';
  return prop.known ? 'turns it on' : `leaves it to deploy time (${prop.reason})`;
}

/** The live table's name for messages (its id when DescribeTable gave none). */
export function liveName(live: TableModel): string {
  return valueOf(live.name) ?? live.id;
}
