import type { Finding, Severity } from '../model.ts';
import type { Equivalent, PresetName } from '../rule.ts';
import type { AccessChange } from '../code/patterns.ts';
import type { Summary } from '../run.ts';

/** What every formatter receives; rule metadata lets SARIF describe each rule. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly rules: readonly RuleMetadata[];
  /** The base revision the findings' `baselineState` compares with, as messages name it. */
  readonly base?: string;
  /** Show and count only new findings; the existing ones are summed up (or collapsed). */
  readonly onlyNew?: boolean;
  /** With a base: the access patterns the change adds or removes (Markdown lists them). */
  readonly accessChanges?: readonly AccessChange[];
}

export interface RuleMetadata {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly helpUri: string;
  /** The smallest preset that turns the rule on (rules only; diagnostics are always on). */
  readonly preset?: PresetName;
  /** The same check in other tools, for mapping suppressions. */
  readonly equivalents?: readonly Equivalent[];
}
