/**
 * New versus existing findings: the base revision is linted with the same rules, and each finding of the
 * head is `unchanged` when the base has a finding with the same fingerprint, otherwise `new`. Fingerprints
 * ignore lines, so an edit above a finding does not make it new; several findings can share one (two
 * Scans of one table in one file), so they are matched as a multiset: the base's count is what is old.
 */
import type { Finding } from '../model.ts';

export type BaselineState = NonNullable<Finding['baselineState']>;

/**
 * The head's findings, each with its `baselineState`. `alwaysNew` findings are about the change itself
 * (a table replaced by this change) or about the run, never inherited from the base.
 */
export function markBaselineState(
  head: readonly Finding[],
  base: readonly Finding[],
  alwaysNew: (finding: Finding) => boolean,
): Finding[] {
  const remaining = new Map<string, Finding[]>();
  for (const finding of base) {
    const group = remaining.get(finding.fingerprint);
    if (group) group.push(finding);
    else remaining.set(finding.fingerprint, [finding]);
  }
  const states = new Array<BaselineState>(head.length).fill('new');
  const take = (index: number, match: (candidate: Finding) => boolean): void => {
    const finding = head[index] as Finding;
    const group = remaining.get(finding.fingerprint);
    const at = group?.findIndex(match) ?? -1;
    if (!group || at === -1) return;
    group.splice(at, 1);
    states[index] = 'unchanged';
  };
  const candidates = head.flatMap((finding, index) => (alwaysNew(finding) ? [] : [index]));
  // Same fingerprint and same message first, so the finding that did not change keeps its state.
  for (const index of candidates) take(index, (c) => c.message === (head[index] as Finding).message);
  for (const index of candidates) if (states[index] === 'new') take(index, () => true);
  return head.map((finding, index) => ({ ...finding, baselineState: states[index] as BaselineState }));
}

/** Findings that count for the pass/fail decision, annotations and headlines when only new ones do. */
export function newFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.baselineState !== 'unchanged');
}
