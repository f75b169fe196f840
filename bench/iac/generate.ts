/**
 * A realistic CloudFormation corpus: templates of 10 tables each — keys, GSIs and an LSI, conditions,
 * short-form intrinsics, autoscaling, tags — in YAML (three in four) and JSON (one in four).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

function table(t: number, i: number): Record<string, unknown> {
  const gsiCount = (t + i) % 4;
  const gsis = Array.from({ length: gsiCount }, (_, g) => ({
    IndexName: `GSI${g + 1}`,
    KeySchema: [
      { AttributeName: `GSI${g + 1}PK`, KeyType: 'HASH' },
      { AttributeName: `GSI${g + 1}SK`, KeyType: 'RANGE' },
    ],
    Projection:
      g % 2
        ? { ProjectionType: 'INCLUDE', NonKeyAttributes: ['amount', 'currency'] }
        : { ProjectionType: 'ALL' },
  }));
  return {
    Type: 'AWS::DynamoDB::Table',
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: {
      TableName: { 'Fn::Sub': `\${AWS::StackName}-table-${t}-${i}` },
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'PK', AttributeType: 'S' },
        { AttributeName: 'SK', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'N' },
        ...gsis.flatMap((_, g) => [
          { AttributeName: `GSI${g + 1}PK`, AttributeType: 'S' },
          { AttributeName: `GSI${g + 1}SK`, AttributeType: 'S' },
        ]),
      ],
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      ...(gsis.length ? { GlobalSecondaryIndexes: gsis } : {}),
      LocalSecondaryIndexes: [
        {
          IndexName: 'byCreated',
          KeySchema: [
            { AttributeName: 'PK', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      ],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: { 'Fn::If': ['IsProd', true, false] } },
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::ImportValue': 'shared-kms-key' },
      },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Tags: [
        { Key: 'team', Value: `team-${t % 7}` },
        { Key: 'stage', Value: { Ref: 'Stage' } },
      ],
    },
  };
}

export function template(t: number, tables = 10): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < tables; i++) resources[`Table${i}`] = table(t, i);
  resources.Handler = {
    Type: 'AWS::Lambda::Function',
    Properties: {
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: { 'Fn::GetAtt': ['HandlerRole', 'Arn'] },
      Environment: { Variables: { TABLE: { Ref: 'Table0' } } },
      Code: { ZipFile: 'exports.handler = async () => ({ statusCode: 200 });' },
    },
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Service ${t}`,
    Parameters: { Stage: { Type: 'String', AllowedValues: ['dev', 'prod'], Default: 'dev' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
    Resources: resources,
    Outputs: { TableName: { Value: { Ref: 'Table0' } } },
  };
}

/** Writes `count` templates under `dir` (replacing it) and returns their paths. */
export async function writeCloudFormationCorpus(dir: string, count: number): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  const files: string[] = [];
  for (let t = 0; t < count; t++) {
    const folder = path.join(dir, `service-${Math.floor(t / 50)}`);
    await mkdir(folder, { recursive: true });
    const json = t % 4 === 3;
    const file = path.join(folder, `stack-${t}.${json ? 'json' : 'yaml'}`);
    await writeFile(file, json ? `${JSON.stringify(template(t), null, 2)}\n` : stringify(template(t)));
    files.push(file);
  }
  return files;
}
