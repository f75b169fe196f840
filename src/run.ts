/**
 * The pipeline both front doors call: discover files → load facts → run rules → findings (suppressed,
 * de-duplicated, sorted) and a summary. Knows nothing about terminals or GitHub.
 */
import { ruleSetting, type ResolvedConfig } from './config/load.ts';
import { candidateKind } from './discover/detect.ts';
import { walk } from './discover/walk.ts';
import { diagnosticDocsUrl } from './diagnostics.ts';
import {
  applySuppressions,
  dedupeFindings,
  fingerprint,
  runRules,
  sortFindings,
  type RuleFailure,
} from './engine.ts';
import { attributeUses } from './code/attribute.ts';
import { scanCode } from './code/scan.ts';
import { loadBaseTables, type BaseTables } from './diff/base.ts';
import { pairTables } from './diff/pair.ts';
import { loadDeclaredTables, mergeLoadedTables } from './iac/index.ts';
import { loadTerraformTables } from './iac/terraform/index.ts';
import type { DriftOptions, DriftOutcome } from './live/index.ts';
import { fileStart, type Finding, type LoadProblem, type TableModel } from './model.ts';
import type { Rule } from './rule.ts';
import { rules as defaultCatalogue } from '../rules/index.ts';

export interface RunOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly config: ResolvedConfig;
  readonly catalogue?: readonly Rule[];
  /** Scan application code for DynamoDB calls (default true; `--no-code` turns it off). */
  readonly code?: boolean;
  /** Compare declared tables with live ones (drift rules run only then). */
  readonly drift?: DriftOptions;
  /** A git revision to compare the declared tables with (change rules run only then). */
  readonly base?: string;
}

export interface Summary {
  readonly files: number;
  readonly tables: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface RunResult {
  readonly findings: Finding[];
  readonly summary: Summary;
  readonly tables: TableModel[];
  /** Rules that failed (a defect in dynalint); the run still reports everything else. */
  readonly failures: RuleFailure[];
  /** Named paths that do not exist. */
  readonly missingPaths: string[];
}

export async function run(options: RunOptions): Promise<RunResult> {
  const catalogue = options.catalogue ?? defaultCatalogue;
  const walked = await walk(options.paths, {
    cwd: options.cwd,
    ignore: options.config.ignore,
    classify: candidateKind,
  });
  const codeFiles = options.code === false ? [] : walked.files.filter((f) => f.kind === 'code');
  const declared = Promise.all([
    loadDeclaredTables(
      walked.files.filter((f) => f.kind === 'iac'),
      options.cwd,
    ),
    loadTerraformTables(walked.files.filter((f) => f.kind === 'terraform')),
  ]).then(mergeLoadedTables);
  // Live tables are described while application code is scanned: one waits on the network, the other on CPU.
  const [loaded, code, live, base] = await Promise.all([
    declared,
    codeFiles.length ? scanCode(codeFiles) : undefined,
    options.drift ? declared.then((d) => liveFacts(options, catalogue, d.tables)) : undefined,
    options.base === undefined ? undefined : baseTables(options, options.base),
  ]);
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const settings = options.drift?.reportUnmanaged
    ? withUnmanagedTables(options.config, catalogue)
    : options.config.rules;
  const { findings: ruleFindings, failures } = runRules(catalogue, settings, {
    table: { tables: loaded.tables },
    ...(code ? { code: { uses, tables: loaded.tables } } : {}),
    ...(live ? { drift: live.facts } : {}),
    ...(base && options.base !== undefined
      ? { change: { pairs: pairTables(base.tables, loaded.tables), base: options.base } }
      : {}),
  });
  const problems = [
    ...walked.problems,
    ...loaded.problems,
    ...(code?.problems ?? []),
    ...(base?.problems ?? []),
  ];
  const findings = sortFindings(
    dedupeFindings(
      applySuppressions(
        [...problems.map(problemFinding), ...(live?.findings ?? []), ...ruleFindings],
        [...loaded.suppressions, ...(code?.suppressions ?? [])],
      ),
    ),
  );
  return {
    findings,
    summary: summarize(
      findings,
      loaded.files + (code?.parsed ?? 0),
      new Set(loaded.tables.map((t) => `${t.source.file}\u0000${t.id}`)).size,
    ),
    tables: loaded.tables,
    failures,
    missingPaths: walked.missing,
  };
}

/** Live tables paired with the declared ones; the AWS SDK loads only here, on demand. */
async function liveFacts(
  options: RunOptions,
  catalogue: readonly Rule[],
  tables: readonly TableModel[],
): Promise<DriftOutcome> {
  const { collectDrift } = await import('./live/index.ts');
  const schemaDrift = options.config.rules.get('schema-drift')?.options as { tags?: boolean } | undefined;
  const firstPath = options.config.file ?? options.paths[0] ?? '.';
  return collectDrift(tables, options.drift ?? {}, {
    cwd: options.cwd,
    tables: options.config.user.tables ?? {},
    tags: catalogue.some((r) => r.id === 'schema-drift') && schemaDrift?.tags === true,
    fallback: fileStart(firstPath),
  });
}

function baseTables(options: RunOptions, ref: string): Promise<BaseTables> {
  return loadBaseTables({
    cwd: options.cwd,
    ref,
    paths: options.paths,
    ignore: options.config.ignore,
    fallback: fileStart(options.config.file ?? options.paths[0] ?? '.'),
  });
}

/** `--report-unmanaged` turns the opt-in rule on, unless the configuration turns it off. */
function withUnmanagedTables(config: ResolvedConfig, catalogue: readonly Rule[]): ResolvedConfig['rules'] {
  const rule = catalogue.find((r) => r.id === 'unmanaged-table');
  if (!rule || config.rules.has(rule.id) || config.user.rules?.[rule.id] !== undefined) return config.rules;
  return new Map([...config.rules, [rule.id, ruleSetting(rule)]]);
}

function problemFinding(problem: LoadProblem): Finding {
  return {
    ...problem,
    help: diagnosticDocsUrl(problem.ruleId),
    fingerprint: fingerprint(problem.ruleId, problem.location.file, undefined, problem.message),
  };
}

export function summarize(findings: readonly Finding[], files: number, tables: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { files, tables, errors, warnings, infos };
}
