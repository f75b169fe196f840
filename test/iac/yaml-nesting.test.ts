/** Flow collections nested far too deep are reported before the YAML parser spends seconds on them. */
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_NESTING } from '../../src/iac/source-tree.ts';
import { flowNestingBeyond, parseYamlSource } from '../../src/iac/yaml-source.ts';

describe('flow nesting before parsing', () => {
  it('finds the first opener past the limit, skipping quoted scalars and comments', () => {
    expect(flowNestingBeyond('a: [[[1]]]', 3)).toBeUndefined();
    expect(flowNestingBeyond('a: [[[[1]]]]', 3)).toBe(6);
    expect(flowNestingBeyond(`a: "[[[[" # [[[[\nb: '[[[[' \nc: [1]`, 3)).toBeUndefined();
    expect(flowNestingBeyond('a: "say \\"[[[[\\""\nb: [[[[1]]]]', 3)).toBe(24);
    // `#` inside a plain scalar does not start a comment.
    expect(flowNestingBeyond('a: b#[[[[', 3)).toBe(8);
  });

  it('reports a document nested thousands of levels deep at its depth, without parsing it', () => {
    const depth = 20_000;
    const text = `Resources:\n  T:\n    Properties: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`;
    const started = performance.now();
    expect(() => parseYamlSource(text, 'deep.yaml')).toThrow(
      expect.objectContaining({
        message: `values nested more than ${MAX_SOURCE_NESTING} levels deep`,
        location: expect.objectContaining({ file: 'deep.yaml', line: 3 }),
      }),
    );
    // The parser alone took seconds on this; the byte pass takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('leaves nesting between the reader’s limit and twice it to the reader', () => {
    const depth = MAX_SOURCE_NESTING + 10;
    const text = `a: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
    expect(flowNestingBeyond(text, 2 * MAX_SOURCE_NESTING)).toBeUndefined();
    expect(() => parseYamlSource(text, 'deep.yaml')).toThrow(/nested more than/);
  });
});
