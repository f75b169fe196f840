/**
 * The baseline file (`.dynalint-baseline.json`), like ESLint's bulk suppressions or Checkov's `--baseline`:
 * the findings a team accepts for now, by fingerprint, so a run reports only what is not in it. One
 * entry per line, sorted, so adding or fixing a finding is a one-line diff; entries that no longer match
 * anything are reported, so the file only shrinks.
 */
import type { Finding, LoadProblem } from '../model.ts';

export const BASELINE_FILE = '.dynalint-baseline.json';
const VERSION = 1;

export interface BaselineEntry {
  readonly file: string;
  readonly ruleId: string;
  readonly fingerprint: string;
  /** Findings with this fingerprint that are accepted (several can share one). */
  readonly count: number;
}

export interface Baseline {
  /** Where it was read from, relative to cwd: stale entries are reported there. */
  readonly file: string;
  readonly entries: readonly BaselineEntry[];
  /** Each entry's line in the file (1-based), by fingerprint. */
  readonly lines: ReadonlyMap<string, number>;
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  return (
    compareText(a.file, b.file) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The baseline of these findings: stable bytes for the same findings, whatever their order or lines. */
export function formatBaseline(findings: readonly Finding[]): string {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry = entries.get(finding.fingerprint);
    entries.set(finding.fingerprint, {
      file: finding.location.file,
      ruleId: finding.ruleId,
      fingerprint: finding.fingerprint,
      count: (entry?.count ?? 0) + 1,
    });
  }
  const sorted = [...entries.values()].sort(compare);
  const lines = sorted.map((entry, i) => `    ${JSON.stringify(entry)}${i === sorted.length - 1 ? '' : ','}`);
  return `{\n  "version": ${VERSION},\n  "findings": [${lines.length ? `\n${lines.join('\n')}\n  ` : ''}]\n}\n`;
}

/** The baseline in `text`, or a message saying what is wrong with it. */
export function parseBaseline(text: string, file: string): Baseline | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}): write it again with --write-baseline`;
  }
  const findings = (parsed as { version?: unknown; findings?: unknown } | null)?.findings;
  if ((parsed as { version?: unknown } | null)?.version !== VERSION || !Array.isArray(findings)) {
    return `${file} is not a dynalint baseline (version ${VERSION} with a "findings" list): write it again with --write-baseline`;
  }
  const entries: BaselineEntry[] = [];
  for (const item of findings as unknown[]) {
    const entry = item as Partial<Record<keyof BaselineEntry, unknown>> | null;
    if (
      typeof entry?.file !== 'string' ||
      typeof entry.ruleId !== 'string' ||
      typeof entry.fingerprint !== 'string'
    ) {
      return `${file}: every entry needs "file", "ruleId" and "fingerprint": write it again with --write-baseline`;
    }
    const count = typeof entry.count === 'number' && entry.count > 0 ? Math.floor(entry.count) : 1;
    entries.push({ file: entry.file, ruleId: entry.ruleId, fingerprint: entry.fingerprint, count });
  }
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const fingerprint = /"fingerprint":\s*"([^"]+)"/.exec(line)?.[1];
    if (fingerprint && !lines.has(fingerprint)) lines.set(fingerprint, i + 1);
  });
  return { file, entries, lines };
}

export interface BaselineOutcome {
  /** The findings the baseline does not accept. */
  readonly findings: Finding[];
  /** How many findings it accepted. */
  readonly accepted: number;
  /** One problem per file whose entries match nothing any more. */
  readonly stale: LoadProblem[];
}

/**
 * Removes the findings the baseline accepts. `judged` says whether this run could have produced an entry's
 * finding (its rule ran, its file was linted or is gone): only those entries can be stale.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  judged: (entry: BaselineEntry) => boolean,
): BaselineOutcome {
  const left = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  let accepted = 0;
  const kept = findings.filter((finding) => {
    const count = left.get(finding.fingerprint) ?? 0;
    if (count === 0) return true;
    left.set(finding.fingerprint, count - 1);
    accepted += 1;
    return false;
  });
  const staleByFile = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.entries) {
    // An entry is stale when none of its findings is left; fewer than its count is still a match.
    if (left.get(entry.fingerprint) !== entry.count || !judged(entry)) continue;
    staleByFile.set(entry.file, [...(staleByFile.get(entry.file) ?? []), entry]);
  }
  const stale: LoadProblem[] = [...staleByFile].map(([file, entries]) => {
    const line = Math.min(...entries.map((e) => baseline.lines.get(e.fingerprint) ?? 1));
    const rules = [...new Set(entries.map((e) => e.ruleId))].join(', ');
    return {
      ruleId: 'stale-baseline',
      severity: 'info',
      message: `${entries.length === 1 ? '1 baseline entry' : `${entries.length} baseline entries`} for ${file} (${rules}) ${entries.length === 1 ? 'matches no finding any more: it was' : 'match no finding any more: they were'} fixed; run \`dynalint --write-baseline\` to shrink the baseline`,
      location: { file: baseline.file, line, column: 1, endLine: line, endColumn: 1 },
      key: file,
    };
  });
  return { findings: kept, accepted, stale };
}
