// Regenerates the README's rule table from the catalogue (a test fails when it is stale).
import { readFile, writeFile } from 'node:fs/promises';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../README.md', import.meta.url);
  await writeFile(path, withRuleTable(await readFile(path, 'utf8')));
}
