/**
 * CloudFormation-family files loaded and judged on worker threads (from the TypeScript sources, through tsx)
 * give exactly what the main thread gives; a file's tables can be dropped once judged; a failing worker costs
 * no file.
 */
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { resolveConfig } from '../../src/config/load.ts';
import { IacPool } from '../../src/iac-pool/pool.ts';
import { run, type RunOptions } from '../../src/run.ts';
import { FactStore } from '../../src/shared/facts.ts';
import { changeRepository } from '../helpers/git.ts';
import { tableTemplate } from '../helpers/templates.ts';
import { workspace } from '../helpers/workspace.ts';

/** Templates of every shape the table rules judge differently: branches, SAM, a suppression, a broken file. */
const FILES: Record<string, string> = {
  ...Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `stacks/stack-${i}.yaml`,
      tableTemplate({
        table: `Table${i}`,
        billing: i % 2 ? 'PROVISIONED' : 'PAY_PER_REQUEST',
        attributes: i % 3 ? [] : ['unused'],
      }),
    ]),
  ),
  'stacks/branches.yaml': `Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Parameters:
  Stage: { Type: String }
Resources:
  Branchy:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: !If [IsProd, PROVISIONED, PAY_PER_REQUEST]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`,
  'sam/template.json': JSON.stringify({
    Transform: 'AWS::Serverless-2016-10-31',
    Resources: {
      Simple: { Type: 'AWS::Serverless::SimpleTable', Properties: { PrimaryKey: { Name: 'id' } } },
    },
  }),
  'stacks/suppressed.yaml': `Resources:
  # dynalint-ignore-next-line billing-mode -- capacity set by the platform team
  Quiet:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PROVISIONED
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`,
  'stacks/broken.yaml': 'Resources:\n  Bad:\n    Type: AWS::DynamoDB::Table\n    Properties: [unclosed\n',
};

async function lintWith(dir: string, extra: Partial<RunOptions>) {
  const config = resolveConfig(catalogue, undefined, dir, dir);
  return run({ cwd: dir, paths: ['.'], config, ...extra });
}

describe('IaC worker pool', () => {
  it('finds on two workers exactly what the main thread finds', async () => {
    const dir = await workspace(FILES);
    const inProcess = await lintWith(dir, { iacWorkers: 0 });
    const pooled = await lintWith(dir, { iacWorkers: 2 });
    const rules = new Set(inProcess.findings.map((f) => f.ruleId));
    for (const expected of ['billing-mode', 'key-attribute-definitions', 'parse-error', 'resource-schema']) {
      expect(rules).toContain(expected);
    }
    expect(inProcess.findings.some((f) => f.table === 'Branchy' && /\(when /.test(f.message))).toBe(true);
    expect(pooled.findings).toEqual(inProcess.findings);
    expect(pooled.summary).toEqual(inProcess.summary);
    expect(pooled.tables).toEqual(inProcess.tables);
    expect(pooled.tables.some((t) => t.declaration)).toBe(false);
  });

  it('drops each file’s tables once judged when nothing after loading reads them', async () => {
    const dir = await workspace(FILES);
    const kept = await lintWith(dir, { iacWorkers: 0 });
    for (const iacWorkers of [0, 2]) {
      const dropped = await lintWith(dir, { iacWorkers, keepTables: false });
      expect(dropped.tables).toEqual([]);
      expect(dropped.findings).toEqual(kept.findings);
      expect(dropped.summary).toEqual(kept.summary);
    }
    expect(kept.summary.tables).toBe(15);
  });

  it('judges a change on workers as the main thread does: new and unchanged findings, change rules', async () => {
    const head = {
      ...FILES,
      'stacks/stack-0.yaml': tableTemplate({ table: 'Table0', billing: 'PROVISIONED' }),
      'stacks/stack-1.yaml': null,
      'stacks/added.yaml': tableTemplate({ table: 'Added', attributes: ['unused'] }),
    };
    const dir = await changeRepository(FILES, head);
    const inProcess = await lintWith(dir, { iacWorkers: 0, base: 'main' });
    const pooled = await lintWith(dir, { iacWorkers: 2, base: 'main' });
    const states = new Set(inProcess.findings.map((f) => `${f.ruleId} ${f.baselineState}`));
    for (const expected of ['billing-mode new', 'billing-mode unchanged', 'table-removed new']) {
      expect(states).toContain(expected);
    }
    expect(pooled.findings).toEqual(inProcess.findings);
    expect(pooled.summary).toEqual(inProcess.summary);
  });

  it('keeps each judged file in the facts, and a second run recalls every one instead of loading it', async () => {
    const dir = await workspace(FILES);
    const inProcess = await lintWith(dir, { iacWorkers: 0 });
    const facts = new FactStore();
    const pooled = await lintWith(dir, { iacWorkers: 2, facts });
    expect(pooled.findings).toEqual(inProcess.findings);
    const judged = facts.records().filter(([key]) => key.includes('judged\u0000'));
    expect(judged).toHaveLength(Object.keys(FILES).length);
    const recalled = await lintWith(dir, { iacWorkers: 2, facts });
    expect(recalled.findings).toEqual(inProcess.findings);
    expect(recalled.summary).toEqual(inProcess.summary);
    // Every file missed once, in the first run; the second found them all (and so had nothing for a worker).
    expect(facts.lookups.misses).toBe(Object.keys(FILES).length);
    expect(facts.lookups.hits).toBe(Object.keys(FILES).length);
  });

  it('rejects a job a worker cannot do, and every job once no worker is left', async () => {
    const pool = new IacPool(1, { settings: [], keepTables: true });
    await expect(pool.load('no such format', 'a.yaml', Buffer.from(''))).rejects.toThrow(
      /no one-file format/,
    );
    await pool.close();
    await expect(pool.load('CloudFormation / SAM', 'a.yaml', Buffer.from(''))).rejects.toThrow(
      /no IaC worker left/,
    );
  });
});
