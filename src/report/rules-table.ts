/** The rule catalogue as text: `dynalint rules` and the README's rule table. */
import { DIAGNOSTICS, diagnosticDocsUrl } from '../diagnostics.ts';
import { ruleDocsUrl } from '../meta.ts';
import { inPreset, presetOf, type PresetName, type Rule } from '../rule.ts';
import type { RuleMetadata } from './types.ts';

/** Every rule plus the built-in diagnostics, for SARIF and summaries. */
export function ruleMetadata(catalogue: readonly Rule[]): RuleMetadata[] {
  return [
    ...catalogue.map((r) => ({
      id: r.id,
      description: r.description,
      severity: r.severity,
      helpUri: ruleDocsUrl(r.id),
      preset: presetOf(r),
      ...(r.equivalents?.length ? { equivalents: r.equivalents } : {}),
    })),
    ...DIAGNOSTICS.map((d) => ({ ...d, helpUri: diagnosticDocsUrl(d.id) })),
  ];
}

/** The README table: links are relative so they work on GitHub and npm. */
export function rulesMarkdownTable(catalogue: readonly Rule[]): string {
  const rows = catalogue.map(
    (r) =>
      `| [\`${r.id}\`](rules/${r.id}.md) | ${r.kind} | ${r.severity} | ${presetOf(r)} | ${r.description} |`,
  );
  return ['| Rule | Kind | Default | Preset | What it checks |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The rules `preset` turns on (every rule when none is given). */
export function rulesInPreset(catalogue: readonly Rule[], preset?: PresetName): Rule[] {
  return preset ? catalogue.filter((rule) => inPreset(rule, preset)) : [...catalogue];
}

export function rulesText(catalogue: readonly Rule[]): string {
  const width = Math.max(...catalogue.map((r) => r.id.length));
  const lines = catalogue.map(
    (r) =>
      `${r.id.padEnd(width)}  ${r.kind.padEnd(6)}  ${r.severity.padEnd(7)}  ${presetOf(r).padEnd(11)}  ${r.description}`,
  );
  return `${lines.join('\n')}\n`;
}
