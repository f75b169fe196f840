/**
 * An ESLint-RuleTester-like harness for table rules: each case is a table declaration written once and
 * checked in every format it applies to (CloudFormation YAML, CloudFormation JSON, Serverless Framework),
 * in memory through the real loaders and engine (test/helpers/tester.ts, which serves every rule kind). Expected findings name a text the reported line must hold, so one expectation
 * fits every format's layout.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Finding, Severity } from '../../src/model.ts';
import type { Rule } from '../../src/rule.ts';
import { findingsOf } from './tester.ts';

export type TemplateFormat = 'yaml' | 'json' | 'serverless';
export const ALL_FORMATS: readonly TemplateFormat[] = ['yaml', 'json', 'serverless'];

export interface RuleCase {
  readonly name: string;
  /** `Properties` of the resource (long-form intrinsics, e.g. `{ Ref: 'X' }`). */
  readonly properties?: Record<string, unknown>;
  /** Resource type, default `AWS::DynamoDB::Table`. */
  readonly type?: string;
  /** Other attributes of the resource (`DeletionPolicy`, `Metadata`, …). */
  readonly resource?: Record<string, unknown>;
  /** Other template sections (`Parameters`, `Conditions`, `Mappings`, …). */
  readonly sections?: Record<string, unknown>;
  /** Extra resources beside the table. */
  readonly resources?: Record<string, unknown>;
  readonly options?: Record<string, unknown>;
  readonly formats?: readonly TemplateFormat[];
  /** A raw file instead of a generated one (file name → text); `formats` is then ignored. */
  readonly files?: Record<string, string>;
}

export interface ExpectedFinding {
  /** Text the reported line must contain (e.g. the offending key or value). */
  readonly near: string;
  readonly message: string | RegExp;
  readonly severity?: Severity;
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
}

export const TABLE_ID = 'Table';

export function renderTemplate(testCase: RuleCase, format: TemplateFormat): Record<string, string> {
  const resources = {
    [TABLE_ID]: {
      Type: testCase.type ?? 'AWS::DynamoDB::Table',
      ...(testCase.resource ?? {}),
      Properties: testCase.properties ?? {},
    },
    ...(testCase.resources ?? {}),
  };
  if (format === 'serverless') {
    const service = {
      service: 'orders',
      provider: { name: 'aws', runtime: 'nodejs20.x' },
      resources: { ...(testCase.sections ?? {}), Resources: resources },
    };
    return { 'serverless.yml': stringify(service) };
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    ...(testCase.sections ?? {}),
    Resources: resources,
  };
  return format === 'json'
    ? { 'template.json': `${JSON.stringify(template, null, 2)}\n` }
    : { 'template.yaml': stringify(template) };
}

export async function findingsFor(
  rule: Rule,
  files: Record<string, string>,
  options?: Record<string, unknown>,
) {
  return findingsOf(rule, { name: '', files, ...(options ? { options } : {}) });
}

export function lineText(files: Record<string, string>, finding: Finding): string {
  const text = files[finding.location.file] ?? '';
  return text.split('\n')[finding.location.line - 1] ?? '';
}

export function testRule(
  rule: Rule,
  cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] },
): void {
  const variants = (c: RuleCase): [string, Record<string, string>][] =>
    c.files ? [['file', c.files]] : (c.formats ?? ALL_FORMATS).map((f) => [f, renderTemplate(c, f)]);

  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        for (const [format, files] of variants(c)) {
          it(`${c.name} [${format}]`, async () => {
            const { findings, problems, tables } = await findingsFor(rule, files, c.options);
            expect(problems.filter((p) => p.ruleId === 'parse-error')).toEqual([]);
            expect(tables).toBeGreaterThan(0);
            expect(findings.map((f) => f.message)).toEqual([]);
          });
        }
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        for (const [format, files] of variants(c)) {
          it(`${c.name} [${format}]`, async () => {
            const { findings } = await findingsFor(rule, files, c.options);
            expect(findings, findings.map((f) => f.message).join('\n')).toHaveLength(c.errors.length);
            for (const [i, expected] of c.errors.entries()) {
              const finding = findings[i] as Finding;
              expect(lineText(files, finding)).toContain(expected.near);
              if (typeof expected.message === 'string') expect(finding.message).toContain(expected.message);
              else expect(finding.message).toMatch(expected.message);
              if (expected.severity) expect(finding.severity).toBe(expected.severity);
              if (!c.files) expect(finding.table).toBe(TABLE_ID);
            }
          });
        }
      }
    });
  });
}
