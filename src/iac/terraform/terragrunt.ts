/**
 * Terragrunt units: a `terragrunt.hcl` whose `terraform { source = … }` names a module and whose
 * `inputs = { … }` set its variables. Terragrunt copies the module and applies it as a root module, so its
 * tables keep the module's own addresses and belong to the `terragrunt.hcl` (the deployment unit). Read:
 * - a local `source` (`../../modules/table`, `../modules//table`), evaluated with the inputs as variables;
 * - the terraform-aws-modules dynamodb-table module (`tfr:///terraform-aws-modules/dynamodb-table/aws?version=…`
 *   or its git source), modelled from the inputs;
 * - `inputs` evaluated with the unit's own `locals`; Terragrunt's functions and `dependency` outputs are
 *   unknown.
 * An `include` merges a parent configuration's inputs under the unit's own: the file
 * `find_in_parent_folders()` (or `find_in_parent_folders("root.hcl")`) finds is read, and its inputs apply
 * where the unit's do not. An include dynalint cannot follow (another path, another merge strategy) may set
 * anything: every variable the unit's inputs leave out is then unknown, never the module's default. A unit
 * without a `terraform.source`, with any other source, or with `extra_arguments` (variable files and `-var`s
 * outrank inputs) declares nothing dynalint can know.
 */
import path from 'node:path';
import { unknown, type Location } from '../../model.ts';
import { evaluate, unknownValue, type MapValue, type Scope, type Value } from './evaluate.ts';
import { objectList, type Fields } from './fields.ts';
import { isDynamoDbTableModule } from './module.ts';
import { attributeOf, blocksOf, type Block, type ConfigFile } from './tree.ts';

export function isTerragruntFile(file: string): boolean {
  return path.posix.basename(file).toLowerCase() === 'terragrunt.hcl';
}

export interface TerragruntUnit {
  /** A local path (`../modules/table`) or the dynamodb-table module's source. */
  readonly source: string;
  readonly sourceLocation: Location;
  /** The inputs by variable name; a `version` from a `tfr://` source's query is one of them. */
  readonly inputs: ReadonlyMap<string, Value>;
  /** Why a variable the inputs leave out is unknown (an `include`), or `undefined` when defaults apply. */
  readonly unsetReason?: string;
  readonly location: Location;
}

const LOCAL = /^\.\.?(\/|$)/;
const REGISTRY = /^tfr:\/\/(?:[^/]*)\/([^?]+)(?:\?version=([^&]+))?$/;

/** A configuration an `include` names, parsed, with the scope its own `locals` give. */
export interface IncludedConfig {
  readonly config: ConfigFile;
  readonly scope: Scope;
}

/** The file `find_in_parent_folders(name)` finds from a unit, when it was read; `name` defaults as Terragrunt's. */
export type IncludeLookup = (name: string) => IncludedConfig | undefined;

/** `path = find_in_parent_folders()` / `find_in_parent_folders("root.hcl")`. */
const FIND_IN_PARENT_FOLDERS = 'find_in_parent_folders';
export const DEFAULT_INCLUDE_NAME = 'terragrunt.hcl';

/** The module a unit applies and its inputs; `undefined` when it applies none dynalint can read. */
export function terragruntUnit(
  config: ConfigFile,
  scope: Scope,
  lookup: IncludeLookup = () => undefined,
): TerragruntUnit | undefined {
  const terraform = blocksOf(config.body, 'terraform')[0];
  const sourceAttribute = terraform ? attributeOf(terraform.body, 'source') : undefined;
  const sourceValue = sourceAttribute ? evaluate(sourceAttribute.value, scope) : undefined;
  if (!sourceAttribute || sourceValue?.kind !== 'scalar' || typeof sourceValue.value !== 'string')
    return undefined;
  const written = sourceValue.value;
  const registry = REGISTRY.exec(written);
  const source = LOCAL.test(written)
    ? path.posix.normalize(written.replace(/\/\/+/g, '/'))
    : (registry?.[1] ?? written);
  if (!LOCAL.test(source) && !isDynamoDbTableModule(source)) return undefined;

  const own = inputsOf(config, scope);
  if (!own || passesVariables(config)) return undefined;
  // `include { … }` and, since Terragrunt 0.32, `include "root" { … }`: their inputs first, the unit's over them.
  const includes = [0, 1].flatMap((labels) => blocksOf(config.body, 'include', labels));
  const included = includes.map((block) => includedInputs(block, lookup));
  const known = included.every((inputs) => inputs !== undefined);
  const inputs = new Map<string, Value>();
  for (const parent of known ? included : [])
    for (const [name, value] of parent ?? []) inputs.set(name, value);
  for (const [name, value] of own) inputs.set(name, value);
  if (registry?.[2] && !inputs.has('version'))
    inputs.set('version', { kind: 'scalar', value: registry[2], location: sourceAttribute.location });
  return {
    source,
    sourceLocation: sourceAttribute.location,
    inputs,
    ...(known
      ? {}
      : {
          unsetReason: `not set in ${config.file}, whose include may set it (the included file is not read)`,
        }),
    location: attributeOf(config.body, 'inputs')?.location ?? sourceAttribute.location,
  };
}

/**
 * `terraform { extra_arguments … }`: `-var-file`s and `-var`s outrank `inputs` (which Terragrunt passes as
 * `TF_VAR_` variables), so no variable of the unit is known from its text.
 */
function passesVariables(config: ConfigFile): boolean {
  return blocksOf(config.body, 'terraform').some(
    (block) => blocksOf(block.body, 'extra_arguments', 1).length > 0,
  );
}

/** A configuration's `inputs` (none: empty), or `undefined` when they are not a known object. */
function inputsOf(config: ConfigFile, scope: Scope): Map<string, Value> | undefined {
  const inputs = new Map<string, Value>();
  const attribute = attributeOf(config.body, 'inputs');
  if (!attribute) return inputs;
  const value = evaluate(attribute.value, scope);
  if (value.kind !== 'map') return undefined;
  for (const entry of value.entries) inputs.set(entry.key, entry.value);
  return inputs;
}

/**
 * The inputs an `include` block merges in: those of the file `find_in_parent_folders` finds, merged shallowly
 * (Terragrunt's default). Another path, another merge strategy, or a file not read or including another:
 * `undefined`, so what the unit leaves out stays unknown.
 */
function includedInputs(block: Block, lookup: IncludeLookup): Map<string, Value> | undefined {
  const strategy = attributeOf(block.body, 'merge_strategy')?.value;
  if (strategy && !(strategy.kind === 'literal' && strategy.value === 'shallow')) return undefined;
  const target = attributeOf(block.body, 'path')?.value;
  if (target?.kind !== 'call' || target.name !== FIND_IN_PARENT_FOLDERS || target.args.length > 1)
    return undefined;
  const [nameArgument] = target.args;
  if (nameArgument && !(nameArgument.kind === 'literal' && typeof nameArgument.value === 'string'))
    return undefined;
  const included = lookup(
    typeof nameArgument?.value === 'string' ? nameArgument.value : DEFAULT_INCLUDE_NAME,
  );
  if (
    !included ||
    passesVariables(included.config) ||
    [0, 1].some((labels) => blocksOf(included.config.body, 'include', labels).length)
  )
    return undefined;
  return inputsOf(included.config, included.scope);
}

/** The unit's inputs as the dynamodb-table module's arguments. */
export function unitFields(unit: TerragruntUnit): Fields {
  const entries = [...unit.inputs].map(([key, value]) => ({ key, value, location: value.location }));
  const object: MapValue = { kind: 'map', entries, location: unit.location };
  return {
    location: unit.location,
    get(name) {
      const entry = object.entries.find((e) => e.key === name);
      if (entry && !(entry.value.kind === 'scalar' && entry.value.value === null))
        return { value: entry.value, location: entry.location };
      if (entry || !unit.unsetReason) return undefined;
      return {
        value: unknownValue(`${name} is ${unit.unsetReason}`, unit.location),
        location: unit.location,
      };
    },
    blocks(type) {
      const entry = object.entries.find((e) => e.key === type);
      if (!entry) {
        return unit.unsetReason
          ? unknown(`${type} is ${unit.unsetReason}`, unit.location)
          : { known: true, items: [] };
      }
      return objectList(entry.value, type, entry.location);
    },
  };
}
