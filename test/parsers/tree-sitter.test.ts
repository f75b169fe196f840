import { describe, expect, it } from 'vitest';
import { GRAMMAR_NAMES, createParser } from '../../src/parsers/tree-sitter.ts';

const SAMPLES: Record<string, string> = {
  javascript: 'const x = client.send(new ScanCommand({ TableName: "t" }));',
  typescript: 'const x: number = 1;',
  tsx: 'const a = <div>{x}</div>;',
  python: 'table.scan()\n',
  go: 'package main\nfunc main() {}\n',
  java: 'class A { void f() { client.scan(r); } }',
  c_sharp: 'class A { void F() { client.ScanAsync(r); } }',
  hcl: 'a = 1\n',
  terraform: 'resource "aws_dynamodb_table" "t" {\n  name = "x"\n}\n',
};

describe('tree-sitter runtime', () => {
  for (const grammar of GRAMMAR_NAMES) {
    it(`parses ${grammar} without errors`, async () => {
      const parser = await createParser(grammar);
      const tree = parser.parse(SAMPLES[grammar] ?? '');
      expect(tree?.rootNode.hasError).toBe(false);
      expect(tree?.rootNode.childCount).toBeGreaterThan(0);
    });
  }
});
