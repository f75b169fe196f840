/**
 * Markdown: a summary line and one table per rule. Used for `--format markdown`, the Action's job summary
 * and PR comment; `maxBytes` keeps it under a host's size limit with an "and N more" tail.
 */
import type { Finding } from '../model.ts';
import type { ReportInput } from './types.ts';

export interface MarkdownOptions {
  readonly title?: string;
  /** Stop adding rows before the text exceeds this many bytes (UTF-8). */
  readonly maxBytes?: number;
  /** Makes `file:line` a link: receives the finding, returns a URL. */
  readonly linkTo?: (finding: Finding) => string | undefined;
}

const ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const;

export function formatMarkdown(
  { findings, summary, rules }: ReportInput,
  options: MarkdownOptions = {},
): string {
  const lines: string[] = [];
  const push = (line: string): void => {
    lines.push(line);
  };
  push(`## ${options.title ?? 'dynalint'}`);
  push('');
  if (findings.length === 0) {
    push(`✅ No problems in ${plural(summary.files, 'file')} (${plural(summary.tables, 'table')}).`);
    return `${lines.join('\n')}\n`;
  }
  push(
    `**${plural(findings.length, 'problem')}** (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}) in ${plural(summary.files, 'file')}, ${plural(summary.tables, 'table')}.`,
  );
  const budget = options.maxBytes ?? Number.POSITIVE_INFINITY;
  // Reserve room for the tail line so the result never exceeds the budget.
  const reserve = 200;
  let size = Buffer.byteLength(lines.join('\n'));
  let omitted = 0;
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings)
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const descriptions = new Map(rules.map((r) => [r.id, r]));
  for (const [ruleId, group] of byRule) {
    const rule = descriptions.get(ruleId);
    const header = [
      '',
      `### ${rule ? `[${ruleId}](${rule.helpUri})` : ruleId} (${group.length})`,
      ...(rule ? ['', rule.description] : []),
      '',
      '| | Location | Table | Message |',
      '|---|---|---|---|',
    ];
    const headerSize = Buffer.byteLength(header.join('\n')) + 1;
    if (size + headerSize + reserve > budget) {
      omitted += group.length;
      continue;
    }
    lines.push(...header);
    size += headerSize;
    for (const finding of group) {
      const where = `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
      const link = options.linkTo?.(finding);
      const row = `| ${ICON[finding.severity]} | ${link ? `[${escape(where)}](${link})` : `\`${where}\``} | ${escape(finding.table ?? '')} | ${escape(finding.message)} |`;
      const rowSize = Buffer.byteLength(row) + 1;
      if (size + rowSize + reserve > budget) {
        omitted += 1;
        continue;
      }
      lines.push(row);
      size += rowSize;
    }
  }
  if (omitted > 0) push(`\n…and ${plural(omitted, 'more finding')} not shown here (see the full report).`);
  return `${lines.join('\n')}\n`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
