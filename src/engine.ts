/**
 * Runs the catalogue's rules over the facts and turns their reports into findings: severity from
 * configuration, a stable fingerprint, condition-branch merging, suppression, de-duplication, order.
 */
import { createHash } from 'node:crypto';
import { ruleDocsUrl } from './meta.ts';
import { interned } from './shared/interned.ts';
import {
  SEVERITIES,
  type Finding,
  type LoadProblem,
  type Location,
  type Severity,
  type Suppression,
  type TableModel,
} from './model.ts';
import { formatMessage, type FactsByKind, type Report, type Rule, type RuleKind } from './rule.ts';

export interface RuleSetting {
  readonly severity: Severity;
  /** Options after schema validation, defaults filled in. */
  readonly options: unknown;
  /** The user chose the severity (it then overrides per-report severities). */
  readonly configured: boolean;
}

/** Enabled rules only, by id. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

/** The facts of each kind that this run gathered; rules of a kind with no facts do not run. */
export type Facts = { readonly [K in RuleKind]?: FactsByKind[K] };

export interface RuleFailure {
  readonly ruleId: string;
  readonly message: string;
}

export interface RuleRun {
  readonly findings: Finding[];
  /** Rules that threw: a defect in dynalint, reported apart from findings. */
  readonly failures: RuleFailure[];
  /** Rules that ran (enabled, and their kind's facts gathered): only their suppressions can be judged unused. */
  readonly ran: ReadonlySet<string>;
}

/**
 * Table rules judge one table at a time (every branch of it comes from the same file), so they run on each
 * file's tables as soon as that file is loaded: the models the run keeps then drop what only those rules
 * read (the evaluated declaration), and peak memory follows the largest file, not the corpus.
 */
export interface TableRulesPerFile {
  /** Judges a loaded file's tables; returns the result to keep. */
  readonly settle: <R extends { readonly tables: readonly TableModel[] }>(result: R) => R;
  /** Judges a loaded file's tables without taking the verdict in (`adopt` does, once it is kept). */
  readonly judge: <R extends { readonly tables: readonly TableModel[] }>(
    result: R,
  ) => FileJudgement & { readonly result: R };
  /** Takes in what the same rules found on a file judged elsewhere (a worker thread, an earlier run). */
  readonly adopt: (judged: FileJudgement) => void;
  /** What the table rules found so far; every enabled table rule counts as having run. */
  readonly run: () => RuleRun;
}

/** The table rules' verdict on one file. */
export interface FileJudgement {
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
}

/** Runs the table rules on one file's tables: their findings, and the tables without what only they read. */
export function judgeTables<R extends { readonly tables: readonly TableModel[] }>(
  catalogue: readonly Rule[],
  settings: RuleSettings,
  context: Omit<FactsByKind['table'], 'tables'>,
  result: R,
): FileJudgement & { readonly result: R } {
  if (result.tables.length === 0) return { result, findings: [], failures: [] };
  const tableRules = catalogue.filter((rule) => rule.kind === 'table');
  const { findings, failures } = runRules(tableRules, settings, {
    table: { ...context, tables: result.tables },
  });
  return { result: { ...result, tables: result.tables.map(withoutDeclaration) }, findings, failures };
}

export function tableRulesPerFile(
  catalogue: readonly Rule[],
  settings: RuleSettings,
  context: Omit<FactsByKind['table'], 'tables'>,
): TableRulesPerFile {
  const findings: Finding[] = [];
  // A rule that fails on every file is one failure, not one per file.
  const failures = new Map<string, RuleFailure>();
  const ran = new Set(
    catalogue.filter((rule) => rule.kind === 'table' && settings.has(rule.id)).map((rule) => rule.id),
  );
  const take = (judged: FileJudgement, finding: (found: Finding) => Finding): void => {
    for (const found of judged.findings) findings.push(finding(found));
    for (const failure of judged.failures) failures.set(`${failure.ruleId}\u0000${failure.message}`, failure);
  };
  // Findings judged elsewhere arrive as copies: their repeated strings are made one again.
  const adopt = (judged: FileJudgement): void => take(judged, sharingStrings);
  return {
    settle: (result) => {
      const judged = judgeTables(catalogue, settings, context, result);
      take(judged, (found) => found);
      return judged.result;
    },
    judge: (result) => judgeTables(catalogue, settings, context, result),
    adopt,
    run: () => ({ findings, failures: [...failures.values()], ran }),
  };
}

/** A copy of a finding that arrived as a copy (from a worker, a cache file) whose repeated strings are one again. */
function sharingStrings(finding: Finding): Finding {
  return {
    ...finding,
    message: interned(finding.message),
    location: { ...finding.location, file: interned(finding.location.file) },
    ...(finding.table !== undefined ? { table: interned(finding.table) } : {}),
    ...(finding.help !== undefined ? { help: interned(finding.help) } : {}),
  };
}

/** Two runs' results as one (rules of different kinds, or of one kind run in parts). */
export function joinRuns(a: RuleRun, b: RuleRun): RuleRun {
  return {
    findings: [...a.findings, ...b.findings],
    failures: [...a.failures, ...b.failures],
    ran: new Set([...a.ran, ...b.ran]),
  };
}

function withoutDeclaration(table: TableModel): TableModel {
  if (!table.declaration) return table;
  const { declaration: _judged, ...kept } = table;
  return kept;
}

/**
 * Runs every enabled rule of a kind whose facts are given. `branches` are the models that tell a finding of
 * one condition branch from one of every branch (default: the table facts).
 */
export function runRules(
  catalogue: readonly Rule[],
  settings: RuleSettings,
  facts: Facts,
  branches: readonly TableModel[] = facts.table?.tables ?? [],
): RuleRun {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const ran = new Set<string>();
  for (const rule of catalogue) {
    const setting = settings.get(rule.id);
    const ruleFacts = facts[rule.kind];
    const liveFacts = rule.checkLive ? facts.drift : undefined;
    if (!setting || (!ruleFacts && !liveFacts)) continue;
    ran.add(rule.id);
    const report = (r: Report): void => {
      const severity =
        r.severityFromOptions ?? (setting.configured ? setting.severity : (r.severity ?? setting.severity));
      const template = (rule.messages as Readonly<Record<string, string>>)[r.messageId];
      if (template === undefined) throw new Error(`reported an unknown messageId "${r.messageId}"`);
      findings.push(toFinding(rule.id, r, formatMessage(template, r.data), severity));
    };
    try {
      if (ruleFacts)
        (rule.check as (context: object) => void)({ ...ruleFacts, options: setting.options, report });
      if (liveFacts) {
        (rule.checkLive as (context: object) => void)({ ...liveFacts, options: setting.options, report });
      }
    } catch (error) {
      failures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings: mergeBranches(findings, branches), failures, ran };
}

/** Table findings carry this until branches are merged: the variant that produced them. */
interface BranchedFinding extends Finding {
  readonly variant?: string;
}

function toFinding(ruleId: string, report: Report, message: string, severity: Severity): BranchedFinding {
  const table = report.table;
  // A location in an app's source that a generated file (a synthesized CDK template) stands for: the
  // generated place is a related location.
  const { generated, ...location } = report.location;
  return {
    ruleId,
    messageId: report.messageId,
    severity,
    message: interned(message),
    location: { ...location, file: interned(location.file) },
    ...(table ? { table: interned(table.id) } : {}),
    help: interned(ruleDocsUrl(ruleId)),
    fingerprint: fingerprint(ruleId, location.file, table, report.property ?? '', report.messageId),
    ...(generated ? { related: [generated] } : {}),
    ...(table?.variant ? { variant: table.variant } : {}),
  };
}

/**
 * Rule + file + table + property + message id: independent of lines and wording, so it survives edits above
 * the finding and rephrased messages.
 */
export function fingerprint(
  ruleId: string,
  file: string,
  table: TableModel | undefined,
  property: string,
  messageId: string,
): string {
  const subject = table ? `${table.source.file}\u0000${table.id}` : file;
  // The first 16 bytes as hex: a string of its own, where slicing a longer one keeps the whole one alive.
  return createHash('sha256')
    .update(`${ruleId}\u0000${subject}\u0000${property}\u0000${messageId}`)
    .digest()
    .toString('hex', 0, 16);
}

/**
 * A table with condition branches is checked once per branch. A finding raised by every branch is one
 * finding; one raised by only some says when it applies ("when IsProd").
 */
function mergeBranches(findings: readonly BranchedFinding[], tables: readonly TableModel[]): Finding[] {
  const branchCount = new Map<string, number>();
  for (const table of tables) {
    if (!table.variant) continue;
    const key = `${table.source.file}\u0000${table.id}`;
    branchCount.set(key, (branchCount.get(key) ?? 0) + 1);
  }
  const groups = new Map<string, BranchedFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.fingerprint);
    if (group) group.push(finding);
    else groups.set(finding.fingerprint, [finding]);
  }
  const merged: Finding[] = [];
  for (const group of groups.values()) {
    const strongest = [...group].sort(
      (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    )[0];
    if (!strongest) continue;
    const { variant: _variant, ...finding } = strongest;
    const variants = [...new Set(group.flatMap((f) => (f.variant ? [f.variant] : [])))];
    const total = finding.table
      ? branchCount.get(`${finding.location.file}\u0000${finding.table}`)
      : undefined;
    if (variants.length > 0 && total !== undefined && variants.length < total) {
      merged.push({
        ...finding,
        message: interned(`${finding.message} (when ${variants.join(', or when ')})`),
      });
    } else {
      merged.push(finding);
    }
  }
  return merged;
}

export interface SuppressedRun {
  readonly findings: Finding[];
  /** Suppressions (and of each, the rule ids) that silenced at least one finding. */
  readonly used: ReadonlyMap<Suppression, ReadonlySet<string>>;
}

export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): SuppressedRun {
  const used = new Map<Suppression, Set<string>>();
  if (suppressions.length === 0) return { findings: [...findings], used };
  const byFile = new Map<string, Suppression[]>();
  for (const s of suppressions) {
    const inFile = byFile.get(s.file);
    if (inFile) inFile.push(s);
    else byFile.set(s.file, [s]);
  }
  const kept = findings.filter((finding) => {
    let silenced = false;
    // A suppression at a related location (a CDK table's template metadata) silences the finding too.
    const places = [finding.location, ...(finding.related ?? [])];
    const covering = places.flatMap((at) =>
      (byFile.get(at.file) ?? []).filter((s) => at.line >= s.startLine && at.line <= s.endLine),
    );
    for (const s of new Set(covering)) {
      const id = s.ruleIds.includes(finding.ruleId)
        ? finding.ruleId
        : s.ruleIds.includes('*')
          ? '*'
          : undefined;
      if (id === undefined) continue;
      silenced = true;
      const ids = used.get(s) ?? new Set<string>();
      ids.add(id);
      used.set(s, ids);
    }
    return !silenced;
  });
  return { findings: kept, used };
}

/**
 * Suppressions that silenced nothing, and rule ids no rule has: each is an `unused-suppression`, like
 * ESLint's `--report-unused-disable-directives`. A rule that did not run this time (drift rules without
 * `--drift`, a rule turned off) is not judged, nor is a directive for every rule.
 */
export function unusedSuppressions(
  suppressions: readonly Suppression[],
  used: ReadonlyMap<Suppression, ReadonlySet<string>>,
  ran: ReadonlySet<string>,
  known: ReadonlySet<string>,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  for (const s of suppressions) {
    for (const id of s.ruleIds) {
      if (id === '*') continue;
      const message = !known.has(id)
        ? `this suppression names "${id}", which is not a dynalint rule (\`dynalint rules\` lists them)`
        : ran.has(id) && !used.get(s)?.has(id)
          ? `this suppression of ${id} silences nothing: no ${id} finding is on the lines it covers any more; remove it`
          : undefined;
      if (message) {
        problems.push({
          ruleId: 'unused-suppression',
          severity: 'warning',
          message,
          location: s.directive,
          key: `${s.directive.line}:${id}`,
        });
      }
    }
  }
  return problems;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.fingerprint}\u0000${locationKey(f.location)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function locationKey(location: Location): string {
  return `${location.file}:${location.line}:${location.column}`;
}
