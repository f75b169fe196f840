/**
 * Drift end to end through the CLI: `main()` in process and the built `dist/cli.js` as a subprocess,
 * against the embedded server with the examples' seed (what `npm run demo` runs), against dynalite with
 * stacks resolved through CloudFormation, and the usage errors of the drift flags.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/program.ts';
import { cli as runCli, distCli } from '../helpers/cli.ts';
import { createLiveTable, startDynalite, type LocalServer } from '../helpers/dynamodb-servers.ts';
import { fakeAws, stackResources, type FakeAws } from '../helpers/fake-aws.ts';
import { workspace } from '../helpers/workspace.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO_ARGS = [
  'examples/',
  '--config',
  'examples/.dynalint.yml',
  '--drift',
  '--endpoint',
  'embedded',
  '--seed',
  'examples/deployed-tables.json',
  '--var',
  'stage=prod',
  '--report-unmanaged',
];

interface JsonReport {
  readonly findings: {
    ruleId: string;
    severity: string;
    message: string;
    location: { file: string; line: number };
  }[];
}

const cli = (argv: string[], cwd = ROOT) => runCli(cwd, argv);

/** The drift findings of the demo, as `rule file:line message`. */
function demoDrift(report: JsonReport): string[] {
  const driftRules = [
    'schema-drift',
    'table-missing',
    'unmanaged-table',
    'drift-unmapped',
    'live-not-checked',
  ];
  return report.findings
    .filter((f) => driftRules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.location.file.replace(/:\d+\//, ':PORT/')}:${f.location.line} ${f.message}`);
}

const EXPECTED_DEMO = [
  'unmanaged-table embedded/legacy-orders-import:1 Live table legacy-orders-import is not declared in the linted infrastructure code.',
  'live-not-checked examples/cdk-app/cdk.out/InventoryStack.template.json:3 point-in-time recovery not checked: the endpoint (embedded) does not support DescribeContinuousBackups (UnknownOperationException)',
  'live-not-checked examples/cdk-app/cdk.out/InventoryStack.template.json:3 stream, TTL, server-side encryption, table class, deletion protection not checked: the embedded server (dynalite) accepts them on CreateTable but does not keep them',
  'schema-drift examples/cdk-app/cdk.out/InventoryStack.template.json:8 InventoryStack/Items (ItemsB8A4A9B5): attribute sk: declared type S, live N.',
  'table-missing examples/cdk-app/cdk.out/InventoryStack.template.json:36 InventoryStack/Stock (Stock3A9F6E3C) is declared, but no live table inventory-prod-stock exists there.',
  'schema-drift examples/sam-app/template.yaml:49 OrdersTable: global index byStatus: live, not declared.',
  'schema-drift examples/sam-app/template.yaml:62 OrdersTable: global index byDay projection: declared KEYS_ONLY, live ALL.',
  'schema-drift examples/sam-app/template.yaml:82 OrdersTable: global index byEmail: declared, not live.',
  expect.stringMatching(
    /^drift-unmapped examples\/sam-app\/template\.yaml:91 SessionsTable not checked for drift: it sets no table name/,
  ),
  'schema-drift examples/serverless-service/serverless.yml:23 PaymentsTable: billing mode: declared PAY_PER_REQUEST, live PROVISIONED.',
];

describe('dynalint --drift --endpoint embedded (the demo)', () => {
  it('main() reports the seeded drift', async () => {
    const { code, stdout, stderr } = await cli([...DEMO_ARGS, '--format', 'json']);
    expect(stderr).toBe('');
    expect(demoDrift(JSON.parse(stdout) as JsonReport)).toEqual(EXPECTED_DEMO);
    expect(code).toBe(1);
  });

  it('dist/cli.js reports the same, with nothing on stderr', async () => {
    const { stdout, stderr } = await distCli(ROOT, [...DEMO_ARGS, '--format', 'json', '--fail-on', 'never']);
    expect(stderr).toBe('');
    expect(demoDrift(JSON.parse(stdout) as JsonReport)).toEqual(EXPECTED_DEMO);
  });

  it('shows a progress line on stderr when it is a terminal, and erases it', async () => {
    let stderr = '';
    let stdout = '';
    const code = await main([...DEMO_ARGS, '--fail-on', 'never'], {
      cwd: ROOT,
      color: false,
      progress: true,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(0);
    expect(stderr).toContain('\rdynalint: describing live tables 3/4');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(stdout).not.toContain('describing');
  });

  it('a seed table the server rejects is a finding at its line', async () => {
    const dir = await workspace({
      'template.yaml': 'Resources: {}\n',
      'seed.json': '{\n  "tables": [\n    { "TableName": "x" }\n  ]\n}\n',
    });
    const { stdout } = await cli(
      ['.', '--drift', '--endpoint', 'embedded', '--seed', 'seed.json', '-f', 'json'],
      dir,
    );
    const [finding] = (JSON.parse(stdout) as JsonReport).findings;
    expect(finding).toMatchObject({ ruleId: 'live-error', location: { file: 'seed.json', line: 3 } });
    expect(finding?.message).toMatch(/^cannot create seed table 1: ValidationException/);
  });
});

describe('dynalint --drift with stacks from CloudFormation', () => {
  let dynamodb: LocalServer;
  let cloudformation: FakeAws;
  const saved = { ...process.env };
  beforeAll(async () => {
    dynamodb = await startDynalite();
    cloudformation = await fakeAws((request) =>
      stackResources(
        request.body.StackName === 'orders-prod'
          ? [{ logicalId: 'Orders', physicalId: 'orders-prod-Orders-1X2Y3Z', type: 'AWS::DynamoDB::Table' }]
          : [{ logicalId: 'Items1A2B3C', physicalId: 'inventory-Items-9Z8Y', type: 'AWS::DynamoDB::Table' }],
      ),
    );
    await createLiveTable(dynamodb, {
      TableName: 'orders-prod-Orders-1X2Y3Z',
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    });
    await createLiveTable(dynamodb, {
      TableName: 'inventory-Items-9Z8Y',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'sku', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'sku', KeyType: 'HASH' }],
    });
  });
  afterAll(async () => {
    await dynamodb?.stop();
    await cloudformation?.close();
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('maps logical ids through ListStackResources: --stack, and the CDK stack name from cdk.out', async () => {
    // The SDK's service-specific endpoint variables send each client to its local stand-in.
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.endpoint;
    process.env.AWS_ENDPOINT_URL_CLOUDFORMATION = cloudformation.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'AKIAEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'example';
    const table = (id: string, key: string) => ({
      [id]: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
          KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
          // Protected (PITR is not compared live here): the drift findings are what this test reads.
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      },
    });
    const dir = await workspace({
      'template.json': JSON.stringify({ Resources: table('Orders', 'id') }, null, 2),
      'cdk.out/manifest.json': JSON.stringify({
        version: '38.0.1',
        artifacts: {
          Inventory: {
            type: 'aws:cloudformation:stack',
            properties: { templateFile: 'Inventory.template.json', stackName: 'inventory-prod' },
          },
        },
      }),
      'cdk.out/Inventory.template.json': JSON.stringify({ Resources: table('Items1A2B3C', 'sku') }, null, 2),
    });
    const { stdout, code } = await cli(
      ['.', '--drift', '--region', 'us-east-1', '--stack', 'orders-prod', '-f', 'json', '--fail-on', 'never'],
      dir,
    );
    const findings = (JSON.parse(stdout) as JsonReport).findings.filter(
      (f) => f.ruleId !== 'live-not-checked',
    );
    expect(findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.message}`)).toEqual([
      'schema-drift template.json:6 Orders: billing mode: declared PAY_PER_REQUEST, live PROVISIONED.',
    ]);
    expect(code).toBe(0);
    expect(cloudformation.requests.map((r) => r.body.StackName).sort()).toEqual([
      'inventory-prod',
      'orders-prod',
    ]);
    expect(cloudformation.requests.every((r) => r.operation === 'ListStackResources')).toBe(true);
  });
});

describe('drift flags', () => {
  it.each([
    [['--endpoint', 'embedded'], '--endpoint needs --drift'],
    [['--drift', '--endpoint', 'ftp://x'], '--endpoint must be an http(s) URL or "embedded"'],
    [['--drift', '--seed', 'x.json'], '--seed needs --endpoint embedded'],
    [['--drift', '--var', 'stage'], '--var expects key=value, got "stage"'],
    [['--drift', '--concurrency', '0'], '--concurrency must be a whole number from 1 to 64'],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stderr } = await cli(['examples/', ...argv]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
