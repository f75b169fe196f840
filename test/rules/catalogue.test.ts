import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { ruleSetting } from '../../src/config/load.ts';
import { DIAGNOSTICS } from '../../src/diagnostics.ts';
import type { FactsByKind, RuleKind } from '../../src/rule.ts';
import { withActionTables, withRuleTable } from '../../scripts/update-readme.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Facts with nothing in them, per rule kind. */
const EMPTY_FACTS: { readonly [K in RuleKind]: FactsByKind[K] } = {
  table: { tables: [] },
  code: { uses: [], tables: [] },
  drift: { pairs: [], missing: [], unmapped: [], unmanaged: [] },
  change: { pairs: [], base: 'HEAD' },
};

/** Strict ajv with the one format rule schemas use, as the configuration compiles them. */
function strictAjv(): Ajv {
  return new Ajv({ strict: true, useDefaults: true }).addFormat('regex', (pattern: string) => {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  });
}

/** Message ids a rule's source reports: each quoted name in a `messageId:` expression. */
function reportedMessageIds(source: string): string[] {
  const expressions = source.match(/messageId:[^,\n}]+/g) ?? [];
  return expressions.flatMap((expression) => [...expression.matchAll(/'(\w+)'/g)].map((m) => m[1] ?? ''));
}
const SECTIONS = [
  '## What it checks and why',
  '## Incorrect',
  '## Correct',
  '## Options',
  '## When to disable',
];

describe('rule catalogue', () => {
  it('registers every rule module in rules/ exactly once, with unique ids named after their file', async () => {
    const files = (await readdir(path.join(root, 'rules'))).filter(
      (f) => f.endsWith('.ts') && f !== 'index.ts',
    );
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s has a documentation page following the template',
    async (id, rule) => {
      const page = await readFile(path.join(root, 'rules', `${id}.md`), 'utf8');
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      for (const section of SECTIONS) expect(page).toContain(section);
      expect(page).toContain(`**Default severity:** ${rule.severity}`);
      expect(page).toMatch(/```[a-z]*\n[\s\S]+?```[\s\S]*## Correct\n+```/);
    },
  );

  it('names rules in kebab-case', () => {
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s compiles its options schema strictly, and check accepts the defaults',
    (_id, rule) => {
      const filled: Record<string, unknown> = {};
      if (rule.options) {
        const validate = strictAjv().compile(rule.options);
        expect(validate(filled), JSON.stringify(validate.errors)).toBe(true);
      }
      // The same defaults through the configuration's own path.
      expect(ruleSetting(rule).options).toEqual(filled);
      const reports: unknown[] = [];
      const check = rule.check as (context: object) => void;
      expect(() =>
        check({ ...EMPTY_FACTS[rule.kind], options: filled, report: (r: unknown) => reports.push(r) }),
      ).not.toThrow();
      expect(reports).toEqual([]);
    },
  );

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s uses every message it declares, and its placeholders are words',
    async (id, rule) => {
      const source = await readFile(path.join(root, 'rules', `${id}.ts`), 'utf8');
      const declared = Object.keys(rule.messages);
      expect(declared.length).toBeGreaterThan(0);
      expect(new Set(reportedMessageIds(source))).toEqual(new Set(declared));
      for (const template of Object.values<string>(rule.messages)) {
        const placeholders = template.match(/\{\{[^}]*\}\}/g) ?? [];
        for (const placeholder of placeholders) expect(placeholder).toMatch(/^\{\{\w+\}\}$/);
        // Braces outside a well-formed placeholder would be printed as they are.
        expect(template.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/\{\{|\}\}/);
      }
    },
  );

  it('README rule table matches the catalogue (run `npm run readme` to update it)', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    expect(readme).toBe(withRuleTable(readme));
  });

  it("docs/action.md's inputs and outputs match action.yml (run `npm run readme` to update them)", async () => {
    const page = await readFile(path.join(root, 'docs', 'action.md'), 'utf8');
    expect(page).toBe(withActionTables(page, await readFile(path.join(root, 'action.yml'), 'utf8')));
  });

  // Diagnostic findings link to docs/diagnostics.md#<id> (src/diagnostics.ts), so the anchors stay there.
  it('docs/diagnostics.md documents every diagnostic under its anchor', async () => {
    const page = await readFile(path.join(root, 'docs', 'diagnostics.md'), 'utf8');
    for (const diagnostic of DIAGNOSTICS) expect(page).toContain(`<a id="${diagnostic.id}"></a>`);
  });

  it('README starts with the two-command quick start', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const quickStart = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart).toBe('npm ci && npm run demo\nnpm test\n');
  });
});
