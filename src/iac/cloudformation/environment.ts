/**
 * Which environment variables deployed functions read their tables from: `Environment.Variables` of
 * `AWS::Serverless::Function` / `AWS::Lambda::Function` resources and SAM `Globals.Function`, and
 * serverless.yml `provider.environment` / `functions.*.environment`. A variable is bound to a table when
 * its value is `!Ref Table`, `!GetAtt Table.Arn`, `!Sub ${Table}`, or the very text of the table's
 * `TableName` (a literal or the same `${self:…}` expression).
 */
import type { EnvironmentBinding } from '../../model.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';
import { TABLE_TYPES } from './tables.ts';

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);

/** Bindings in a CloudFormation-family template (`root` holds `Resources` and maybe `Globals`). */
export function templateEnvironment(root: MapNode): EnvironmentBinding[] {
  const resources = mapAt(root, 'Resources');
  if (!resources) return [];
  const tables = tablesIn(resources);
  if (tables.size === 0) return [];
  const variables: MapNode[] = [];
  const globals = variablesOf(mapAt(mapAt(root, 'Globals'), 'Function'));
  if (globals) variables.push(globals);
  for (const resource of resources.entries) {
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || !FUNCTION_TYPES.has(String(type.value))) continue;
    const own = variablesOf(mapAt(resource.value, 'Properties'));
    if (own) variables.push(own);
  }
  return variables.flatMap((map) => bindings(map, tables));
}

/** Bindings in a Serverless Framework service, against the tables of its `resources`. */
export function serverlessEnvironment(service: MapNode, template: MapNode | undefined): EnvironmentBinding[] {
  const resources = mapAt(template, 'Resources');
  const tables = resources ? tablesIn(resources) : new Map<string, string | undefined>();
  if (tables.size === 0) return [];
  const variables: MapNode[] = [];
  const provider = mapAt(mapAt(service, 'provider'), 'environment');
  if (provider) variables.push(provider);
  for (const fn of mapAt(service, 'functions')?.entries ?? []) {
    const own = mapAt(fn.value, 'environment');
    if (own) variables.push(own);
  }
  return variables.flatMap((map) => bindings(map, tables));
}

/** Table logical id → the raw text of its `TableName` when that is a plain string. */
function tablesIn(resources: MapNode): Map<string, string | undefined> {
  const tables = new Map<string, string | undefined>();
  for (const resource of resources.entries) {
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || !TABLE_TYPES.has(String(type.value))) continue;
    const name = entry(mapAt(resource.value, 'Properties'), 'TableName')?.value;
    tables.set(
      resource.key,
      name?.kind === 'scalar' && typeof name.value === 'string' ? name.value : undefined,
    );
  }
  return tables;
}

function variablesOf(owner: MapNode | undefined): MapNode | undefined {
  return mapAt(mapAt(owner, 'Environment'), 'Variables');
}

function bindings(variables: MapNode, tables: ReadonlyMap<string, string | undefined>): EnvironmentBinding[] {
  return variables.entries.flatMap((variable) => {
    const tableId = boundTable(variable.value, tables);
    return tableId ? [{ variable: variable.key, tableId, location: variable.location }] : [];
  });
}

function boundTable(value: SourceNode, tables: ReadonlyMap<string, string | undefined>): string | undefined {
  if (value.kind === 'scalar') {
    if (typeof value.value !== 'string') return undefined;
    for (const [id, name] of tables) if (name === value.value) return id;
    return undefined;
  }
  if (value.kind !== 'intrinsic') return undefined;
  const argument = value.argument;
  let target: string | undefined;
  if (value.name === 'Ref' && argument.kind === 'scalar') target = String(argument.value);
  if (value.name === 'Fn::GetAtt') {
    const first = argument.kind === 'seq' ? argument.items[0] : argument;
    if (first?.kind === 'scalar') target = String(first.value).split('.')[0];
  }
  if (value.name === 'Fn::Sub' && argument.kind === 'scalar') {
    const whole = /^\$\{([\w]+)(\.Arn)?\}$/.exec(String(argument.value));
    target = whole?.[1];
  }
  return target !== undefined && tables.has(target) ? target : undefined;
}

function mapAt(node: SourceNode | undefined, key: string): MapNode | undefined {
  const value = entry(node, key)?.value;
  return value?.kind === 'map' ? value : undefined;
}
