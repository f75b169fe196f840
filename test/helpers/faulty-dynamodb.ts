/**
 * A loopback DynamoDB endpoint that misbehaves on purpose, for drift's defences: it repeats pagination
 * tokens, trickles its answers, always throttles, sends malformed bodies, or fails with HTTP 500 while
 * naming ResourceNotFoundException. Everything it does not break, it answers like a healthy DynamoDB:
 * every table exists, on demand, keyed by `pk`, with TTL on `expires`, point-in-time recovery and the
 * tag `team=data`. The real SDK talks to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { readonly mode: 'repeat-token' }
  | { readonly mode: 'trickle'; readonly everyMs: number }
  | { readonly mode: 'throttle-always' }
  /** Bodies by operation, sent with HTTP 200 in place of the healthy answer. */
  | { readonly mode: 'malformed'; readonly bodies: Readonly<Record<string, unknown>> }
  | { readonly mode: '500-not-found' };

export interface FaultyDynamoDb {
  readonly endpoint: string;
  /** Requests received, by operation. */
  readonly counts: Map<string, number>;
  close(): Promise<void>;
}

export function healthyTable(name: string): Record<string, unknown> {
  return {
    TableName: name,
    TableArn: `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`,
    TableStatus: 'ACTIVE',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
    CreationDateTime: 1700000000,
  };
}

function healthy(operation: string, body: Record<string, unknown>): unknown {
  switch (operation) {
    case 'DescribeTable':
      return { Table: healthyTable(String(body.TableName)) };
    case 'DescribeTimeToLive':
      return { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expires' } };
    case 'DescribeContinuousBackups':
      return {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
        },
      };
    case 'ListTagsOfResource':
      return { Tags: [{ Key: 'team', Value: 'data' }] };
    case 'ListTables':
      return { TableNames: [] };
    default:
      return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'faulty' });
  res.end(JSON.stringify(body));
}

function error(type: string, message: string): unknown {
  return { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message };
}

export async function faultyDynamoDb(fault: Fault): Promise<FaultyDynamoDb> {
  const counts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
    const body = JSON.parse(text || '{}') as Record<string, unknown>;
    const answer = healthy(operation, body);
    if (answer === undefined) return send(res, 400, error('UnknownOperationException', ''));
    switch (fault.mode) {
      case 'repeat-token':
        if (operation === 'ListTagsOfResource')
          return send(res, 200, { Tags: [{ Key: 'k', Value: 'v' }], NextToken: 'again' });
        if (operation === 'ListTables')
          return send(res, 200, { TableNames: ['stray'], LastEvaluatedTableName: 'stray' });
        return send(res, 200, answer);
      case 'throttle-always':
        return send(res, 400, error('ThrottlingException', 'Rate exceeded'));
      case '500-not-found':
        return send(res, 500, error('ResourceNotFoundException', 'Requested resource not found'));
      case 'malformed':
        return send(res, 200, operation in fault.bodies ? fault.bodies[operation] : answer);
      case 'trickle': {
        // Headers at once, then one byte of a never-ending body now and then: the socket never goes quiet.
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.write('{');
        const timer = setInterval(() => res.write(' '), fault.everyMs);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    close: () => {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
