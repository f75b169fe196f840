/**
 * The shared vocabulary of dynalint. Loaders produce these shapes, rules read them, reporters print
 * findings. Nothing here knows about a particular IaC format, rule or output.
 */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 1-based, end-inclusive line and column span; `file` is relative to the working directory, `/`-separated. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `file` names a live table (its ARN, or endpoint/name), not a file: SARIF gives it a logical location. */
  readonly live?: true;
  /**
   * Where a generated file holds what this source location wrote (a synthesized CDK template's line for a
   * construct's property): a finding here lists it as a related location.
   */
  readonly generated?: Location;
}

/** A value read from a source, with where it was written (or, when `defaulted`, where it would be). */
export interface Known<T> {
  readonly known: true;
  readonly value: T;
  readonly location: Location;
  /** The source does not set it; `value` is the format's documented default. */
  readonly defaulted?: boolean;
}

/** A value the source sets but that cannot be known statically (an unresolved `!Ref`, `${opt:stage}`, `var.x`). */
export interface Unknown {
  readonly known: false;
  readonly reason: string;
  readonly location: Location;
}

export type Prop<T> = Known<T> | Unknown;

export type SourceFormat =
  'cloudformation' | 'sam' | 'cdk' | 'serverless' | 'terraform' | 'terraform-plan' | 'live';

export interface TableSource {
  readonly file: string;
  readonly format: SourceFormat;
  /** CloudFormation/CDK stack name when the format names one. */
  readonly stack?: string;
  /** CDK construct path from `aws:cdk:path` metadata. */
  readonly constructPath?: string;
}

export type KeyRole = 'partition' | 'sort';

export interface KeyElement {
  readonly attribute: string;
  readonly role: KeyRole;
  readonly location: Location;
}

export interface AttributeDefinition {
  readonly name: string;
  /** As written (`S`, `N`, `B`, or anything else a rule may reject). */
  readonly type: string;
  readonly location: Location;
}

export interface Throughput {
  readonly read?: Prop<number>;
  readonly write?: Prop<number>;
  readonly location: Location;
}

export interface Projection {
  /** `ALL`, `KEYS_ONLY` or `INCLUDE` as written. */
  readonly type: string;
  readonly nonKeyAttributes: readonly string[];
  readonly location: Location;
}

export interface IndexModel {
  readonly kind: 'global' | 'local';
  readonly name: Prop<string>;
  readonly keySchema: Prop<readonly KeyElement[]>;
  readonly projection?: Prop<Projection>;
  readonly throughput?: Throughput;
  /** Application Auto Scaling (or a GlobalTable autoscaling setting) manages this index's capacity. */
  readonly autoscaled?: boolean;
  readonly location: Location;
}

export interface StreamSpec {
  readonly enabled: boolean;
  readonly viewType?: string;
}

export interface TtlSpec {
  readonly enabled: boolean;
  readonly attribute?: string;
}

export interface SseSpec {
  readonly enabled: boolean;
  /** `KMS` or `AES256` as written; absent when the format leaves it to AWS. */
  readonly type?: string;
  readonly kmsKey?: Prop<string>;
}

export interface Tag {
  readonly key: string;
  readonly value: Prop<string>;
  readonly location: Location;
}

export interface ReplicaModel {
  readonly region: Prop<string>;
  readonly location: Location;
  readonly pointInTimeRecovery?: Prop<boolean>;
  readonly deletionProtection?: Prop<boolean>;
  readonly tableClass?: Prop<string>;
  readonly tags?: Prop<readonly Tag[]>;
  /** A GlobalTable replica's `SSESpecification.KMSMasterKeyId`: the table key in that region. */
  readonly kmsKey?: Prop<string>;
}

/** A plain JSON value, as an evaluated declaration holds it. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A CloudFormation-family resource as written, evaluated for one condition branch: what schema validation
 * reads. Pointers are JSON pointers into `value` (`/Properties/KeySchema/0/KeyType`, `/DeletionPolicy`).
 */
export interface Declaration {
  readonly resourceType: string;
  /**
   * `Properties` (`{}` when absent) and the resource attributes that are set. A property only known at deploy
   * time is left out of its map, an unknown list item is `null`; their pointers are in `unknown`.
   */
  readonly value: {
    readonly Properties: JsonValue;
    readonly DeletionPolicy?: JsonValue;
    readonly UpdateReplacePolicy?: JsonValue;
    readonly Condition?: JsonValue;
    readonly DependsOn?: JsonValue;
  };
  /**
   * Where the value at a pointer is written (a map entry from its key, a list item from its first key);
   * `''` is the whole resource; `undefined` when nothing is written there.
   */
  readonly locate: (pointer: string) => Location | undefined;
  /** Pointers of values only known at deploy time (unresolved intrinsics, parameters): never judged. */
  readonly unknown: readonly string[];
  /** Pointers of maps that may gain keys at deploy time (an unevaluated merge such as `Fn::Transform`). */
  readonly open: readonly string[];
  /** What the template around it declares, for `Condition`, `DependsOn` and SAM resource types. */
  readonly template: {
    readonly conditions: readonly string[];
    readonly resources: readonly string[];
    readonly transforms: readonly string[];
  };
}

/** A key as a JSON pointer token (RFC 6901); most keys need no escaping, so they are not scanned twice. */
export function pointerToken(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** One DynamoDB table as declared (or as deployed, for `format: 'live'`), independent of the format. */
export interface TableModel {
  /** Logical id, Terraform resource address, or physical name for live tables. */
  readonly id: string;
  /** `AWS::DynamoDB::Table`, `AWS::Serverless::SimpleTable`, `aws_dynamodb_table`, … */
  readonly resourceType: string;
  readonly source: TableSource;
  /** The whole resource declaration. */
  readonly location: Location;
  /**
   * Set when the declaration depends on template conditions and this model is one evaluated branch,
   * e.g. `Env = prod`. Models of one table share `id`; rules see each branch.
   */
  readonly variant?: string;
  readonly name?: Prop<string>;
  readonly keySchema: Prop<readonly KeyElement[]>;
  readonly attributes: Prop<readonly AttributeDefinition[]>;
  readonly billingMode: Prop<string>;
  readonly throughput?: Throughput;
  /** Application Auto Scaling (or a GlobalTable autoscaling setting) manages the table's capacity. */
  readonly autoscaled?: boolean;
  readonly globalIndexes: Prop<readonly IndexModel[]>;
  readonly localIndexes: Prop<readonly IndexModel[]>;
  readonly stream?: Prop<StreamSpec>;
  readonly ttl?: Prop<TtlSpec>;
  readonly pointInTimeRecovery?: Prop<boolean>;
  readonly sse?: Prop<SseSpec>;
  readonly tableClass?: Prop<string>;
  readonly deletionProtection?: Prop<boolean>;
  readonly deletionPolicy?: Prop<string>;
  readonly updateReplacePolicy?: Prop<string>;
  /** Terraform `lifecycle { prevent_destroy }`: a plan that would destroy the table fails. */
  readonly preventDestroy?: Prop<boolean>;
  readonly tags?: Prop<readonly Tag[]>;
  readonly replicas?: Prop<readonly ReplicaModel[]>;
  /** Facts a reader should know, e.g. `count = 3: one model stands for every instance`. */
  readonly notes?: readonly string[];
  /**
   * Ids this table had before, most recent first, when the source records a rename that keeps the deployed
   * table (Terraform `moved` blocks): a change pairs it with the base revision's table of that id.
   */
  readonly movedFrom?: readonly string[];
  /**
   * What a Terraform plan will do to this table (`resource_changes[].change.actions`, e.g.
   * `["delete", "create"]` for a replacement); absent when the source is not a plan.
   */
  readonly plannedActions?: readonly string[];
  /** CloudFormation-family formats: the resource as written, evaluated, for schema validation. */
  readonly declaration?: Declaration;
}

/** The DynamoDB data-plane operations the code scan records (`ParallelScan`: a Scan with `TotalSegments`). */
export type DataOperation =
  | 'GetItem'
  | 'Query'
  | 'Scan'
  | 'ParallelScan'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'BatchGetItem'
  | 'BatchWriteItem'
  | 'TransactGetItems'
  | 'TransactWriteItems'
  | 'ExecuteStatement'
  | 'BatchExecuteStatement'
  | 'ExecuteTransaction';

/** A comparison a key condition makes: `=` on a partition key; any of them on a sort key. */
export type KeyOperator = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with';

/** One attribute a literal key condition constrains (`#pk = :pk` with `#pk` → `customerId`). */
export interface KeyConditionTerm {
  /** The attribute name, placeholders resolved. */
  readonly attribute: string;
  readonly operator: KeyOperator;
  readonly location: Location;
}

/**
 * What one call's request says about the table's access pattern, beyond the operation. Every field is
 * optional: absent means the request does not set it, a `Prop` that is unknown means it is set but
 * computed at run time. Nothing is guessed: a key condition built at run time is unknown, not empty.
 */
export interface AccessFacts {
  /** `IndexName` (Query/Scan); absent when the call reads the table itself. */
  readonly index?: Prop<string>;
  /** The key condition's terms (Query; builder calls; legacy `KeyConditions`), placeholders resolved. */
  readonly keyCondition?: Prop<readonly KeyConditionTerm[]>;
  /** The request filters (`FilterExpression`, `ScanFilter`/`QueryFilter`, a filter builder): attribute names when literal. */
  readonly filter?: Prop<readonly string[]>;
  /** `Select: COUNT` and the like, when literal. */
  readonly select?: string;
  /** `ConsistentRead`, when literal. */
  readonly consistentRead?: Prop<boolean>;
  /**
   * Batch writes and gets: whether the code reads or retries what DynamoDB left unprocessed
   * (`UnprocessedItems`/`UnprocessedKeys`); `true` for helpers that retry on their own (boto3
   * `batch_writer`, DynamoDBMapper `batchSave`); absent for other operations.
   */
  readonly unprocessedHandled?: boolean;
  /** PutItem/UpdateItem: the attribute names written, when every one is literal. */
  readonly writtenAttributes?: readonly string[];
}

/** One DynamoDB operation found in application code. */
export interface CodeUse extends AccessFacts {
  readonly operation: DataOperation;
  readonly language: string;
  /** SDK or library, e.g. `aws-sdk-js-v3`, `boto3`, `dynamoose`. */
  readonly library: string;
  /** The table the call targets, when statically visible. */
  readonly table?: Prop<string>;
  readonly location: Location;
  /** Facts that sharpen the message: parallel segments, pagination, the PartiQL statement. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
  /** The environment variable the code reads the table name from (`process.env.ORDERS_TABLE`). */
  readonly tableVariable?: string;
  /**
   * The innermost named function, method or class around the call (`<module>` at top level), with the
   * call's rank among same-operation calls there: keys findings that survive edits moving lines.
   */
  readonly scope?: string;
  /** The declared table the call was attributed to, once IaC is loaded, and how it was recognised. */
  readonly declaredTable?: DeclaredTableRef;
}

/** A pointer from a code use to a declared table (`TableModel.id` in `source.file`). */
export interface DeclaredTableRef {
  readonly id: string;
  readonly file: string;
  /** How the code names it, e.g. `TableName 'orders'` or `ORDERS_TABLE bound to !Ref OrdersTable`. */
  readonly via: string;
}

/**
 * An environment variable a function deployment binds to a declared table (`ORDERS_TABLE: !Ref
 * OrdersTable` in a Lambda function's `Environment.Variables`, SAM `Globals` or serverless.yml
 * `environment`): how application code finds its table.
 */
export interface EnvironmentBinding {
  readonly variable: string;
  /** Logical id of the table, in the same file as the binding. */
  readonly tableId: string;
  readonly location: Location;
}

export interface Finding {
  readonly ruleId: string;
  /** Which of the rule's messages (a diagnostic's own id for load problems): part of the fingerprint. */
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  /** The table's id (logical id / resource address) when the finding is about one. */
  readonly table?: string;
  /** URL of the rule's documentation. */
  readonly help?: string;
  /** Stable across edits that move lines: derived from rule, file, table, property and message id. */
  readonly fingerprint: string;
  /** Other places the finding is about: for a CDK construct, the synthesized template's lines. */
  readonly related?: readonly Location[];
  /**
   * With a base revision: `new` when the base has no finding with this fingerprint (or the finding is about
   * the change itself), `unchanged` when it was already there. Absent without a base.
   */
  readonly baselineState?: 'new' | 'unchanged';
}

/** A source comment or metadata entry that silences rules over a span of lines. */
export interface Suppression {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Rule ids, or `['*']` for all rules. */
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** Where the directive is written (a comment, a `Metadata` entry): unused ones are reported there. */
  readonly directive: Location;
}

/** A problem with an input file itself (does not parse, too large, …), reported as a finding. */
export interface LoadProblem {
  readonly ruleId:
    | 'parse-error'
    | 'file-skipped'
    | 'evaluation-limit'
    | 'load-error'
    | 'invalid-suppression'
    | 'unused-suppression'
    | 'base-unavailable'
    | 'duplicate-key'
    | 'stale-baseline'
    | 'cdk-not-synthesized'
    | 'cdk-synth-failed';
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  /** Tells apart problems of one kind in one file (e.g. the suppression it is about): keys the fingerprint. */
  readonly key?: string;
}

export interface LoadResult {
  readonly tables: TableModel[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Environment variables that functions declared beside the tables bind to them. */
  readonly environment?: EnvironmentBinding[];
}

export function known<T>(value: T, location: Location, defaulted?: boolean): Known<T> {
  return defaulted ? { known: true, value, location, defaulted } : { known: true, value, location };
}

export function unknown(reason: string, location: Location): Unknown {
  return { known: false, reason, location };
}

/** The value when known, otherwise `undefined`. */
export function valueOf<T>(prop: Prop<T> | undefined): T | undefined {
  return prop?.known ? prop.value : undefined;
}

export function fileStart(file: string): Location {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A declared table and the live table it was mapped to (drift rules). */
export interface DriftPair {
  readonly declared: TableModel;
  readonly live: TableModel;
}

/** A declared table mapped to a physical name that no live table has. */
export interface MissingTable {
  readonly declared: TableModel;
  /** The physical name that was looked up. */
  readonly name: string;
}

/** A declared table whose physical name could not be determined, with how to supply it. */
export interface UnmappedTable {
  readonly declared: TableModel;
  /** Why no name was found, e.g. `the name is only known at deploy time (Fn::Sub uses ${Stage})`. */
  readonly reason: string;
  /** The option that would map it, e.g. `set tables.OrdersTable in the configuration`. */
  readonly fix: string;
}

/** A live table no declared table maps to. */
export interface UnmanagedTable {
  readonly name: string;
  /** Where the live table is: a location whose `file` names the table's ARN or endpoint. */
  readonly location: Location;
}

/** A table at the base revision and at the head of a change (change rules); one side absent = added/removed. */
export interface ChangePair {
  readonly base?: TableModel;
  readonly head?: TableModel;
}

/** The tool that deploys a declaration, which decides how a change is applied. */
export type Deployer = 'cloudformation' | 'terraform';

export function deployerOf(table: TableModel): Deployer | undefined {
  switch (table.source.format) {
    case 'terraform':
    case 'terraform-plan':
      return 'terraform';
    case 'live':
      return undefined;
    default:
      return 'cloudformation';
  }
}

/**
 * How messages name a table: its id, and for CDK the construct path people recognise
 * (`InventoryStack/Items (ItemsB8A4A9B5)`).
 */
export function tableLabel(table: TableModel): string {
  const path = table.source.constructPath?.replace(/\/(Resource|Default)$/, '');
  return path ? `${path} (${table.id})` : table.id;
}

/** Where to point for a finding about a whole index: its name line (the block's first line in JSON is a bare `{`). */
export function indexLocation(index: IndexModel): Location {
  return index.name.location;
}
