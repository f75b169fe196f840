/**
 * The shape of each DynamoDB answer, checked (ajv) on the fields drift reads before any is believed: a
 * broken endpoint or proxy must not produce drift. An answer that fails is an `InvalidAnswerError`
 * naming the first bad field; the table (or the setting) is then not checked.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** The endpoint answered, but not with something DynamoDB would send. */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
}

const name = { type: 'string', minLength: 1 } as const;

const keyElement = {
  type: 'object',
  required: ['AttributeName', 'KeyType'],
  properties: { AttributeName: name, KeyType: { enum: ['HASH', 'RANGE'] } },
} as const;

/** A table's key: a partition key and at most one sort key. */
const keySchema = { type: 'array', minItems: 1, maxItems: 2, items: keyElement } as const;

/** An index's key may have several attributes per role (multi-attribute keys). */
const indexKeySchema = { type: 'array', minItems: 1, items: keyElement } as const;

const throughput = {
  type: 'object',
  properties: {
    ReadCapacityUnits: { type: 'number', minimum: 0 },
    WriteCapacityUnits: { type: 'number', minimum: 0 },
  },
} as const;

const projection = {
  type: 'object',
  properties: {
    ProjectionType: { enum: ['ALL', 'KEYS_ONLY', 'INCLUDE'] },
    NonKeyAttributes: { type: 'array', items: { type: 'string' } },
  },
} as const;

const index = {
  type: 'object',
  required: ['IndexName', 'KeySchema'],
  properties: {
    IndexName: name,
    KeySchema: indexKeySchema,
    Projection: projection,
    ProvisionedThroughput: throughput,
  },
} as const;

const TABLE = {
  type: 'object',
  required: ['TableName', 'KeySchema', 'AttributeDefinitions'],
  properties: {
    TableName: name,
    TableArn: name,
    KeySchema: keySchema,
    AttributeDefinitions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['AttributeName', 'AttributeType'],
        properties: { AttributeName: name, AttributeType: { enum: ['S', 'N', 'B'] } },
      },
    },
    BillingModeSummary: {
      type: 'object',
      properties: { BillingMode: { enum: ['PROVISIONED', 'PAY_PER_REQUEST'] } },
    },
    ProvisionedThroughput: throughput,
    GlobalSecondaryIndexes: { type: 'array', items: index },
    LocalSecondaryIndexes: { type: 'array', items: index },
    StreamSpecification: {
      type: 'object',
      required: ['StreamEnabled'],
      properties: {
        StreamEnabled: { type: 'boolean' },
        StreamViewType: { enum: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] },
      },
    },
    SSEDescription: {
      type: 'object',
      properties: {
        Status: { enum: ['ENABLING', 'ENABLED', 'DISABLING', 'DISABLED', 'UPDATING'] },
        SSEType: { enum: ['AES256', 'KMS'] },
      },
    },
    TableClassSummary: {
      type: 'object',
      properties: { TableClass: { enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] } },
    },
    DeletionProtectionEnabled: { type: 'boolean' },
  },
} as const;

const TIME_TO_LIVE = {
  type: 'object',
  required: ['TimeToLiveStatus'],
  properties: {
    TimeToLiveStatus: { enum: ['ENABLING', 'DISABLING', 'ENABLED', 'DISABLED'] },
    AttributeName: name,
  },
} as const;

const CONTINUOUS_BACKUPS = {
  type: 'object',
  required: ['ContinuousBackupsStatus', 'PointInTimeRecoveryDescription'],
  properties: {
    ContinuousBackupsStatus: { enum: ['ENABLED', 'DISABLED'] },
    PointInTimeRecoveryDescription: {
      type: 'object',
      required: ['PointInTimeRecoveryStatus'],
      properties: { PointInTimeRecoveryStatus: { enum: ['ENABLED', 'DISABLED'] } },
    },
  },
} as const;

const TAGS = {
  type: 'array',
  items: {
    type: 'object',
    required: ['Key', 'Value'],
    properties: { Key: { type: 'string' }, Value: { type: 'string' } },
  },
} as const;

const TABLE_NAMES = { type: 'array', items: name } as const;

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function check(schema: object, value: unknown, what: string): void {
  ajv ??= new Ajv({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true });
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(value)) throw new InvalidAnswerError(`${what}: ${describe(validate.errors?.[0])}`);
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'unexpected shape';
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the answer';
  if (error.keyword === 'enum') {
    return `${where} is ${JSON.stringify(error.data)}, not one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  if (error.keyword === 'required') return `${where} has no ${String(error.params.missingProperty)}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

/** A DescribeTable answer for `requested`: the fields drift reads, and the right table. */
export function checkTableAnswer(table: unknown, requested: string): void {
  if (table === undefined || table === null) throw new InvalidAnswerError('DescribeTable returned no Table');
  check(TABLE, table, 'DescribeTable answered with an invalid Table');
  const answered = (table as { TableName: string }).TableName;
  if (answered !== requested) {
    throw new InvalidAnswerError(`DescribeTable for ${requested} answered about another table (${answered})`);
  }
}

export function checkTimeToLiveAnswer(description: unknown): void {
  if (description === undefined)
    throw new InvalidAnswerError('DescribeTimeToLive returned no TimeToLiveDescription');
  check(TIME_TO_LIVE, description, 'DescribeTimeToLive answered with an invalid TimeToLiveDescription');
}

export function checkContinuousBackupsAnswer(description: unknown): void {
  if (description === undefined) {
    throw new InvalidAnswerError('DescribeContinuousBackups returned no ContinuousBackupsDescription');
  }
  check(
    CONTINUOUS_BACKUPS,
    description,
    'DescribeContinuousBackups answered with an invalid ContinuousBackupsDescription',
  );
}

export function checkTagsAnswer(tags: unknown): void {
  check(TAGS, tags, 'ListTagsOfResource answered with invalid Tags');
}

export function checkTableNamesAnswer(names: unknown): void {
  check(TABLE_NAMES, names, 'ListTables answered with invalid TableNames');
}
