/**
 * Terragrunt units: a `terragrunt.hcl` whose `terraform { source = … }` names a module and whose
 * `inputs = { … }` set its variables. Terragrunt copies the module and applies it as a root module, so its
 * tables keep the module's own addresses and belong to the `terragrunt.hcl` (the deployment unit). Read:
 * - a local `source` (`../../modules/table`, `../modules//table`), evaluated with the inputs as variables;
 * - the terraform-aws-modules dynamodb-table module (`tfr:///terraform-aws-modules/dynamodb-table/aws?version=…`
 *   or its git source), modelled from the inputs;
 * - `inputs` evaluated with the unit's own `locals`; Terragrunt's functions and `dependency` outputs are
 *   unknown.
 * An `include` merges a parent configuration's inputs under the unit's own: the parent is not read, so every
 * variable the unit's inputs leave out is unknown (never the module's default). A unit without a
 * `terraform.source`, or with any other source, declares nothing dynalint can know.
 */
import path from 'node:path';
import { unknown, type Location } from '../../model.ts';
import { evaluate, unknownValue, type MapValue, type Scope, type Value } from './evaluate.ts';
import { objectList, type Fields } from './fields.ts';
import { isDynamoDbTableModule } from './module.ts';
import { attributeOf, blocksOf, type ConfigFile } from './tree.ts';

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

/** The module a unit applies and its inputs; `undefined` when it applies none dynalint can read. */
export function terragruntUnit(config: ConfigFile, scope: Scope): TerragruntUnit | undefined {
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

  const inputs = new Map<string, Value>();
  const inputsAttribute = attributeOf(config.body, 'inputs');
  const location = inputsAttribute?.location ?? sourceAttribute.location;
  if (inputsAttribute) {
    const value = evaluate(inputsAttribute.value, scope);
    if (value.kind !== 'map') return undefined;
    for (const entry of value.entries) inputs.set(entry.key, entry.value);
  }
  if (registry?.[2] && !inputs.has('version'))
    inputs.set('version', { kind: 'scalar', value: registry[2], location: sourceAttribute.location });
  // `include { … }` and, since Terragrunt 0.32, `include "root" { … }`.
  const include = [0, 1].some((labels) => blocksOf(config.body, 'include', labels).length > 0);
  return {
    source,
    sourceLocation: sourceAttribute.location,
    inputs,
    ...(include
      ? { unsetReason: `not set in ${config.file}, whose include may set it (the included file is not read)` }
      : {}),
    location,
  };
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
