// Regenerates the README's rule table from the catalogue and the Action's inputs and outputs tables in
// docs/action.md from action.yml (a test fails when either is stale).
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { rules } from '../rules/index.ts';
import { rulesMarkdownTable } from '../src/report/rules-table.ts';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

export function withRuleTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${rulesMarkdownTable(rules)}\n${readme.slice(end)}`;
}

const ACTION_START = '<!-- action:start -->';
const ACTION_END = '<!-- action:end -->';

interface ActionMetadata {
  readonly inputs: Record<string, { description: string; default?: string }>;
  readonly outputs: Record<string, { description: string }>;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Action's inputs and outputs tables, from action.yml, written into `page` (docs/action.md). */
export function withActionTables(page: string, actionYaml: string): string {
  const action = parse(actionYaml) as ActionMetadata;
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default === undefined ? '' : `\`${cell(String(input.default))}\``} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  const tables = [
    '| Input | Default | Meaning |',
    '|---|---|---|',
    ...inputs,
    '',
    '| Output | Meaning |',
    '|---|---|',
    ...outputs,
  ].join('\n');
  const start = page.indexOf(ACTION_START);
  const end = page.indexOf(ACTION_END);
  if (start === -1 || end === -1)
    throw new Error(`docs/action.md needs ${ACTION_START} and ${ACTION_END} markers`);
  return `${page.slice(0, start + ACTION_START.length)}\n${tables}\n${page.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = new URL('../README.md', import.meta.url);
  await writeFile(readme, withRuleTable(await readFile(readme, 'utf8')));
  const actionPage = new URL('../docs/action.md', import.meta.url);
  const action = await readFile(new URL('../action.yml', import.meta.url), 'utf8');
  await writeFile(actionPage, withActionTables(await readFile(actionPage, 'utf8'), action));
}
