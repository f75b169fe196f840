/**
 * Generates rules/resource-schema/schemas.json: JSON Schemas (draft-07, for ajv) of the CloudFormation
 * resources dynalint validates, from the CDK resource database `@aws-cdk/aws-service-spec` (the package CDK
 * generates its L1 classes from; it carries each property's type, `required` and, where the registry schema
 * has one, its enum), plus the value constraints that database does not carry (ranges, lengths, enums the
 * registry schema leaves out), each added below with the AWS page it comes from.
 *
 *   node --import tsx scripts/resource-schemas.ts [path to @aws-cdk/aws-service-spec]
 *
 * The package is a pinned dev dependency, read from node_modules unless another copy (an unpacked
 * `npm pack` of a newer version) is named; its name and version are recorded in the output, which is
 * committed so `dist/` stays self-contained.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';

const RESOURCE_TYPES = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'AWS::Serverless::SimpleTable'];
const OUTPUT = path.resolve(import.meta.dirname, '../rules/resource-schema/schemas.json');
const INSTALLED = path.resolve(import.meta.dirname, '../node_modules/@aws-cdk/aws-service-spec');

// The database's shapes, as far as this script reads them.
type SpecType =
  | {
      type: 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'tag' | 'date-time';
      allowedValues?: string[];
    }
  | { type: 'array' | 'map'; element: SpecType }
  | { type: 'ref'; reference: { $ref: string } }
  | { type: 'union'; types: SpecType[] };
interface SpecProperty {
  type: SpecType;
  required?: boolean;
}
interface SpecEntity {
  $id: string;
  name: string;
  cloudFormationType?: string;
  properties: Record<string, SpecProperty>;
}
interface SpecDatabase {
  schema: { resource: { entities: SpecEntity[] }; typeDefinition: { entities: SpecEntity[] } };
}

type Schema = Record<string, unknown>;

/**
 * A constraint added to the generated schema: at a property of a definition (`definition` is a type name of
 * the database, or `(resource)` for the resource's own properties), for every resource that has it.
 */
interface Constraint {
  readonly resources?: readonly string[];
  readonly definition: string;
  readonly property?: string;
  readonly add: Schema;
  readonly source: string;
}

const DDB_API = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SAM = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';
const DYNAMODB = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'];
const TABLE = ['AWS::DynamoDB::Table'];

const ATTRIBUTE_NAME = { minLength: 1, maxLength: 255 };
const AT_LEAST_ONE = { minimum: 1 };

export const CONSTRAINTS: readonly Constraint[] = [
  // Enums of the DynamoDB API the CloudFormation schema leaves open.
  {
    definition: 'KeySchema',
    property: 'KeyType',
    add: { enum: ['HASH', 'RANGE'] },
    source: `${DDB_API}/API_KeySchemaElement.html`,
  },
  {
    definition: 'StreamSpecification',
    property: 'StreamViewType',
    add: { enum: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] },
    source: `${DDB_API}/API_StreamSpecification.html`,
  },
  {
    definition: '(resource)',
    property: 'TableClass',
    add: { enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] },
    source: `${CFN}/aws-resource-dynamodb-table.html#cfn-dynamodb-table-tableclass`,
  },
  {
    definition: 'ReplicaSpecification',
    property: 'TableClass',
    add: { enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] },
    source: `${CFN}/aws-properties-dynamodb-globaltable-replicaspecification.html`,
  },
  {
    definition: 'Projection',
    property: 'ProjectionType',
    add: { enum: ['ALL', 'KEYS_ONLY', 'INCLUDE'] },
    source: `${DDB_API}/API_Projection.html`,
  },
  {
    definition: 'ImportSourceSpecification',
    property: 'InputFormat',
    add: { enum: ['DYNAMODB_JSON', 'ION', 'CSV'] },
    source: `${DDB_API}/API_ImportTableDescription.html`,
  },
  {
    definition: 'ImportSourceSpecification',
    property: 'InputCompressionType',
    add: { enum: ['GZIP', 'ZSTD', 'NONE'] },
    source: `${DDB_API}/API_ImportTableDescription.html`,
  },
  // "Server-side encryption type. The only supported value is: KMS" (the API also lists AES256, which CloudFormation rejects).
  {
    resources: DYNAMODB,
    definition: 'SSESpecification',
    property: 'SSEType',
    add: { enum: ['KMS'] },
    source: `${CFN}/aws-properties-dynamodb-table-ssespecification.html`,
  },
  {
    resources: TABLE,
    definition: 'SSESpecification',
    add: { dependencies: { KMSMasterKeyId: ['SSEType'] } },
    source: `${CFN}/aws-properties-dynamodb-table-ssespecification.html (cfn-lint E3021 enforces it)`,
  },
  // Lengths and ranges.
  {
    definition: 'KeySchema',
    property: 'AttributeName',
    add: ATTRIBUTE_NAME,
    source: `${DDB_API}/API_KeySchemaElement.html`,
  },
  {
    definition: 'AttributeDefinition',
    property: 'AttributeName',
    add: ATTRIBUTE_NAME,
    source: `${DDB_API}/API_AttributeDefinition.html`,
  },
  {
    definition: 'TimeToLiveSpecification',
    property: 'AttributeName',
    add: ATTRIBUTE_NAME,
    source: `${DDB_API}/API_TimeToLiveSpecification.html`,
  },
  {
    definition: 'Projection',
    property: 'NonKeyAttributes',
    add: { minItems: 1, maxItems: 20, items: ATTRIBUTE_NAME },
    source: `${DDB_API}/API_Projection.html`,
  },
  {
    definition: 'PointInTimeRecoverySpecification',
    property: 'RecoveryPeriodInDays',
    add: { minimum: 1, maximum: 35 },
    source: `${DDB_API}/API_PointInTimeRecoverySpecification.html`,
  },
  {
    definition: 'OnDemandThroughput',
    property: 'MaxReadRequestUnits',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-table-ondemandthroughput.html`,
  },
  {
    definition: 'OnDemandThroughput',
    property: 'MaxWriteRequestUnits',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-table-ondemandthroughput.html`,
  },
  {
    definition: 'ReadOnDemandThroughputSettings',
    property: 'MaxReadRequestUnits',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-globaltable-readondemandthroughputsettings.html`,
  },
  {
    definition: 'WriteOnDemandThroughputSettings',
    property: 'MaxWriteRequestUnits',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-globaltable-writeondemandthroughputsettings.html`,
  },
  {
    definition: 'WarmThroughput',
    property: 'ReadUnitsPerSecond',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-table-warmthroughput.html`,
  },
  {
    definition: 'WarmThroughput',
    property: 'WriteUnitsPerSecond',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-table-warmthroughput.html`,
  },
  {
    definition: 'CapacityAutoScalingSettings',
    property: 'MinCapacity',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html`,
  },
  {
    definition: 'CapacityAutoScalingSettings',
    property: 'MaxCapacity',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-globaltable-capacityautoscalingsettings.html`,
  },
  {
    definition: 'ReadProvisionedThroughputSettings',
    property: 'ReadCapacityUnits',
    add: AT_LEAST_ONE,
    source: `${CFN}/aws-properties-dynamodb-globaltable-readprovisionedthroughputsettings.html`,
  },
  {
    definition: 'Tag',
    property: 'Key',
    add: { minLength: 1, maxLength: 128 },
    source: `${CFN}/aws-properties-resource-tags.html`,
  },
  {
    definition: 'Tag',
    property: 'Value',
    add: { maxLength: 256 },
    source: `${CFN}/aws-properties-resource-tags.html`,
  },
  // A global table is replicated somewhere: at least one replica.
  {
    resources: ['AWS::DynamoDB::GlobalTable'],
    definition: '(resource)',
    property: 'Replicas',
    add: { minItems: 1 },
    source: `${CFN}/aws-resource-dynamodb-globaltable.html#cfn-dynamodb-globaltable-replicas`,
  },
  // SAM: "PrimaryKey: Attribute name and type to be used as the table's primary key" — Name and Type both required.
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'PrimaryKey',
    add: { required: ['Name', 'Type'] },
    source: `${SAM}/sam-property-simpletable-primarykeyobject.html`,
  },
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'PrimaryKey',
    property: 'Type',
    add: { enum: ['String', 'Number', 'Binary'] },
    source: `${SAM}/sam-property-simpletable-primarykeyobject.html`,
  },
  // SimpleTable passes these to AWS::DynamoDB::Table as they are; the database's SimpleTable lags the SAM page.
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: '(resource)',
    property: 'PointInTimeRecoverySpecification',
    add: {
      type: 'object',
      properties: {
        PointInTimeRecoveryEnabled: { type: 'boolean' },
        RecoveryPeriodInDays: { type: 'integer', minimum: 1, maximum: 35 },
      },
      additionalProperties: false,
    },
    source: `${SAM}/sam-resource-simpletable.html`,
  },
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'SSESpecification',
    add: { properties: { KMSMasterKeyId: { type: 'string' }, SSEType: { type: 'string', enum: ['KMS'] } } },
    source: `${SAM}/sam-resource-simpletable.html`,
  },
  // SimpleTable's ProvisionedThroughput is DynamoDB's: both capacities, each at least 1.
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'ProvisionedThroughput',
    add: { required: ['ReadCapacityUnits', 'WriteCapacityUnits'] },
    source: `${DDB_API}/API_ProvisionedThroughput.html`,
  },
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'ProvisionedThroughput',
    property: 'ReadCapacityUnits',
    add: { type: 'integer', minimum: 1 },
    source: `${DDB_API}/API_ProvisionedThroughput.html`,
  },
  {
    resources: ['AWS::Serverless::SimpleTable'],
    definition: 'ProvisionedThroughput',
    property: 'WriteCapacityUnits',
    add: { type: 'integer', minimum: 1 },
    source: `${DDB_API}/API_ProvisionedThroughput.html`,
  },
];

/**
 * Resource attributes every resource has (their values are case-sensitive). `Snapshot` is only for the
 * resource types the pages list as supporting snapshots (RDS, EC2 volumes, ElastiCache, …), which DynamoDB's
 * are not (cfn-lint E3035/E3036 reject it too).
 */
const ATTRIBUTES: Schema = {
  DeletionPolicy: {
    type: 'string',
    enum: ['Delete', 'Retain', 'RetainExceptOnCreate'],
    $comment: `${CFN}/aws-attribute-deletionpolicy.html`,
  },
  UpdateReplacePolicy: {
    type: 'string',
    enum: ['Delete', 'Retain'],
    $comment: `${CFN}/aws-attribute-updatereplacepolicy.html`,
  },
};

const TAG: Schema = {
  type: 'object',
  properties: { Key: { type: 'string' }, Value: { type: 'string' } },
  required: ['Key', 'Value'],
  additionalProperties: false,
};

function resourceSchema(resource: SpecEntity, types: ReadonlyMap<string, SpecEntity>): Schema {
  const definitions: Record<string, Schema> = {};
  const names = new Map<string, string>();
  const convert = (type: SpecType): Schema => {
    switch (type.type) {
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean':
        return type.allowedValues ? { type: type.type, enum: type.allowedValues } : { type: type.type };
      case 'date-time':
        return { type: 'string' };
      case 'json':
        return {};
      case 'tag':
        definitions.Tag ??= structuredClone(TAG);
        return { $ref: '#/definitions/Tag' };
      case 'array':
        return { type: 'array', items: convert(type.element) };
      case 'map':
        return { type: 'object', additionalProperties: convert(type.element) };
      case 'union': {
        // A `json` alternative is the registry's escape hatch for legacy shapes; the typed one is what deploys.
        const typed = type.types.filter((t) => t.type !== 'json');
        return typed.length === 1 ? convert(typed[0] as SpecType) : { anyOf: typed.map(convert) };
      }
      case 'ref': {
        const id = type.reference.$ref;
        let name = names.get(id);
        if (!name) {
          const entity = types.get(id);
          if (!entity) throw new Error(`type ${id} is not in the database`);
          name = definitions[entity.name] ? `${entity.name}${id}` : entity.name;
          names.set(id, name);
          definitions[name] = {};
          definitions[name] = objectSchema(entity.properties, convert);
        }
        return { $ref: `#/definitions/${name}` };
      }
    }
  };
  const properties = objectSchema(resource.properties, convert);
  const type = resource.cloudFormationType as string;
  for (const constraint of CONSTRAINTS) {
    if (constraint.resources && !constraint.resources.includes(type)) continue;
    const targets =
      constraint.definition === '(resource)'
        ? [properties]
        : Object.entries(definitions)
            .filter(([name]) => name.replace(/\d+$/, '') === constraint.definition)
            .map(([, schema]) => schema);
    for (const target of targets) apply(target, constraint);
  }
  return {
    $comment: `${type}: properties and types from the resource database; constraints with a $comment are added from the page it names`,
    type: 'object',
    properties: { Properties: properties, ...ATTRIBUTES },
    definitions,
  };
}

function objectSchema(properties: Record<string, SpecProperty>, convert: (t: SpecType) => Schema): Schema {
  const required = Object.keys(properties).filter((name) => properties[name]?.required);
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(properties)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, property]) => [name, convert(property.type)]),
    ),
    ...(required.length ? { required: required.sort() } : {}),
    additionalProperties: false,
  };
}

function apply(target: Schema, constraint: Constraint): void {
  const { items, required, properties: added, ...rest } = constraint.add;
  if (constraint.property === undefined) {
    if (Array.isArray(required))
      target.required = [
        ...new Set([...((target.required as string[] | undefined) ?? []), ...required]),
      ].sort();
    if (added) target.properties = { ...(target.properties as Schema), ...(added as Schema) };
    Object.assign(target, rest);
    appendComment(target, constraint.source);
    return;
  }
  const properties = target.properties as Record<string, Schema>;
  // A property the database does not know yet (it lags the published documentation) is added whole.
  const property = (properties[constraint.property] ??= {});
  Object.assign(property, rest, added ? { properties: added } : {}, required ? { required } : {});
  // Array constraints on an array's items go into `items`.
  if (items) property.items = { ...(property.items as Schema), ...(items as Schema) };
  appendComment(property, constraint.source);
}

function appendComment(schema: Schema, source: string): void {
  schema.$comment = schema.$comment ? `${String(schema.$comment)}; ${source}` : source;
}

async function main(): Promise<void> {
  const packageDir = process.argv[2] ?? INSTALLED;
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const database = JSON.parse(
    gunzipSync(readFileSync(path.join(packageDir, 'db.json.gz'))).toString('utf8'),
  ) as SpecDatabase;
  const types = new Map(database.schema.typeDefinition.entities.map((t) => [t.$id, t]));
  const resources: Record<string, Schema> = {};
  for (const type of RESOURCE_TYPES) {
    const resource = database.schema.resource.entities.find((r) => r.cloudFormationType === type);
    if (!resource) throw new Error(`${type} is not in ${manifest.name}@${manifest.version}`);
    resources[type] = resourceSchema(resource, types);
  }
  const output = {
    $comment: `Generated by scripts/resource-schemas.ts; do not edit. Source: ${manifest.name}@${manifest.version}, with the constraints listed in the script.`,
    source: { package: manifest.name, version: manifest.version },
    resources,
  };
  // Formatted as the repository formats JSON, so `prettier --check` passes on the committed file.
  const options = { ...(await resolveConfig(OUTPUT)), parser: 'json' };
  writeFileSync(OUTPUT, await format(JSON.stringify(output), options));
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)} from ${manifest.name}@${manifest.version}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
