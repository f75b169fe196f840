import type { Finding, Severity } from '../model.ts';
import type { Equivalent, PresetName } from '../rule.ts';
import type { Summary } from '../run.ts';

/** What every formatter receives; rule metadata lets SARIF describe each rule. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly rules: readonly RuleMetadata[];
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
