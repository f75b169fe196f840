/**
 * The one front door both entries call (the CLI and the GitHub Action): configuration, the run, and the
 * exit decision. The entries only translate their inputs into `LintOptions` and the outcome into their
 * own output, so a broken rule or a bad configuration fails both the same way.
 */
import { rules as defaultCatalogue } from '../rules/index.ts';
import { ConfigError, loadConfig } from './config/load.ts';
import type { RuleFailure } from './engine.ts';
import type { DriftOptions } from './live/index.ts';
import type { Finding, Severity } from './model.ts';
import type { Rule, RuleSwitch } from './rule.ts';
import { run, type RunResult } from './run.ts';

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
  readonly drift?: DriftOptions;
  readonly base?: string;
  /** The lowest severity that fails the run (default `error`). */
  readonly failOn?: FailOn;
  /** Also fail when there are more warnings than this. */
  readonly maxWarnings?: number;
  readonly catalogue?: readonly Rule[];
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
}

export async function lint(options: LintOptions): Promise<LintOutcome | LintUsageError> {
  const catalogue = options.catalogue ?? defaultCatalogue;
  let result: RunResult;
  try {
    const config = await loadConfig(catalogue, {
      cwd: options.cwd,
      ...(options.configPath ? { configPath: options.configPath } : {}),
      ruleOverrides: options.ruleOverrides ?? [],
      switches: options.switches ?? [],
    });
    result = await run({
      cwd: options.cwd,
      paths: options.paths,
      config,
      catalogue,
      ...(options.code !== undefined ? { code: options.code } : {}),
      ...(options.drift ? { drift: options.drift } : {}),
      ...(options.base !== undefined ? { base: options.base } : {}),
    });
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
  const exitCode =
    result.failures.length > 0
      ? EXIT_USAGE
      : exitDecision(result.findings, options.failOn ?? 'error', options.maxWarnings);
  return { ok: true, result, catalogue, failures: result.failures, exitCode };
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
