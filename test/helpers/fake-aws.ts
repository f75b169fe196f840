/**
 * A loopback HTTP server that answers AWS API requests the way AWS does on the wire (JSON 1.0 for
 * DynamoDB, query/XML for CloudFormation), for what no local emulator produces: access denied,
 * throttling, bad credentials, CloudFormation stacks. The real SDK talks to it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  /** `DescribeTable`, `ListStackResources`, … */
  readonly operation: string;
  readonly body: Record<string, unknown>;
  readonly authorization: string;
}

export interface FakeReply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
}

export interface FakeAws {
  readonly endpoint: string;
  readonly requests: FakeRequest[];
  close(): Promise<void>;
}

export type FakeHandler = (request: FakeRequest, nth: number) => FakeReply;

export async function fakeAws(handle: FakeHandler): Promise<FakeAws> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const target = String(req.headers['x-amz-target'] ?? '');
    const form = target ? undefined : new URLSearchParams(text);
    const request: FakeRequest = {
      operation: target ? (target.split('.')[1] ?? '') : (form?.get('Action') ?? ''),
      body: target ? (JSON.parse(text || '{}') as Record<string, unknown>) : Object.fromEntries(form ?? []),
      authorization: String(req.headers.authorization ?? ''),
    };
    requests.push(request);
    const nth = requests.filter((r) => r.operation === request.operation).length;
    const reply = handle(request, nth);
    res.writeHead(reply.status, {
      'content-type': reply.contentType ?? 'application/x-amz-json-1.0',
      'x-amzn-requestid': `fake-${requests.length}`,
    });
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
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

/** A DynamoDB JSON error as AWS sends it. */
export function dynamoError(type: string, message: string): FakeReply {
  return {
    status: 400,
    body: JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }),
  };
}

export function dynamoOk(body: unknown): FakeReply {
  return { status: 200, body: JSON.stringify(body) };
}

/** A DescribeTable answer for an on-demand table keyed by `pk`. */
export function describedTable(name: string): FakeReply {
  return dynamoOk({
    Table: {
      TableName: name,
      TableArn: `arn:aws:dynamodb:us-east-1:123456789012:table/${name}`,
      TableStatus: 'ACTIVE',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
      ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
      CreationDateTime: 1700000000,
    },
  });
}

/** ListStackResources as CloudFormation answers it (query protocol, XML). */
export function stackResources(
  resources: { logicalId: string; physicalId: string; type: string }[],
): FakeReply {
  const members = resources
    .map(
      (r) =>
        `<member><LogicalResourceId>${r.logicalId}</LogicalResourceId><PhysicalResourceId>${r.physicalId}</PhysicalResourceId><ResourceType>${r.type}</ResourceType><LastUpdatedTimestamp>2024-01-01T00:00:00Z</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>`,
    )
    .join('');
  return {
    status: 200,
    contentType: 'text/xml',
    body: `<ListStackResourcesResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ListStackResourcesResult><StackResourceSummaries>${members}</StackResourceSummaries></ListStackResourcesResult><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></ListStackResourcesResponse>`,
  };
}

/** A CloudFormation error (query protocol, XML). */
export function stackError(code: string, message: string): FakeReply {
  return {
    status: 400,
    contentType: 'text/xml',
    body: `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
  };
}
