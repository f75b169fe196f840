/**
 * Generates rules/resource-schema/terraform-schemas.json: JSON Schemas (draft-07, for ajv) of the Terraform
 * AWS provider resources dynalint validates, as the loader evaluates them (arguments as values, nested
 * blocks as lists of objects), from the prebuilt provider bindings `@cdktn/provider-aws` (CDK Terrain's
 * package, generated from the provider's own schema: its jsii assembly names each argument and block, its
 * type, whether it is required and whether a block may appear once or many times), plus the value
 * constraints the provider enforces with validators the bindings do not carry (enums, ranges, lengths,
 * integers), each added below with the page it comes from.
 *
 *   npm pack @cdktn/provider-aws@<version> --pack-destination /tmp/tf && tar xzf /tmp/tf/*.tgz -C /tmp/tf
 *   node --import tsx scripts/terraform-schemas.ts /tmp/tf/package
 *
 * The package (45 MB packed) is not a dependency: it is read from the path given. Its name, version and the
 * provider version it binds are recorded in the output, which is committed so `dist/` stays self-contained.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

const OUTPUT = path.resolve(import.meta.dirname, '../rules/resource-schema/terraform-schemas.json');

/** Resource type → the jsii namespace and config struct of its bindings. */
const RESOURCES: Readonly<Record<string, { namespace: string; config: string }>> = {
  aws_dynamodb_table: { namespace: 'dynamodbTable', config: 'DynamodbTableConfig' },
  aws_dynamodb_table_replica: { namespace: 'dynamodbTableReplica', config: 'DynamodbTableReplicaAConfig' },
  aws_dynamodb_global_secondary_index: {
    namespace: 'dynamodbGlobalSecondaryIndex',
    config: 'DynamodbGlobalSecondaryIndexConfig',
  },
  aws_dynamodb_global_table: { namespace: 'dynamodbGlobalTable', config: 'DynamodbGlobalTableConfig' },
};

// The jsii assembly, as far as this script reads it.
type JsiiType =
  | { primitive: 'string' | 'number' | 'boolean' | 'any' | 'json' }
  | { fqn: string }
  | { collection: { kind: 'array' | 'map'; elementtype: JsiiType } }
  | { union: { types: JsiiType[] } };
interface JsiiProperty {
  name: string;
  optional?: boolean;
  type: JsiiType;
  docs: { summary?: string; remarks?: string };
}
interface JsiiStruct {
  fqn: string;
  properties?: JsiiProperty[];
}
interface JsiiAssembly {
  name: string;
  version: string;
  types: Record<string, JsiiStruct>;
}

type Schema = Record<string, unknown>;

const TF = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources';
const DDB_API = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference';

/** A constraint added at `path` (argument names, `*` for every item of a block) of the resources named. */
interface Constraint {
  readonly resources: readonly string[];
  readonly path: readonly string[];
  readonly add: Schema;
  readonly source: string;
}

const TABLE = ['aws_dynamodb_table'];
const GSI = ['aws_dynamodb_global_secondary_index'];
const ATTRIBUTE_NAME = { minLength: 1, maxLength: 255 };
const PROJECTION = { enum: ['ALL', 'INCLUDE', 'KEYS_ONLY'] };
const TABLE_CLASS = { enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] };
const INTEGER = { type: 'integer' };

/**
 * `billing_mode` values and `attribute` types are left to the billing-mode and key-attribute-definitions
 * rules, which judge them on every format: one problem, one finding.
 */
export const CONSTRAINTS: readonly Constraint[] = [
  // The provider accepts an empty string as "not set" here.
  {
    resources: TABLE,
    path: ['stream_view_type'],
    add: { enum: ['', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] },
    source: `${TF}/dynamodb_table#stream_view_type`,
  },
  { resources: TABLE, path: ['table_class'], add: TABLE_CLASS, source: `${TF}/dynamodb_table#table_class` },
  {
    resources: ['aws_dynamodb_table_replica'],
    path: ['table_class_override'],
    add: TABLE_CLASS,
    source: `${TF}/dynamodb_table_replica#table_class_override`,
  },
  { resources: TABLE, path: ['read_capacity'], add: INTEGER, source: `${TF}/dynamodb_table#read_capacity` },
  { resources: TABLE, path: ['write_capacity'], add: INTEGER, source: `${TF}/dynamodb_table#write_capacity` },
  {
    resources: TABLE,
    path: ['attribute', '*', 'name'],
    add: ATTRIBUTE_NAME,
    source: `${DDB_API}/API_AttributeDefinition.html`,
  },
  {
    resources: TABLE,
    path: ['global_secondary_index', '*', 'projection_type'],
    add: PROJECTION,
    source: `${TF}/dynamodb_table#projection_type`,
  },
  {
    resources: TABLE,
    path: ['global_secondary_index', '*', 'non_key_attributes'],
    add: { maxItems: 20, items: ATTRIBUTE_NAME },
    source: `${DDB_API}/API_Projection.html`,
  },
  {
    resources: TABLE,
    path: ['global_secondary_index', '*', 'read_capacity'],
    add: INTEGER,
    source: `${TF}/dynamodb_table#read_capacity`,
  },
  {
    resources: TABLE,
    path: ['global_secondary_index', '*', 'write_capacity'],
    add: INTEGER,
    source: `${TF}/dynamodb_table#write_capacity`,
  },
  {
    resources: TABLE,
    path: ['global_secondary_index', '*', 'key_schema', '*', 'key_type'],
    add: { enum: ['HASH', 'RANGE'] },
    source: `${DDB_API}/API_KeySchemaElement.html`,
  },
  {
    resources: TABLE,
    path: ['local_secondary_index', '*', 'projection_type'],
    add: PROJECTION,
    source: `${TF}/dynamodb_table#projection_type`,
  },
  {
    resources: TABLE,
    path: ['local_secondary_index', '*', 'non_key_attributes'],
    add: { maxItems: 20, items: ATTRIBUTE_NAME },
    source: `${DDB_API}/API_Projection.html`,
  },
  {
    resources: TABLE,
    path: ['point_in_time_recovery', '*', 'recovery_period_in_days'],
    add: { type: 'integer', minimum: 1, maximum: 35 },
    source: `${TF}/dynamodb_table#recovery_period_in_days`,
  },
  {
    resources: TABLE,
    path: ['ttl', '*', 'attribute_name'],
    add: { maxLength: 255 },
    source: `${DDB_API}/API_TimeToLiveSpecification.html`,
  },
  {
    resources: TABLE,
    path: ['replica', '*', 'consistency_mode'],
    add: { enum: ['EVENTUAL', 'STRONG'] },
    source: `${TF}/dynamodb_table#consistency_mode`,
  },
  {
    resources: TABLE,
    path: ['import_table', '*', 'input_format'],
    add: { enum: ['CSV', 'DYNAMODB_JSON', 'ION'] },
    source: `${TF}/dynamodb_table#input_format`,
  },
  {
    resources: TABLE,
    path: ['import_table', '*', 'input_compression_type'],
    add: { enum: ['GZIP', 'NONE', 'ZSTD'] },
    source: `${TF}/dynamodb_table#input_compression_type`,
  },
  {
    resources: GSI,
    path: ['projection', '*', 'projection_type'],
    add: PROJECTION,
    source: `${TF}/dynamodb_global_secondary_index#projection_type`,
  },
  {
    resources: GSI,
    path: ['projection', '*', 'non_key_attributes'],
    add: { maxItems: 20, items: ATTRIBUTE_NAME },
    source: `${DDB_API}/API_Projection.html`,
  },
  {
    resources: GSI,
    path: ['key_schema', '*', 'key_type'],
    add: { enum: ['HASH', 'RANGE'] },
    source: `${TF}/dynamodb_global_secondary_index#key_type`,
  },
  {
    resources: GSI,
    path: ['key_schema', '*', 'attribute_type'],
    add: { enum: ['S', 'N', 'B'] },
    source: `${TF}/dynamodb_global_secondary_index#attribute_type`,
  },
  // A legacy global table replicates somewhere: `replica` is required.
  {
    resources: ['aws_dynamodb_global_table'],
    path: ['replica'],
    add: { minItems: 1 },
    source: `${TF}/dynamodb_global_table#replica`,
  },
];

/** The argument's name in Terraform: the anchor of its registry link (`…/dynamodb_table#hash_key`). */
function terraformName(property: JsiiProperty): string {
  const text = `${property.docs.summary ?? ''} ${property.docs.remarks ?? ''}`;
  const anchor = /docs\/resources\/[a-z0-9_]+#([a-z0-9_]+) /.exec(text)?.[1];
  if (!anchor) throw new Error(`no Terraform name for ${property.name}`);
  return anchor;
}

/** `IResolvable | T` (a token) is T as written in configuration. */
function withoutTokens(type: JsiiType): JsiiType {
  if (!('union' in type)) return type;
  const types = type.union.types.filter((t) => !('fqn' in t && t.fqn.startsWith('cdktn.')));
  if (types.length !== 1) throw new Error(`unexpected union ${JSON.stringify(type)}`);
  return types[0] as JsiiType;
}

function blockSchema(assembly: JsiiAssembly, fqn: string): Schema {
  const struct = assembly.types[fqn];
  if (!struct) throw new Error(`${fqn} is not in ${assembly.name}`);
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const property of struct.properties ?? []) {
    const name = terraformName(property);
    properties[name] = valueSchema(assembly, withoutTokens(property.type));
    if (!property.optional) required.push(name);
  }
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b))),
    ...(required.length ? { required: required.sort() } : {}),
    additionalProperties: false,
  };
}

/**
 * Nested blocks are lists of objects in the evaluated tree: a block the bindings type as one struct (the
 * provider's `MaxItems: 1`) may appear at most once.
 */
function valueSchema(assembly: JsiiAssembly, type: JsiiType): Schema {
  if ('primitive' in type) {
    return type.primitive === 'any' || type.primitive === 'json' ? {} : { type: type.primitive };
  }
  if ('fqn' in type) return { type: 'array', maxItems: 1, items: blockSchema(assembly, type.fqn) };
  if ('collection' in type) {
    const element = withoutTokens(type.collection.elementtype);
    if (type.collection.kind === 'map') {
      return { type: 'object', additionalProperties: valueSchema(assembly, element) };
    }
    if ('fqn' in element) return { type: 'array', items: blockSchema(assembly, element.fqn) };
    return { type: 'array', items: valueSchema(assembly, element) };
  }
  throw new Error(`unexpected type ${JSON.stringify(type)}`);
}

function apply(root: Schema, constraint: Constraint): void {
  let node = root;
  for (const step of constraint.path) {
    const next = step === '*' ? node.items : (node.properties as Record<string, Schema> | undefined)?.[step];
    if (!next) throw new Error(`${constraint.path.join('.')} is not in the schema (${constraint.source})`);
    node = next as Schema;
  }
  const { items, ...rest } = constraint.add;
  Object.assign(node, rest);
  if (items) node.items = { ...(node.items as Schema), ...(items as Schema) };
  node.$comment = node.$comment ? `${String(node.$comment)}; ${constraint.source}` : constraint.source;
}

async function main(): Promise<void> {
  const packageDir = process.argv[2];
  if (!packageDir) {
    console.error(
      'usage: node --import tsx scripts/terraform-schemas.ts <path to the unpacked @cdktn/provider-aws>',
    );
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    cdktf?: { provider?: { name: string; version: string } };
  };
  const assembly = JSON.parse(readFileSync(path.join(packageDir, '.jsii'), 'utf8')) as JsiiAssembly;
  const resources: Record<string, Schema> = {};
  for (const [type, { namespace, config }] of Object.entries(RESOURCES)) {
    const schema = blockSchema(assembly, `${assembly.name}.${namespace}.${config}`);
    for (const constraint of CONSTRAINTS) if (constraint.resources.includes(type)) apply(schema, constraint);
    resources[type] = {
      $comment: `${type}: arguments, blocks and types from the provider bindings; constraints with a $comment are added from the page it names`,
      ...schema,
    };
  }
  const provider = manifest.cdktf?.provider;
  const output = {
    $comment: `Generated by scripts/terraform-schemas.ts; do not edit. Source: ${manifest.name}@${manifest.version}, with the constraints listed in the script.`,
    source: {
      package: manifest.name,
      version: manifest.version,
      ...(provider ? { provider: provider.name, providerVersion: provider.version } : {}),
    },
    resources,
  };
  const options = { ...(await resolveConfig(OUTPUT)), parser: 'json' };
  writeFileSync(OUTPUT, await format(JSON.stringify(output), options));
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)} from ${manifest.name}@${manifest.version}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
