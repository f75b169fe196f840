/**
 * New versus existing findings (`--base REF --only-new`): the base revision is linted with the same rules,
 * through git, code included, and only what the change adds decides the run.
 */
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../helpers/cli.ts';
import { changeRepository, git } from '../helpers/git.ts';
import { markBaselineState } from '../../src/baseline/state.ts';
import type { Finding } from '../../src/model.ts';

/**
 * These tests are about which findings count; the posture rules (on every unprotected table) and
 * filter-expression (a second finding on every filtered scan) stay out.
 */
const WITHOUT_POSTURE = [
  '--rule',
  'point-in-time-recovery=off',
  '--rule',
  'deletion-protection=off',
  '--rule',
  'filter-expression=off',
];
const cli = (dir: string, args: string[]) => runCli(dir, [...args, ...WITHOUT_POSTURE]);

interface Reported {
  ruleId: string;
  severity: string;
  message: string;
  location: { file: string; line: number };
  fingerprint: string;
  baselineState?: string;
}

const HOT_TABLE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
`;

/** A table whose key attribute is not defined: CloudFormation rejects it (an error). */
const BROKEN_TABLE = `  Invoices:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: invoiceId, KeyType: HASH }]
`;

const SCAN_HANDLER = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  const result = await client.send(new ScanCommand({ TableName: 'orders', FilterExpression: 'a = :a' }));
  return result.Items;
};
`;

const BASE = {
  'infra/tables.yaml': HOT_TABLE,
  'src/list.js': SCAN_HANDLER,
  'README.md': '# Orders\n',
};

async function json(dir: string, args: string[]): Promise<{ code: number; findings: Reported[] }> {
  const run = await cli(dir, [...args, '--format', 'json']);
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: Reported[] }).findings };
}

describe('--base --only-new', () => {
  it('passes a change that only edits the README, saying how many findings were already there', async () => {
    const dir = await changeRepository(BASE, { 'README.md': '# Orders service\n\nHow to deploy.\n' });
    const all = await json(dir, ['--base', 'main']);
    expect(all.findings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.findings.map((f) => f.ruleId))).toEqual(
      new Set(['low-cardinality-key', 'scan-usage']),
    );
    expect(all.findings.every((f) => f.baselineState === 'unchanged')).toBe(true);

    const onlyNew = await cli(dir, ['--base', 'main', '--only-new']);
    expect(onlyNew.code).toBe(0);
    expect(onlyNew.stdout).toContain(
      `No new problems (2 files, 1 table checked; ${all.findings.length} findings already on main not shown)`,
    );
  });

  it('fails on the one error a change adds, and keeps findings that only moved unchanged', async () => {
    const head = `# Orders and invoices\n\n${HOT_TABLE}${BROKEN_TABLE}`;
    const dir = await changeRepository(BASE, { 'infra/tables.yaml': head });
    const { code, findings } = await json(dir, ['--base', 'main', '--only-new']);
    expect(code).toBe(1);
    expect(findings.filter((f) => f.baselineState === 'new').map((f) => [f.ruleId, f.location.line])).toEqual(
      [['key-attribute-definitions', 14]],
    );
    const moved = findings.find((f) => f.ruleId === 'low-cardinality-key');
    expect(moved).toMatchObject({ baselineState: 'unchanged', location: { line: 8 } });
    expect(findings.find((f) => f.ruleId === 'scan-usage')?.baselineState).toBe('unchanged');

    const stylish = await cli(dir, ['--base', 'main', '--only-new']);
    expect(stylish.stdout).toContain('Invoices');
    expect(stylish.stdout).not.toContain('low-cardinality-key');
    expect(stylish.stdout).toMatch(
      /1 new problem \(1 error, 0 warnings, 0 infos\) .*findings already on main not shown/,
    );
  });

  it('reports a second Scan added to a file that already had one as new', async () => {
    const twice = SCAN_HANDLER.replace(
      '  return result.Items;',
      "  const more = await client.send(new ScanCommand({ TableName: 'orders', FilterExpression: 'b = :b' }));\n  return [...result.Items, ...more.Items];",
    );
    const dir = await changeRepository(BASE, { 'src/list.js': twice });
    const { findings } = await json(dir, ['--base', 'main']);
    const scans = findings.filter((f) => f.ruleId === 'scan-usage');
    expect(scans.map((f) => [f.location.line, f.baselineState])).toEqual([
      [7, 'unchanged'],
      [8, 'new'],
    ]);
  });

  it('keeps the findings of a renamed file unchanged', async () => {
    const dir = await changeRepository(BASE, {
      'infra/tables.yaml': null,
      'infra/orders.yaml': HOT_TABLE,
      'src/list.js': null,
      'src/orders/list.js': SCAN_HANDLER,
    });
    const { code, findings } = await json(dir, ['--base', 'main', '--only-new']);
    expect(findings.map((f) => [f.ruleId, f.location.file, f.baselineState])).toEqual([
      ['low-cardinality-key', 'infra/orders.yaml', 'unchanged'],
      ['scan-usage', 'src/orders/list.js', 'unchanged'],
    ]);
    expect(code).toBe(0);
  });

  it('marks a change-safety finding new even where the base had findings on the same table', async () => {
    const dir = await changeRepository(BASE, {
      'infra/tables.yaml': HOT_TABLE.replace(/status/g, 'state'),
    });
    const { code, findings } = await json(dir, ['--base', 'main', '--only-new']);
    expect(code).toBe(1);
    expect(findings.find((f) => f.ruleId === 'table-replacement')?.baselineState).toBe('new');
  });

  it('carries baselineState into SARIF', async () => {
    const dir = await changeRepository(BASE, { 'infra/tables.yaml': `${HOT_TABLE}${BROKEN_TABLE}` });
    const run = await cli(dir, ['--base', 'main', '--format', 'sarif']);
    const results = JSON.parse(run.stdout).runs[0].results as { ruleId: string; baselineState: string }[];
    expect(results.map((r) => [r.ruleId, r.baselineState]).sort()).toEqual([
      ['key-attribute-definitions', 'new'],
      ['low-cardinality-key', 'unchanged'],
      ['scan-usage', 'unchanged'],
    ]);
  });

  it('needs --base', async () => {
    const dir = await changeRepository(BASE, {});
    const run = await cli(dir, ['--only-new']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--only-new needs --base <ref>');
  });

  it('places a missing base on a real file as a warning, with a short commit id, and does not fail on it', async () => {
    const dir = await changeRepository(BASE, {});
    const missing = 'f'.repeat(40);
    const { code, findings } = await json(dir, ['--base', missing, '--only-new', '--fail-on', 'warning']);
    const unavailable = findings.filter((f) => f.ruleId === 'base-unavailable');
    expect(unavailable).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ file: 'infra/tables.yaml', line: 1 }),
      }),
    ]);
    expect(unavailable[0]?.message).toContain('"fffffff"');
    expect(unavailable[0]?.message).not.toContain(missing);
    // Without a base every other finding counts: the warnings fail the run, the missing base does not.
    expect(code).toBe(1);
    const clean = await changeRepository(
      { 'README.md': '# x\n', 'infra/t.yaml': HOT_TABLE.replace(/status/g, 'orderId') },
      {},
    );
    const quiet = await json(clean, ['--base', missing, '--fail-on', 'warning']);
    expect(quiet.findings.map((f) => [f.ruleId, f.location.file])).toEqual([
      ['base-unavailable', 'infra/t.yaml'],
    ]);
    expect(quiet.code).toBe(0);
    expect(await git(clean, 'status', '--porcelain')).toBe('');
  });
});

describe('markBaselineState', () => {
  const finding = (fingerprint: string, message: string, ruleId = 'scan-usage'): Finding => ({
    ruleId,
    messageId: 'm',
    severity: 'warning',
    message,
    location: { file: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 1 },
    fingerprint,
  });

  it('matches findings that share a fingerprint as a multiset, the same message first', () => {
    const base = [finding('f', 'first'), finding('g', 'other')];
    const head = [finding('f', 'second'), finding('f', 'first'), finding('g', 'other')];
    expect(markBaselineState(head, base, () => false).map((f) => f.baselineState)).toEqual([
      'new',
      'unchanged',
      'unchanged',
    ]);
  });

  it('keeps findings about the change itself new', () => {
    const base = [finding('f', 'x', 'table-replacement')];
    const head = [finding('f', 'x', 'table-replacement')];
    expect(markBaselineState(head, base, (f) => f.ruleId === 'table-replacement')[0]?.baselineState).toBe(
      'new',
    );
  });
});
