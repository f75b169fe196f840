/** Monorepos: each named path is linted with the configuration found upward from it. */
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

/** These tests are about which findings count; the posture rules (on every unprotected table) stay out. */
const WITHOUT_POSTURE = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];
const cli = (dir: string, args: string[]) => runCli(dir, [...args, ...WITHOUT_POSTURE]);

const HOT_TABLE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
`;

async function files(dir: string, args: string[]): Promise<string[]> {
  const run = await cli(dir, [...args, '--format', 'json']);
  return (JSON.parse(run.stdout).findings as { location: { file: string } }[]).map((f) => f.location.file);
}

describe('configuration per linted path', () => {
  it("uses each service's own configuration, and the root one above the others", async () => {
    const dir = await workspace({
      '.dynalint.yml': 'rules:\n  low-cardinality-key: error\n',
      'services/orders/.dynalint.yml': 'rules:\n  low-cardinality-key: off\n',
      'services/orders/template.yaml': HOT_TABLE,
      'services/billing/template.yaml': HOT_TABLE,
    });
    expect(await files(dir, ['services/orders', 'services/billing'])).toEqual([
      'services/billing/template.yaml',
    ]);
    expect(await files(dir, ['services/orders'])).toEqual([]);
    const run = await cli(dir, ['services/orders', 'services/billing', '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.findings[0].severity).toBe('error');
    expect(report.summary).toMatchObject({ files: 2, tables: 2, errors: 1 });
    expect(run.code).toBe(1);
    // An explicit --config applies to every path.
    expect(await files(dir, ['services/orders', 'services/billing', '--config', '.dynalint.yml'])).toEqual([
      'services/billing/template.yaml',
      'services/orders/template.yaml',
    ]);
  });
});
