/**
 * Posture rules in drift mode through the real pipeline: the SDK talks to a loopback server answering as
 * AWS does (a table whose deletion protection and point-in-time recovery were turned off in the console,
 * and a table declared nowhere), and to the embedded dynalite, which cannot report either setting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.ts';
import { describedTable, dynamoError, dynamoOk, fakeAws, type FakeAws } from '../helpers/fake-aws.ts';
import { lintWithDrift } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

const TEMPLATE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      DeletionProtectionEnabled: true
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
`;

/** The 1-based line of the template that contains `text`. */
const lineOf = (text: string) => TEMPLATE.split('\n').findIndex((line) => line.includes(text)) + 1;

const POSTURE_RULES = new Set(['point-in-time-recovery', 'deletion-protection', 'encryption-key']);

const posture = (findings: readonly Finding[]) =>
  findings
    .filter((f) => POSTURE_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId} ${f.location.live ? f.location.file : `${f.location.file}:${f.location.line}`}`);

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every live table is on-demand with deletion protection and point-in-time recovery off. */
async function consoleEditedAccount() {
  server = await fakeAws((request) => {
    switch (request.operation) {
      case 'DescribeTable':
        return describedTable(String(request.body.TableName));
      case 'ListTables':
        return dynamoOk({ TableNames: ['orders', 'legacy'] });
      case 'DescribeTimeToLive':
        return dynamoOk({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
      case 'DescribeContinuousBackups':
        return dynamoOk({
          ContinuousBackupsDescription: {
            ContinuousBackupsStatus: 'ENABLED',
            PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
          },
        });
      default:
        return dynamoError('UnknownOperationException', '');
    }
  });
  return server;
}

describe('posture rules judge live tables', () => {
  it('a setting turned off in the console is reported at the declaration; an unmanaged table at its ARN', async () => {
    const aws = await consoleEditedAccount();
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    const result = await lintWithDrift(dir, {
      endpoint: aws.endpoint,
      retryDelay: () => 0,
      reportUnmanaged: true,
    });
    const legacy = 'arn:aws:dynamodb:us-east-1:123456789012:table/legacy';
    expect(posture(result.findings)).toEqual([
      `deletion-protection ${legacy}`,
      `point-in-time-recovery ${legacy}`,
      `deletion-protection template.yaml:${lineOf('DeletionProtectionEnabled')}`,
      `point-in-time-recovery template.yaml:${lineOf('PointInTimeRecoverySpecification')}`,
    ]);
    expect(
      result.findings.find((f) => f.ruleId === 'deletion-protection' && !f.location.live)?.message,
    ).toContain('is off on the live table orders, and the declaration turns it on');
    // The unmanaged table costs DescribeTable and DescribeContinuousBackups, nothing else.
    const legacyRequests = aws.requests.filter((r) => r.body.TableName === 'legacy').map((r) => r.operation);
    expect(legacyRequests.sort()).toEqual(['DescribeContinuousBackups', 'DescribeTable']);
  });

  it('unmanaged tables are described only when a rule judges them', async () => {
    const aws = await consoleEditedAccount();
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    const result = await lintWithDrift(
      dir,
      { endpoint: aws.endpoint, retryDelay: () => 0, reportUnmanaged: true },
      'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n',
    );
    expect(posture(result.findings)).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain('unmanaged-table');
    const described = aws.requests
      .filter((r) => r.operation === 'DescribeTable')
      .map((r) => r.body.TableName);
    expect(described).toEqual(['orders']);
  });

  it('dynalite cannot report point-in-time recovery or deletion protection: silent, and said so', async () => {
    const dir = await workspace({
      'template.yaml': TEMPLATE,
      'seed.json': JSON.stringify({
        tables: ['orders', 'legacy'].map((TableName) => ({
          TableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        })),
      }),
    });
    const result = await lintWithDrift(dir, {
      endpoint: 'embedded',
      seed: 'seed.json',
      reportUnmanaged: true,
    });
    expect(posture(result.findings)).toEqual([]);
    const notChecked = result.findings.filter((f) => f.ruleId === 'live-not-checked').map((f) => f.message);
    expect(notChecked).toEqual([
      expect.stringContaining(
        'point-in-time recovery not checked: the endpoint (embedded) does not support DescribeContinuousBackups',
      ),
      expect.stringContaining('deletion protection not checked: the embedded server (dynalite)'),
    ]);
    expect(result.findings.map((f) => f.ruleId)).toContain('unmanaged-table');
  });
});
