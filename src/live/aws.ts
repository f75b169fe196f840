/**
 * `LiveApi` over the AWS SDK v3: the default credential chain (environment, shared profile, web
 * identity / OIDC), adaptive retries with backoff for throttling, a per-request timeout, and a request
 * counter. Imported only by `connect()`, so the SDK stays out of runs that do not need it.
 */
import {
  CloudFormationClient,
  paginateListStackResources,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  paginateListTables,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION,
  type ConnectOptions,
  type LiveApi,
  type StackResource,
} from './api.ts';

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
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts,
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
    endpoint: options.label ?? options.endpoint ?? (await regionalEndpoint(dynamodb)),
    async describeTable(name) {
      const output = await dynamodb.send(new DescribeTableCommand({ TableName: name }));
      if (!output.Table) throw new Error(`DescribeTable returned no table for ${name}`);
      return output.Table;
    },
    async describeTimeToLive(name) {
      return (await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription;
    },
    async describeContinuousBackups(name) {
      return (await dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name })))
        .ContinuousBackupsDescription;
    },
    async listTagsOfResource(arn) {
      const tags: Tag[] = [];
      let token: string | undefined;
      do {
        const page = await dynamodb.send(
          new ListTagsOfResourceCommand({ ResourceArn: arn, ...(token ? { NextToken: token } : {}) }),
        );
        tags.push(...(page.Tags ?? []));
        token = page.NextToken;
      } while (token);
      return tags;
    },
    async listTableNames() {
      const names: string[] = [];
      for await (const page of paginateListTables({ client: dynamodb }, {})) {
        names.push(...(page.TableNames ?? []));
      }
      return names;
    },
    async listStackResources(stack) {
      if (options.withoutCloudFormation) throw new Error('CloudFormation is not available here');
      const resources: StackResource[] = [];
      for await (const page of paginateListStackResources({ client: stacks() }, { StackName: stack })) {
        resources.push(...(page.StackResourceSummaries ?? []).flatMap(toStackResource));
      }
      return resources;
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
