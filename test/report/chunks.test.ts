/**
 * The JSON and SARIF reports are written in chunks so that no string grows with the repository; joined, the
 * chunks are exactly the report pretty-printed whole, whatever the number of findings.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.ts';
import { jsonReport } from '../../src/report/json.ts';
import { sarifReport } from '../../src/report/sarif.ts';
import { wellFormedJson } from '../../src/report/well-formed.ts';

function finding(i: number): Finding {
  return {
    ruleId: i % 2 ? 'billing-mode' : 'scan-usage',
    messageId: 'm',
    severity: i % 3 ? 'warning' : 'error',
    message: `Table${i} says "quoted"\nand\ttabbed \ud800`,
    location: { file: `stacks/s${i}.yaml`, line: i + 1, column: 3, endLine: i + 1, endColumn: 9 },
    ...(i % 4 ? { table: `Table${i}` } : {}),
    ...(i % 5 === 0
      ? { related: [{ file: 'src/app.ts', line: 1, column: 1, endLine: 1, endColumn: 2 }] }
      : {}),
    ...(i % 7 === 0 ? { baselineState: 'new' as const } : {}),
    fingerprint: `f${i}`,
  };
}

const RULES = [
  {
    id: 'billing-mode',
    description: 'Billing mode \ud800',
    severity: 'error' as const,
    kind: 'table' as const,
    helpUri: 'https://example.com/billing-mode',
  },
];

describe.each([
  ['json', jsonReport, (report: unknown) => (report as { findings: unknown[] }).findings],
  [
    'sarif',
    sarifReport,
    (report: unknown) => (report as { runs: { results: unknown[] }[] }).runs[0]?.results,
  ],
])('the %s report', (_format, report, itemsOf) => {
  for (const count of [0, 1, 511, 512, 513, 1300]) {
    it(`joins to the whole report pretty-printed, with ${count} findings`, () => {
      const findings = Array.from({ length: count }, (_, i) => finding(i));
      const summary = { files: 3, tables: count, errors: 1, warnings: 2, infos: 0 };
      const chunks = [...report({ findings, summary, rules: RULES })];
      const text = chunks.join('');
      const parsed = JSON.parse(text) as unknown;
      expect(itemsOf(parsed)).toHaveLength(count);
      // Canonical: the same text as stringifying what it says, whole.
      expect(text).toBe(`${wellFormedJson(parsed, 2)}\n`);
      expect(text).not.toMatch(/\\ud800/);
      expect(chunks.length).toBe(2 + Math.ceil(count / 512));
    });
  }
});
