/**
 * The one front door both entries call (the CLI and the GitHub Action): configuration, the run, and the
 * exit decision. The entries only translate their inputs into `LintOptions` and the outcome into their
 * own output, so a broken rule or a bad configuration fails both the same way.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rules as defaultCatalogue } from '../rules/index.ts';
import { BASELINE_FILE, formatBaseline, parseBaseline, type Baseline } from './baseline/file.ts';
import { newFindings } from './baseline/state.ts';
import { ConfigError, findConfigFile, loadConfig } from './config/load.ts';
import { dedupeFindings, sortFindings, type RuleFailure } from './engine.ts';
import type { CdkSynthOptions } from './iac/format.ts';
import type { DriftOptions } from './live/index.ts';
import type { Finding, Severity } from './model.ts';
import type { Rule, RuleSwitch } from './rule.ts';
import { VERSION } from './meta.ts';
import { run, summarize, type RunResult } from './run.ts';
import { cacheFilePath, readFactCache, writeFactCache } from './shared/fact-cache.ts';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface LintOptions {
  readonly cwd: string;
  /** Files and folders to lint; none means `cwd`. */
  readonly paths: readonly string[];
  /** A configuration file; otherwise the nearest one is found. */
  readonly configPath?: string;
  /** `id=severity` overrides (`--rule`). */
  readonly ruleOverrides?: readonly string[];
  /** Switches that turn opt-in rules on (`--report-unmanaged`). */
  readonly switches?: readonly RuleSwitch[];
  readonly code?: boolean;
  /** Find every DynamoDB call, single-item ones no rule reads too (`dynalint patterns`). */
  readonly everyCall?: boolean;
  /** Synthesize CDK apps into temporary folders and lint their tables (`--cdk-synth`). */
  readonly cdkSynth?: CdkSynthOptions;
  readonly drift?: DriftOptions;
  readonly base?: string;
  /** With `base`: run the change-safety rules (default true). */
  readonly changeSafety?: boolean;
  /** With `base`: only findings the base does not have decide the exit code. */
  readonly onlyNew?: boolean;
  /** Leave out the findings `.dynalint-baseline.json` (in cwd) accepts (default true when it exists). */
  readonly useBaseline?: boolean;
  /** Write the findings to `.dynalint-baseline.json` instead of judging them (exit 0). */
  readonly writeBaseline?: boolean;
  /** The lowest severity that fails the run (default `error`). */
  readonly failOn?: FailOn;
  /** Also fail when there are more warnings than this. */
  readonly maxWarnings?: number;
  readonly catalogue?: readonly Rule[];
  /** Keep per-file facts in a cache file, and reuse those of files that did not change (`--cache`). */
  readonly cache?: boolean;
  /** The cache file, or a folder for it (`--cache-location`; default `.dynalintcache` in cwd). */
  readonly cacheLocation?: string;
  /**
   * Return the declared tables in the result (`dynalint patterns` maps them). Default false: each file's tables
   * are kept only while the run reads them, so memory does not grow with the number of templates.
   */
  readonly keepTables?: boolean;
}

/** The run could not start: a bad configuration or a path that does not exist. */
export interface LintUsageError {
  readonly ok: false;
  readonly message: string;
  readonly exitCode: typeof EXIT_USAGE;
}

export interface LintOutcome {
  readonly ok: true;
  readonly result: RunResult;
  readonly catalogue: readonly Rule[];
  /** Rules that threw: a defect in dynalint that fails the run whatever the findings. */
  readonly failures: readonly RuleFailure[];
  /** 0 clean, 1 findings at or above `failOn` (or too many warnings), 2 a rule failed. */
  readonly exitCode: number;
  /** The findings that decide the run: the new ones with `onlyNew`, otherwise all. */
  readonly judged: readonly Finding[];
  /** With `writeBaseline`: the file written (relative to cwd) and its number of findings. */
  readonly baselineWritten?: { readonly file: string; readonly findings: number };
}

export async function lint(options: LintOptions): Promise<LintOutcome | LintUsageError> {
  const catalogue = options.catalogue ?? defaultCatalogue;
  let result: RunResult;
  try {
    const baseline =
      options.writeBaseline || options.useBaseline === false ? undefined : await readBaseline(options.cwd);
    const results: RunResult[] = [];
    const cacheFile = options.cache ? cacheFilePath(options.cwd, options.cacheLocation) : undefined;
    const facts = cacheFile ? await readFactCache(cacheFile, VERSION) : undefined;
    for (const group of await configGroups(options)) {
      const config = await loadConfig(catalogue, {
        cwd: options.cwd,
        ...(group.configPath ? { configPath: group.configPath } : {}),
        ruleOverrides: options.ruleOverrides ?? [],
        switches: options.switches ?? [],
      });
      results.push(
        await run({
          cwd: options.cwd,
          paths: group.paths,
          config,
          catalogue,
          ...(options.code !== undefined ? { code: options.code } : {}),
          ...(options.everyCall ? { everyCall: true } : {}),
          ...(options.cdkSynth ? { cdkSynth: options.cdkSynth } : {}),
          ...(options.drift ? { drift: options.drift } : {}),
          ...(options.base !== undefined ? { base: options.base } : {}),
          ...(options.changeSafety === false ? { changeSafety: false } : {}),
          ...(baseline ? { baseline } : {}),
          ...(facts ? { facts } : {}),
          keepTables: options.keepTables === true,
        }),
      );
    }
    if (cacheFile && facts) await writeFactCache(cacheFile, VERSION, facts);
    result = mergeResults(results);
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message, exitCode: EXIT_USAGE };
    throw error;
  }
  if (result.missingPaths.length > 0) {
    return {
      ok: false,
      message: `no such file or directory: ${result.missingPaths.join(', ')}`,
      exitCode: EXIT_USAGE,
    };
  }
  if (options.writeBaseline) {
    const accepted = result.findings.filter((f) => !ABOUT_THE_RUN.has(f.ruleId));
    await writeFile(path.join(options.cwd, BASELINE_FILE), formatBaseline(accepted));
    const exitCode = result.failures.length > 0 ? EXIT_USAGE : EXIT_CLEAN;
    const baselineWritten = { file: BASELINE_FILE, findings: accepted.length };
    return { ok: true, result, catalogue, failures: result.failures, exitCode, judged: [], baselineWritten };
  }
  const judged = decidingFindings(result.findings, options.onlyNew === true);
  const exitCode =
    result.failures.length > 0
      ? EXIT_USAGE
      : exitDecision(judged, options.failOn ?? 'error', options.maxWarnings);
  return { ok: true, result, catalogue, failures: result.failures, exitCode, judged };
}

interface ConfigGroup {
  readonly configPath?: string;
  readonly paths: readonly string[];
}

/**
 * Paths named on the command line, grouped by the configuration found upward from each (monorepos: each
 * service's own `.dynalint.yml`). One group, configured from cwd upward, when a configuration is given,
 * no path is named, or drift runs (the live tables are one account's: unmanaged tables are judged against
 * every declaration).
 */
async function configGroups(options: LintOptions): Promise<ConfigGroup[]> {
  if (options.configPath || options.paths.length === 0 || options.drift) {
    return [{ ...(options.configPath ? { configPath: options.configPath } : {}), paths: options.paths }];
  }
  const groups = new Map<string | undefined, string[]>();
  for (const named of options.paths) {
    const absolute = path.resolve(options.cwd, named);
    const folder = (await stat(absolute).catch(() => undefined))?.isDirectory()
      ? absolute
      : path.dirname(absolute);
    const file = await findConfigFile(folder);
    groups.set(file, [...(groups.get(file) ?? []), named]);
  }
  return [...groups].map(([file, paths]) => ({ ...(file ? { configPath: file } : {}), paths }));
}

/** One result from the runs of several configuration groups. */
function mergeResults(results: readonly RunResult[]): RunResult {
  const [first] = results;
  if (results.length === 1 && first) return first;
  const findings = sortFindings(dedupeFindings(results.flatMap((r) => r.findings)));
  const sum = (pick: (r: RunResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    findings,
    summary: summarize(
      findings,
      sum((r) => r.summary.files),
      sum((r) => r.summary.tables),
    ),
    tables: results.flatMap((r) => r.tables),
    uses: results.flatMap((r) => r.uses),
    ...(results.some((r) => r.accessChanges)
      ? { accessChanges: results.flatMap((r) => r.accessChanges ?? []) }
      : {}),
    failures: results.flatMap((r) => r.failures),
    missingPaths: results.flatMap((r) => r.missingPaths),
    baselined: sum((r) => r.baselined),
  };
}

/** Diagnostics about the run rather than the code: never baselined, never failing a run by themselves. */
const ABOUT_THE_RUN: ReadonlySet<string> = new Set(['base-unavailable', 'stale-baseline']);

/** The findings that decide pass or fail, annotations and headlines. */
export function decidingFindings(findings: readonly Finding[], onlyNew: boolean): Finding[] {
  return (onlyNew ? newFindings(findings) : [...findings]).filter((f) => !ABOUT_THE_RUN.has(f.ruleId));
}

async function readBaseline(cwd: string): Promise<Baseline | undefined> {
  const text = await readFile(path.join(cwd, BASELINE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const parsed = parseBaseline(text, BASELINE_FILE);
  if (typeof parsed === 'string') throw new ConfigError(parsed);
  return parsed;
}

/** One line per broken rule, naming it: what both entries print when a rule throws. */
export function failureMessages(failures: readonly RuleFailure[]): string[] {
  return failures.map(
    (failure) =>
      `rule ${failure.ruleId} failed: ${failure.message} (this is a bug in dynalint; please report it)`,
  );
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Whether these findings fail a run with this threshold. */
export function exitDecision(
  findings: readonly Pick<Finding, 'severity'>[],
  failOn: FailOn,
  maxWarnings?: number,
): number {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT_FINDINGS;
  if (failOn === 'never') return EXIT_CLEAN;
  const threshold = RANK[failOn];
  return findings.some((f) => RANK[f.severity] >= threshold) ? EXIT_FINDINGS : EXIT_CLEAN;
}
