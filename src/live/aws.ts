/**
 * `LiveApi` over the AWS SDK v3: the default credential chain (environment, shared profile, web
 * identity / OIDC), adaptive retries with backoff for throttling, a per-request timeout, and a request
 * counter. Imported only by `connect()`, so the SDK stays out of runs that do not need it.
 */
import {
  CloudFormationClient,
  ListStackResourcesCommand,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
} from '@aws-sdk/client-dynamodb';
import {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION,
  type ConnectOptions,
  type LiveApi,
  type StackResource,
} from './api.ts';
import { collectPages } from './paginate.ts';
import { BoundedRetryStrategy } from './retry.ts';

export async function connectAws(options: ConnectOptions): Promise<LiveApi> {
  let requests = 0;
  const shared = {
    ...(options.region
      ? { region: options.region }
      : options.placeholderCredentials
        ? { region: PLACEHOLDER_REGION }
        : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.placeholderCredentials ? { credentials: PLACEHOLDER_CREDENTIALS } : {}),
    maxAttempts: options.maxAttempts,
    retryStrategy: new BoundedRetryStrategy(options.maxAttempts, options.retryDelay),
    // Without throwOnRequestTimeout the handler only logs a warning and keeps waiting.
    requestHandler: {
      connectionTimeout: options.timeoutMs,
      requestTimeout: options.timeoutMs,
      throwOnRequestTimeout: true,
    },
  };
  const dynamodb = new DynamoDBClient({
    ...shared,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  // The deserialize step runs once per HTTP attempt, retries included.
  const counter = { step: 'deserialize', name: 'dynalintRequestCounter' } as const;
  // The socket timeouts above do not end an answer that trickles in byte by byte: this bounds each
  // operation as a whole, and the drift deadline bounds them all.
  const sendOptions = (): { abortSignal: AbortSignal } => {
    const total = AbortSignal.timeout(options.totalTimeoutMs ?? 3 * options.timeoutMs);
    return { abortSignal: options.signal ? AbortSignal.any([total, options.signal]) : total };
  };
  dynamodb.middlewareStack.add((next) => (args) => ((requests += 1), next(args)), counter);
  let cloudformation: CloudFormationClient | undefined;
  const stacks = (): CloudFormationClient => {
    if (!cloudformation) {
      cloudformation = new CloudFormationClient(shared);
      cloudformation.middlewareStack.add((next) => (args) => ((requests += 1), next(args)), counter);
    }
    return cloudformation;
  };

  return {
    endpoint:
      options.label ??
      (options.endpoint ? endpointLabel(options.endpoint) : await regionalEndpoint(dynamodb)),
    async describeTable(name) {
      return (await dynamodb.send(new DescribeTableCommand({ TableName: name }), sendOptions())).Table;
    },
    async describeTimeToLive(name) {
      return (await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: name }), sendOptions()))
        .TimeToLiveDescription;
    },
    async describeContinuousBackups(name) {
      return (await dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name }), sendOptions()))
        .ContinuousBackupsDescription;
    },
    listTagsOfResource(arn) {
      return collectPages('ListTagsOfResource', async (token) => {
        const page = await dynamodb.send(
          new ListTagsOfResourceCommand({ ResourceArn: arn, ...(token ? { NextToken: token } : {}) }),
          sendOptions(),
        );
        return { items: page.Tags ?? [], next: page.NextToken };
      });
    },
    listTableNames() {
      return collectPages('ListTables', async (token) => {
        const page = await dynamodb.send(
          new ListTablesCommand(token ? { ExclusiveStartTableName: token } : {}),
          sendOptions(),
        );
        return { items: page.TableNames ?? [], next: page.LastEvaluatedTableName };
      });
    },
    listStackResources(stack) {
      if (options.withoutCloudFormation) {
        return Promise.reject(new Error('CloudFormation is not available here'));
      }
      return collectPages('ListStackResources', async (token) => {
        const page = await stacks().send(
          new ListStackResourcesCommand({ StackName: stack, ...(token ? { NextToken: token } : {}) }),
          sendOptions(),
        );
        return { items: (page.StackResourceSummaries ?? []).flatMap(toStackResource), next: page.NextToken };
      });
    },
    calls: () => requests,
    close() {
      dynamodb.destroy();
      cloudformation?.destroy();
    },
  };
}

function toStackResource(summary: StackResourceSummary): StackResource[] {
  const { LogicalResourceId: logicalId, PhysicalResourceId: physicalId, ResourceType: type } = summary;
  return logicalId && physicalId && type ? [{ logicalId, physicalId, type }] : [];
}

async function regionalEndpoint(client: DynamoDBClient): Promise<string> {
  const region = await client.config.region().catch(() => undefined);
  return region ? `dynamodb.${region}.amazonaws.com` : 'DynamoDB (no region configured)';
}

/**
 * How messages and live locations name an `--endpoint`: scheme, host and path. User info and a query
 * (`https://key:secret@host/?X-Amz-Security-Token=…`) can carry credentials, and findings are written to
 * reports and CI logs.
 */
export function endpointLabel(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return endpoint;
  }
}
