/**
 * Validates a resource declaration against its resource schema (rules/resource-schema/schemas.json for
 * CloudFormation and SAM, terraform-schemas.json for the Terraform AWS provider) with ajv and turns ajv's
 * errors into problems at the exact key or value. Each schema is compiled once, on first
 * use. Values only known at deploy time are never judged, and numeric or boolean strings are accepted where
 * CloudFormation accepts them (`ReadCapacityUnits: '5'`).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { pointerToken, type Declaration, type JsonValue, type Location } from '../../src/model.ts';
import schemas from './schemas.json' with { type: 'json' };
import terraformSchemas from './terraform-schemas.json' with { type: 'json' };
import ajvOptions from './ajv-options.json' with { type: 'json' };
import { PRECOMPILED } from './precompiled.ts';

export const SCHEMA_SOURCE = schemas.source;
export const TERRAFORM_SCHEMA_SOURCE = terraformSchemas.source;

/** Every resource type's schema: CloudFormation's `AWS::…` names and Terraform's `aws_…` ones never clash. */
const SCHEMAS: Readonly<Record<string, object>> = { ...schemas.resources, ...terraformSchemas.resources };

export function isTerraformType(resourceType: string): boolean {
  return resourceType in terraformSchemas.resources;
}

/** One violated constraint: `kind` is the JSON Schema keyword (or a check of this module). */
export interface SchemaProblem {
  readonly kind:
    | 'unknownProperty'
    | 'required'
    | 'type'
    | 'enum'
    | 'minimum'
    | 'maximum'
    | 'minLength'
    | 'maxLength'
    | 'minItems'
    | 'maxItems'
    | 'dependency'
    | 'blockCount';
  /** Where the value is, for messages: `GlobalSecondaryIndexes[0].Projection`. */
  readonly path: string;
  readonly pointer: string;
  readonly location: Location;
  readonly data: Readonly<Record<string, string | number>>;
}

/**
 * Two validators per resource type: a strict one that changes nothing, and one that accepts strings where
 * CloudFormation converts them (`'5'` for an integer). ajv coerces in place, so the second runs on a copy,
 * and only when the first found a type error that a conversion might resolve. The bundle ships them compiled
 * (`PRECOMPILED`, from ajv's standalone code with these options: ajv-options.json is shared with the build);
 * from source each is compiled once, on first use.
 *
 * Compiling was most of the rule's cost on a small repository, so it is made cheap: the generated schemas are
 * checked against the JSON Schema meta-schema by the tests, not on every run (`validateSchema`); `$ref`s
 * stay calls rather than being inlined into every place they are used (`inlineRefs`), which makes the
 * generated code several times smaller for the same validation speed; and ajv's code optimisation pass,
 * which saves little on code this size, is skipped.
 */
export const AJV_OPTIONS = ajvOptions;
/** An ajv instance and what it compiled, made on first use: a run without tables makes neither. */
interface Compiler {
  /** Its validators in `PRECOMPILED`. */
  readonly variant: 'strict' | 'converting';
  ajv?: Ajv;
  readonly options: typeof AJV_OPTIONS & { coerceTypes?: boolean };
  readonly validators: Map<string, ValidateFunction>;
}
const strict: Compiler = { variant: 'strict', options: AJV_OPTIONS, validators: new Map() };
const converting: Compiler = {
  variant: 'converting',
  options: { ...AJV_OPTIONS, coerceTypes: true },
  validators: new Map(),
};

/** The validator of a resource type, compiled on first use (compiling costs more than validating many). */
function validatorFor(resourceType: string, compiler: Compiler): ValidateFunction | undefined {
  const cache = compiler.validators;
  const cached = cache.get(resourceType);
  if (cached) return cached;
  const schema = SCHEMAS[resourceType];
  if (!schema) return undefined;
  const precompiled = PRECOMPILED?.[compiler.variant]?.[resourceType];
  if (precompiled) return precompiled;
  compiler.ajv ??= new Ajv(compiler.options);
  const validate = compiler.ajv.compile(schema);
  cache.set(resourceType, validate);
  return validate;
}

/** The schema of the value at an ajv `schemaPath`, for the names of allowed properties. */
function schemaAt(resourceType: string, schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = SCHEMAS[resourceType];
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
}

/** `/Properties/GlobalSecondaryIndexes/0/Projection` → `GlobalSecondaryIndexes[0].Projection`. */
export function pathOf(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'Properties' && parts.length > 1) parts.shift();
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    '',
  );
}

function under(pointer: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => pointer === p || pointer.startsWith(`${p}/`));
}

/** The nearest written location for a pointer (a missing property points at the map that lacks it). */
export function locationOf(declaration: Declaration, pointer: string): Location {
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
    const location = declaration.locate(at);
    if (location) return location;
  }
  return declaration.locate('') as Location;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return JSON.stringify(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean (true or false)',
  array: 'a list',
  object: 'a map',
};

/** Duplicates what another rule already reports: left to that rule. */
function reportedElsewhere(resourceType: string, error: ErrorObject): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String((error.params as { missingProperty: string }).missingProperty);
  // key-attribute-definitions: a table or index without KeySchema, an attribute without its type.
  if (missing === 'KeySchema' || missing === 'AttributeType') return true;
  // billing-mode: a ProvisionedThroughput without both capacities (SimpleTable is not its concern).
  return (
    resourceType !== 'AWS::Serverless::SimpleTable' &&
    /ProvisionedThroughput$/.test(error.instancePath) &&
    (missing === 'ReadCapacityUnits' || missing === 'WriteCapacityUnits')
  );
}

export function validateDeclaration(declaration: Declaration): SchemaProblem[] {
  const { resourceType } = declaration;
  const validate = validatorFor(resourceType, strict);
  if (!validate) return [];
  const problems = problemsOf(declaration, validate, declaration.value);
  if (!problems.some((p) => p.kind === 'type')) return problems;
  const convert = validatorFor(resourceType, converting) as ValidateFunction;
  return problemsOf(declaration, convert, structuredClone(declaration.value) as JsonValue);
}

function problemsOf(declaration: Declaration, validate: ValidateFunction, value: unknown): SchemaProblem[] {
  if (validate(value) || !validate.errors) return [];
  return validate.errors.flatMap((error) => problemOf(declaration, error) ?? []);
}

function problemOf(declaration: Declaration, error: ErrorObject): SchemaProblem | undefined {
  const { resourceType } = declaration;
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  if (under(pointer, declaration.unknown)) return undefined;
  if (reportedElsewhere(resourceType, error)) return undefined;
  // A required property only known at deploy time is there (an unknown property is left out of its map).
  const missing = params.missingProperty;
  if (typeof missing === 'string' && declaration.unknown.includes(`${pointer}/${pointerToken(missing)}`))
    return undefined;
  const opensKeys = ['required', 'additionalProperties', 'dependencies'].includes(error.keyword);
  if (opensKeys && declaration.open.includes(pointer)) return undefined;
  const terraform = isTerraformType(resourceType);
  const at = (p: string) => ({
    pointer: p,
    path: pathOf(p) || (terraform ? 'the resource' : 'Properties'),
    location: locationOf(declaration, p),
  });
  const actual = valueAt(declaration.value, pointer);
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const parent = at(pointer);
      pointer = `${pointer}/${pointerToken(property)}`;
      const allowed = Object.keys((schemaAt(resourceType, error.schemaPath)?.properties as object) ?? {});
      const nearest = allowed.length ? closest(property, allowed) : undefined;
      const near = nearest !== undefined && distance(property.toLowerCase(), nearest.toLowerCase()) <= 3;
      return {
        kind: 'unknownProperty',
        ...at(pointer),
        path: parent.path,
        data: { property, suggestion: near ? ` (did you mean "${nearest}"?)` : '' },
      };
    }
    case 'required':
      return { kind: 'required', ...at(pointer), data: { property: String(params.missingProperty) } };
    case 'dependencies':
      return {
        kind: 'dependency',
        ...at(pointer),
        data: { property: String(params.property), missing: String(params.missingProperty) },
      };
    case 'type':
      return {
        kind: 'type',
        ...at(pointer),
        data: { value: describe(actual), expected: TYPE_NAMES[String(params.type)] ?? String(params.type) },
      };
    case 'enum':
      return {
        kind: 'enum',
        ...at(pointer),
        data: { value: describe(actual), allowed: (params.allowedValues as unknown[]).join(', ') },
      };
    case 'minimum':
    case 'maximum':
      return {
        kind: error.keyword,
        ...at(pointer),
        data: { value: describe(actual), limit: Number(params.limit) },
      };
    case 'minLength':
    case 'maxLength':
      return {
        kind: error.keyword,
        ...at(pointer),
        data: { length: String(actual ?? '').length, limit: Number(params.limit) },
      };
    case 'minItems':
    case 'maxItems':
      // Terraform: a nested block type written more (or fewer) times than the provider allows.
      if (terraform && Array.isArray(actual) && actual.every((item) => mapLike(item))) {
        return {
          kind: 'blockCount',
          ...at(pointer),
          data: {
            count: actual.length,
            limit: Number(params.limit),
            bound: error.keyword === 'maxItems' ? 'at most' : 'at least',
          },
        };
      }
      return {
        kind: error.keyword,
        ...at(pointer),
        data: { count: Array.isArray(actual) ? actual.length : 0, limit: Number(params.limit) },
      };
    default:
      // anyOf/if wrappers: their branches' own errors say what is wrong.
      return undefined;
  }
}

function mapLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}
