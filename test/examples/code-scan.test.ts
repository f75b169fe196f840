/** `npx dynalint examples/` reports the examples' deliberate scans and access-pattern problems, naming their tables. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('dynalint examples/ (application code)', () => {
  it('reports the scans in the SAM and Serverless examples with their tables', async () => {
    const report = await jsonReport(ROOT, ['examples/']);
    const code = report.findings
      .filter((f) => f.ruleId === 'scan-usage' || f.ruleId === 'partiql-full-scan')
      .map((f) => ({
        rule: f.ruleId,
        at: `${f.location.file}:${f.location.line}`,
        table: f.table,
        message: f.message,
      }));
    expect(code.map(({ rule, at, table }) => `${rule} ${at} ${table ?? '-'}`)).toEqual([
      'scan-usage examples/sam-app/src/handlers/daily-report.ts:13 OrdersTable',
      'scan-usage examples/sam-app/src/handlers/list-orders.js:10 OrdersTable',
      'scan-usage examples/serverless-service/handlers/settle.py:19 PaymentsTable',
      'partiql-full-scan examples/serverless-service/handlers/settle.py:24 PaymentsTable',
    ]);
    expect(code[0]?.message).toContain('parallel Scan (Segment/TotalSegments, 4 segments)');
    expect(code[0]?.message).toContain('OrdersTable (examples/sam-app/template.yaml:22)');
    expect(code[1]?.message).toContain('only the first page');
    expect(code[2]?.message).toContain('PaymentsTable (examples/serverless-service/serverless.yml:19)');
  });

  it('reports the access-pattern problems of the SAM example', async () => {
    const report = await jsonReport(ROOT, ['examples/']);
    const rules = ['unknown-index', 'key-condition-mismatch', 'consistent-read-on-gsi', 'filter-expression', 'unprocessed-items'];
    expect(
      report.findings
        .filter((f) => rules.includes(f.ruleId))
        .map((f) => `${f.ruleId} ${f.severity} ${f.location.file}:${f.location.line} ${f.table ?? '-'}`),
    ).toEqual([
      'filter-expression info examples/sam-app/src/handlers/customer-orders.ts:16 OrdersTable',
      'unprocessed-items warning examples/sam-app/src/handlers/import-orders.ts:18 OrdersTable',
      'filter-expression warning examples/sam-app/src/handlers/list-orders.js:13 OrdersTable',
      'unknown-index error examples/sam-app/src/handlers/orders-by-day.ts:14 OrdersTable',
    ]);
    const unknownIndex = report.findings.find((f) => f.ruleId === 'unknown-index');
    expect(unknownIndex?.message).toContain("Did you mean 'byDay'?");
    expect(
      report.findings.filter((f) => f.ruleId === 'unused-index').map((f) => `${f.table} ${f.message.match(/GSI '(\w+)'/)?.[1]}`),
    ).toEqual([
      'OrdersTable byDay',
      'OrdersTable bySku',
      'OrdersTable byWarehouse',
      'OrdersTable byCourier',
      'OrdersTable byEmail',
      'PaymentsTable byMerchant',
    ]);
  });
});
