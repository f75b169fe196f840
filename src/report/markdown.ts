/**
 * Markdown for `--format markdown`, the Action's job summary, check run, pull-request comment and tracking
 * issue. Compact: errors, then warnings, then infos (new findings before existing ones), one short line
 * per finding and each rule's advice once per group, every group capped with an "and N more" line, so
 * ten findings fit one screen. Every string that comes from the linted files (table names, paths,
 * messages) is escaped for Markdown and HTML: it can neither format, link, mention nor close a tag.
 */
import type { Finding, Severity } from '../model.ts';
import type { ReportInput, RuleMetadata } from './types.ts';

export interface MarkdownOptions {
  readonly title?: string;
  /** Stop adding lines before the text exceeds this many bytes (UTF-8). */
  readonly maxBytes?: number;
  /** Makes the location a link: receives the finding, returns a URL. */
  readonly linkTo?: (finding: Finding) => string | undefined;
  /** Findings shown per severity before an "and N more" line (default 10). */
  readonly perGroup?: number;
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };
const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
/** A finding's line keeps what is wrong; the advice is said once per rule. */
const SHORT_LINE = 160;
const ADVICE_LINE = 400;

export function formatMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const { summary } = input;
  const onlyNew = input.onlyNew === true;
  const shown = onlyNew ? input.findings.filter((f) => f.baselineState !== 'unchanged') : input.findings;
  const existing = onlyNew ? input.findings.filter((f) => f.baselineState === 'unchanged') : [];
  const base = escapeMarkdown(input.base ?? 'the base');
  const out = new Budget(options.maxBytes ?? Number.POSITIVE_INFINITY);
  out.push(`## ${escapeMarkdown(options.title ?? 'dynalint')}`, '');
  const already = existing.length ? ` · ${plural(existing.length, 'finding')} already on ${base}` : '';
  if (shown.length === 0) {
    out.push(
      onlyNew
        ? `✅ No new findings${existing.length ? `, ${existing.length} existing (already on ${base})` : ''}.`
        : `✅ No problems in ${plural(summary.files, 'file')} (${plural(summary.tables, 'table')}).`,
    );
  } else {
    const count = (s: Severity) => shown.filter((f) => f.severity === s).length;
    out.push(
      `**${plural(shown.length, onlyNew ? 'new problem' : 'problem')}** (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}) in ${plural(summary.files, 'file')}, ${plural(summary.tables, 'table')}${already}.`,
    );
  }
  const rules = new Map(input.rules.map((rule) => [rule.id, rule]));
  const perGroup = options.perGroup ?? 10;
  renderGroups(out, sortForReading(shown), rules, perGroup, options.linkTo);
  if (existing.length > 0) {
    out.push('', `<details><summary>${plural(existing.length, 'finding')} already on ${base}</summary>`, '');
    renderGroups(out, sortForReading(existing), rules, perGroup, options.linkTo);
    out.push('', '</details>');
  }
  if (input.accessChanges?.length) {
    out.push('', `**Access patterns** (compared with ${base}):`, '');
    for (const change of input.accessChanges)
      out.push(
        `- ${change.change} a ${change.operation} on ${escapeMarkdown(change.target)} at ${escapeMarkdown(`${change.file}:${change.line}`)}`,
      );
  }
  out.finish();
  return out.text();
}

/** Errors first, then warnings, then infos; within each, new before existing, then by rule. */
function sortForReading(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => ORDER.indexOf(f.severity) * 2 + (f.baselineState === 'unchanged' ? 1 : 0);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map((entry) => entry.finding);
}

function renderGroups(
  out: Budget,
  findings: readonly Finding[],
  rules: ReadonlyMap<string, RuleMetadata>,
  perGroup: number,
  linkTo: MarkdownOptions['linkTo'],
): void {
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `### ${ICON[severity]} ${HEADING[severity]} (${group.length})`);
    const visible = group.slice(0, perGroup);
    // The rule's advice once, then its findings: one short line each.
    const byRule = new Map<string, Finding[]>();
    for (const finding of visible)
      byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    let hidden = group.length - visible.length;
    for (const [ruleId, ruleFindings] of byRule) {
      const rule = rules.get(ruleId);
      const name = rule ? `[\`${ruleId}\`](${rule.helpUri})` : `\`${ruleId}\``;
      const fix = advice((ruleFindings[0] as Finding).message);
      const line = `${name}: ${rule ? escapeMarkdown(rule.description) : ''}${fix ? ` **Fix:** ${escapeMarkdown(fix)}` : ''}`;
      if (!out.push('', line.trimEnd())) {
        hidden += ruleFindings.length;
        continue;
      }
      for (const finding of ruleFindings) if (!out.push(findingLine(finding, linkTo))) hidden += 1;
    }
    if (hidden > 0)
      out.push(`- …and ${plural(hidden, 'more')} (the job summary and the SARIF report list them all)`);
  }
}

function findingLine(finding: Finding, linkTo: MarkdownOptions['linkTo']): string {
  const where = escapeMarkdown(`${finding.location.file}:${finding.location.line}`);
  const link = linkTo?.(finding);
  const location = link ? `[${where}](${link.replace(/[()\s]/g, encodeURIComponent)})` : where;
  const table = finding.table ? ` · **${escapeMarkdown(finding.table)}**` : '';
  const state = finding.baselineState === 'new' ? ' 🆕' : '';
  return `- ${location}${table}${state} — ${escapeMarkdown(shortMessage(finding.message))}`;
}

/** Where a message's "what is wrong" ends and its advice begins: its first ": " (not a label's). */
function adviceStart(message: string): number {
  const cut = message.indexOf(': ');
  return cut > 20 ? cut : -1;
}

/** What is wrong, without the advice the rule's line gives once: the message up to its first ": ". */
export function shortMessage(message: string): string {
  const cut = adviceStart(message);
  const head = cut === -1 ? message : message.slice(0, cut);
  return head.length > SHORT_LINE ? `${head.slice(0, SHORT_LINE - 1)}…` : head;
}

/** The advice of a message (after its first ": "), said once per rule: the fix is the rule's. */
function advice(message: string): string | undefined {
  const cut = adviceStart(message);
  if (cut === -1) return undefined;
  const text = message.slice(cut + 2).trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return capitalised.length > ADVICE_LINE
    ? `${capitalised.slice(0, ADVICE_LINE - 1)}…`
    : capitalised || undefined;
}

/** Bidirectional-text controls can make a line read differently from what it is ("Trojan Source"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the linted files, safe in Markdown and HTML: no tags or comments (`<` `>` `&` become entities),
 * no formatting, links, tables, issue references or code spans (their characters are backslash-escaped; without
 * `[` a parenthesis links nothing), no `@mentions`
 * (a zero-width space after `@`), no bidi controls, one line.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(BIDI, '')
      .replace(/\r?\n|\r/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*{}[\]#|~]/g, '\\$&')
      // `_` emphasises only at a word's edge (PAY_PER_REQUEST stays readable in the source).
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/@/g, '@&#8203;')
  );
}

/** Lines up to a byte budget; past it, lines are dropped and one tail line says so. */
class Budget {
  private readonly lines: string[] = [];
  private size = 0;
  private dropped = 0;
  /** Room kept for the tail line and closing tags. */
  private static readonly RESERVE = 300;

  constructor(private readonly max: number) {}

  /** Adds the lines if they fit; false when they were dropped. */
  push(...lines: string[]): boolean {
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    const closing = lines.length === 1 && lines[0] === '</details>';
    if (!closing && this.size + bytes + Budget.RESERVE > this.max) {
      this.dropped += lines.filter((line) => line.startsWith('- ') && !line.startsWith('- …')).length;
      return false;
    }
    this.lines.push(...lines);
    this.size += bytes;
    return true;
  }

  finish(): void {
    if (this.dropped > 0)
      this.lines.push(
        '',
        `…and ${plural(this.dropped, 'more finding')} not shown here (see the full report).`,
      );
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
