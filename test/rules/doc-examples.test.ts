/**
 * Every rule page's examples run, like ESLint's `tools/check-rule-examples.js`: the code under
 * `## Incorrect` must produce the rule's finding, the code under `## Correct` must not. A page whose
 * sections hold no runnable example fails, and so does a rule no test file exercises.
 *
 * Fenced blocks are examples by their info string: a language (`yaml`, `json`, `hcl`, `js`, `ts`,
 * `python`, `go`, `java`, `cs`), then optionally a role and a file name:
 * - `yaml base` is the base revision of a change (change rules), the other blocks its head;
 * - `json live` is a live table as DescribeTable answers it (its `Table`), or a list of them (drift rules);
 * - `file=path/name.ext` names the file (default: `template.yaml`, `main.tf`, `src/example.<ext>`);
 *   `file=.dynalint.yml` is the configuration, validated as a run validates it; its `tables` map (declared
 *   id → live name) maps tables for drift rules, its `region` is where the stacks deploy.
 * A YAML block without `Resources:` (or a Serverless `service:`) is a resource map, wrapped in `Resources:`.
 * Blocks without a language (terminal output) are not examples.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { CONFIG_FILES, parseConfig, resolveConfig } from '../../src/config/load.ts';
import { findingsOf, type TesterCase } from '../helpers/tester.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const SOURCE_FILES: Readonly<Record<string, string>> = {
  yaml: 'template.yaml',
  yml: 'template.yaml',
  json: 'template.json',
  hcl: 'main.tf',
  terraform: 'main.tf',
  tf: 'main.tf',
  js: 'src/example.js',
  javascript: 'src/example.js',
  ts: 'src/example.ts',
  typescript: 'src/example.ts',
  python: 'src/example.py',
  py: 'src/example.py',
  go: 'src/example.go',
  java: 'src/Example.java',
  cs: 'src/Example.cs',
  csharp: 'src/Example.cs',
};

interface Block {
  readonly language: string;
  readonly role?: string;
  readonly file?: string;
  readonly text: string;
}

/** The fenced blocks of a `## <title>` section (up to the next `## `). */
export function sectionBlocks(markdown: string, title: string): Block[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start < 0) return [];
  const blocks: Block[] = [];
  let fence: { info: string[]; body: string[] } | undefined;
  for (const line of lines.slice(start + 1)) {
    if (!fence && line.startsWith('## ')) break;
    if (line.startsWith('```')) {
      if (fence) {
        const [language = '', ...rest] = fence.info;
        const file = rest.find((word) => word.startsWith('file='))?.slice(5);
        const role = rest.find((word) => !word.startsWith('file='));
        blocks.push({
          language,
          text: fence.body.join('\n'),
          ...(role ? { role } : {}),
          ...(file ? { file } : {}),
        });
        fence = undefined;
      } else fence = { info: line.slice(3).trim().split(/\s+/).filter(Boolean), body: [] };
    } else fence?.body.push(line);
  }
  return blocks.filter((block) => SOURCE_FILES[block.language] !== undefined);
}

/** A YAML resource map becomes a template; anything that is already one stays as written. */
function asTemplate(text: string): string {
  if (/^(Resources|service|AWSTemplateFormatVersion|Transform)\s*:/m.test(text)) return text;
  return `Resources:\n${text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n')}\n`;
}

export function exampleCase(name: string, blocks: readonly Block[]): TesterCase {
  const files: Record<string, string> = {};
  const base: Record<string, string> = {};
  const live: TableDescription[] = [];
  const tables: Record<string, string> = {};
  let region: string | undefined;
  for (const block of blocks) {
    if (block.file !== undefined && CONFIG_FILES.includes(path.posix.basename(block.file))) {
      const { user } = resolveConfig(rules, parseConfig(block.text, block.file), ROOT, ROOT);
      Object.assign(tables, user.tables);
      region = user.region ?? region;
      continue;
    }
    if (block.role === 'live') {
      const parsed = JSON.parse(block.text) as TableDescription | TableDescription[];
      live.push(...(Array.isArray(parsed) ? parsed : [parsed]));
      continue;
    }
    const file = block.file ?? SOURCE_FILES[block.language] ?? 'template.yaml';
    const text = block.language === 'yaml' || block.language === 'yml' ? asTemplate(block.text) : block.text;
    const target = block.role === 'base' ? base : files;
    target[file] = target[file] ? `${target[file]}\n${text}` : text;
  }
  return {
    name,
    files,
    ...(Object.keys(base).length ? { base } : {}),
    ...(live.length ? { live } : {}),
    ...(Object.keys(tables).length ? { tables } : {}),
    ...(region ? { region } : {}),
  };
}

describe('rule pages', () => {
  for (const rule of rules) {
    const markdown = readFileSync(path.join(ROOT, 'rules', `${rule.id}.md`), 'utf8');
    describe(rule.id, () => {
      it('has runnable Incorrect and Correct examples', () => {
        expect(sectionBlocks(markdown, 'Incorrect').length, 'Incorrect').toBeGreaterThan(0);
        expect(sectionBlocks(markdown, 'Correct').length, 'Correct').toBeGreaterThan(0);
      });

      it('Incorrect gives the finding', async () => {
        const testCase = exampleCase('Incorrect', sectionBlocks(markdown, 'Incorrect'));
        const { findings, problems } = await findingsOf(rule, testCase);
        expect(problems.filter((p) => p.ruleId === 'parse-error')).toEqual([]);
        expect(findings.length, `no ${rule.id} finding`).toBeGreaterThan(0);
      });

      it('Correct gives none', async () => {
        const testCase = exampleCase('Correct', sectionBlocks(markdown, 'Correct'));
        const { findings, problems } = await findingsOf(rule, testCase);
        expect(problems.filter((p) => p.ruleId === 'parse-error')).toEqual([]);
        expect(findings.map((f) => f.message)).toEqual([]);
      });
    });
  }
});

describe('rule tests', () => {
  it('every rule is exercised by a test file', () => {
    const testFiles = readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts') && !file.endsWith('doc-examples.test.ts'))
      .map((file) => readFileSync(path.join(ROOT, 'test', file), 'utf8'));
    const untested = rules
      .map((rule) => rule.id)
      .filter(
        (id) =>
          !testFiles.some(
            (text) => text.includes(`rules/${id}.ts`) || new RegExp(`['"\`]${id}['"\`]`).test(text),
          ),
      );
    expect(untested).toEqual([]);
  });
});
