/** Text bracketed thousands of levels deep never reaches tree-sitter (whose error recovery could abort it). */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/code/analyze.ts';
import { codeFileKind, type CodeFileKind } from '../../src/code/languages.ts';
import { MAX_PARSED_BRACKET_DEPTH, bracketsNestedBeyond } from '../../src/parsers/tree-sitter.ts';

describe('bracket depth before parsing', () => {
  it('counts every bracket kind, closers matched by count', () => {
    expect(bracketsNestedBeyond('f([{x}])', 3)).toBe(false);
    expect(bracketsNestedBeyond('f([{(x)}])', 3)).toBe(true);
    expect(bracketsNestedBeyond(')))]]]}}} (((', 3)).toBe(false);
    expect(bracketsNestedBeyond('('.repeat(4), 3)).toBe(true);
  });

  it('skips a code file of a million unclosed parentheses with a finding, and parses the next file', async () => {
    const go = codeFileKind('main.go') as CodeFileKind;
    const hostile = await analyzeFile({
      display: 'deep.go',
      text: `package main\nfunc f() { x := ${'('.repeat(1_000_000)}`,
      ...go,
    });
    expect(hostile.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/code nested more than \d+ levels deep/),
    ]);
    const next = await analyzeFile({
      display: 'scan.go',
      text: `package main
import "github.com/aws/aws-sdk-go-v2/service/dynamodb"
func all(c *dynamodb.Client) { c.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("orders")}) }
`,
      ...go,
    });
    expect(next.uses.map((u) => u.operation)).toEqual(['Scan']);
  });

  it('leaves a file nested within the limit to the parser', () => {
    const depth = MAX_PARSED_BRACKET_DEPTH;
    expect(bracketsNestedBeyond(`${'('.repeat(depth)}${')'.repeat(depth)}`, depth)).toBe(false);
  });
});
