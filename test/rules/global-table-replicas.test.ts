import { describe, expect, it } from 'vitest';
import rule from '../../rules/global-table-replicas.ts';
import { lintWithConfig } from '../helpers/lint.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';
import { findingsOf, ruleTester } from '../helpers/tester.ts';
import { workspace } from '../helpers/workspace.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const stream = { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } };
const type = 'AWS::DynamoDB::GlobalTable';

testRule(rule, {
  valid: [
    {
      name: 'one replica without a stream',
      type,
      properties: { ...keys, Replicas: [{ Region: 'us-east-1' }] },
    },
    {
      name: 'two replicas with a stream',
      type,
      properties: { ...keys, ...stream, Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }] },
    },
    {
      name: 'two replicas with a KEYS_ONLY stream',
      type,
      properties: {
        ...keys,
        StreamSpecification: { StreamViewType: 'KEYS_ONLY' },
        Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }],
      },
    },
  ],
  invalid: [
    {
      name: 'two replicas without a stream',
      type,
      properties: { ...keys, Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }] },
      errors: [{ near: 'Table', message: 'Table is replicated in 2 regions but has no StreamSpecification' }],
    },
    {
      name: 'a region twice',
      type,
      properties: { ...keys, ...stream, Replicas: [{ Region: 'us-east-1' }, { Region: 'us-east-1' }] },
      errors: [{ near: 'us-east-1', message: 'Table declares a replica in us-east-1 twice' }],
    },
  ],
});

/** A Terraform table with a replica in eu-west-1 and `body` (its stream settings). */
const terraformTable = (body: string) => `resource "aws_dynamodb_table" "t" {
  name         = "t"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
${body}
  attribute {
    name = "pk"
    type = "S"
  }

  replica {
    region_name = "eu-west-1"
  }
}
`;
const STREAM_ON = '  stream_enabled   = true\n  stream_view_type = "NEW_AND_OLD_IMAGES"\n';

describe('global-table-replicas in Terraform', () => {
  it('reports a replica block on a table without a stream', async () => {
    const files = { 'main.tf': terraformTable('') };
    const { findings } = await findingsFor(rule, files);
    expect(findings.map((f) => lineText(files, f).trim())).toEqual(['resource "aws_dynamodb_table" "t" {']);
    expect(findings[0]?.message).toContain('stream_enabled = true');
  });

  it('is silent with stream_enabled', async () => {
    const files = {
      'main.tf': terraformTable(STREAM_ON),
    };
    expect((await findingsFor(rule, files)).findings).toEqual([]);
  });
});

describe("global-table-replicas: the stack's own region", () => {
  /** A GlobalTable whose `Replicas` items are `regions`, each written as given (`!Ref AWS::Region` too). */
  const template = (regions: readonly string[], parameters = '') => ({
    'template.yaml': `${parameters}Resources:
  Orders:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      StreamSpecification:
        StreamViewType: NEW_AND_OLD_IMAGES
      Replicas:
${regions.map((region) => `        - Region: ${region}`).join('\n')}
`,
  });

  ruleTester(rule, {
    valid: [
      { name: 'the region is listed', files: template(['us-east-1', 'eu-west-1']), region: 'us-east-1' },
      { name: 'no region known: silent', files: template(['eu-west-1', 'ap-southeast-2']) },
      {
        name: '!Ref AWS::Region lists the stack’s own region, whatever it is',
        files: template(['!Ref AWS::Region', 'eu-west-1']),
        region: 'us-east-1',
      },
      {
        name: 'a region from a parameter may be the stack’s own: silent',
        files: template(
          ['!Ref SecondRegion', 'eu-west-1'],
          'Parameters:\n  SecondRegion:\n    Type: String\n',
        ),
        region: 'us-east-1',
      },
      {
        name: 'Terraform replica blocks name the other regions only',
        files: { 'main.tf': terraformTable(STREAM_ON) },
        region: 'us-east-1',
      },
    ],
    invalid: [
      {
        name: 'the configured region is missing from Replicas',
        files: template(['eu-west-1', 'ap-southeast-2']),
        region: 'us-east-1',
        errors: [
          {
            near: 'Replicas:',
            message:
              "Orders deploys to us-east-1 (region in .dynalint.yml), but its Replicas do not list us-east-1: CloudFormation requires an AWS::DynamoDB::GlobalTable to include the stack's own region",
            severity: 'error',
          },
        ],
      },
    ],
  });

  const cdkTemplate = (regions: readonly string[]) =>
    JSON.stringify({
      Resources: {
        Orders1234: {
          Type: 'AWS::DynamoDB::GlobalTable',
          Properties: {
            KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
            AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
            BillingMode: 'PAY_PER_REQUEST',
            StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
            Replicas: regions.map((Region) => ({ Region })),
          },
          Metadata: { 'aws:cdk:path': 'Shop/Orders/Resource' },
        },
      },
    });
  const cdkManifest = (environment: string) =>
    JSON.stringify({
      version: '38.0.1',
      artifacts: {
        Shop: {
          type: 'aws:cloudformation:stack',
          environment,
          properties: { templateFile: 'Shop.template.json', stackName: 'shop-prod' },
        },
      },
    });

  it('reads the region from a CDK stack environment', async () => {
    const { findings } = await findingsOf(rule, {
      name: 'cdk',
      files: {
        'cdk.out/manifest.json': cdkManifest('aws://123456789012/eu-central-1'),
        'cdk.out/Shop.template.json': cdkTemplate(['us-east-1']),
      },
      region: 'us-east-1',
    });
    expect(findings.map((f) => `${f.location.file} ${f.severity} ${f.message}`)).toEqual([
      expect.stringMatching(
        /^cdk\.out\/Shop\.template\.json error Shop\/Orders \(Orders1234\) deploys to eu-central-1 \(the environment of CDK stack shop-prod\)/,
      ),
    ]);
  });

  it('is silent on an environment-agnostic CDK stack', async () => {
    const { findings } = await findingsOf(rule, {
      name: 'cdk',
      files: {
        'cdk.out/manifest.json': cdkManifest('aws://unknown-account/unknown-region'),
        'cdk.out/Shop.template.json': cdkTemplate(['us-east-1']),
      },
    });
    expect(findings).toEqual([]);
  });

  it('takes the region from the configuration file in a real run', async () => {
    const dir = await workspace(template(['eu-west-1']));
    const result = await lintWithConfig(dir, 'region: us-west-2\n');
    const own = result.findings.filter((f) => f.ruleId === 'global-table-replicas');
    expect(own.map((f) => f.severity)).toEqual(['error']);
    expect(own[0]?.message).toMatch(/^Orders deploys to us-west-2 \(region in \.dynalint\.yml\)/);
  });
});
