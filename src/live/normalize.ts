/**
 * A described live table → `TableModel` (`source.format: 'live'`), so drift is a comparison of two
 * models. Absent fields take the values AWS documents for their absence (no `BillingModeSummary` is
 * PROVISIONED, no `SSEDescription` is encryption with an AWS owned key, no `TableClassSummary` is
 * STANDARD). A setting the server cannot report is `unknown`, never a guessed default.
 */
import type {
  ContinuousBackupsDescription,
  GlobalSecondaryIndexDescription,
  KeySchemaElement,
  LocalSecondaryIndexDescription,
  Projection as SdkProjection,
  ProvisionedThroughputDescription,
  TableDescription,
  Tag as SdkTag,
  TimeToLiveDescription,
} from '@aws-sdk/client-dynamodb';
import {
  known,
  unknown,
  type IndexModel,
  type KeyElement,
  type Location,
  type Projection,
  type Prop,
  type SseSpec,
  type Tag,
  type TableModel,
  type Throughput,
  type TtlSpec,
} from '../model.ts';

/** Table settings read from operations other than DescribeTable, or that a server may not keep. */
export type LiveSetting =
  'stream' | 'ttl' | 'pointInTimeRecovery' | 'sse' | 'tableClass' | 'deletionProtection' | 'tags';

export const LIVE_SETTING_LABELS: Readonly<Record<LiveSetting, string>> = {
  stream: 'stream',
  ttl: 'TTL',
  pointInTimeRecovery: 'point-in-time recovery',
  sse: 'server-side encryption',
  tableClass: 'table class',
  deletionProtection: 'deletion protection',
  tags: 'tags',
};

export interface LiveReadings {
  readonly table: TableDescription;
  /** Each is `undefined` when its operation was not answered; `gaps` says why. */
  readonly ttl?: TimeToLiveDescription;
  readonly continuousBackups?: ContinuousBackupsDescription;
  readonly tags?: readonly SdkTag[];
  /** Settings that could not be read, with the reason (`not supported by …`, `access denied …`). */
  readonly gaps: ReadonlyMap<LiveSetting, string>;
}

/** Where a live table is, for findings about it: its ARN, or the endpoint and name. */
export function liveLocation(
  table: Pick<TableDescription, 'TableArn' | 'TableName'>,
  endpoint: string,
): Location {
  const file = table.TableArn ?? `${endpoint}/${table.TableName ?? ''}`;
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, live: true };
}

export function liveTableModel(readings: LiveReadings, endpoint: string): TableModel {
  const { table, gaps } = readings;
  const location = liveLocation(table, endpoint);
  const name = table.TableName ?? '';
  const setting = <T>(key: LiveSetting, read: () => T): Prop<T> => {
    const gap = gaps.get(key);
    return gap === undefined ? known(read(), location) : unknown(gap, location);
  };
  const throughput = liveThroughput(table.ProvisionedThroughput, location);
  return {
    id: name,
    resourceType: 'AWS::DynamoDB::Table',
    source: { file: location.file, format: 'live' },
    location,
    name: known(name, location),
    keySchema: known(keyElements(table.KeySchema, location), location),
    attributes: known(
      (table.AttributeDefinitions ?? []).map((a) => ({
        name: a.AttributeName ?? '',
        type: a.AttributeType ?? '',
        location,
      })),
      location,
    ),
    billingMode: known(table.BillingModeSummary?.BillingMode ?? 'PROVISIONED', location),
    ...(throughput ? { throughput } : {}),
    globalIndexes: known(
      (table.GlobalSecondaryIndexes ?? []).map((i) => liveIndex('global', i, location)),
      location,
    ),
    localIndexes: known(
      (table.LocalSecondaryIndexes ?? []).map((i) => liveIndex('local', i, location)),
      location,
    ),
    stream: setting('stream', () =>
      table.StreamSpecification?.StreamEnabled
        ? { enabled: true, viewType: table.StreamSpecification.StreamViewType }
        : { enabled: false },
    ),
    ttl: setting('ttl', (): TtlSpec => liveTtl(readings.ttl)),
    pointInTimeRecovery: setting(
      'pointInTimeRecovery',
      () =>
        readings.continuousBackups?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED',
    ),
    sse: setting('sse', (): SseSpec => {
      const sse = table.SSEDescription;
      const enabled = sse?.Status === 'ENABLED' || sse?.Status === 'ENABLING' || sse?.Status === 'UPDATING';
      return enabled ? { enabled, ...(sse.SSEType ? { type: sse.SSEType } : {}) } : { enabled: false };
    }),
    tableClass: setting('tableClass', () => table.TableClassSummary?.TableClass ?? 'STANDARD'),
    deletionProtection: setting('deletionProtection', () => table.DeletionProtectionEnabled ?? false),
    tags: setting('tags', (): readonly Tag[] =>
      (readings.tags ?? []).map((t) => ({
        key: t.Key ?? '',
        value: known(t.Value ?? '', location),
        location,
      })),
    ),
  };
}

function liveTtl(ttl: TimeToLiveDescription | undefined): TtlSpec {
  const status = ttl?.TimeToLiveStatus;
  const enabled = status === 'ENABLED' || status === 'ENABLING';
  return enabled ? { enabled, ...(ttl?.AttributeName ? { attribute: ttl.AttributeName } : {}) } : { enabled };
}

function keyElements(schema: readonly KeySchemaElement[] | undefined, location: Location): KeyElement[] {
  return (schema ?? []).map((k) => ({
    attribute: k.AttributeName ?? '',
    role: k.KeyType === 'HASH' ? 'partition' : 'sort',
    location,
  }));
}

function liveIndex(
  kind: 'global' | 'local',
  index: GlobalSecondaryIndexDescription | LocalSecondaryIndexDescription,
  location: Location,
): IndexModel {
  const throughput =
    'ProvisionedThroughput' in index ? liveThroughput(index.ProvisionedThroughput, location) : undefined;
  return {
    kind,
    name: known(index.IndexName ?? '', location),
    keySchema: known(keyElements(index.KeySchema, location), location),
    projection: known(liveProjection(index.Projection, location), location),
    ...(throughput ? { throughput } : {}),
    location,
  };
}

function liveProjection(projection: SdkProjection | undefined, location: Location): Projection {
  return {
    type: projection?.ProjectionType ?? 'ALL',
    nonKeyAttributes: projection?.NonKeyAttributes ?? [],
    location,
  };
}

function liveThroughput(
  throughput: ProvisionedThroughputDescription | undefined,
  location: Location,
): Throughput | undefined {
  if (!throughput) return undefined;
  return {
    ...(throughput.ReadCapacityUnits !== undefined
      ? { read: known(throughput.ReadCapacityUnits, location) }
      : {}),
    ...(throughput.WriteCapacityUnits !== undefined
      ? { write: known(throughput.WriteCapacityUnits, location) }
      : {}),
    location,
  };
}
