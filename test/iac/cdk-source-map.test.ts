/**
 * Committed cloud assemblies whose manifest keeps construct traces (`CDK_DEBUG=true`), written here in the
 * shape `cdk synth` writes them: findings move to the app's source, the template stays related, template
 * suppressions keep working, and apps in other languages map by construct id.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { userFrame } from '../../src/iac/cdk-source-map.ts';
import { cli, jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const POSTURE_OFF = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];

const STACK_JS = [
  "const { Stack } = require('aws-cdk-lib');",
  "const { AttributeType, BillingMode, Table } = require('aws-cdk-lib/aws-dynamodb');",
  '',
  'class ShopStack extends Stack {',
  '  constructor(scope, id, props) {',
  '    super(scope, id, props);',
  "    const orders = new Table(this, 'Orders', {",
  "      partitionKey: { name: 'status', type: AttributeType.STRING },",
  '      billingMode: BillingMode.PAY_PER_REQUEST,',
  '    });',
  '  }',
  '}',
  'module.exports = { ShopStack };',
  '',
].join('\n');

const SHOP_PY = [
  'from aws_cdk import Stack',
  'from aws_cdk import aws_dynamodb as dynamodb',
  '',
  '',
  'class ShopStack(Stack):',
  '    def __init__(self, scope, construct_id, **kwargs):',
  '        super().__init__(scope, construct_id, **kwargs)',
  '        dynamodb.Table(self, "Orders",',
  '            partition_key=dynamodb.Attribute(name="status", type=dynamodb.AttributeType.STRING),',
  '            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,',
  '        )',
  '',
].join('\n');

function assembly(trace: string[], metadata: object = {}): Record<string, string> {
  return {
    'cdk.out/manifest.json': JSON.stringify(
      {
        version: '41.0.0',
        artifacts: {
          Shop: {
            type: 'aws:cloudformation:stack',
            environment: 'aws://unknown-account/unknown-region',
            properties: { templateFile: 'Shop.template.json' },
            metadata: {
              '/Shop/Orders/Resource': [{ type: 'aws:cdk:logicalId', data: 'OrdersA9B65338', trace }],
            },
          },
        },
      },
      null,
      2,
    ),
    'cdk.out/Shop.template.json': JSON.stringify(
      {
        Resources: {
          OrdersA9B65338: {
            Type: 'AWS::DynamoDB::Table',
            Properties: {
              KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }],
              AttributeDefinitions: [{ AttributeName: 'status', AttributeType: 'S' }],
              BillingMode: 'PAY_PER_REQUEST',
            },
            UpdateReplacePolicy: 'Retain',
            DeletionPolicy: 'Retain',
            Metadata: { 'aws:cdk:path': 'Shop/Orders/Resource', ...metadata },
          },
        },
      },
      null,
      1,
    ),
  };
}

const JS_TRACE = [
  'new Table (/home/dev/shop/node_modules/aws-cdk-lib/aws-dynamodb/lib/table.js:1:19261)',
  'new ShopStack (/home/dev/shop/lib/stack.js:7:20)',
  'Object.<anonymous> (/home/dev/shop/bin/app.js:5:1)',
  'Module._compile (node:internal/modules/cjs/loader:1521:14)',
];

/** A Python app's trace: the jsii runtime's JavaScript, never the user's file. */
const JSII_TRACE = [
  'new Table (/tmp/jsii-kernel-Ab12Cd/node_modules/aws-cdk-lib/aws-dynamodb/lib/table.js:1:19261)',
  'Kernel._Kernel_create (/home/dev/shop/.venv/lib/python3.12/site-packages/jsii/_embedded/jsii/lib/program.js:10104:25)',
];

describe('a committed cdk.out with construct traces', () => {
  it('reports at the property line in the source, with the template line as related, in JSON and SARIF', async () => {
    const dir = await workspace({
      'cdk.json': '{ "app": "node bin/app.js" }\n',
      'lib/stack.js': STACK_JS,
      ...assembly(JS_TRACE),
    });
    const report = await jsonReport(dir, ['.', 'cdk.out', ...POSTURE_OFF]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'low-cardinality-key',
        location: { file: 'lib/stack.js', line: 8, column: 7, endLine: 8, endColumn: 66 },
        related: [expect.objectContaining({ file: 'cdk.out/Shop.template.json', line: 8 })],
      }),
    ]);

    const sarif = JSON.parse((await cli(dir, ['.', 'cdk.out', '--format', 'sarif', ...POSTURE_OFF])).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('lib/stack.js');
    expect(result.relatedLocations).toEqual([
      expect.objectContaining({
        id: 0,
        physicalLocation: expect.objectContaining({
          artifactLocation: { uri: 'cdk.out/Shop.template.json', uriBaseId: '%SRCROOT%' },
          region: expect.objectContaining({ startLine: 8 }),
        }),
      }),
    ]);
    const require = createRequire(import.meta.url);
    const schemaFile = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
      JSON.parse(await readFile(schemaFile, 'utf8')),
    );
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it("keeps honouring the template's dynalint metadata for findings moved to the source", async () => {
    const dir = await workspace({
      'cdk.json': '{ "app": "node bin/app.js" }\n',
      'lib/stack.js': STACK_JS,
      ...assembly(JS_TRACE, {
        dynalint: { ignore: [{ rule: 'low-cardinality-key', reason: 'status is write-sharded' }] },
      }),
    });
    const report = await jsonReport(dir, ['.', 'cdk.out', ...POSTURE_OFF]);
    expect(report.findings).toEqual([]);
  });

  it("maps a Python app's table to the one call that creates it with its construct id, and its keyword arguments", async () => {
    const dir = await workspace({
      'cdk.json': '{ "app": "python3 app.py" }\n',
      'shop/shop_stack.py': SHOP_PY,
      ...assembly(JSII_TRACE),
    });
    const report = await jsonReport(dir, ['.', 'cdk.out', ...POSTURE_OFF]);
    expect(
      report.findings.map((f) => [f.ruleId, f.location.file, f.location.line, f.related?.[0]?.file]),
    ).toEqual([['low-cardinality-key', 'shop/shop_stack.py', 9, 'cdk.out/Shop.template.json']]);
  });

  it('keeps the template line when the construct id is on no source line, or on several', async () => {
    const dir = await workspace({
      'cdk.json': '{ "app": "python3 app.py" }\n',
      'shop/shop_stack.py': SHOP_PY,
      'shop/other_stack.py': SHOP_PY,
      ...assembly(JSII_TRACE),
    });
    const report = await jsonReport(dir, ['.', 'cdk.out', ...POSTURE_OFF]);
    expect(report.findings.map((f) => [f.location.file, f.location.line, f.related])).toEqual([
      ['cdk.out/Shop.template.json', 8, undefined],
    ]);
  });
});

describe('the construct call in a trace', () => {
  const exists = (files: string[]) => async (file: string) => files.includes(file);

  it('is the first frame outside node_modules and Node, as a path or a file URL', async () => {
    const trace = [
      'new TableV2 (/app/node_modules/aws-cdk-lib/aws-dynamodb/lib/table-v2.js:1:5460)',
      'node:internal/main/run_main_module:28:49',
      'new Catalog (file:///app/lib/catalog.mjs:12:5)',
    ];
    expect(await userFrame(trace, '/app', exists(['/app/lib/catalog.mjs']))).toEqual({
      file: '/app/lib/catalog.mjs',
      line: 12,
      column: 5,
    });
  });

  it("finds another machine's path by its longest tail under the app, and nothing when no tail exists", async () => {
    const trace = ['new Shop (/Users/dev/src/shop/infra/lib/shop.ts:20:17)'];
    expect(await userFrame(trace, '/repo/infra', exists(['/repo/infra/lib/shop.ts']))).toEqual({
      file: '/repo/infra/lib/shop.ts',
      line: 20,
      column: 17,
    });
    expect(await userFrame(trace, '/repo/infra', exists([]))).toBeUndefined();
  });

  it('reads hostile traces in linear time: long frames without a position, and more frames than CDK writes', async () => {
    const hostile = [
      `x (${'/a:1'.repeat(50_000)}`,
      ...Array.from({ length: 10_000 }, (_, i) => `f (/x/${i}.js:1:1)`),
    ];
    const started = performance.now();
    expect(await userFrame(hostile, '/app', exists([]))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
