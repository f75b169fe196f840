/**
 * What goes wrong talking to AWS becomes findings, never a crash: access denied names the IAM action,
 * throttling is retried, an unreachable endpoint is named once, bad credentials say what to set and
 * never appear in the output. The real SDK talks to a loopback server answering as AWS does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.ts';
import {
  describedTable,
  dynamoError,
  dynamoOk,
  fakeAws,
  type FakeAws,
  type FakeHandler,
} from '../helpers/fake-aws.ts';
import { freePort } from '../helpers/dynamodb-servers.ts';
import { lintWithDrift } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

const TEMPLATE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
  Payments:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: payments
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
`;

const OPTIONAL_OK: Record<string, () => ReturnType<FakeHandler>> = {
  DescribeTimeToLive: () => dynamoOk({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } }),
  DescribeContinuousBackups: () =>
    dynamoOk({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' },
      },
    }),
};

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fake AWS where every table exists and every operation succeeds unless `override` answers. */
async function lintAgainst(
  override: (operation: string, nth: number) => ReturnType<FakeHandler> | undefined,
) {
  server = await fakeAws((request, nth) => {
    const answer = override(request.operation, nth);
    if (answer) return answer;
    if (request.operation === 'DescribeTable') return describedTable(String(request.body.TableName));
    return OPTIONAL_OK[request.operation]?.() ?? dynamoError('UnknownOperationException', '');
  });
  const dir = await workspace({ 'template.yaml': TEMPLATE });
  return lintWithDrift(dir, { endpoint: server.endpoint, concurrency: 1, retryDelay: () => 0 });
}

const live = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.ruleId.startsWith('live-'))
    .map((f) => `${f.severity} ${f.location.line}: ${f.message}`);

describe('failures talking to AWS', () => {
  it('access denied on DescribeTable names the IAM action, at the table', async () => {
    const result = await lintAgainst((operation) =>
      operation === 'DescribeTable'
        ? dynamoError(
            'AccessDeniedException',
            'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dynamodb:DescribeTable',
          )
        : undefined,
    );
    expect(live(result.findings)).toEqual([
      expect.stringMatching(
        /^error 2: Orders: live table orders not described: access denied; grant dynamodb:DescribeTable \(AccessDeniedException: User: .* not authorized/,
      ),
      expect.stringMatching(
        /^error 13: Payments: live table payments not described: access denied; grant dynamodb:DescribeTable/,
      ),
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'table-missing')).toEqual([]);
  });

  it('access denied on an optional operation is one finding for all tables; the rest is still compared', async () => {
    const result = await lintAgainst((operation) =>
      operation === 'DescribeContinuousBackups'
        ? dynamoError('AccessDeniedException', 'not authorized')
        : undefined,
    );
    expect(live(result.findings)).toEqual([
      'warning 2: point-in-time recovery not checked for 2 tables (orders, payments): access denied; grant dynamodb:DescribeContinuousBackups (AccessDeniedException: not authorized)',
    ]);
  });

  it('an operation the endpoint lacks is asked once and reported once', async () => {
    const result = await lintAgainst((operation) =>
      operation === 'DescribeContinuousBackups' ? dynamoError('UnknownOperationException', '') : undefined,
    );
    expect(live(result.findings)).toEqual([
      expect.stringMatching(
        /^info 2: point-in-time recovery not checked: the endpoint \(http:\/\/127\.0\.0\.1:\d+\) does not support DescribeContinuousBackups/,
      ),
    ]);
    expect(server?.requests.filter((r) => r.operation === 'DescribeContinuousBackups')).toHaveLength(1);
  });

  it('throttling is retried with backoff', async () => {
    const result = await lintAgainst((operation, nth) =>
      operation === 'DescribeTable' && nth <= 2
        ? dynamoError('ThrottlingException', 'Rate exceeded')
        : undefined,
    );
    expect(live(result.findings)).toEqual([]);
    expect(server?.requests.filter((r) => r.operation === 'DescribeTable')).toHaveLength(4);
  });

  it('throttling that outlasts the retries is a finding that says so', async () => {
    const result = await lintAgainst((operation, nth) =>
      operation === 'DescribeTable' && nth <= 5
        ? dynamoError('ProvisionedThroughputExceededException', 'slow down')
        : undefined,
    );
    expect(live(result.findings)).toEqual([
      'error 2: Orders: live table orders not described: still throttled after retries with backoff (up to 5 attempts); try a lower --concurrency (ProvisionedThroughputExceededException: slow down)',
    ]);
    expect(server?.requests.filter((r) => r.operation === 'DescribeTable')).toHaveLength(6);
  });

  it('an unreachable endpoint is one finding that names it', async () => {
    const port = await freePort();
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    const result = await lintWithDrift(dir, { endpoint: `http://127.0.0.1:${port}` });
    expect(live(result.findings)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error 2: drift not checked: cannot reach http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED`,
        ),
      ),
    ]);
  });
  it('names an endpoint without the credentials or query its URL carries', async () => {
    const port = await freePort();
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    const result = await lintWithDrift(dir, {
      endpoint: `http://key:s3cret@127.0.0.1:${port}/?X-Amz-Security-Token=t0ken`,
    });
    const text = JSON.stringify(result.findings);
    expect(text).not.toMatch(/s3cret|t0ken|key:/);
    expect(live(result.findings)).toEqual([
      expect.stringMatching(
        new RegExp(`^error 2: drift not checked: cannot reach http://127\\.0\\.0\\.1:${port} \\(`),
      ),
    ]);
  });
});

describe('timeouts', () => {
  it('a request that never answers times out and names the endpoint', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const { port } = silent.address() as AddressInfo;
    try {
      const dir = await workspace({ 'template.yaml': TEMPLATE });
      const started = Date.now();
      const result = await lintWithDrift(dir, { endpoint: `http://127.0.0.1:${port}`, timeoutMs: 200 });
      expect(live(result.findings)).toEqual([
        expect.stringMatching(
          new RegExp(`^error 2: drift not checked: cannot reach http://127\\.0\\.0\\.1:${port} \\(`),
        ),
      ]);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 30_000);
});

describe('credentials', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('rejected credentials say what to set, and never appear in the output', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADYNALINTSENTINEL';
    process.env.AWS_SECRET_ACCESS_KEY = 'dynalint-secret-sentinel-value';
    server = await fakeAws(() =>
      dynamoError('UnrecognizedClientException', 'The security token included in the request is invalid.'),
    );
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    // 0.0.0.0 reaches the loopback server without counting as a local endpoint, so the default
    // credential chain (the environment here) signs the requests.
    const endpoint = server.endpoint.replace('127.0.0.1', '0.0.0.0');
    const result = await lintWithDrift(dir, { endpoint, region: 'us-east-1' });
    expect(server.requests[0]?.authorization).toContain('Credential=AKIADYNALINTSENTINEL/');
    expect(live(result.findings)).toEqual([
      expect.stringMatching(
        /^error 2: drift not checked: no usable AWS credentials or region for http:\/\/0\.0\.0\.0:\d+; set --profile and --region/,
      ),
    ]);
    const output = JSON.stringify(result);
    expect(output).not.toContain('dynalint-secret-sentinel-value');
    expect(output).not.toContain('AKIADYNALINTSENTINEL');
  });

  it('a profile that does not exist is a finding, not a crash', async () => {
    process.env.AWS_CONFIG_FILE = '/nonexistent/config';
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    server = await fakeAws((request) => describedTable(String(request.body.TableName)));
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    const result = await lintWithDrift(dir, {
      endpoint: server.endpoint,
      profile: 'nobody',
      region: 'us-east-1',
    });
    expect(live(result.findings)).toEqual([
      expect.stringMatching(/^error 2: drift not checked: no usable AWS credentials or region/),
    ]);
    expect(server.requests).toEqual([]);
  });
});
