/**
 * Mapping declared tables to live names, in the documented order, on models from the real loaders.
 * Stack lookups are a stubbed function here (the CLI test runs them through the SDK).
 */
import { describe, expect, it } from 'vitest';
import { driftOptions } from '../../src/cli/drift-options.ts';
import { parseConfig } from '../../src/config/load.ts';
import { loadTemplateText } from '../../src/iac/load.ts';
import type { StackResource } from '../../src/live/api.ts';
import { mapTables, type MappingOptions } from '../../src/live/mapping.ts';
import type { TableModel } from '../../src/model.ts';

const TABLE = (name?: string) => `
    Type: AWS::DynamoDB::Table
    Properties:
      ${name === undefined ? '' : `TableName: ${name}`}
      KeySchema:
        - AttributeName: pk
          KeyType: HASH`;

function tables(text: string, file = 'template.yaml', hints = {}): TableModel[] {
  return loadTemplateText(text, file, hints).tables;
}

const TEMPLATE = `Parameters:
  Stage:
    Type: String
Resources:
  Literal:${TABLE('orders')}
  FromParameter:${TABLE('!Sub payments-${Stage}')}
  Generated:${TABLE()}
`;

function stacks(byStack: Record<string, StackResource[]>, asked: string[] = []) {
  return async (stack: string): Promise<StackResource[]> => {
    asked.push(stack);
    const resources = byStack[stack];
    if (!resources)
      throw Object.assign(new Error(`Stack with id ${stack} does not exist`), { name: 'ValidationError' });
    return resources;
  };
}

const options = (overrides: Partial<MappingOptions> = {}): MappingOptions => ({
  tables: {},
  vars: {},
  stacks: [],
  ...overrides,
});

describe('mapTables', () => {
  it('literal names map; unknown and generated names are unmapped with the fix', async () => {
    const mapping = await mapTables(tables(TEMPLATE), options({ listStackResources: stacks({}) }));
    expect(mapping.mapped.map((m) => [m.declared.id, m.name, m.via])).toEqual([
      ['Literal', 'orders', 'its table name'],
    ]);
    expect(mapping.unmapped.map((u) => [u.declared.id, u.reason, u.fix])).toEqual([
      [
        'FromParameter',
        'its name is only known at deploy time (Fn::Sub uses ${Stage})',
        'map it in the configuration (tables: { FromParameter: <physical name> }, ${var} placeholders filled by --var), or pass --stack with the stack that deployed it',
      ],
      [
        'Generated',
        'it sets no table name, so AWS names it at deploy time',
        'map it in the configuration (tables: { Generated: <physical name> }, ${var} placeholders filled by --var), or pass --stack with the stack that deployed it',
      ],
    ]);
  });

  it('the tables map comes first, then the literal name, then stacks', async () => {
    const asked: string[] = [];
    const mapping = await mapTables(
      tables(TEMPLATE),
      options({
        tables: { Literal: 'orders-${stage}-v2', FromParameter: 'payments-${stage}' },
        vars: { stage: 'prod' },
        stacks: ['app-prod'],
        listStackResources: stacks(
          {
            'app-prod': [
              { logicalId: 'Literal', physicalId: 'ignored', type: 'AWS::DynamoDB::Table' },
              { logicalId: 'Generated', physicalId: 'app-prod-Generated-1AB', type: 'AWS::DynamoDB::Table' },
            ],
          },
          asked,
        ),
      }),
    );
    expect(mapping.mapped.map((m) => [m.declared.id, m.name, m.via])).toEqual([
      ['Literal', 'orders-prod-v2', 'tables.Literal'],
      ['FromParameter', 'payments-prod', 'tables.FromParameter'],
      ['Generated', 'app-prod-Generated-1AB', 'stack app-prod'],
    ]);
    expect(mapping.unmapped).toEqual([]);
    expect(asked).toEqual(['app-prod']);
  });

  it('prototype names in the tables map and in placeholders are ordinary keys, never Object.prototype', async () => {
    const config = parseConfig(
      [
        'tables:',
        '  constructor: "${constructor}-a"',
        '  __proto__: "${__proto__}-b"',
        '  toString: "${toString}-${hasOwnProperty}"',
        '  Literal: "${valueOf}"',
      ].join('\n'),
      '.dynalint.yml',
    );
    const text = `Resources:\n${['constructor', '__proto__', 'toString', 'Literal'].map((id) => `  ${id}:${TABLE()}\n`).join('')}`;
    const drift = driftOptions({ drift: true, var: ['__proto__=proto', 'toString=string'] });
    if (typeof drift !== 'object') throw new Error(`drift options: ${drift}`);
    const mapping = await mapTables(
      tables(text),
      options({
        tables: (config.value as { tables: Record<string, string> }).tables,
        vars: drift.vars ?? {},
      }),
    );
    expect(mapping.mapped.map((m) => [m.declared.id, m.name, m.via])).toEqual([
      ['__proto__', 'proto-b', 'tables.__proto__'],
    ]);
    expect(mapping.unmapped.map((u) => [u.declared.id, u.reason])).toEqual([
      ['constructor', 'tables.constructor uses ${constructor}, which no --var sets'],
      ['toString', 'tables.toString uses ${hasOwnProperty}, which no --var sets'],
      ['Literal', 'tables.Literal uses ${valueOf}, which no --var sets'],
    ]);
  });

  it('CDK tables are looked up in their own stack and may be keyed by construct path', async () => {
    const cdk = tables(
      `Resources:
  ItemsB8A4A9B5:${TABLE()}
    Metadata:
      aws:cdk:path: Shop/Items/Resource
  Stock3A9F6E3C:${TABLE()}
`,
      'cdk.out/Shop.template.yaml',
      { format: 'cdk', stack: 'shop-prod' },
    );
    const mapping = await mapTables(
      cdk,
      options({
        tables: { 'Shop/Items': 'items-table' },
        listStackResources: stacks({
          'shop-prod': [
            { logicalId: 'Stock3A9F6E3C', physicalId: 'shop-prod-Stock-77', type: 'AWS::DynamoDB::Table' },
          ],
        }),
      }),
    );
    expect(mapping.mapped.map((m) => [m.declared.id, m.name])).toEqual([
      ['ItemsB8A4A9B5', 'items-table'],
      ['Stock3A9F6E3C', 'shop-prod-Stock-77'],
    ]);
  });

  it('a Serverless service is looked up in <service>-<stage> when --var stage is given', async () => {
    const service = tables(
      `service: payments
provider:
  name: aws
resources:
  Resources:
    Payments:${TABLE().replace(/\n/g, '\n  ')}
`,
      'serverless.yml',
    );
    const asked: string[] = [];
    const listStackResources = stacks(
      {
        'payments-prod': [
          { logicalId: 'Payments', physicalId: 'payments-prod-x', type: 'AWS::DynamoDB::Table' },
        ],
      },
      asked,
    );
    const mapping = await mapTables(service, options({ vars: { stage: 'prod' }, listStackResources }));
    expect(mapping.mapped.map((m) => m.name)).toEqual(['payments-prod-x']);
    expect(asked).toEqual(['payments-prod']);
  });

  it('a stack that cannot be read is reported once and named in the reason', async () => {
    const mapping = await mapTables(
      tables(TEMPLATE),
      options({ stacks: ['gone'], listStackResources: stacks({}) }),
    );
    expect(mapping.stackFailures).toEqual([
      {
        stack: 'gone',
        failure: { kind: 'not-found', detail: 'ValidationError: Stack with id gone does not exist' },
      },
    ]);
    expect(mapping.unmapped.map((u) => u.reason)).toEqual([
      'its name is only known at deploy time (Fn::Sub uses ${Stage}), and stack gone could not be read',
      'it sets no table name, so AWS names it at deploy time, and stack gone could not be read',
    ]);
  });

  it('without stack lookups (an endpoint that serves DynamoDB only) the reason says so', async () => {
    const mapping = await mapTables(tables(TEMPLATE), options());
    expect(mapping.unmapped[1]?.reason).toBe(
      'it sets no table name, so AWS names it at deploy time; stacks are not looked up with this endpoint',
    );
  });
});

describe('mapping Terraform tables through a plan or state', () => {
  const main = `variable "stage" {}
resource "aws_dynamodb_table" "orders" {
  name         = "orders-\${var.stage}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`;
  const document = (section: 'planned_values' | 'values') =>
    JSON.stringify(
      {
        format_version: '1.2',
        terraform_version: '1.11.4',
        [section]: {
          root_module: {
            resources: [
              {
                address: 'aws_dynamodb_table.orders',
                mode: 'managed',
                type: 'aws_dynamodb_table',
                name: 'orders',
                values: {
                  name: 'orders-prod',
                  billing_mode: 'PAY_PER_REQUEST',
                  hash_key: 'id',
                  attribute: [{ name: 'id', type: 'S' }],
                },
              },
            ],
          },
        },
      },
      null,
      2,
    );

  it.each(['planned_values', 'values'] as const)(
    'uses the name a %s document records, once',
    async (section) => {
      const { loadTerraformDirectory } = await import('../../src/iac/terraform/directory.ts');
      const { loadPlanText } = await import('../../src/iac/load.ts');
      const configuration = (await loadTerraformDirectory([{ display: 'infra/main.tf', text: main }])).tables;
      const plan = loadPlanText(document(section), 'plan.json').tables;
      expect(configuration[0]?.name?.known).toBe(false);
      expect(plan.map((t) => [t.id, t.name?.known])).toEqual([['aws_dynamodb_table.orders', true]]);
      for (const declared of [
        [...configuration, ...plan],
        [...plan, ...configuration],
      ]) {
        const mapping = await mapTables(declared, options());
        expect(mapping.mapped.map((m) => [m.declared.source.file, m.name, m.via])).toEqual([
          ['infra/main.tf', 'orders-prod', 'the Terraform plan or state plan.json'],
        ]);
        expect(mapping.unmapped).toEqual([]);
      }
    },
  );
});
