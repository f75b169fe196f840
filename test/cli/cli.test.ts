import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { DIAGNOSTICS } from '../../src/diagnostics.ts';
import { VERSION } from '../../src/meta.ts';
import { cli, distCli } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

// Tables protected by point-in-time recovery and deletion protection: the posture rules stay quiet here.
const HOT_KEY = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
      DeletionProtectionEnabled: true
`;
const BROKEN_ATTRIBUTES = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: orderId, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
      DeletionProtectionEnabled: true
`;

describe('dynalint CLI', () => {
  it('prints stylish findings grouped by file with a count line and exits 1 on errors', async () => {
    const dir = await workspace({ 'infra/orders.yaml': BROKEN_ATTRIBUTES, 'infra/hot.yaml': HOT_KEY });
    const run = await cli(dir, []);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'infra/hot.yaml',
        '  6:21  warning  Partition key "status" of table Orders looks low-cardinality (a status has few distinct values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. status#customerId) or write sharding (status#0-9).  low-cardinality-key',
        '',
        'infra/orders.yaml',
        '  6:21  error    Key attribute "orderId" of the table is not in AttributeDefinitions of Orders; the deployment fails until it is defined with its type.  key-attribute-definitions',
        '  7:32  error    Attribute "id" is defined but no key schema of Orders uses it; DynamoDB rejects attribute definitions that are not keys (define only key attributes, items stay schemaless).  key-attribute-definitions',
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 infos) in 2 files, 2 tables',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 with only warnings, and 1 with --fail-on warning or --max-warnings', async () => {
    const dir = await workspace({ 'hot.yaml': HOT_KEY });
    expect((await cli(dir, [])).code).toBe(0);
    expect((await cli(dir, ['--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(dir, ['--max-warnings', '0'])).code).toBe(1);
    expect((await cli(dir, ['--max-warnings', '1'])).code).toBe(0);
    expect((await cli(dir, ['--fail-on', 'never', '--rule', 'low-cardinality-key=error'])).code).toBe(0);
    expect((await cli(dir, ['--rule', 'low-cardinality-key=error'])).code).toBe(1);
  });

  it('says when there is nothing to report', async () => {
    const dir = await workspace({ 'ok.yaml': HOT_KEY.replace(/status/g, 'orderId') });
    const run = await cli(dir, ['.']);
    expect(run).toEqual({ code: 0, stdout: '✔ No problems (1 file, 1 table checked)\n', stderr: '' });
  });

  it('writes the JSON report exactly as documented', async () => {
    const dir = await workspace({ 'infra/template.yaml': HOT_KEY });
    const run = await cli(dir, ['--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report).toEqual({
      version: 1,
      findings: [
        {
          ruleId: 'low-cardinality-key',
          severity: 'warning',
          message: expect.stringContaining('"status"'),
          location: { file: 'infra/template.yaml', line: 6, column: 21, endLine: 6, endColumn: 41 },
          table: 'Orders',
          fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      ],
      summary: { files: 1, tables: 1, errors: 0, warnings: 1, infos: 0 },
    });
  });

  it('keeps fingerprints when lines move', async () => {
    const dir = await workspace({ 'a.yaml': HOT_KEY });
    const before = JSON.parse((await cli(dir, ['-f', 'json'])).stdout);
    const moved = await workspace({ 'a.yaml': `# a comment\n# another\n${HOT_KEY}` });
    const after = JSON.parse((await cli(moved, ['-f', 'json'])).stdout);
    expect(after.findings[0].location.line).toBe(before.findings[0].location.line + 2);
    expect(after.findings[0].fingerprint).toBe(before.findings[0].fingerprint);
  });

  it('writes --output and nothing else', async () => {
    const dir = await workspace({ 'a.yaml': HOT_KEY });
    const run = await cli(dir, ['-f', 'sarif', '-o', 'report.sarif']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('dynalint: wrote the sarif report to report.sarif (1 findings)\n');
    const sarif = JSON.parse(await readFile(path.join(dir, 'report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  it('prints markdown', async () => {
    const dir = await workspace({ 'a.yaml': HOT_KEY });
    const run = await cli(dir, ['--format', 'markdown']);
    expect(run.stdout).toContain('### 🟡 Warnings (1)');
    expect(run.stdout).toContain('[`low-cardinality-key`](');
    expect(run.stdout).toContain('- a.yaml:6 · **Orders** — ');
  });

  it('lists the rules', async () => {
    const dir = await workspace();
    const text = await cli(dir, ['rules']);
    for (const rule of catalogue) expect(text.stdout).toContain(rule.id);
    const json = JSON.parse((await cli(dir, ['rules', '--format', 'json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual([
      ...catalogue.map((r) => r.id),
      ...DIAGNOSTICS.map((d) => d.id),
    ]);
    expect(DIAGNOSTICS.map((d) => d.id)).toEqual(
      expect.arrayContaining(['parse-error', 'file-skipped', 'base-unavailable']),
    );
  });

  it('answers --version and --help', async () => {
    const dir = await workspace();
    expect((await cli(dir, ['--version'])).stdout).toBe(`${VERSION}\n`);
    expect((await cli(dir, ['-h'])).stdout).toContain('Usage: dynalint [paths...] [options]');
  });

  it('exits 2 with a clear message on usage and configuration errors', async () => {
    const dir = await workspace({ '.dynalint.yml': 'rules:\n  nope: error\n' });
    expect(await cli(dir, ['--format', 'xml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of'),
    });
    expect(await cli(dir, ['--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
    expect(await cli(dir, ['missing-dir'])).toMatchObject({ code: 2 });
    const config = await cli(dir, ['.']);
    expect(config).toMatchObject({
      code: 2,
      stderr:
        'dynalint: .dynalint.yml:2:3: unknown rule "nope"; `dynalint rules` lists them\nRun "dynalint --help" for usage.\n',
    });
  });
});

describe('bundled dist/cli.js', () => {
  it('runs as npx would, with exit codes and no stack traces on bad input', async () => {
    const dir = await workspace({
      'a.yaml': BROKEN_ATTRIBUTES,
      'b.yaml': 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties: [\n',
    });
    const run = await distCli(dir, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'key-attribute-definitions',
      'key-attribute-definitions',
      'parse-error',
    ]);
    const usage = await distCli(dir, ['--fail-on', 'sometimes']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });

  it('colors stylish output only when asked', async () => {
    const dir = await workspace({ 'a.yaml': HOT_KEY });
    expect((await distCli(dir, [])).stdout).not.toContain('\u001b[');
    expect((await distCli(dir, ['--color'])).stdout).toContain('\u001b[');
  });
});
