/**
 * The pipeline both front doors call: discover files → load facts → run rules → findings (suppressed,
 * de-duplicated, sorted) and a summary. Knows nothing about terminals or GitHub.
 */
import type { ResolvedConfig } from './config/load.ts';
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
import { loadDeclaredTables } from './iac/index.ts';
import type { Finding, LoadProblem, TableModel } from './model.ts';
import type { Rule } from './rule.ts';
import { rules as defaultCatalogue } from '../rules/index.ts';

export interface RunOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly config: ResolvedConfig;
  readonly catalogue?: readonly Rule[];
  /** Scan application code for DynamoDB calls (default true; `--no-code` turns it off). */
  readonly code?: boolean;
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
  const [loaded, code] = await Promise.all([
    loadDeclaredTables(
      walked.files.filter((f) => f.kind === 'iac'),
      options.cwd,
    ),
    codeFiles.length ? scanCode(codeFiles) : undefined,
  ]);
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const { findings: ruleFindings, failures } = runRules(catalogue, options.config.rules, {
    table: { tables: loaded.tables },
    ...(code ? { code: { uses, tables: loaded.tables } } : {}),
  });
  const problems = [...loaded.problems, ...(code?.problems ?? [])];
  const findings = sortFindings(
    dedupeFindings(
      applySuppressions(
        [...problems.map(problemFinding), ...ruleFindings],
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
