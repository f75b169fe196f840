/**
 * The comparison on models, for what no local server keeps: point-in-time recovery, encryption, table
 * class, tags, and the cases autoscaling and unknown values make. Declared models come from the real
 * loaders; live models from DescribeTable-shaped payloads as AWS documents them.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import schemaDrift, { differenceMessage } from '../../rules/schema-drift.ts';
import { compareTables, type Difference } from '../../src/drift/compare.ts';
import { loadTemplateText } from '../../src/iac/load.ts';
import { liveTableModel, type LiveReadings, type LiveSetting } from '../../src/live/normalize.ts';
import type { TableModel } from '../../src/model.ts';
import { formatMessage } from '../../src/rule.ts';

const KEY_SCHEMA = `
      KeySchema:
        - AttributeName: pk
          KeyType: HASH`;
const KEYS = `
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S${KEY_SCHEMA}`;

function declared(properties: string, extra = '', keys = KEYS): TableModel {
  const text = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders${keys}
${properties}
${extra}`;
  const result = loadTemplateText(text, 'template.yaml');
  expect(result.problems).toEqual([]);
  return result.tables[0] as TableModel;
}

const LIVE_TABLE: TableDescription = {
  TableName: 'orders',
  TableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
  TableStatus: 'ACTIVE',
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
  ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
};

function live(
  table: Partial<TableDescription> = {},
  readings: Partial<Omit<LiveReadings, 'table' | 'gaps'>> = {},
  gaps: [LiveSetting, string][] = [],
): TableModel {
  return liveTableModel(
    {
      table: { ...LIVE_TABLE, ...table },
      ttl: { TimeToLiveStatus: 'DISABLED' },
      continuousBackups: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
      },
      tags: [],
      ...readings,
      gaps: new Map(gaps),
    },
    'dynamodb.eu-west-1.amazonaws.com',
  );
}

/** A difference as the schema-drift rule words it (the declared table is always `Orders`). */
function text(difference: Difference | undefined): string | undefined {
  if (!difference) return undefined;
  const { messageId, data } = differenceMessage('Orders', difference);
  return formatMessage(schemaDrift.messages[messageId], data);
}
const messages = (differences: readonly Difference[]) => differences.map(text);
const compare = (a: TableModel, b: TableModel, tags = false) => compareTables(a, b, { tags });

describe('compareTables', () => {
  it('finds nothing when the live table matches, with every setting at its default', () => {
    expect(messages(compare(declared('      BillingMode: PAY_PER_REQUEST'), live()))).toEqual([]);
  });

  it('point-in-time recovery, declared and left at its default', () => {
    const enabledLive = live(
      {},
      {
        continuousBackups: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
        },
      },
    );
    const declaredOn = declared(`      BillingMode: PAY_PER_REQUEST
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true`);
    const [difference] = compare(declaredOn, live());
    expect(text(difference)).toBe('Orders: point-in-time recovery: declared enabled, live disabled.');
    expect(difference?.severity).toBe('warning');
    expect(difference?.location.line).toBe(13);
    expect(messages(compare(declared('      BillingMode: PAY_PER_REQUEST'), enabledLive))).toEqual([
      'Orders: point-in-time recovery: declared disabled (not set; the default), live enabled.',
    ]);
  });

  it('server-side encryption: AWS owned key vs KMS', () => {
    const kms = declared(`      BillingMode: PAY_PER_REQUEST
      SSESpecification:
        SSEEnabled: true`);
    expect(messages(compare(kms, live()))).toEqual([
      'Orders: server-side encryption: declared KMS key (KMS), live AWS owned key.',
    ]);
    const kmsLive = live({ SSEDescription: { Status: 'ENABLED', SSEType: 'KMS' } });
    expect(messages(compare(kms, kmsLive))).toEqual([]);
    expect(messages(compare(declared('      BillingMode: PAY_PER_REQUEST'), kmsLive))).toEqual([
      'Orders: server-side encryption: declared AWS owned key (not set; the default), live KMS key (KMS).',
    ]);
  });

  it('table class and deletion protection', () => {
    const model = declared(`      BillingMode: PAY_PER_REQUEST
      TableClass: STANDARD_INFREQUENT_ACCESS
      DeletionProtectionEnabled: true`);
    expect(messages(compare(model, live()))).toEqual([
      'Orders: table class: declared STANDARD_INFREQUENT_ACCESS, live STANDARD.',
      'Orders: deletion protection: declared enabled, live disabled.',
    ]);
    const matching = live({
      TableClassSummary: { TableClass: 'STANDARD_INFREQUENT_ACCESS' },
      DeletionProtectionEnabled: true,
    });
    expect(messages(compare(model, matching))).toEqual([]);
  });

  it('tags only when asked, ignoring the tags AWS adds', () => {
    const model = declared(`      BillingMode: PAY_PER_REQUEST
      Tags:
        - Key: team
          Value: orders
        - Key: cost-center
          Value: "42"`);
    const tagged = live(
      {},
      {
        tags: [
          { Key: 'team', Value: 'payments' },
          { Key: 'owner', Value: 'ops' },
          { Key: 'aws:cloudformation:stack-name', Value: 'orders-prod' },
        ],
      },
    );
    expect(messages(compare(model, tagged))).toEqual([]);
    const [difference] = compare(model, tagged, true);
    expect(text(difference)).toBe(
      'Orders: tags: team: declared orders, live payments; cost-center=42 declared, not live; owner=ops live, not declared.',
    );
    expect(difference?.location.line).toBe(13);
  });

  it('does not compare what the live side could not read', () => {
    const model = declared(`      BillingMode: PAY_PER_REQUEST
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
      DeletionProtectionEnabled: true`);
    const unreadable = live({}, {}, [
      ['pointInTimeRecovery', 'the endpoint does not support DescribeContinuousBackups'],
      ['deletionProtection', 'the embedded server (dynalite) does not keep it'],
    ]);
    expect(messages(compare(model, unreadable))).toEqual([]);
  });

  it('does not compare what the declaration leaves unknown', () => {
    const model = declared(`      BillingMode: !Ref Billing
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: !Ref Backups`);
    const provisionedLive = live(
      { BillingModeSummary: undefined },
      {
        continuousBackups: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
        },
      },
    );
    expect(messages(compare(model, provisionedLive))).toEqual([]);
  });

  it('skips capacity autoscaling manages, on the table and on one index', () => {
    const throughput = `
          ProvisionedThroughput:
            ReadCapacityUnits: 5
            WriteCapacityUnits: 5`;
    const model = declared(
      `      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
        - AttributeName: a
          AttributeType: S
        - AttributeName: b
          AttributeType: S
      BillingMode: PROVISIONED
      ProvisionedThroughput:
        ReadCapacityUnits: 5
        WriteCapacityUnits: 5
      GlobalSecondaryIndexes:
        - IndexName: byA
          KeySchema:
            - AttributeName: a
              KeyType: HASH
          Projection:
            ProjectionType: ALL${throughput}
        - IndexName: byB
          KeySchema:
            - AttributeName: b
              KeyType: HASH
          Projection:
            ProjectionType: ALL${throughput}`,
      `  TableTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ResourceId: !Sub table/\${Orders}
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      MinCapacity: 5
      MaxCapacity: 50
  IndexTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ResourceId: !Sub table/\${Orders}/index/byA
      ScalableDimension: dynamodb:index:ReadCapacityUnits
      MinCapacity: 5
      MaxCapacity: 50`,
      KEY_SCHEMA,
    );
    const scaledUp = { ReadCapacityUnits: 40, WriteCapacityUnits: 5 };
    const index = (name: string, attribute: string) => ({
      IndexName: name,
      KeySchema: [{ AttributeName: attribute, KeyType: 'HASH' as const }],
      Projection: { ProjectionType: 'ALL' as const },
      ProvisionedThroughput: scaledUp,
    });
    const liveModel = live({
      BillingModeSummary: undefined,
      ProvisionedThroughput: scaledUp,
      GlobalSecondaryIndexes: [index('byA', 'a'), index('byB', 'b')],
    });
    expect(messages(compare(model, liveModel))).toEqual([
      'Orders: global index byB provisioned throughput: declared 5 read / 5 write, live 40 read / 5 write.',
    ]);
  });

  it('INCLUDE projections compare their attributes as a set', () => {
    const model = declared(`      BillingMode: PAY_PER_REQUEST
      GlobalSecondaryIndexes:
        - IndexName: byPk
          KeySchema:
            - AttributeName: pk
              KeyType: HASH
          Projection:
            ProjectionType: INCLUDE
            NonKeyAttributes: [total, status]`);
    const include = (attributes: string[]) =>
      live({
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byPk',
            KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: attributes },
          },
        ],
      });
    expect(messages(compare(model, include(['status', 'total'])))).toEqual([]);
    expect(messages(compare(model, include(['status'])))).toEqual([
      'Orders: global index byPk projection: declared INCLUDE (status, total), live INCLUDE (status).',
    ]);
  });
});
