/**
 * `--cdk-synth` on real CDK apps written here (aws-cdk-lib is a dev dependency): each app is synthesized
 * once per describe block, and every finding about a construct must land on the app's own source line —
 * the property's line when the app writes the property — with the synthesized template as related.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, jsonReport, type JsonFinding, type JsonReport } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';
import { workspace } from '../helpers/workspace.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/cdk');
const JS_APP = path.join(FIXTURES, 'js-app');
const TS_APP = path.join(FIXTURES, 'ts-app');
const POSTURE_ON = ['--rule', 'point-in-time-recovery=warning', '--rule', 'deletion-protection=warning'];
const POSTURE_OFF = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];

/** Where `needle` starts in one of an app's files: `{ file, line, column }` as findings report them. */
async function at(
  app: string,
  file: string,
  needle: string,
  occurrence = 0,
): Promise<{ file: string; line: number; column: number }> {
  const lines = (await readFile(path.join(app, file), 'utf8')).split('\n');
  const hits = lines.flatMap((text, index) =>
    text.includes(needle) ? [{ file, line: index + 1, column: text.indexOf(needle) + 1 }] : [],
  );
  const hit = hits[occurrence];
  if (!hit) throw new Error(`${needle} not in ${file}`);
  return hit;
}

function where(finding: JsonFinding | undefined): { file: string; line: number; column: number } | undefined {
  return (
    finding && { file: finding.location.file, line: finding.location.line, column: finding.location.column }
  );
}

function find(report: JsonReport, ruleId: string, text: string): JsonFinding | undefined {
  return report.findings.find((f) => f.ruleId === ruleId && f.message.includes(text));
}

describe('--cdk-synth on a JavaScript app (Table, an added GSI, a Lambda bound to the table)', () => {
  let report: JsonReport;
  beforeAll(async () => {
    report = await jsonReport(JS_APP, ['.', '--cdk-synth', ...POSTURE_ON]);
  });

  it('synthesizes the app and lints its table under the construct path', () => {
    expect(report.summary.tables).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('cdk-synth-failed');
    expect(report.findings.map((f) => f.ruleId)).not.toContain('cdk-not-synthesized');
    expect(report.findings.every((f) => f.message.includes('Orders/Orders (OrdersA9B65338)'))).toBe(true);
  });

  it('puts a key finding on the partitionKey line and a capacity finding on the billingMode line', async () => {
    const stack = 'lib/orders-stack.js';
    expect(where(find(report, 'low-cardinality-key', '"status"'))).toEqual(
      await at(JS_APP, stack, "partitionKey: { name: 'status'"),
    );
    expect(
      where(find(report, 'provisioned-autoscaling', 'Orders/Orders (OrdersA9B65338) is PROVISIONED')),
    ).toEqual(await at(JS_APP, stack, 'billingMode: BillingMode.PROVISIONED'));
  });

  it('puts index findings inside the addGlobalSecondaryIndex call on the same construct', async () => {
    const stack = 'lib/orders-stack.js';
    expect(where(find(report, 'gsi-write-capacity', 'byCustomer'))).toEqual(
      await at(JS_APP, stack, 'writeCapacity: 5'),
    );
    const addIndex = await at(JS_APP, stack, 'this.orders.addGlobalSecondaryIndex({');
    expect(where(find(report, 'provisioned-autoscaling', 'Global index byCustomer'))).toEqual({
      ...addIndex,
      column: addIndex.column + 'this.orders.addGlobalSecondaryIndex('.length,
    });
  });

  it('puts a setting the app does not write on the construct call, and keeps the template as related', async () => {
    const pitr = find(report, 'point-in-time-recovery', 'Orders/Orders');
    const call = await at(JS_APP, 'lib/orders-stack.js', "new Table(this, 'Orders'");
    expect(where(pitr)).toEqual(call);
    const onTables = report.findings.filter((f) => f.ruleId !== 'scan-usage');
    expect(onTables.length).toBeGreaterThan(3);
    for (const finding of onTables) {
      expect(finding.related).toEqual([expect.objectContaining({ file: 'cdk.out/Orders.template.json' })]);
    }
  });

  it("attributes the function's Scan to the table its environment variable is set to (table.tableName)", async () => {
    const scan = report.findings.find((f) => f.ruleId === 'scan-usage');
    expect(where(scan)).toEqual(await at(JS_APP, 'lambda/reports.js', 'documents.send('));
    expect(scan?.table).toBe('OrdersA9B65338');
    const call = await at(JS_APP, 'lib/orders-stack.js', "new Table(this, 'Orders'");
    expect(scan?.message).toContain(`Orders/Orders (OrdersA9B65338) (lib/orders-stack.js:${call.line})`);
  });

  it('never writes into the repository', () => {
    expect(existsSync(path.join(JS_APP, 'cdk.out'))).toBe(false);
  });
});

describe('--cdk-synth on a TypeScript app (TableV2 with GSIs and replicas, Table with an LSI)', () => {
  let report: JsonReport;
  const stack = 'lib/catalog-stack.ts';
  beforeAll(async () => {
    report = await jsonReport(TS_APP, ['.', '--cdk-synth', ...POSTURE_ON]);
  });

  it('lints both tables, through the source map of the TypeScript loader', () => {
    expect(report.summary.tables).toBe(2);
    expect(report.findings.every((f) => f.location.file === stack)).toBe(true);
  });

  it('puts index findings on the index in globalSecondaryIndexes and on addGlobalSecondaryIndex', async () => {
    expect(where(find(report, 'low-cardinality-key', 'index byCategory'))).toEqual(
      await at(TS_APP, stack, "partitionKey: { name: 'category'"),
    );
    expect(where(find(report, 'gsi-projection-all', 'byCategory'))).toEqual(
      await at(TS_APP, stack, 'projectionType: ProjectionType.ALL'),
    );
    const bySku = await at(TS_APP, stack, "indexName: 'bySku'");
    expect(where(find(report, 'gsi-projection-all', 'bySku'))).toEqual({
      file: stack,
      line: bySku.line - 1,
      column: bySku.column - 2,
    });
    const byBrand = await at(TS_APP, stack, 'products.addGlobalSecondaryIndex({');
    expect(where(find(report, 'gsi-projection-all', 'byBrand'))?.line).toBe(byBrand.line);
  });

  it("puts a replica's finding on its element of replicas, and the primary region's on the construct", async () => {
    expect(where(find(report, 'point-in-time-recovery', 'ap-southeast-2 replica'))).toEqual(
      await at(TS_APP, stack, "{ region: 'ap-southeast-2'"),
    );
    expect(where(find(report, 'point-in-time-recovery', 'us-east-1 replica'))).toEqual(
      await at(TS_APP, stack, "{ region: 'us-east-1'"),
    );
    expect(where(find(report, 'point-in-time-recovery', 'eu-west-1 replica'))).toEqual(
      await at(TS_APP, stack, "new TableV2(this, 'Products'"),
    );
  });

  it('tells two constructs of one stack apart', async () => {
    expect(where(find(report, 'provisioned-autoscaling', 'Catalog/Reviews'))).toEqual(
      await at(TS_APP, stack, "new Table(this, 'Reviews'"),
    );
  });
});

describe('a committed cdk.out with traces from another machine', () => {
  let report: JsonReport;
  beforeAll(async () => {
    // The assembly as a developer's `cdk synth` wrote it, committed with the app: its traces name
    // files under that machine's home folder.
    const dir = await workspace();
    await cp(path.join(JS_APP, 'lib'), path.join(dir, 'lib'), { recursive: true });
    await cp(path.join(JS_APP, 'bin'), path.join(dir, 'bin'), { recursive: true });
    await cp(path.join(JS_APP, 'cdk.json'), path.join(dir, 'cdk.json'));
    await promisify(execFile)(process.execPath, ['bin/app.js'], {
      cwd: JS_APP,
      env: { ...process.env, CDK_OUTDIR: path.join(dir, 'cdk.out'), CDK_DEBUG: 'true' },
    });
    const manifest = path.join(dir, 'cdk.out/manifest.json');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.split(JS_APP).join('/home/dev/work/orders-app'));
    report = await jsonReport(dir, ['.', 'cdk.out', ...POSTURE_ON]);
  });

  it('maps its tables to the source files by the tail of the recorded paths', async () => {
    expect(report.summary.tables).toBe(1);
    expect(where(find(report, 'low-cardinality-key', '"status"'))).toEqual(
      await at(JS_APP, 'lib/orders-stack.js', "partitionKey: { name: 'status'"),
    );
    expect(find(report, 'low-cardinality-key', '"status"')?.related).toEqual([
      expect.objectContaining({ file: 'cdk.out/Orders.template.json' }),
    ]);
  });
});

describe('--cdk-synth beside a committed cdk.out', () => {
  it('lints the synthesized app only: the committed (stale) assembly is not loaded as well', async () => {
    const dir = await workspace({
      'cdk.out/manifest.json': JSON.stringify({
        version: '41.0.0',
        artifacts: {
          Orders: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Orders.template.json' } },
        },
      }),
      'cdk.out/Orders.template.json': JSON.stringify({
        Resources: {
          Legacy: {
            Type: 'AWS::DynamoDB::Table',
            Properties: {
              KeySchema: [{ AttributeName: 'type', KeyType: 'HASH' }],
              AttributeDefinitions: [{ AttributeName: 'type', AttributeType: 'S' }],
            },
          },
        },
      }),
    });
    for (const part of ['bin', 'lib', 'lambda', 'cdk.json', 'package.json']) {
      await cp(path.join(JS_APP, part), path.join(dir, part), { recursive: true });
    }
    await symlink(path.resolve(FIXTURES, '../../../node_modules'), path.join(dir, 'node_modules'), 'dir');
    const report = await jsonReport(dir, ['.', 'cdk.out', '--cdk-synth', ...POSTURE_OFF]);
    expect(report.summary.tables).toBe(1);
    expect(report.findings.some((f) => f.table === 'Legacy')).toBe(false);
    expect(report.findings.some((f) => f.table === 'OrdersA9B65338')).toBe(true);
  });
});

describe('apps that do not synthesize', () => {
  it('reports a failing command with its error output, a missing app and a timeout, and lints the rest', async () => {
    const dir = await workspace({
      'broken/cdk.json': JSON.stringify({
        app: `node -e "process.stderr.write('Error: Need to perform AWS calls for account 111111111111\\\\n'); process.exit(3)"`,
      }),
      'no-app/cdk.json': '{ "context": {} }\n',
      'slow/cdk.json': JSON.stringify({ app: 'node -e "setTimeout(() => {}, 60000)"' }),
      'template.yaml': [
        'Resources:',
        '  Events:',
        '    Type: AWS::DynamoDB::Table',
        '    Properties:',
        '      BillingMode: PAY_PER_REQUEST',
        '      KeySchema: [{ AttributeName: status, KeyType: HASH }]',
        '      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]',
        '',
      ].join('\n'),
    });
    const started = performance.now();
    const run = await cli(dir, [
      '.',
      '--cdk-synth',
      '--cdk-synth-timeout',
      '1',
      '--format',
      'json',
      ...POSTURE_OFF,
    ]);
    expect(performance.now() - started).toBeLessThan(20_000);
    const report = JSON.parse(run.stdout) as JsonReport;
    const failures = report.findings.filter((f) => f.ruleId === 'cdk-synth-failed');
    expect(failures.map((f) => [f.location.file, f.location.line])).toEqual([
      ['broken/cdk.json', 1],
      ['no-app/cdk.json', 1],
      ['slow/cdk.json', 1],
    ]);
    expect(failures[0]?.message).toMatch(
      /failed \(exit code 3\).*error output ends: Error: Need to perform AWS calls for account 111111111111$/,
    );
    expect(failures[1]?.message).toContain('names no `app` command');
    expect(failures[2]?.message).toContain('did not finish within 1 s and was stopped');
    expect(report.findings.map((f) => f.ruleId)).toContain('low-cardinality-key');
    expect(report.summary.tables).toBe(1);
  });

  it('without --cdk-synth, tells what to run, naming --cdk-synth', async () => {
    const report = await jsonReport(TS_APP, ['.']);
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['cdk-not-synthesized', expect.stringContaining('run dynalint with `--cdk-synth`')],
    ]);
  });

  it('rejects --cdk-synth-timeout without --cdk-synth or with a bad number', async () => {
    expect((await cli(TS_APP, ['--cdk-synth-timeout', '5'])).stderr).toContain(
      '--cdk-synth-timeout needs --cdk-synth',
    );
    expect((await cli(TS_APP, ['--cdk-synth', '--cdk-synth-timeout', 'soon'])).code).toBe(2);
  });
});

describe('--cdk-synth with --base: the base revision synthesized from git', () => {
  it('reports a changed partition key as a replacement on the partitionKey line, and only what the change adds as new', async () => {
    const stack = await readFile(path.join(TS_APP, 'lib/catalog-stack.ts'), 'utf8');
    const app = {
      '.gitignore': 'node_modules\n',
      'cdk.json': await readFile(path.join(TS_APP, 'cdk.json'), 'utf8'),
      'bin/catalog.ts': await readFile(path.join(TS_APP, 'bin/catalog.ts'), 'utf8'),
      'lib/catalog-stack.ts': stack,
    };
    const changed = stack.replace(
      "partitionKey: { name: 'productId', type: AttributeType.STRING },\n      billing",
      "partitionKey: { name: 'status', type: AttributeType.STRING },\n      billing",
    );
    expect(changed).not.toBe(stack);
    const dir = await changeRepository(app, { 'lib/catalog-stack.ts': changed });
    await symlink(path.resolve(FIXTURES, '../../../node_modules'), path.join(dir, 'node_modules'), 'dir');
    const report = await jsonReport(dir, [
      '.',
      '--cdk-synth',
      '--base',
      'main',
      '--only-new',
      ...POSTURE_OFF,
    ]);
    const line = await at(dir, 'lib/catalog-stack.ts', "partitionKey: { name: 'status'");
    const replacement = report.findings.find((f) => f.ruleId === 'table-replacement');
    expect(where(replacement)).toEqual(line);
    expect(replacement).toMatchObject({ severity: 'error', baselineState: 'new' });
    expect(where(find(report, 'low-cardinality-key', 'Catalog/Products'))).toEqual(line);
    // Findings the base already had are not new: its app was synthesized too.
    const existing = report.findings.filter((f) => f.ruleId === 'gsi-projection-all');
    expect(existing.length).toBeGreaterThan(0);
    expect(existing.every((f) => f.baselineState === 'unchanged')).toBe(true);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('base-unavailable');
  });
});
