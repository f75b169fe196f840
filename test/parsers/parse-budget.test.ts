/** A parse that outlasts its budget is cancelled, and the parser is clean for the next file. */
import { describe, expect, it } from 'vitest';
import { createParser, parseWithin } from '../../src/parsers/tree-sitter.ts';

describe('parseWithin', () => {
  it('cancels a slow parse and leaves the parser ready for the next text', async () => {
    const parser = await createParser('terraform');
    const hostile = `x = ${'('.repeat(400_000)}\n`.repeat(5);
    const started = performance.now();
    expect(parseWithin(parser, hostile, 50)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5_000);
    const next = parseWithin(parser, 'x = 1\n');
    expect(next?.rootNode.hasError).toBe(false);
    expect(next?.rootNode.text).toBe('x = 1\n');
    next?.delete();
  });
});
