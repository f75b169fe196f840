/**
 * The one reader of suppression directives, wherever they are written: a code comment
 * (`// dynalint-ignore-next-line <rule-id> -- why`), an HCL comment (`# dynalint-ignore <rule-id> -- why`) or
 * CloudFormation `Metadata` (`dynalint: { ignore: [{ rule: <rule-id>, reason: why }] }`). Every suppression
 * needs a reason; one without silences nothing and is reported, so every exception says why.
 */
import type { LoadProblem, Location, Suppression } from '../model.ts';

export interface DirectiveText {
  /** The rule ids written (empty: every rule). */
  readonly ruleIds: readonly string[];
  readonly reason: string;
}

/** `rule-a, rule-b -- why` → ids and reason (the reason is '' when missing). */
export function readDirective(body: string): DirectiveText {
  const text = body.replace(/\*\/\s*$/, '').trim();
  const separator = text.indexOf('--');
  const ruleText = separator >= 0 ? text.slice(0, separator) : text;
  const reason = separator >= 0 ? text.slice(separator + 2).trim() : '';
  return { ruleIds: ruleText.split(/[\s,]+/).filter(Boolean), reason };
}

export interface SuppressionSpan {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Where the directive is written: unused or invalid directives are reported here. */
  readonly directive: Location;
}

/**
 * A directive and the lines it covers → a suppression, or an `invalid-suppression` problem when it gives no
 * reason. `example` shows the directive's own syntax in the message.
 */
export function suppressionOf(
  text: DirectiveText,
  span: SuppressionSpan,
  example: string,
): { suppression: Suppression } | { problem: LoadProblem } {
  if (!text.reason) {
    return {
      problem: {
        ruleId: 'invalid-suppression',
        severity: 'warning',
        message: `a suppression needs a reason (e.g. ${example}); without one it silences nothing`,
        location: span.directive,
        key: `${span.directive.line}`,
      },
    };
  }
  return {
    suppression: {
      file: span.file,
      startLine: span.startLine,
      endLine: span.endLine,
      ruleIds: text.ruleIds.length ? text.ruleIds : ['*'],
      reason: text.reason,
      directive: span.directive,
    },
  };
}
