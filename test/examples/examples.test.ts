/**
 * The examples' deliberate problems, each reported at a line that holds the offending key — checked
 * against the example files' text, through the CLI as a user runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { distCli } from '../helpers/cli.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface JsonFinding {
  ruleId: string;
  message: string;
  table?: string;
  location: { file: string; line: number; column: number };
}

/** [file, rule, table, text the reported line must hold, message fragment] */
const DELIBERATE: [string, string, string, string, string][] = [
  ['examples/sam-app/template.yaml', 'low-cardinality-key', 'OrdersTable', 'AttributeName: orderStatus', 'Partition key "orderStatus"'],
  ['examples/sam-app/template.yaml', 'gsi-count', 'OrdersTable', 'GlobalSecondaryIndexes:', 'declares 6 global secondary indexes'],
  ['examples/sam-app/template.yaml', 'low-cardinality-key', 'OrdersTable', 'AttributeName: createdDate', 'index byDay'],
  ['examples/serverless-service/serverless.yml', 'billing-mode', 'PaymentsTable', 'ProvisionedThroughput:', 'PAY_PER_REQUEST but sets provisioned capacity'],
  ['examples/serverless-service/serverless.yml', 'key-attribute-definitions', 'PaymentsTable', 'AttributeName: settledAt', 'Attribute "settledAt" is defined but no key schema'],
  ['examples/cdk-app/cdk.out/InventoryStack.template.json', 'low-cardinality-key', 'ItemsB8A4A9B5', '"AttributeName": "category"', 'InventoryStack/Items (ItemsB8A4A9B5)'],
  ['examples/cdk-app/cdk.out/InventoryStack.template.json', 'index-limits', 'Stock3A9F6E3C', '"AttributeName": "itemId"', 'an LSI shares the table\'s partition key "warehouseId"'],
  // Posture: recovery and deletion protection off where nothing else protects the data.
  ['examples/sam-app/template.yaml', 'point-in-time-recovery', 'OrdersTable', 'PointInTimeRecoverySpecification:', 'Point-in-time recovery of OrdersTable is off'],
  ['examples/sam-app/template.yaml', 'deletion-protection', 'OrdersTable', 'OrdersTable:', 'DeletionPolicy is Delete'],
  ['examples/sam-app/template.yaml', 'gsi-projection-all', 'OrdersTable', 'Projection:', 'index byCustomer of OrdersTable projects ALL attributes'],
  ['examples/sam-app/template.yaml', 'point-in-time-recovery', 'SessionsTable', 'SessionsTable:', 'Point-in-time recovery of SessionsTable is off'],
  ['examples/sam-app/template.yaml', 'deletion-protection', 'SessionsTable', 'SessionsTable:', 'a SimpleTable has no deletion protection setting'],
  ['examples/serverless-service/serverless.yml', 'point-in-time-recovery', 'PaymentsTable', 'PaymentsTable:', 'Point-in-time recovery of PaymentsTable is off'],
  ['examples/serverless-service/serverless.yml', 'deletion-protection', 'PaymentsTable', 'PaymentsTable:', 'DeletionPolicy is Delete'],
  // The CDK TableV2's second replica: CKV_AWS_165 reads only the first.
  ['examples/cdk-app/cdk.out/InventoryStack.template.json', 'point-in-time-recovery', 'ItemsB8A4A9B5', '"Region": "eu-west-1"', 'the eu-west-1 replica of InventoryStack/Items'],
  ['examples/cdk-app/cdk.out/InventoryStack.template.json', 'point-in-time-recovery', 'Stock3A9F6E3C', '"Stock3A9F6E3C"', 'Point-in-time recovery of InventoryStack/Stock'],
  ['examples/cdk-app/cdk.out/InventoryStack.template.json', 'provisioned-autoscaling', 'Stock3A9F6E3C', '"ProvisionedThroughput"', 'PROVISIONED with fixed capacity'],
  // Access patterns: GSIs the example code never queries (byDay only through a misspelt name).
  ['examples/sam-app/template.yaml', 'unused-index', 'OrdersTable', 'IndexName: byDay', "GSI 'byDay' of OrdersTable"],
  ['examples/sam-app/template.yaml', 'unused-index', 'OrdersTable', 'IndexName: bySku', "GSI 'bySku' of OrdersTable"],
  ['examples/sam-app/template.yaml', 'unused-index', 'OrdersTable', 'IndexName: byWarehouse', "GSI 'byWarehouse' of OrdersTable"],
  ['examples/sam-app/template.yaml', 'unused-index', 'OrdersTable', 'IndexName: byCourier', "GSI 'byCourier' of OrdersTable"],
  ['examples/sam-app/template.yaml', 'unused-index', 'OrdersTable', 'IndexName: byEmail', "GSI 'byEmail' of OrdersTable"],
  ['examples/serverless-service/serverless.yml', 'unused-index', 'PaymentsTable', 'IndexName: byMerchant', "GSI 'byMerchant' of PaymentsTable"],
];

describe('examples/', () => {
  it('reports every deliberate problem at a line that holds the offending key', async () => {
    const run = await distCli(root, ['examples/', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const iac = report.findings.filter((f) => !['scan-usage', 'partiql-full-scan'].includes(f.ruleId) && f.location.file.match(/\.(ya?ml|json)$/));
    for (const [file, ruleId, table, lineText, message] of DELIBERATE) {
      const finding = iac.find((f) => f.location.file === file && f.ruleId === ruleId && f.table === table && f.message.includes(message));
      expect(finding, `${ruleId} in ${file}`).toBeDefined();
      const text = await readFile(path.join(root, file), 'utf8');
      const line = text.split('\n')[(finding as JsonFinding).location.line - 1] ?? '';
      expect(line).toContain(lineText);
      expect(line.slice((finding as JsonFinding).location.column - 1)).toMatch(/^\S/);
    }
    expect(iac).toHaveLength(DELIBERATE.length);
  });

  it('npm run demo lints, scans code and finds drift against the embedded server, and exits 0', async () => {
    const scripts = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const [command, entry, ...args] = (scripts.demo ?? '').split(/\s+/);
    expect([command, entry]).toEqual(['node', 'dist/cli.js']);
    const run = await distCli(root, args);
    expect(run.code).toBe(0);
    for (const ruleId of ['gsi-count', 'key-attribute-definitions', 'scan-usage', 'partiql-full-scan', 'unknown-index', 'unused-index', 'filter-expression', 'unprocessed-items', 'schema-drift', 'drift-unmapped', 'point-in-time-recovery', 'deletion-protection']) {
      expect(run.stdout, ruleId).toMatch(new RegExp(`  ${ruleId}\n`));
    }
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ infos\) in \d+ files, \d+ tables\n$/);
  });

  it('npm run demo -- patterns prints the access-pattern map', async () => {
    const scripts = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const run = await distCli(root, [...(scripts.demo ?? '').split(/\s+/).slice(2), 'patterns']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^OrdersTable {2}examples\/sam-app\/template\.yaml:\d+ {2}\(orderStatus, orderId\)$/m);
    expect(run.stdout).toContain('byCustomer (GSI: customerId; ALL): Query examples/sam-app/src/handlers/customer-orders.ts:');
    expect(run.stdout).toContain('indexes with no reader: byDay, bySku, byWarehouse, byCourier, byEmail');
    expect(run.stdout).toMatch(/write amplification: \d+ write call\(s\) × [\d.]+/);
  });

  it("npm run demo -- --format sarif passes Microsoft's SARIF Multitool validation", async () => {
    const scripts = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const args = (scripts.demo ?? '').split(/\s+/).slice(2);
    const out = await mkdtemp(path.join(tmpdir(), 'dynalint-demo-sarif-'));
    try {
      const run = await distCli(root, [...args, '--format', 'sarif', '--output', path.join(out, 'demo.sarif')]);
      expect(run.code).toBe(0);
      const multitool = path.join(
        path.dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json')),
        'Sarif.Multitool',
      );
      await promisify(execFile)(multitool, ['validate', 'demo.sarif', '--output', 'validation.sarif', '--level', 'Error;Warning;Note'], { cwd: out });
      const validation = JSON.parse(await readFile(path.join(out, 'validation.sarif'), 'utf8'));
      const problems = validation.runs.flatMap((r: { results?: { level?: string }[] }) =>
        (r.results ?? []).filter((x) => x.level === 'error' || x.level === 'warning'),
      );
      expect(problems).toEqual([]);
      const log = JSON.parse(await readFile(path.join(out, 'demo.sarif'), 'utf8'));
      const unmanaged = log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'unmanaged-table');
      expect(unmanaged.length).toBeGreaterThan(0);
      for (const result of unmanaged) expect(result.locations[0].physicalLocation).toBeUndefined();
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
