/** The terminal format: findings grouped by file, aligned, colored on a TTY, ending with a count line. */
import { styleText } from 'node:util';
import type { Finding } from '../model.ts';
import { plural } from './markdown.ts';
import type { ReportInput } from './types.ts';

type Style = Parameters<typeof styleText>[0];

export function formatStylish(input: ReportInput, options: { color: boolean }): string {
  const { summary } = input;
  const findings = input.onlyNew
    ? input.findings.filter((f) => f.baselineState !== 'unchanged')
    : input.findings;
  const existing = input.findings.length - findings.length;
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
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
  const already =
    existing > 0 ? `; ${plural(existing, 'finding')} already on ${input.base ?? 'the base'} not shown` : '';
  if (findings.length === 0) {
    out.push(paint('green', `✔ No ${input.onlyNew ? 'new ' : ''}problems (${scope} checked${already})`));
  } else {
    const mark = count('error') > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    out.push(
      `${mark} ${plural(findings.length, input.onlyNew ? 'new problem' : 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}) in ${scope}${already}`,
    );
  }
  return `${out.join('\n')}\n`;
}
