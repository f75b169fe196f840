import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/json.ts';
import { wellFormed, wellFormedJson } from '../../src/report/well-formed.ts';

describe('well-formed output text', () => {
  it('replaces lone surrogates and keeps surrogate pairs', () => {
    expect(wellFormed('a\ud800b\udc00c\ud83d\ude00d\ud83d')).toBe('a\uFFFDb\uFFFDc\u{1F600}d\uFFFD');
  });

  it('writes JSON with no lone surrogate in strings or keys', () => {
    const text = wellFormedJson({ ['key\udfff']: ['x\ud800', { nested: 'y\udc00' }], ok: '\u{1F600}' });
    expect(JSON.parse(text)).toEqual({ 'key\uFFFD': ['x\uFFFD', { nested: 'y\uFFFD' }], ok: '\u{1F600}' });
    expect(text).not.toMatch(/\\ud[89a-f]/i);
  });

  it('is what the JSON report writes', () => {
    const chunks = jsonReport({
      findings: [
        {
          ruleId: 'billing-mode',
          messageId: 'provisionedWithoutCapacity',
          severity: 'error',
          message: 'Orders\ud800 sets no capacity',
          location: { file: 'template.yaml', line: 2, column: 3, endLine: 2, endColumn: 9 },
          table: 'Orders\ud800',
          fingerprint: 'f',
        },
      ],
      summary: { files: 1, tables: 1, errors: 1, warnings: 0, infos: 0 },
      rules: [],
    });
    const text = [...chunks].join('');
    expect(JSON.parse(text).findings[0]).toMatchObject({
      message: 'Orders\uFFFD sets no capacity',
      table: 'Orders\uFFFD',
    });
  });
});
