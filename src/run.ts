/**
 * The pipeline both front doors call: discover files → load facts → run rules → findings (suppressed,
 * de-duplicated, sorted) and a summary. Knows nothing about terminals or GitHub.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from './config/load.ts';
import { candidateKind } from './discover/detect.ts';
import { walk } from './discover/walk.ts';
import { diagnosticDocsUrl } from './diagnostics.ts';
import {
  applySuppressions,
  dedupeFindings,
  fingerprint,
  joinRuns,
  runRules,
  tableRulesPerFile,
  sortFindings,
  unusedSuppressions,
  type RuleFailure,
  type RuleRun,
} from './engine.ts';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline/file.ts';
import { markBaselineState } from './baseline/state.ts';
import { attributeUses } from './code/attribute.ts';
import { declaredIndexes } from './code/access.ts';
import { accessChanges, type AccessChange } from './code/patterns.ts';
import { scanCode } from './code/scan.ts';
import {
  loadBaseTables,
  revisionLabel,
  type BaseFacts,
  type BaseOptions,
  type BaseTables,
} from './diff/base.ts';
import { pairTables } from './diff/pair.ts';
import type { CdkSynthOptions } from './iac/format.ts';
import { loadDeclaredTables } from './iac/index.ts';
import { IacPool } from './iac-pool/pool.ts';
import { sideLoading } from './iac-pool/sides.ts';
import type { IacWorkerSetup } from './iac-pool/worker.ts';
import type { DriftOptions, DriftOutcome } from './live/index.ts';
import { fingerprintOf } from './shared/fact-cache.ts';
import { FactStore } from './shared/facts.ts';
import {
  fileStart,
  type CodeUse,
  type Finding,
  type LoadProblem,
  type LoadResult,
  type Location,
  type TableModel,
} from './model.ts';
import type { DeployRegion, FactNeed, Rule } from './rule.ts';
import { rules as defaultCatalogue } from '../rules/index.ts';

export interface RunOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly config: ResolvedConfig;
  readonly catalogue?: readonly Rule[];
  /** Scan application code for DynamoDB calls (default true; `--no-code` turns it off). */
  readonly code?: boolean;
  /** Synthesize CDK apps (`--cdk-synth`) instead of reporting those without `cdk.out`. */
  readonly cdkSynth?: CdkSynthOptions;
  /** Compare declared tables with live ones (drift rules run only then). */
  readonly drift?: DriftOptions;
  /** A git revision to compare the declared tables with (change rules run only then). */
  readonly base?: string;
  /** With `base`: run the change rules (default true); off, the base only tells new findings from existing. */
  readonly changeSafety?: boolean;
  /** Accepted findings (`.dynalint-baseline.json`): left out, and its entries that match nothing reported. */
  readonly baseline?: Baseline;
  /**
   * Find every DynamoDB call (the `patterns` map), also single-item ones no enabled rule reads; otherwise
   * files whose only calls can be GetItem, PutItem, UpdateItem or DeleteItem are parsed only when a rule asks.
   */
  readonly everyCall?: boolean;
  /** Per-file facts of earlier runs (`--cache`); this run's are added to it. */
  readonly facts?: FactStore;
  /**
   * Return the declared tables in the result (default true). Off, a file's tables are dropped once the table
   * rules have judged them, unless a later stage reads them (code attribution, drift, a base revision): memory
   * then follows the largest file, not the corpus.
   */
  readonly keepTables?: boolean;
  /**
   * Worker threads that load CloudFormation-family files (default: one per core when there are at least
   * `IAC_POOL_MIN_FILES` candidates; 0: none, every file loads on the main thread).
   */
  readonly iacWorkers?: number;
}

/** Fewer candidate files load faster on the main thread than workers start. */
export const IAC_POOL_MIN_FILES = 64;

/**
 * Workers for this many candidate files: none for a few, which load faster here than workers start; otherwise
 * one per core. The main thread loads none itself: the findings it keeps live in its heap, and the garbage of
 * parsing there too grew that heap to 485 MiB at 10,000 templates, against 337 MiB with the parsing all on
 * workers (whose heaps are capped).
 */
function iacPoolSize(candidates: number, requested: number | undefined): number {
  if (candidates === 0) return 0;
  return requested ?? (candidates >= IAC_POOL_MIN_FILES ? availableParallelism() : 0);
}

function startIacPool(size: number, setup: IacWorkerSetup): IacPool | undefined {
  try {
    return new IacPool(size, setup);
  } catch {
    // Workers could not start (the setup does not cross to a thread): the main thread loads everything.
    return undefined;
  }
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
  /** DynamoDB calls found in the code, attributed to declared tables (the `patterns` map reads them). */
  readonly uses: CodeUse[];
  /** With a base revision: the access patterns the change adds or removes. */
  readonly accessChanges?: AccessChange[];
  /** Rules that failed (a defect in dynalint); the run still reports everything else. */
  readonly failures: RuleFailure[];
  /** Named paths that do not exist. */
  readonly missingPaths: string[];
  /** Findings the baseline file accepted (left out of `findings`). */
  readonly baselined: number;
}

export async function run(options: RunOptions): Promise<RunResult> {
  const catalogue = options.catalogue ?? defaultCatalogue;
  const walked = await walk(options.paths, {
    cwd: options.cwd,
    ignore: options.config.ignore,
    classify: candidateKind,
  });
  const codeFiles = options.code === false ? [] : walked.files.filter((f) => f.kind === 'code');
  const { rules: settings, ignore, user } = options.config;
  // Facts are memoized when something reuses them: the `--cache` file, or the base of a change.
  const facts =
    options.facts?.scoped(fingerprintOf({ rules: [...settings], ignore, user })) ??
    (options.base !== undefined ? new FactStore() : undefined);
  const region = deployRegion(options);
  const headTableRules = tableRulesPerFile(catalogue, settings, region);
  const baseTableRules = tableRulesPerFile(catalogue, settings, region);
  const tablesRead =
    options.keepTables !== false ||
    codeFiles.length > 0 ||
    options.drift !== undefined ||
    options.base !== undefined;
  const declaredTables = new Set<string>();
  const keep = (result: LoadResult, declaredKeys: readonly string[]): LoadResult => {
    for (const key of declaredKeys) declaredTables.add(key);
    return tablesRead ? result : { ...result, tables: [] };
  };
  const iacFiles = walked.files.filter((f) => f.kind === 'iac');
  // Workers judge with the shipped rules.
  const poolSize = iacPoolSize(iacFiles.length, options.iacWorkers);
  const loading = sideLoading({
    ...(catalogue === defaultCatalogue && poolSize > 0
      ? {
          pool: () =>
            startIacPool(poolSize, {
              settings: [...settings],
              ...region,
              keepTables: tablesRead,
            }),
        }
      : {}),
    ...(facts ? { facts } : {}),
    variant: fingerprintOf({ ...region, tablesRead }),
  });
  const declared = loadDeclaredTables(iacFiles, options.cwd, undefined, {
    ...(options.cdkSynth ? { cdkSynth: options.cdkSynth } : {}),
    ...loading.io({ rules: headTableRules, keep }),
  });
  // Which tables there are decides whether single-item calls are read; files of only those wait for the answer.
  // Only the code rules' options are read: a rule's option schema compiles when they first are.
  const codeNeeds = factNeeds(
    catalogue.filter((rule) => rule.kind === 'code'),
    options.config,
  );
  const singleItemCalls = (): boolean | Promise<boolean> =>
    options.everyCall === true ||
    options.base !== undefined ||
    (codeNeeds.has('gsi-table-calls') && declared.then(({ tables }) => tables.some(declaresGsi)));
  const scanned = codeFiles.length
    ? scanCode(codeFiles, { ...(facts ? { facts } : {}), singleItemCalls })
    : undefined;
  // Live tables are described while application code is scanned: one waits on the network, the other on CPU.
  // The base loads after the head: the files a change left alone are then already judged, or in `facts`.
  // The pool stops once every side has loaded, whatever happens to the run.
  const [loaded, code, live, base] = await Promise.all([
    declared,
    scanned,
    options.drift
      ? declared.then((d) => liveFacts(options, factNeeds(catalogue, options.config), d.tables))
      : undefined,
    options.base === undefined
      ? undefined
      : Promise.all([declared, scanned]).then(() =>
          baseTables(
            options,
            options.base as string,
            fileStart(options.config.file ?? walked.files[0]?.display ?? '.'),
            facts,
            loading.io({ rules: baseTableRules, keep: (result) => result }),
          ),
        ),
  ]).finally(() => loading.close());
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  // Table rules ran as each file loaded; the rest run on the whole run's facts.
  const {
    findings: ruleFindings,
    failures,
    ran,
  } = joinRuns(
    headTableRules.run(),
    runRules(
      catalogue,
      options.config.rules,
      {
        ...(code ? { code: { uses, tables: loaded.tables } } : {}),
        ...(live ? { drift: live.facts } : {}),
        ...(base && options.base !== undefined && options.changeSafety !== false
          ? { change: { pairs: pairTables(base.tables, loaded.tables), base: revisionLabel(options.base) } }
          : {}),
      },
      loaded.tables,
    ),
  );
  const problems = [
    ...walked.problems,
    ...loaded.problems,
    ...(code?.problems ?? []),
    ...(base?.problems ?? []),
  ];
  const suppressions = [...loaded.suppressions, ...(code?.suppressions ?? [])];
  const suppressed = applySuppressions(
    [...problems.map(problemFinding), ...(live?.findings ?? []), ...ruleFindings],
    suppressions,
  );
  const unused = unusedSuppressions(
    suppressions,
    suppressed.used,
    ran,
    new Set(catalogue.map((rule) => rule.id)),
  );
  let findings = sortFindings(dedupeFindings([...suppressed.findings, ...unused.map(problemFinding)]));
  if (base?.facts) {
    // About the change itself, the live tables or the run: never inherited from the base.
    const changeRules = new Set(
      catalogue.filter((rule) => rule.kind === 'change' || rule.kind === 'drift').map((rule) => rule.id),
    );
    const aboutTheRun = new Set([
      'base-unavailable',
      ...(live ? [...live.findings].map((f) => f.ruleId) : []),
    ]);
    findings = markBaselineState(
      findings,
      lintBase(catalogue, options.config, base.facts, baseTableRules.run()),
      (f) => changeRules.has(f.ruleId) || aboutTheRun.has(f.ruleId),
    );
  }
  let baselined = 0;
  if (options.baseline) {
    const linted = new Set(walked.files.map((file) => file.display));
    const judged = (entry: BaselineEntry): boolean =>
      (ran.has(entry.ruleId) || !catalogue.some((rule) => rule.id === entry.ruleId)) &&
      (linted.has(entry.file) || !existsSync(path.resolve(options.cwd, entry.file)));
    const applied = applyBaseline(findings, options.baseline, judged);
    baselined = applied.accepted;
    findings = sortFindings([
      ...applied.findings,
      ...applied.stale.map((p) => ({
        ...problemFinding(p),
        ...(base?.facts ? { baselineState: 'new' as const } : {}),
      })),
    ]);
  }
  return {
    findings,
    summary: summarize(findings, loaded.files + (code?.parsed ?? 0), declaredTables.size),
    tables: loaded.tables,
    uses,
    ...(base?.facts ? { accessChanges: changesSince(base.facts, loaded.tables, uses) } : {}),
    failures,
    missingPaths: walked.missing,
    baselined,
  };
}

/** The region the stacks deploy to, from `--region` (with drift) or the configuration. */
function deployRegion(options: RunOptions): { region?: DeployRegion } {
  if (options.drift?.region) return { region: { name: options.drift.region, origin: '--region' } };
  const region = options.config.user.region;
  return region
    ? { region: { name: region, origin: `region in ${options.config.file ?? 'the configuration'}` } }
    : {};
}

/** The calls the change adds or removes, each side attributed to its own tables. */
function changesSince(base: BaseFacts, tables: TableModel[], uses: CodeUse[]): AccessChange[] {
  const { loaded, code } = base;
  const baseUses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  return accessChanges({ tables, uses }, { tables: loaded.tables, uses: baseUses });
}

/** The base revision linted with the same rules and configuration as the head (table and code rules). */
function lintBase(
  catalogue: readonly Rule[],
  config: ResolvedConfig,
  facts: BaseFacts,
  tableRuns: RuleRun,
): Finding[] {
  const { loaded, code } = facts;
  const uses = code ? attributeUses(code.uses, loaded.tables, loaded.environment) : [];
  const { findings, ran } = joinRuns(
    tableRuns,
    runRules(catalogue, config.rules, code ? { code: { uses, tables: loaded.tables } } : {}, loaded.tables),
  );
  const suppressions = [...loaded.suppressions, ...(code?.suppressions ?? [])];
  const problems = [...loaded.problems, ...(code?.problems ?? [])];
  const suppressed = applySuppressions([...problems.map(problemFinding), ...findings], suppressions);
  const unused = unusedSuppressions(
    suppressions,
    suppressed.used,
    ran,
    new Set(catalogue.map((rule) => rule.id)),
  );
  return [...suppressed.findings, ...unused.map(problemFinding)];
}

function declaresGsi(table: TableModel): boolean {
  return declaredIndexes(table)?.some((index) => index.kind === 'global') ?? false;
}

/** The costly facts that the enabled rules ask for, given their options (live ones only in drift runs). */
function factNeeds(catalogue: readonly Rule[], config: ResolvedConfig): ReadonlySet<FactNeed> {
  const needs = new Set<FactNeed>();
  for (const rule of catalogue) {
    const setting = config.rules.get(rule.id);
    if (!setting || !rule.needs) continue;
    for (const need of (rule.needs as (options: unknown) => readonly FactNeed[])(setting.options)) {
      needs.add(need);
    }
  }
  return needs;
}

/** Live tables paired with the declared ones; the AWS SDK loads only here, on demand. */
async function liveFacts(
  options: RunOptions,
  needs: ReadonlySet<FactNeed>,
  tables: readonly TableModel[],
): Promise<DriftOutcome> {
  const { collectDrift } = await import('./live/index.ts');
  const firstPath = options.config.file ?? options.paths[0] ?? '.';
  return collectDrift(
    tables,
    { ...options.drift, reportUnmanaged: needs.has('live-table-list') },
    {
      cwd: options.cwd,
      tables: options.config.user.tables ?? {},
      tags: needs.has('live-tags'),
      describeUnmanaged: needs.has('unmanaged-tables-described'),
      fallback: fileStart(firstPath),
    },
  );
}

function baseTables(
  options: RunOptions,
  ref: string,
  fallback: Location,
  facts: FactStore | undefined,
  loading: BaseOptions['loading'],
): Promise<BaseTables> {
  return loadBaseTables({
    ...(facts ? { facts } : {}),
    loading,
    cwd: options.cwd,
    ref,
    paths: options.paths,
    ignore: options.config.ignore,
    fallback,
    code: options.code !== false,
    ...(options.cdkSynth ? { cdkSynth: options.cdkSynth } : {}),
  });
}

function problemFinding(problem: LoadProblem): Finding {
  return {
    ...problem,
    messageId: problem.ruleId,
    help: diagnosticDocsUrl(problem.ruleId),
    // One diagnostic of a kind per file, unless the problem names what distinguishes it.
    fingerprint: fingerprint(
      problem.ruleId,
      problem.location.file,
      undefined,
      problem.key ?? '',
      problem.ruleId,
    ),
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
