/** Config patterns that could backtrack catastrophically are refused up front, with the reason. */
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { ConfigError, loadConfig } from '../../src/config/load.ts';
import { globHazard, regexHazard } from '../../src/config/pattern-safety.ts';
import { workspace } from '../helpers/workspace.ts';

async function configFailure(yaml: string): Promise<string> {
  const dir = await workspace({ '.dynalint.yml': yaml });
  const error = await loadConfig(catalogue, { cwd: dir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message;
}

/** A long segment of the repeated letter: the subject that makes star-heavy globs backtrack. */
const HOSTILE_PATH = `${'a'.repeat(255)}/${'a/'.repeat(100)}x`;

describe('regular expressions', () => {
  it.each(['(a+)+$', '(a|aa)*b', '(a?){25}a{25}', '^(\\w+\\s?)*$', '(.*a){12}', '(a)\\1', '(?<x>a)\\k<x>'])(
    'refuses %s',
    (pattern) => {
      expect(regexHazard(pattern)).toMatch(/nested quantifiers|backreference/);
    },
  );

  it.each([
    '^id$',
    'status|type',
    '(?:ab)+',
    '^[a-z]+_(id|key)$',
    '\\(a+\\)+',
    '[(a+)]+',
    'x{2,5}',
    '(?=a)a+',
  ])('accepts %s', (pattern) => {
    expect(regexHazard(pattern)).toBeUndefined();
  });

  it('refuses an unsafe rule option pattern in config, naming the key and the reason', async () => {
    const message = await configFailure(
      'rules:\n  low-cardinality-key: [warning, { patterns: ["(a+)+$"] }]\n',
    );
    expect(message).toMatch(
      /^\.dynalint\.yml:2:\d+: "rules\.low-cardinality-key\.1\.patterns\.0" is refused/,
    );
    expect(message).toContain('nested quantifiers');
  });

  it('still says when a pattern is not a regular expression at all', async () => {
    const message = await configFailure('rules:\n  low-cardinality-key: [warning, { patterns: ["(a"] }]\n');
    expect(message).toMatch(/must match format "regex" \(Invalid regular expression/);
  });
});

describe('ignore globs', () => {
  it.each([
    ['*a*a*a*b', /"\*" wildcards/],
    ['**/**/**/**/**/x', /"\*\*" segments/],
    [`${'x'.repeat(600)}`, /longer than/],
  ])('refuses %s', (glob, reason) => {
    expect(globHazard(glob)).toMatch(reason);
  });

  it('accepts the globs people write, and they match a hostile path quickly', () => {
    for (const glob of [
      'legacy/**',
      '**/*.test.*',
      'cdk.out/**/*.json',
      '**/a*a/**/b',
      '*-*',
      'dir\\*x*y*z',
    ]) {
      expect(globHazard(glob)).toBeUndefined();
      const started = performance.now();
      picomatch(glob, { dot: true })(HOSTILE_PATH);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it('refuses an unsafe ignore glob in config at its line', async () => {
    const message = await configFailure('ignore:\n  - legacy/**\n  - "*a*a*a*a*a*a*a*a*b"\n');
    expect(message).toMatch(/^\.dynalint\.yml:3:5: ignore glob "\*a\*a\*a\*a\*a\*a\*a\*a\*b" is refused/);
  });
});
