/**
 * What posture rules judge in drift mode: each declared table with its live counterpart, and each unmanaged
 * live table that was described. A posture setting is judged live where the declaration cannot settle it
 * (unknown until deploy time) or where the live table no longer has what the declaration gives it.
 */
import type { DriftPair, Prop, TableModel, UnmanagedTable } from '../model.ts';
import { valueOf } from '../model.ts';
import type { ReportFunction } from '../rule.ts';

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

/** A declared table whose live counterpart has a posture setting off, and what the declaration says of it. */
export interface LiveOff {
  readonly declared: TableModel;
  /** The live table's name, for messages. */
  readonly name: string;
  /** The declaration's value (on, or unknown until deploy time); absent when it does not set it. */
  readonly setting?: Prop<boolean>;
}

/** The drift facts a live posture check reads, and its rule's report function. */
export interface LiveCheck<M extends string> {
  readonly pairs: readonly DriftPair[];
  readonly unmanaged: readonly UnmanagedTable[];
  readonly report: ReportFunction<M>;
}

/** Posture settings that are on or off, kept by a table and by each replica of a global table alike. */
export type BooleanSetting = 'pointInTimeRecovery' | 'deletionProtection';

/**
 * Reports (the rule's `unmanaged` message, data `name`) each unmanaged live table whose `key` is known off, and returns
 * the declared tables whose live counterpart has it off, except those whose declaration turns it off too
 * (the declaration's own finding says so, where it is fixed) and GlobalTables whose replica for the live
 * table cannot be told. The fingerprint's property is the setting's name (`PointInTimeRecovery`).
 */
export function liveSettingOff<M extends string>(
  { pairs, unmanaged, report }: LiveCheck<M>,
  key: BooleanSetting,
  unmanagedMessage: { readonly messageId: M },
): LiveOff[] {
  const property = `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const off: LiveOff[] = [];
  for (const { declared, live } of livePostures(pairs, unmanaged)) {
    if (valueOf(live[key]) !== false) continue;
    const name = liveName(live);
    if (!declared) {
      report({ table: live, property, location: live.location, ...unmanagedMessage, data: { name } });
      continue;
    }
    const declaration = declaredForLive(declared, live, key);
    if (!declaration || valueOf(declaration.setting) === false) continue;
    off.push({ declared, name, ...declaration });
  }
  return off;
}

/** The region in a live table's ARN (`arn:aws:dynamodb:eu-west-1:…:table/orders`), when it has one. */
export function liveRegion(live: TableModel): string | undefined {
  return /^arn:[^:]+:dynamodb:([^:]+):/.exec(live.source.file)?.[1];
}

/**
 * The declaration's value of `key` for the replica a live table is: a GlobalTable's replica in the live
 * table's region, or the table's own setting for every other type (`setting` absent when the declaration
 * does not say). `undefined` when it cannot be told which replica the live table is.
 */
function declaredForLive(
  declared: TableModel,
  live: TableModel,
  key: BooleanSetting,
): { readonly setting?: Prop<boolean> } | undefined {
  if (declared.resourceType !== 'AWS::DynamoDB::GlobalTable') return reading(declared[key]);
  const region = liveRegion(live);
  if (region === undefined || !declared.replicas?.known) return undefined;
  const replica = declared.replicas.value.find((r) => valueOf(r.region) === region);
  return replica ? reading(replica[key]) : undefined;
}

function reading(prop: Prop<boolean> | undefined): { readonly setting?: Prop<boolean> } {
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
