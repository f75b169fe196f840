/**
 * Which environment variables deployed functions read their tables from: `Environment.Variables` of
 * `AWS::Serverless::Function` / `AWS::Lambda::Function` resources and SAM `Globals.Function`, and
 * serverless.yml `provider.environment` / `functions.*.environment`. A variable is bound to a table when
 * its value is `!Ref Table`, `!GetAtt Table.Arn`, `!Sub ${Table}`, or the same value as the table's
 * `TableName`: the same literal text, or — in a Serverless service, whose variables say more — the same
 * source (`TableName: ${self:provider.environment.X}`) or the same resolved text.
 */
import type { EnvironmentBinding } from '../../model.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';
import { TABLE_TYPES } from './tables.ts';

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);

/** Whether an environment variable's value and a table's `TableName` are the same value. */
export type SameValue = (variable: SourceNode, tableName: SourceNode) => boolean;

const sameText: SameValue = (variable, tableName) =>
  variable.kind === 'scalar' &&
  typeof variable.value === 'string' &&
  tableName.kind === 'scalar' &&
  variable.value === tableName.value;

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
  return variables.flatMap((map) => bindings(map, tables, sameText));
}

/** Bindings in a Serverless Framework service, against the tables of its `resources`. */
export function serverlessEnvironment(
  service: MapNode,
  template: MapNode | undefined,
  sameValue: SameValue,
): EnvironmentBinding[] {
  const resources = mapAt(template, 'Resources');
  const tables = resources ? tablesIn(resources) : new Map<string, SourceNode | undefined>();
  if (tables.size === 0) return [];
  const variables: MapNode[] = [];
  const provider = mapAt(mapAt(service, 'provider'), 'environment');
  if (provider) variables.push(provider);
  for (const fn of mapAt(service, 'functions')?.entries ?? []) {
    const own = mapAt(fn.value, 'environment');
    if (own) variables.push(own);
  }
  return variables.flatMap((map) => bindings(map, tables, sameValue));
}

/** Table logical id → its `TableName` node, when it sets one. */
function tablesIn(resources: MapNode): Map<string, SourceNode | undefined> {
  const tables = new Map<string, SourceNode | undefined>();
  for (const resource of resources.entries) {
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || !TABLE_TYPES.has(String(type.value))) continue;
    const name = entry(mapAt(resource.value, 'Properties'), 'TableName')?.value;
    tables.set(resource.key, name);
  }
  return tables;
}

function variablesOf(owner: MapNode | undefined): MapNode | undefined {
  return mapAt(mapAt(owner, 'Environment'), 'Variables');
}

function bindings(
  variables: MapNode,
  tables: ReadonlyMap<string, SourceNode | undefined>,
  sameValue: SameValue,
): EnvironmentBinding[] {
  return variables.entries.flatMap((variable) => {
    const tableId = boundTable(variable.value, tables, sameValue);
    return tableId ? [{ variable: variable.key, tableId, location: variable.location }] : [];
  });
}

function boundTable(
  value: SourceNode,
  tables: ReadonlyMap<string, SourceNode | undefined>,
  sameValue: SameValue,
): string | undefined {
  if (value.kind === 'scalar') {
    if (typeof value.value !== 'string') return undefined;
    for (const [id, name] of tables) if (name && sameValue(value, name)) return id;
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
  if (target !== undefined && tables.has(target)) return target;
  // `TABLE: !Sub ${AWS::StackName}-orders` beside `TableName: !Sub ${AWS::StackName}-orders` (or both
  // `!Ref TableNameParameter`): the same expression names the same table, whatever it evaluates to.
  for (const [id, name] of tables) if (name && sameSource(value, name)) return id;
  return undefined;
}

/** Whether two nodes are written alike (the same intrinsics over the same values), wherever they are. */
function sameSource(a: SourceNode, b: SourceNode): boolean {
  switch (a.kind) {
    case 'scalar':
      return b.kind === 'scalar' && a.value === b.value;
    case 'intrinsic':
      return b.kind === 'intrinsic' && a.name === b.name && sameSource(a.argument, b.argument);
    case 'seq':
      return (
        b.kind === 'seq' &&
        a.items.length === b.items.length &&
        a.items.every((item, i) => sameSource(item, b.items[i] as SourceNode))
      );
    case 'map':
      return (
        b.kind === 'map' &&
        a.entries.length === b.entries.length &&
        a.entries.every((e, i) => e.key === b.entries[i]?.key && sameSource(e.value, b.entries[i].value))
      );
  }
}

function mapAt(node: SourceNode | undefined, key: string): MapNode | undefined {
  const value = entry(node, key)?.value;
  return value?.kind === 'map' ? value : undefined;
}
