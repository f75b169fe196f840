/** The terminal format: findings grouped by file, aligned, colored on a TTY, ending with a count line. */
import { styleText } from 'node:util';
import type { Finding } from '../model.ts';
import { plural } from './markdown.ts';
import type { ReportInput } from './types.ts';

type Style = Parameters<typeof styleText>[0];

export function formatStylish({ findings, summary }: ReportInput, options: { color: boolean }): string {
  // The caller decided whether to color (TTY, NO_COLOR, --color); styleText must not second-guess it.
  const paint = (style: Style, text: string): string =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const severityText = {
    error: paint('red', 'error'),
    warning: paint('yellow', 'warning'),
    info: paint('blue', 'info'),
  };
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings)
    byFile.set(finding.location.file, [...(byFile.get(finding.location.file) ?? []), finding]);
  for (const [file, group] of byFile) {
    out.push(paint('underline', file));
    const positions = group.map((f) => `${f.location.line}:${f.location.column}`);
    const width = Math.max(...positions.map((p) => p.length));
    for (const [i, finding] of group.entries()) {
      const position = paint('dim', (positions[i] as string).padEnd(width));
      const severity = severityText[finding.severity] + ' '.repeat(7 - finding.severity.length);
      out.push(`  ${position}  ${severity}  ${finding.message}  ${paint('dim', finding.ruleId)}`);
    }
    out.push('');
  }
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.tables, 'table')}`;
  if (findings.length === 0) {
    out.push(paint('green', `✔ No problems (${scope} checked)`));
  } else {
    const mark = summary.errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    out.push(
      `${mark} ${plural(findings.length, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}) in ${scope}`,
    );
  }
  return `${out.join('\n')}\n`;
}
