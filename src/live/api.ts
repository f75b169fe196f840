/**
 * What dynalint asks of AWS, as plain functions over SDK shapes. The SDK-backed implementation lives in
 * `aws.ts` and is imported on demand, so runs without drift never load the AWS SDK.
 */
import type {
  ContinuousBackupsDescription,
  TableDescription,
  Tag as SdkTag,
  TimeToLiveDescription,
} from '@aws-sdk/client-dynamodb';
import type { RetryDelay } from './retry.ts';

/**
 * Local servers accept any signature; these keep real credentials away from them. DynamoDB Local
 * rejects access key ids with characters other than letters and digits.
 */
export const PLACEHOLDER_CREDENTIALS = {
  accessKeyId: 'dynalintlocal',
  secretAccessKey: 'dynalintlocal',
} as const;
/** A region for local servers when none is configured (they ignore it). */
export const PLACEHOLDER_REGION = 'us-east-1';

export interface StackResource {
  readonly logicalId: string;
  readonly physicalId: string;
  readonly type: string;
}

export interface LiveApi {
  /** Where requests go, for messages: `https://dynamodb.eu-west-1.amazonaws.com` or the `--endpoint`. */
  readonly endpoint: string;
  /** The answer as given: `describeTables` checks its shape before believing it. */
  describeTable(name: string): Promise<TableDescription | undefined>;
  describeTimeToLive(name: string): Promise<TimeToLiveDescription | undefined>;
  describeContinuousBackups(name: string): Promise<ContinuousBackupsDescription | undefined>;
  listTagsOfResource(arn: string): Promise<SdkTag[]>;
  listTableNames(): Promise<string[]>;
  listStackResources(stack: string): Promise<StackResource[]>;
  /** Requests sent so far (each SDK attempt of one operation counts once). */
  calls(): number;
  close(): void;
}

export interface ConnectOptions {
  readonly endpoint?: string;
  /** How messages name the endpoint (default: its URL, or the regional AWS endpoint). */
  readonly label?: string;
  readonly region?: string;
  readonly profile?: string;
  /** Per request: connecting, and silence on the socket, in milliseconds. */
  readonly timeoutMs: number;
  /** One operation from start to end, retries included (a trickling answer); default 3 × `timeoutMs`. */
  readonly totalTimeoutMs?: number;
  readonly maxAttempts: number;
  /** Back-off before each retry; default exponential with jitter. */
  readonly retryDelay?: RetryDelay;
  /** Aborts every request when it fires: the drift deadline. */
  readonly signal?: AbortSignal;
  /**
   * Sign with these instead of the default credential chain (local servers accept any; real
   * credentials have no business going to them).
   */
  readonly placeholderCredentials?: boolean;
  /** Do not ask CloudFormation (the endpoint serves DynamoDB only). */
  readonly withoutCloudFormation?: boolean;
}

/**
 * The SDK warns on Node 20 that its releases after January 2027 need Node 22; dynalint bundles a fixed
 * SDK release, so the warning asks users for something they cannot act on. This is the SDK's switch.
 */
export function silenceSdkNodeWarning(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

/** The SDK-backed `LiveApi`, loaded lazily. */
export async function connect(options: ConnectOptions): Promise<LiveApi> {
  silenceSdkNodeWarning();
  const { connectAws } = await import('./aws.ts');
  return connectAws(options);
}
