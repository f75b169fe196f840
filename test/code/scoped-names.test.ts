/**
 * A name resolves to its innermost declaration that holds the place it is read, the nearest before it: in a
 * nested function, in the outer function after its nested ones, at module level after functions that shadow
 * it. Lookups stay right when one name is declared thousands of times (they were linear in that number).
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/code/analyze.ts';
import { codeFileKind, type CodeFileKind } from '../../src/code/languages.ts';

const PYTHON = codeFileKind('app.py') as CodeFileKind;

async function scannedTables(text: string): Promise<string[]> {
  const { uses } = await analyzeFile({ display: 'app.py', text, ...PYTHON });
  return uses.map((use) => (use.table?.known ? use.table.value : '?'));
}

const NESTED = `import boto3
table = boto3.resource("dynamodb").Table("module-level")

def outer():
    table = boto3.resource("dynamodb").Table("outer")
    def inner():
        table = boto3.resource("dynamodb").Table("inner")
        return table.scan()
    def sibling():
        return table.scan()
    return table.scan()

def other():
    return table.scan()

table.scan()
`;

describe('scoped names', () => {
  it('resolve to the innermost declaration holding the place they are read', async () => {
    expect(await scannedTables(NESTED)).toEqual(['inner', 'outer', 'outer', 'module-level', 'module-level']);
  });

  it('stay right with a name declared thousands of times', async () => {
    const handlers = Array.from(
      { length: 2_000 },
      (_, i) => `def handler_${i}():
    table = boto3.resource("dynamodb").Table("t${i}")
    return table.scan()
`,
    ).join('\n');
    const tables = await scannedTables(
      `import boto3\n\n${handlers}\ntable = boto3.resource("dynamodb").Table("last")\ntable.scan()\n`,
    );
    expect(tables).toHaveLength(2_001);
    expect(tables.slice(0, 3)).toEqual(['t0', 't1', 't2']);
    expect(tables.at(-2)).toBe('t1999');
    expect(tables.at(-1)).toBe('last');
  });
});
