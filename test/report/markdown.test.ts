/**
 * The Markdown report (PR comment, job summary, check run, tracking issue): compact, ordered, capped, and
 * safe whatever the linted files name their tables. No Markdown renderer is installed, so the structure
 * is checked line by line.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/model.ts';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.ts';
import type { ReportInput } from '../../src/report/types.ts';

const RULES = [
  {
    id: 'rule-a',
    description: 'Advice of rule A.',
    severity: 'warning' as const,
    helpUri: 'https://example.com/a',
  },
  {
    id: 'rule-b',
    description: 'Advice of rule B.',
    severity: 'error' as const,
    helpUri: 'https://example.com/b',
  },
  {
    id: 'rule-c',
    description: 'Advice of rule C.',
    severity: 'info' as const,
    helpUri: 'https://example.com/c',
  },
];

function finding(i: number, severity: Severity, ruleId: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    messageId: 'm',
    severity,
    message: `Table T${i} has a problem: the long advice that the rule line already gives, repeated in every message`,
    location: { file: 'infra/t.yaml', line: i + 1, column: 1, endLine: i + 1, endColumn: 1 },
    table: `T${i}`,
    fingerprint: `f${i}`,
    ...extra,
  };
}

function report(findings: Finding[], extra: Partial<ReportInput> = {}): ReportInput {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      files: 1,
      tables: findings.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
    rules: RULES,
    ...extra,
  };
}

describe('formatMarkdown', () => {
  it('orders errors, warnings, infos; one short line per finding; the advice once per rule', () => {
    const findings = [
      finding(1, 'info', 'rule-c'),
      finding(2, 'warning', 'rule-a'),
      finding(3, 'error', 'rule-b'),
      finding(4, 'warning', 'rule-a'),
      finding(5, 'warning', 'rule-a'),
      finding(6, 'error', 'rule-b'),
      finding(7, 'warning', 'rule-a'),
    ];
    const text = formatMarkdown(report(findings));
    const headings = text.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### 🔴 Errors (2)', '### 🟡 Warnings (4)', '### 🔵 Infos (1)']);
    expect(text.split('Advice of rule A.')).toHaveLength(2);
    // The advice (a message's tail) once per rule, not on every line.
    expect(text.split('**Fix:** The long advice')).toHaveLength(4);
    expect(text.split('long advice')).toHaveLength(4);
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('- infra/t.yaml:4 · **T3** — Table T3 has a problem');
    // Seven findings: a screen, not a page (the old rendering repeated the advice on every row).
    expect(text.split('\n').length).toBeLessThan(30);
    expect(Buffer.byteLength(text)).toBeLessThan(2000);
  });

  it('caps each severity with an "and N more" line', () => {
    const findings = Array.from({ length: 14 }, (_, i) => finding(i, 'warning', 'rule-a'));
    const text = formatMarkdown(report(findings), { perGroup: 10 });
    expect(text.split('\n').filter((l) => /^- infra/.test(l))).toHaveLength(10);
    expect(text).toContain('- …and 4 more');
  });

  it('puts new findings first and collapses the existing ones under the base', () => {
    const findings = [
      finding(1, 'error', 'rule-b', { baselineState: 'unchanged' }),
      finding(2, 'warning', 'rule-a', { baselineState: 'new' }),
      finding(3, 'warning', 'rule-a', { baselineState: 'unchanged' }),
    ];
    const text = formatMarkdown(report(findings, { base: 'main', onlyNew: true }));
    expect(text).toContain(
      '**1 new problem** (0 errors, 1 warning, 0 infos) in 1 file, 3 tables · 2 findings already on main.',
    );
    const details = text.indexOf('<details><summary>2 findings already on main</summary>');
    expect(details).toBeGreaterThan(text.indexOf('T2'));
    expect(text.indexOf('T1')).toBeGreaterThan(details);
    expect(text.indexOf('T3')).toBeGreaterThan(details);
    expect(text.trimEnd().endsWith('</details>')).toBe(true);
    // A blank line after <summary> so GitHub renders the Markdown inside.
    expect(text).toContain('</summary>\n\n');
  });

  it('says "no new findings, N existing" when the change adds none', () => {
    const findings = [finding(1, 'error', 'rule-b', { baselineState: 'unchanged' })];
    const text = formatMarkdown(report(findings, { base: 'main', onlyNew: true }));
    expect(text).toContain('✅ No new findings, 1 existing (already on main).');
  });

  it('escapes table names, paths and messages for Markdown and HTML', () => {
    const hostile = 'Ord|ers <!-- x --> </details> `code` @octocat **b** [l](http://e) \u202Egnp.exe\n# h';
    const f = finding(1, 'warning', 'rule-a', {
      table: hostile,
      message: `${hostile} is wrong`,
      location: { file: 'a|b/<c>.yaml', line: 2, column: 1, endLine: 2, endColumn: 1 },
      baselineState: 'unchanged',
    });
    const text = formatMarkdown(report([f], { base: 'ma<b>in', onlyNew: true }));
    for (const raw of ['<!--', '<c>', '<b>']) expect(text).not.toContain(raw);
    expect(text.match(/<\/details>/g)).toHaveLength(1);
    expect(text).not.toContain('\u202E');
    expect(text).not.toMatch(/@octocat/);
    expect(text).toContain('@&#8203;octocat');
    expect(text).toContain('Ord\\|ers &lt;!-- x --&gt; &lt;/details&gt;');
    expect(text).toContain('\\`code\\`');
    expect(text).toContain('\\*\\*b\\*\\*');
    expect(text).toContain('\\[l\\](http://e)');
    expect(text).toContain('a\\|b/&lt;c&gt;.yaml:2');
    expect(text).toContain('already on ma&lt;b&gt;in');
    // One line per finding: a newline in a name cannot start a heading.
    expect(text.split('\n').filter((l) => l.startsWith('# '))).toEqual([]);
  });

  it('stays under a byte budget with a tail line', () => {
    const findings = Array.from({ length: 500 }, (_, i) =>
      finding(i, i % 2 ? 'warning' : 'error', i % 2 ? 'rule-a' : 'rule-b'),
    );
    const text = formatMarkdown(report(findings), { maxBytes: 3000, perGroup: 1000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/…and \d+ more findings not shown here/);
  });
});

describe('escapeMarkdown', () => {
  it('leaves plain text readable', () => {
    expect(escapeMarkdown('Orders (prod) is replaced: it has 3 GSIs.')).toBe(
      'Orders (prod) is replaced: it has 3 GSIs.',
    );
    expect(escapeMarkdown('PAY_PER_REQUEST _x_')).toBe('PAY_PER_REQUEST \\_x\\_');
  });
});
