import { describe, expect, it } from 'vitest';
import { lintWithConfig } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

const TEMPLATE = JSON.stringify(
  {
    Resources: {
      Orders1234: {
        Type: 'AWS::DynamoDB::Table',
        Properties: {
          KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'status', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        },
        Metadata: { 'aws:cdk:path': 'Shop/Orders/Resource' },
      },
    },
  },
  null,
  1,
);

const manifest = (template: string, stackName?: string) =>
  JSON.stringify({
    version: '38.0.1',
    artifacts: {
      Shop: {
        type: 'aws:cloudformation:stack',
        properties: { templateFile: template, ...(stackName ? { stackName } : {}) },
      },
      Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
    },
  });

describe('CDK cloud assemblies', () => {
  it('loads stacks through manifest.json with stack names and construct paths, once', async () => {
    const dir = await workspace({
      'cdk.out/manifest.json': manifest('Shop.template.json', 'shop-prod'),
      'cdk.out/Shop.template.json': TEMPLATE,
      'cdk.out/tree.json': '{}',
    });
    const result = await lintWithConfig(dir);
    expect(result.tables.map((t) => [t.id, t.source])).toEqual([
      [
        'Orders1234',
        {
          file: 'cdk.out/Shop.template.json',
          format: 'cdk',
          stack: 'shop-prod',
          constructPath: 'Shop/Orders/Resource',
        },
      ],
    ]);
    const finding = result.findings.find((f) => f.ruleId === 'low-cardinality-key');
    expect(finding?.message).toContain('Shop/Orders (Orders1234)');
    expect(finding?.location).toMatchObject({ file: 'cdk.out/Shop.template.json', line: 8 });
  });

  it('uses the artifact id when the manifest names no stack, and reads nested assemblies', async () => {
    const dir = await workspace({
      'cdk.out/manifest.json': JSON.stringify({
        version: '38.0.1',
        artifacts: {
          'assembly-Prod': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod' } },
        },
      }),
      'cdk.out/assembly-Prod/manifest.json': manifest('ProdShop.template.json'),
      'cdk.out/assembly-Prod/ProdShop.template.json': TEMPLATE,
    });
    const result = await lintWithConfig(dir);
    expect(result.tables.map((t) => t.source.stack)).toEqual(['Shop']);
  });

  it('reports a manifest that does not parse and still lints the rest', async () => {
    const dir = await workspace({
      'cdk.out/manifest.json': '{ "artifacts": { "x": { "type": "aws:cloudformation:stack", }',
      'template.yaml':
        'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema: [{AttributeName: pk, KeyType: HASH}]\n      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]\n',
    });
    const result = await lintWithConfig(dir);
    expect(result.findings.map((f) => [f.ruleId, f.location.file])).toContainEqual([
      'parse-error',
      'cdk.out/manifest.json',
    ]);
    expect(result.tables.map((t) => t.id)).toEqual(['T']);
  });
});
