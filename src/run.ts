/**
 * The pipeline both front doors call: discover files → load facts → run rules → findings (suppressed,
 * de-duplicated, sorted) and a summary. Knows nothing about terminals or GitHub.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config/load.ts';
import { isCdkManifest, isIacCandidate, mentionsDynamoDbTable } from './discover/detect.ts';
import { displayPath } from './discover/paths.ts';
import { walk, type WalkedFile } from './discover/walk.ts';
import { diagnosticDocsUrl } from './diagnostics.ts';
import { applySuppressions, dedupeFindings, fingerprint, runRules, sortFindings, type RuleFailure } from './engine.ts';
import { readCdkManifest } from './iac/cdk.ts';
import { loadTemplateText } from './iac/load.ts';
import { fileStart, type Finding, type LoadProblem, type LoadResult, type Suppression, type TableModel } from './model.ts';
import type { Rule } from './rule.ts';
import { rules as defaultCatalogue } from '../rules/index.ts';

/** Files above this size are reported as skipped, not read: memory stays bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface RunOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly config: ResolvedConfig;
  readonly catalogue?: readonly Rule[];
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
    accept: isIacCandidate,
  });
  const loaded = await loadDeclaredTables(walked.files, options.cwd);
  const { findings: ruleFindings, failures } = runRules(catalogue, options.config.rules, {
    table: { tables: loaded.tables },
  });
  const findings = sortFindings(
    dedupeFindings(applySuppressions([...loaded.problems.map(problemFinding), ...ruleFindings], loaded.suppressions)),
  );
  return {
    findings,
    summary: summarize(findings, loaded.files, new Set(loaded.tables.map((t) => `${t.source.file}\u0000${t.id}`)).size),
    tables: loaded.tables,
    failures,
    missingPaths: walked.missing,
  };
}

interface LoadedTables {
  readonly tables: TableModel[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Files that were parsed. */
  readonly files: number;
}

async function loadDeclaredTables(files: readonly WalkedFile[], cwd: string): Promise<LoadedTables> {
  const tables: TableModel[] = [];
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  let parsed = 0;
  const add = (result: LoadResult): void => {
    parsed += 1;
    tables.push(...result.tables);
    suppressions.push(...result.suppressions);
    problems.push(...result.problems);
  };

  const contents = await Promise.all(files.map((file) => readBounded(file, problems)));
  // CDK cloud assemblies first: their templates load with stack names and are not read twice.
  const claimed = new Set<string>();
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || !isCdkManifest(path.basename(file.path), bytes)) continue;
    const manifest = readCdkManifest(bytes.toString('utf8'), file.display);
    problems.push(...manifest.problems);
    for (const stack of manifest.stacks) {
      const template = path.resolve(path.dirname(file.path), stack.templateFile);
      claimed.add(template);
      const display = displayPath(cwd, template);
      const templateBytes = await readBounded({ path: template, display }, problems);
      if (templateBytes) add(loadTemplateText(decode(templateBytes), display, { format: 'cdk', stack: stack.name }));
    }
  }
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || claimed.has(file.path) || !mentionsDynamoDbTable(bytes)) continue;
    add(loadTemplateText(decode(bytes), file.display));
  }
  return { tables, suppressions, problems, files: parsed };
}

async function readBounded(file: WalkedFile, problems: LoadProblem[]): Promise<Buffer | undefined> {
  const info = await stat(file.path).catch(() => undefined);
  if (!info) return undefined;
  if (info.size > MAX_FILE_BYTES) {
    problems.push({
      ruleId: 'file-skipped',
      severity: 'warning',
      message: `not read: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one file`,
      location: fileStart(file.display),
    });
    return undefined;
  }
  return readFile(file.path).catch(() => undefined);
}

function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
