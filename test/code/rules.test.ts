/** scan-usage and partiql-full-scan options, severities and fingerprints, through the CLI. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const SCAN = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export async function run() {
  await client.send(new ScanCommand({ TableName: 'orders' }));
  await client.send(new ScanCommand({ TableName: 'orders' }));
}
`;

describe('scan-usage options', () => {
  it('allow skips matching files; severity-by-path sets the severity of matching ones', async () => {
    const dir = await workspace({
      '.dynalint.yml': `rules:
  scan-usage:
    - warning
    - allow: ['scripts/**']
      severity-by-path:
        'migrations/**': info
        'src/**': error
`,
      'scripts/export.js': SCAN,
      'migrations/001.js': SCAN,
      'src/api.js': SCAN,
      'lib/other.js': SCAN,
    });
    const report = await jsonReport(dir);
    const severities = report.findings
      .filter((f) => f.ruleId === 'scan-usage')
      .map((f) => `${f.location.file}:${f.location.line} ${f.severity}`);
    expect(severities).toEqual([
      'lib/other.js:4 warning',
      'lib/other.js:5 warning',
      'migrations/001.js:4 info',
      'migrations/001.js:5 info',
      'src/api.js:4 error',
      'src/api.js:5 error',
    ]);
  });

  it('rejects an unknown option with the config file and key', async () => {
    const dir = await workspace({
      '.dynalint.yml': 'rules:\n  scan-usage: [warning, { alow: [x] }]\n',
      'a.js': SCAN,
    });
    await expect(jsonReport(dir)).rejects.toThrow(/alow/);
  });

  it('keeps fingerprints when lines move, and tells two scans in one function apart', async () => {
    const dir = await workspace({ 'api.js': SCAN });
    const before = await jsonReport(dir);
    await writeFile(path.join(dir, 'api.js'), `// a comment\n\n${SCAN}`);
    const after = await jsonReport(dir);
    const prints = (r: typeof before) =>
      r.findings.filter((f) => f.ruleId === 'scan-usage').map((f) => f.fingerprint);
    expect(prints(before)).toHaveLength(2);
    expect(new Set(prints(before)).size).toBe(2);
    expect(prints(after)).toEqual(prints(before));
    expect(after.findings.map((f) => f.location.line)).toEqual([6, 7]);
  });

  it('keeps scans in functions whose names differ only by digits apart (listV1, listV2)', async () => {
    const dir = await workspace({
      'api.js': `import { DynamoDBClient, ScanCommand, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export async function listV1() {
  return client.send(new ScanCommand({ TableName: process.env.TABLE }));
}
export async function listV2() {
  return client.send(new ScanCommand({ TableName: process.env.TABLE }));
}
export const allV1 = () => client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM orders' }));
export const allV2 = () => client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM orders' }));
`,
    });
    const report = await jsonReport(dir);
    const found = report.findings.map((f) => `${f.ruleId}:${f.location.line}`);
    expect(found).toEqual(['scan-usage:4', 'scan-usage:7', 'partiql-full-scan:9', 'partiql-full-scan:10']);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(4);
  });
});

describe('partiql-full-scan options', () => {
  it('allow skips matching files', async () => {
    const statement = `import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const all = () => client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM orders' }));
`;
    const dir = await workspace({
      '.dynalint.yml': `rules:\n  partiql-full-scan: [warning, { allow: ['scripts/**'] }]\n`,
      'scripts/dump.js': statement,
      'src/all.js': statement,
    });
    const report = await jsonReport(dir);
    expect(report.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toEqual([
      'partiql-full-scan src/all.js',
    ]);
  });
});
