/**
 * The baseline: read the same files and parse them with the same position-preserving parsers dynalint
 * uses (`yaml`'s parseDocument with the CloudFormation tags, `jsonc-parser`'s parseTree), and nothing
 * else. Run as its own process so it pays the same Node start-up as the CLI.
 */
import { readFile } from 'node:fs/promises';
import { parseTree } from 'jsonc-parser';
import { parse, parseDocument } from 'yaml';

const [mode, ...files] = process.argv.slice(2);
const tags = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'ImportValue', 'Select', 'Join'].flatMap((name) => [
  { tag: `!${name}`, resolve: (v: string) => v },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (v: unknown) => v },
  { tag: `!${name}`, collection: 'map' as const, resolve: (v: unknown) => v },
]);
let nodes = 0;
for (const file of files) {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) {
    nodes +=
      mode === 'plain' ? Object.keys(JSON.parse(text)).length : (parseTree(text)?.children?.length ?? 0);
  } else if (mode === 'plain') {
    nodes += Object.keys(parse(text, { logLevel: 'silent' }) as object).length;
  } else {
    nodes += parseDocument(text, { customTags: tags }).errors.length + 1;
  }
}
if (nodes === 0) process.exitCode = 3;
