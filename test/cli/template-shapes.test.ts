/**
 * CloudFormation-family shapes found in public repositories, linted end to end through the CLI: SAM
 * SimpleTables without a key, `Fn::ForEach` loops of the LanguageExtensions transform, repeated YAML keys.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../src/iac/load.ts';
import { entry } from '../../src/iac/source-tree.ts';
import { parseYamlSource } from '../../src/iac/yaml-source.ts';
import { valueOf } from '../../src/model.ts';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

/** These shapes are about loading; the posture rules have tests of their own. */
const WITHOUT_POSTURE = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];

describe('SAM SimpleTable', () => {
  it('takes the default id key when PrimaryKey is absent, with or without properties', async () => {
    const dir = await workspace({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  MinimalTable:
    Type: AWS::Serverless::SimpleTable
  NamedTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      TableName: sessions
  CompleteTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey:
        Name: member-number
        Type: Number
      ProvisionedThroughput:
        ReadCapacityUnits: 20
        WriteCapacityUnits: 10
`,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(3);
    expect(report.findings.filter((f) => f.ruleId === 'key-attribute-definitions')).toEqual([]);
  });

  it('still reports a DynamoDB table that has no KeySchema', async () => {
    const dir = await workspace({
      'template.yaml': `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
`,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['key-attribute-definitions', expect.stringContaining('Orders has no KeySchema')],
    ]);
  });
});

const FOR_EACH_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Tables:
    - TableName
    - - Points
      - Score
    - DynamoDB\${TableName}:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: !Ref TableName
          AttributeDefinitions:
            - AttributeName: id
              AttributeType: S
          KeySchema:
            - AttributeName: id
              KeyType: HASH
          ProvisionedThroughput:
            ReadCapacityUnits: "5"
            WriteCapacityUnits: "5"
`;

describe('Fn::ForEach (AWS::LanguageExtensions)', () => {
  it('expands a loop of tables in YAML and JSON, naming each copy', () => {
    const json = JSON.stringify(
      {
        Transform: 'AWS::LanguageExtensions',
        Resources: {
          'Fn::ForEach::Tables': [
            'TableName',
            ['Points', 'Score'],
            {
              'DynamoDB${TableName}': {
                Type: 'AWS::DynamoDB::Table',
                Properties: {
                  TableName: { Ref: 'TableName' },
                  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
                  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
                },
              },
            },
          ],
        },
      },
      null,
      2,
    );
    for (const [text, file] of [
      [FOR_EACH_YAML, 'loop.yaml'],
      [json, 'loop.json'],
    ] as const) {
      const result = loadTemplateText(text, file);
      expect(result.problems).toEqual([]);
      expect(result.tables.map((t) => [t.id, valueOf(t.name)])).toEqual([
        ['DynamoDBPoints', 'Points'],
        ['DynamoDBScore', 'Score'],
      ]);
      // Both copies point at the loop body.
      const bodyLine = text.split('\n').findIndex((line) => line.includes('DynamoDB${TableName}')) + 1;
      expect(result.tables.map((t) => t.location.line)).toEqual([bodyLine, bodyLine]);
    }
  });

  it('reports findings in the loop body under each expanded logical id', async () => {
    const dir = await workspace({
      'tables.yaml': FOR_EACH_YAML.replace('AttributeType: S', 'AttributeType: X'),
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(2);
    const typeErrors = report.findings.filter((f) => f.message.includes('has type "X"'));
    expect(typeErrors.map((f) => [f.table, f.location.line])).toEqual([
      ['DynamoDBPoints', 13],
      ['DynamoDBScore', 13],
    ]);
    expect(typeErrors[0]?.message).toContain('DynamoDBPoints');
  });

  it('expands nested loops, &{} identifiers, list parameters and FindInMap defaults', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Tenants:
    Type: CommaDelimitedList
    Default: acme-corp, globex
Mappings:
  Capacity:
    Reads:
      orders: 10
Resources:
  Fn::ForEach::PerTenant:
    - Tenant
    - !Ref Tenants
    - Fn::ForEach::PerKind:
        - Kind
        - [orders, audit.log]
        - '&{Tenant}&{Kind}Table':
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: !Sub '\${Tenant}-\${Kind}'
              BillingMode: PROVISIONED
              ProvisionedThroughput:
                ReadCapacityUnits: !FindInMap [Capacity, Reads, !Ref Kind, { DefaultValue: 1 }]
                WriteCapacityUnits: 1
              KeySchema: [{ AttributeName: pk, KeyType: HASH }]
              AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
    const result = loadTemplateText(text, 'tenants.yaml');
    expect(result.problems).toEqual([]);
    expect(
      result.tables.map((t) => [t.id, t.name?.known, valueOf(t.throughput?.read), t.location.line]),
    ).toEqual([
      // A parameter's default names the copies, but a name built from it is not a known value.
      ['acmecorpordersTable', false, 10, 17],
      ['acmecorpauditlogTable', false, 1, 17],
      ['globexordersTable', false, 10, 17],
      ['globexauditlogTable', false, 1, 17],
    ]);
  });

  it('leaves out a loop whose collection is only known at deploy time', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Tables:
    - Name
    - !Ref Names
    - T\${Name}:
        Type: AWS::DynamoDB::Table
        Properties:
          KeySchema: [{ AttributeName: pk, KeyType: HASH }]
          AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
    expect(loadTemplateText(text, 't.yaml')).toMatchObject({ tables: [], problems: [] });
  });
});

describe('repeated keys', () => {
  const template = `Resources:
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Enabled: true
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PROVISIONED
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST
`;

  it('load with the last key winning and warn only inside a table resource', async () => {
    const dir = await workspace({ 'template.yaml': template });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.location.line, f.location.column])).toEqual([
      ['duplicate-key', 'warning', 14, 7],
    ]);
    expect(report.findings[0]?.message).toContain(
      '"BillingMode" is written twice in Orders (first at line 11)',
    );
    const [orders] = loadTemplateText(template, 'template.yaml').tables;
    expect(valueOf(orders?.billingMode)).toBe('PAY_PER_REQUEST');
  });

  it('warn when a table logical id is declared twice, in YAML and JSON', () => {
    const yaml = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties: { TableName: first }
  Orders:
    Type: AWS::DynamoDB::Table
    Properties: { TableName: second }
`;
    const json = `{"Resources": {
  "Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "first"}},
  "Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "second"}}
}}`;
    for (const [text, file] of [
      [yaml, 't.yaml'],
      [json, 't.json'],
    ] as const) {
      const result = loadTemplateText(text, file);
      expect(result.tables.map((t) => valueOf(t.name))).toEqual(['second']);
      expect(result.problems.map((p) => [p.ruleId, p.location.line])).toEqual([
        ['duplicate-key', file === 't.yaml' ? 5 : 3],
      ]);
    }
  });
});

describe("flow collections closed at their key's indentation", () => {
  const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        ResourcePolicy:
          CustomStatements: [{
            "Effect": "Allow",
            "Resource": [
              !Sub "execute-api:/\${Stage}/GET/orders"],
            "Condition": { "StringEquals": { "aws:sourceVpce": !Ref Endpoint } }
          }]
      StageName: prod
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: orderId, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;

  it('load as CloudFormation reads them, with positions as written', async () => {
    const dir = await workspace({ 'template.yaml': template });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.location.line, f.location.column])).toEqual([
      ['key-attribute-definitions', 19, 21],
      ['key-attribute-definitions', 20, 32],
    ]);
    // The closing `}]` is read re-indented, but reported where it is written.
    let node = parseYamlSource(template, 'template.yaml').root;
    for (const key of ['Resources', 'Api', 'Properties', 'Auth', 'ResourcePolicy', 'CustomStatements'])
      node = entry(node, key)?.value;
    expect(node?.kind).toBe('seq');
    expect(node?.location).toMatchObject({ line: 8, column: 29, endLine: 13, endColumn: 12 });
  });

  it('still make an unclosed flow collection a parse error', () => {
    const result = loadTemplateText(template.replace('          }]\n', '\n'), 'template.yaml');
    expect(result.tables).toEqual([]);
    expect(result.problems.map((p) => p.ruleId)).toEqual(['parse-error']);
  });
});
