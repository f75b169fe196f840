/** `.dynalint-baseline.json`: written with --write-baseline, then later runs leave its findings out and report what it no longer matches. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../helpers/cli.ts';
import { workspace, writeFiles } from '../helpers/workspace.ts';

/** These tests are about which findings count; the posture rules (on every unprotected table) stay out. */
const WITHOUT_POSTURE = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];
const cli = (dir: string, args: string[]) => runCli(dir, [...args, ...WITHOUT_POSTURE]);

const hotTable = (id: string, key: string) => `  ${id}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: ${key}, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: ${key}, AttributeType: S }]
`;

const template = (...tables: string[]) => `Resources:\n${tables.join('')}`;

const SCAN_HANDLER = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = () => client.send(new ScanCommand({ TableName: 'orders', FilterExpression: 'a = :a' }));
`;

interface Reported {
  ruleId: string;
  severity: string;
  message: string;
  location: { file: string; line: number };
}

async function findings(dir: string): Promise<{ code: number; findings: Reported[] }> {
  const run = await cli(dir, ['--format', 'json', '--fail-on', 'warning']);
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: Reported[] }).findings };
}

describe('the baseline file', () => {
  it('is written sorted and stable, then a run of the same tree reports nothing', async () => {
    const dir = await workspace({
      'infra/b.yaml': template(hotTable('Orders', 'status'), hotTable('Events', 'kind')),
      'infra/a.yaml': template(hotTable('Users', 'country')),
      'src/list.js': SCAN_HANDLER,
    });
    const before = await findings(dir);
    expect(before.code).toBe(1);
    expect(before.findings.length).toBeGreaterThanOrEqual(4);

    const written = await cli(dir, ['--write-baseline']);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`wrote ${before.findings.length} findings to .dynalint-baseline.json`);
    const text = await readFile(path.join(dir, '.dynalint-baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as { version: number; findings: { file: string; ruleId: string }[] };
    expect(baseline.version).toBe(1);
    const files = baseline.findings.map((e) => e.file);
    expect(files).toEqual([...files].sort());
    expect(new Set(Object.keys(baseline.findings[0] ?? {}))).toEqual(
      new Set(['file', 'ruleId', 'fingerprint', 'count']),
    );
    // One entry per line: fixing one finding is a one-line diff.
    expect(text.split('\n').filter((line) => line.includes('"fingerprint"'))).toHaveLength(
      baseline.findings.length,
    );

    // Lines moving and a rewrite leave the file byte for byte the same.
    await writeFiles(dir, {
      'infra/b.yaml': `# Orders\n\n${template(hotTable('Events', 'kind'), hotTable('Orders', 'status'))}`,
    });
    await cli(dir, ['--write-baseline']);
    expect(await readFile(path.join(dir, '.dynalint-baseline.json'), 'utf8')).toBe(text);

    const after = await findings(dir);
    expect(after).toEqual({ code: 0, findings: [] });
  });

  it('reports entries that no longer match as one info per file, and new findings as usual', async () => {
    const dir = await workspace({
      'infra/a.yaml': template(hotTable('Orders', 'status'), hotTable('Events', 'kind')),
      'src/list.js': SCAN_HANDLER,
    });
    await cli(dir, ['--write-baseline']);
    await writeFiles(dir, {
      // Orders is fixed; Users is new.
      'infra/a.yaml': template(
        hotTable('Orders', 'orderId'),
        hotTable('Events', 'kind'),
        hotTable('Users', 'country'),
      ),
    });
    const { code, findings: after } = await findings(dir);
    expect(code).toBe(1);
    expect(after.map((f) => [f.ruleId, f.severity, f.location.file])).toEqual([
      ['stale-baseline', 'info', '.dynalint-baseline.json'],
      ['low-cardinality-key', 'warning', 'infra/a.yaml'],
    ]);
    expect(after[0]?.message).toBe(
      '1 baseline entry for infra/a.yaml (low-cardinality-key) matches no finding any more: it was fixed; run `dynalint --write-baseline` to shrink the baseline',
    );
    const baselineText = await readFile(path.join(dir, '.dynalint-baseline.json'), 'utf8');
    // Placed on the stale entry's own line of the baseline file.
    expect(baselineText.split('\n')[(after[0]?.location.line ?? 0) - 1]).toMatch(
      /"file":"infra\/a\.yaml","ruleId":"low-cardinality-key"/,
    );
    expect(after[1]?.message).toContain('Users');

    // Writing again shrinks the file to what is left.
    await cli(dir, ['--write-baseline']);
    expect((await findings(dir)).findings).toEqual([]);
  });

  it('does not judge entries of files this run did not lint', async () => {
    const dir = await workspace({
      'infra/a.yaml': template(hotTable('Orders', 'status')),
      'other/b.yaml': template(hotTable('Events', 'kind')),
    });
    await cli(dir, ['--write-baseline']);
    const run = await cli(dir, ['infra', '--format', 'json']);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('rejects a file that is not a baseline, saying how to fix it', async () => {
    const dir = await workspace({
      'a.yaml': template(hotTable('Orders', 'status')),
      '.dynalint-baseline.json': '{"findings": {}}',
    });
    const run = await cli(dir, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.dynalint-baseline.json is not a dynalint baseline');
  });
});
