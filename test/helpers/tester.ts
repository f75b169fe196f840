/**
 * One rule tester for every kind of rule (table, code, drift, change), in memory and through the real
 * loaders: source files are served from a map to the IaC format registry and the code scan, live tables
 * are DescribeTable answers normalized as drift does, and the base of a change is a second set of files.
 * Suppressions (code comments, HCL comments, CloudFormation `Metadata`) silence findings as in a real run.
 * Modelled on ESLint's RuleTester: `valid` cases must give no finding of the rule, `invalid` cases exactly
 * the expected ones (by the text of the reported line and a message fragment).
 */
import path from 'node:path';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { ruleSetting } from '../../src/config/load.ts';
import { attributeUses } from '../../src/code/attribute.ts';
import { analyzeFile } from '../../src/code/analyze.ts';
import { codeFileKind } from '../../src/code/languages.ts';
import { pairTables } from '../../src/diff/pair.ts';
import { applySuppressions, dedupeFindings, runRules, sortFindings, type Facts } from '../../src/engine.ts';
import { loadDeclaredTables } from '../../src/iac/index.ts';
import { mapTables } from '../../src/live/mapping.ts';
import { liveTableModel } from '../../src/live/normalize.ts';
import type {
  CodeUse,
  DriftPair,
  Finding,
  LoadProblem,
  MissingTable,
  Severity,
  Suppression,
} from '../../src/model.ts';
import type { Rule } from '../../src/rule.ts';
import type { FileReader } from '../../src/shared/files.ts';

/** File name (relative, `/`-separated) → text. */
export type Sources = Readonly<Record<string, string>>;

export interface TesterCase {
  readonly name: string;
  /** The files as they are (the head of a change). */
  readonly files: Sources;
  /** Change rules: the files at the base revision. */
  readonly base?: Sources;
  /** Drift rules: the live tables, as DescribeTable answers them. */
  readonly live?: readonly TableDescription[];
  /**
   * Drift: each live table's point-in-time recovery, by name, as DescribeContinuousBackups answers it
   * (default `DISABLED`); `unsupported` is an endpoint without the operation (dynalite), so it is unknown.
   */
  readonly pointInTimeRecovery?: Readonly<Record<string, 'ENABLED' | 'DISABLED' | 'unsupported'>>;
  /** The configuration's `region`: where the stacks deploy. */
  readonly region?: string;
  /** Drift rules: the configuration's `tables` map (declared id → live name). */
  readonly tables?: Readonly<Record<string, string>>;
  readonly options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  /** Text the reported line must contain (e.g. the offending key or value). */
  readonly near?: string;
  readonly message: string | RegExp;
  readonly severity?: Severity;
}

export interface InvalidTesterCase extends TesterCase {
  readonly errors: readonly ExpectedFinding[];
}

const ROOT = '/virtual';
const ENDPOINT = 'https://dynamodb.us-east-1.amazonaws.com';

/** The findings `rule` reports for one case, and the load problems the files had. */
export async function findingsOf(
  rule: Rule,
  testCase: TesterCase,
): Promise<{ findings: Finding[]; problems: LoadProblem[]; tables: number }> {
  const head = await loadSources(testCase.files);
  const facts: { -readonly [K in keyof Facts]: Facts[K] } = {
    table: {
      tables: head.tables,
      ...(testCase.region ? { region: { name: testCase.region, origin: 'region in .dynalint.yml' } } : {}),
    },
  };
  const suppressions = [...head.suppressions];
  const problems = [...head.problems];
  if (rule.kind === 'code') {
    const code = await codeFacts(testCase.files, head);
    facts.code = { uses: code.uses, tables: head.tables };
    suppressions.push(...code.suppressions);
    problems.push(...code.problems);
  }
  if (rule.kind === 'change') {
    const base = await loadSources(testCase.base ?? {});
    facts.change = { pairs: pairTables(base.tables, head.tables), base: 'main' };
  }
  // A table rule that also judges live tables does so when the case has some.
  if (rule.kind === 'drift' || (rule.checkLive && testCase.live)) {
    facts.drift = await driftFacts(testCase, head.tables);
  }
  const settings = new Map([[rule.id, ruleSetting(rule, undefined, testCase.options ?? {})]]);
  const run = runRules([rule], settings, facts);
  if (run.failures.length) throw new Error(run.failures.map((f) => f.message).join('\n'));
  // Suppressions silence findings as in a real run, so an example may show one (with its reason).
  const { findings } = applySuppressions(run.findings, suppressions);
  return { findings: sortFindings(dedupeFindings(findings)), problems, tables: head.tables.length };
}

async function loadSources(files: Sources) {
  const names = Object.keys(files).filter((name) => !codeFileKind(path.posix.basename(name)));
  const read: FileReader = async (file) => {
    const text = files[path.posix.relative(ROOT, file.path)];
    return text === undefined ? undefined : Buffer.from(text);
  };
  return loadDeclaredTables(
    names.map((name) => ({ path: path.posix.join(ROOT, name), display: name })),
    ROOT,
    read,
  );
}

async function codeFacts(
  files: Sources,
  head: Awaited<ReturnType<typeof loadSources>>,
): Promise<{ uses: CodeUse[]; suppressions: Suppression[]; problems: LoadProblem[] }> {
  const uses: CodeUse[] = [];
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  for (const [name, text] of Object.entries(files)) {
    const kind = codeFileKind(path.posix.basename(name));
    if (!kind) continue;
    const analysis = await analyzeFile({ display: name, text, ...kind });
    uses.push(...analysis.uses);
    suppressions.push(...analysis.suppressions);
    problems.push(...analysis.problems);
  }
  return { uses: attributeUses(uses, head.tables, head.environment), suppressions, problems };
}

/** What drift collects, without a network: declared tables mapped to names, paired with the live answers. */
async function driftFacts(testCase: TesterCase, declared: Awaited<ReturnType<typeof loadSources>>['tables']) {
  const mapping = await mapTables(declared, { tables: testCase.tables ?? {}, vars: {}, stacks: [] });
  const live = new Map((testCase.live ?? []).map((table) => [table.TableName ?? '', table]));
  const pairs: DriftPair[] = [];
  const missing: MissingTable[] = [];
  for (const { declared: table, name } of mapping.mapped) {
    const answer = live.get(name);
    if (!answer) {
      missing.push({ declared: table, name });
      continue;
    }
    pairs.push({ declared: table, live: liveModel(testCase, answer) });
  }
  const mappedNames = new Set(mapping.mapped.map((m) => m.name));
  const unmanaged = [...live.entries()]
    .filter(([name]) => !mappedNames.has(name))
    .map(([name, answer]) => {
      const model = liveModel(testCase, answer);
      return { name, location: model.location, model };
    });
  return { pairs, missing, unmapped: mapping.unmapped, unmanaged };
}

/** A DescribeTable answer normalized as drift does, with the case's point-in-time recovery. */
function liveModel(testCase: TesterCase, answer: TableDescription) {
  const recovery = testCase.pointInTimeRecovery?.[answer.TableName ?? ''] ?? 'DISABLED';
  return liveTableModel(
    {
      table: answer,
      ttl: { TimeToLiveStatus: 'DISABLED' },
      ...(recovery === 'unsupported'
        ? {}
        : {
            continuousBackups: {
              ContinuousBackupsStatus: 'ENABLED',
              PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: recovery },
            },
          }),
      tags: [],
      gaps: new Map(
        recovery === 'unsupported'
          ? [['pointInTimeRecovery', 'the endpoint does not support DescribeContinuousBackups']]
          : [],
      ),
    },
    ENDPOINT,
  );
}

export function lineOf(testCase: TesterCase, finding: Finding): string {
  const text = testCase.files[finding.location.file] ?? '';
  return text.split('\n')[finding.location.line - 1] ?? '';
}

export function ruleTester(
  rule: Rule,
  cases: { valid: readonly TesterCase[]; invalid: readonly InvalidTesterCase[] },
): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const { findings, problems } = await findingsOf(rule, c);
          expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(findings.map((f) => f.message)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const { findings } = await findingsOf(rule, c);
          expect(findings, findings.map((f) => f.message).join('\n')).toHaveLength(c.errors.length);
          for (const [i, expected] of c.errors.entries()) {
            const finding = findings[i] as Finding;
            if (expected.near !== undefined) expect(lineOf(c, finding)).toContain(expected.near);
            if (typeof expected.message === 'string') expect(finding.message).toContain(expected.message);
            else expect(finding.message).toMatch(expected.message);
            if (expected.severity) expect(finding.severity).toBe(expected.severity);
          }
        });
      }
    });
  });
}
