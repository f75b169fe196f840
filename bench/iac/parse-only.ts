/**
 * The baseline: read the same files and parse them with the same position-preserving parsers dynalint
 * uses (`yaml`'s parseDocument with the CloudFormation tags, `jsonc-parser`'s parseTree; for Terraform the
 * tree-sitter Terraform grammar), and nothing else. Run as its own process so it pays the same Node
 * start-up as the CLI.
 */
import { readFile } from 'node:fs/promises';
import { parseTree } from 'jsonc-parser';
import { parse, parseDocument } from 'yaml';
import { createParser } from '../../src/parsers/tree-sitter.ts';

const [mode, ...files] = process.argv.slice(2);
const tags = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'ImportValue', 'Select', 'Join'].flatMap((name) => [
  { tag: `!${name}`, resolve: (v: string) => v },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (v: unknown) => v },
  { tag: `!${name}`, collection: 'map' as const, resolve: (v: unknown) => v },
]);
let nodes = 0;
const terraform = mode === 'terraform' ? await createParser('terraform') : undefined;
for (const file of files) {
  if (terraform) {
    const tree = terraform.parse(await readFile(file, 'utf8'));
    nodes += tree?.rootNode.childCount ?? 0;
    tree?.delete();
    continue;
  }
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
