/** Bad input never crashes the scan nor yields a false finding; odd files are skipped, not parsed. */
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const SCAN_CALL = "client.send(new ScanCommand({ TableName: 'orders' }));";
const HEADER = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\n`;

describe('code scan on bad input', () => {
  it('skips minified, binary, declaration and oversized files but still scans the good one', async () => {
    const dir = await workspace({
      'good.js': `${HEADER}export const all = () => ${SCAN_CALL}\n`,
      'bundle.js': `${HEADER}export const all = () => ${SCAN_CALL}; ${'x=1;'.repeat(3000)}\n`,
      'vendor.min.js': `${HEADER}export const all = () => ${SCAN_CALL}\n`,
      'types.d.ts': `${HEADER}export declare const all: () => typeof ${SCAN_CALL}\n`,
      'binary.js': `${HEADER}\u0000\u0001export const all = () => ${SCAN_CALL}\n`,
      'huge.js': `${HEADER}export const all = () => ${SCAN_CALL}\n${'// padding line of a generated file\n'.repeat(160_000)}`,
    });
    const report = await jsonReport(dir);
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toEqual(['scan-usage good.js']);
  });

  it('reports nothing from a call the parser could not make sense of, and goes on with other files', async () => {
    const dir = await workspace({
      'broken.ts': `${HEADER}export const all = () => client.send(new ScanCommand({ TableName: 'orders' ));\n`,
      'garbage.py': 'def (((:\n  table.scan(\n\x7f\x7f',
      'fine.py':
        'import boto3\n\ndef everything():\n    return boto3.resource("dynamodb").Table("t").scan()\n',
    });
    const report = await jsonReport(dir);
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toEqual([
      'scan-usage fine.py:4',
    ]);
  });
});
