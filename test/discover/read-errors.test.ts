/** Files that cannot be read are findings that name the reason, even when named on the command line. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const TABLE = `Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;

describe('unreadable input', () => {
  it('reports a FIFO named on the command line instead of blocking or linting 0 files', async () => {
    const dir = await workspace({ 'good.yaml': TABLE });
    execFileSync('mkfifo', [path.join(dir, 'template.yaml')]);
    const started = performance.now();
    const run = await cli(dir, ['template.yaml', 'good.yaml', '--format', 'json']);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout) as {
      findings: { ruleId: string; message: string; location: { file: string } }[];
    };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'file-skipped',
        message: expect.stringContaining('FIFO'),
        location: expect.objectContaining({ file: 'template.yaml' }),
      }),
    );
    // The readable file beside it is still linted.
    expect(report.findings.some((f) => f.location.file === 'good.yaml' && f.ruleId !== 'file-skipped')).toBe(
      true,
    );
  });

  it('reports a device named on the command line, for IaC and code files alike', async () => {
    const dir = await workspace();
    const report = await jsonReport(dir, ['/dev/zero', '/dev/null']);
    const skipped = report.findings.filter((f) => f.ruleId === 'file-skipped');
    expect(skipped).toHaveLength(2);
    for (const finding of skipped)
      expect(finding.message).toBe('not read: it is a device, not a regular file');
  });

  it('reports a FIFO named like a code file from the code scan', async () => {
    const dir = await workspace();
    execFileSync('mkfifo', [path.join(dir, 'handler.js')]);
    const report = await jsonReport(dir, ['handler.js']);
    expect(report.findings).toMatchObject([
      { ruleId: 'file-skipped', message: expect.stringContaining('FIFO'), location: { file: 'handler.js' } },
    ]);
  });
});
