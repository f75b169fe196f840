import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { ruleSetting } from '../../src/config/load.ts';
import { DIAGNOSTICS } from '../../src/diagnostics.ts';
import { withActionTables, withRuleTable } from '../../scripts/update-readme.ts';

const root = path.resolve(import.meta.dirname, '../..');
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

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s has a valid options schema whose defaults validate',
    (_id, rule) => {
      if (rule.options) expect(new Ajv({ strict: false }).validateSchema(rule.options)).toBe(true);
      expect(() => ruleSetting(rule)).not.toThrow();
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

  // Diagnostic findings link to README.md#<id> (src/diagnostics.ts), so the anchors stay in the README.
  it('README documents every diagnostic under its anchor', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    for (const diagnostic of DIAGNOSTICS) expect(readme).toContain(`<a id="${diagnostic.id}"></a>`);
  });

  it('README starts with the two-command quick start', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const quickStart = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart).toBe('npm ci && npm run demo\nnpm test\n');
  });
});
