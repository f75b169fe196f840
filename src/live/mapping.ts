/**
 * Which live table each declared table is, in this order: the `tables` map of the configuration
 * (logical id, construct path or Terraform address → physical name, `${var}` placeholders filled from
 * `--var`); a literal table name; the physical id CloudFormation recorded for the logical id in a
 * deployed stack (`--stack`, the CDK stack name from `cdk.out`, or `<service>-<stage>` for a Serverless
 * service). A table none of these names is unmapped, with the option that would map it.
 */
import type { TableModel, UnmappedTable } from '../model.ts';
import type { StackResource } from './api.ts';
import { classify, type LiveFailure } from './errors.ts';

export interface MappingOptions {
  /** The configuration's `tables` map. */
  readonly tables: Readonly<Record<string, string>>;
  readonly vars: Readonly<Record<string, string>>;
  /** `--stack` names, searched for every table. */
  readonly stacks: readonly string[];
  /** Absent when stacks cannot be asked (an endpoint that serves DynamoDB only). */
  readonly listStackResources?: (stack: string) => Promise<StackResource[]>;
}

export interface MappedTable {
  readonly declared: TableModel;
  readonly name: string;
  /** How the name was found, for messages: `tables.OrdersTable`, `TableName`, `stack orders-prod`. */
  readonly via: string;
}

export interface StackFailure {
  readonly stack: string;
  readonly failure: LiveFailure;
}

export interface Mapping {
  readonly mapped: MappedTable[];
  readonly unmapped: UnmappedTable[];
  readonly stackFailures: StackFailure[];
}

const PLACEHOLDER = /\$\{\s*([\w.-]+)\s*\}/g;

export async function mapTables(declared: readonly TableModel[], options: MappingOptions): Promise<Mapping> {
  const mapped: MappedTable[] = [];
  const unmapped: UnmappedTable[] = [];
  const stackFailures: StackFailure[] = [];
  const stackResources = new Map<string, Promise<StackResource[] | undefined>>();
  const resourcesOf = (stack: string): Promise<StackResource[] | undefined> => {
    let pending = stackResources.get(stack);
    if (!pending) {
      pending = options.listStackResources
        ? options.listStackResources(stack).catch((error: unknown) => {
            stackFailures.push({ stack, failure: classify(error) });
            return undefined;
          })
        : Promise.resolve(undefined);
      stackResources.set(stack, pending);
    }
    return pending;
  };

  const planned = plannedNames(declared);
  const covered = new Set<TableModel>();
  for (const table of declared) {
    // A plan table that a configuration's table was mapped through is the same table: compare it once.
    if (covered.has(table)) continue;
    const key = configKey(table, options.tables);
    if (key !== undefined) {
      const filled = fill(options.tables[key] ?? '', options.vars);
      if ('missing' in filled) {
        unmapped.push({
          declared: table,
          reason: `tables.${key} uses \${${filled.missing}}, which no --var sets`,
          fix: `pass --var ${filled.missing}=VALUE`,
        });
      } else mapped.push({ declared: table, name: filled.value, via: `tables.${key}` });
      continue;
    }
    if (table.name?.known) {
      mapped.push({ declared: table, name: table.name.value, via: 'its table name' });
      continue;
    }
    const plan = table.source.format === 'terraform' ? plannedFor(table.id, planned) : undefined;
    if (plan?.name?.known) {
      mapped.push({
        declared: table,
        name: plan.name.value,
        via: `the Terraform plan or state ${plan.source.file}`,
      });
      covered.add(plan);
      const earlier = mapped.findIndex((m) => m.declared === plan);
      if (earlier !== -1) mapped.splice(earlier, 1);
      continue;
    }
    const stacks = candidateStacks(table, options);
    let found: MappedTable | undefined;
    const unreadable: string[] = [];
    if (options.listStackResources) {
      for (const stack of stacks) {
        const resources = await resourcesOf(stack);
        if (!resources) unreadable.push(stack);
        const resource = resources?.find((r) => r.logicalId === table.id);
        if (resource) {
          found = { declared: table, name: resource.physicalId, via: `stack ${stack}` };
          break;
        }
      }
    }
    if (found) mapped.push(found);
    else unmapped.push(unmappedTable(table, stacks, unreadable, options));
  }
  return { mapped, unmapped, stackFailures };
}

/** Tables read from Terraform plan or state JSON, by resource address: they record computed names. */
function plannedNames(declared: readonly TableModel[]): Map<string, TableModel> {
  return new Map(declared.filter((t) => t.source.format === 'terraform-plan').map((t) => [t.id, t]));
}

/**
 * The plan's table for a configuration's address: the same address, or the one table a module
 * (`module.orders`) plans (`module.orders.aws_dynamodb_table.this[0]`).
 */
function plannedFor(address: string, planned: ReadonlyMap<string, TableModel>): TableModel | undefined {
  const exact = planned.get(address);
  if (exact) return exact;
  if (!address.startsWith('module.')) return undefined;
  const inModule = [...planned.keys()].filter((a) => a.startsWith(`${address}.aws_dynamodb_table.`));
  return inModule.length === 1 ? planned.get(inModule[0] as string) : undefined;
}

/** The key of the `tables` map that names this table: its id, or its CDK construct path. */
function configKey(table: TableModel, tables: Readonly<Record<string, string>>): string | undefined {
  const path = table.source.constructPath?.replace(/\/(Resource|Default)$/, '');
  return [table.id, path].find((k): k is string => k !== undefined && Object.hasOwn(tables, k));
}

function fill(
  template: string,
  vars: Readonly<Record<string, string>>,
): { value: string } | { missing: string } {
  let missing: string | undefined;
  const value = template.replace(PLACEHOLDER, (whole, name: string) => {
    // Own keys only: `${constructor}` or `${toString}` must not find Object.prototype's.
    const bound = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (bound === undefined) missing ??= name;
    return bound ?? whole;
  });
  return missing === undefined ? { value } : { missing };
}

function candidateStacks(table: TableModel, options: MappingOptions): string[] {
  const own =
    table.source.format === 'cdk'
      ? table.source.stack
      : table.source.format === 'serverless' && table.source.stack && Object.hasOwn(options.vars, 'stage')
        ? `${table.source.stack}-${options.vars.stage}`
        : undefined;
  return [...new Set([...(own ? [own] : []), ...options.stacks])];
}

function unmappedTable(
  table: TableModel,
  stacks: readonly string[],
  unreadable: readonly string[],
  options: MappingOptions,
): UnmappedTable {
  const reason = table.name
    ? table.name.known
      ? 'its name is unknown'
      : `its name is only known at deploy time (${table.name.reason})`
    : 'it sets no table name, so AWS names it at deploy time';
  const key = table.source.constructPath?.replace(/\/(Resource|Default)$/, '') ?? table.id;
  const mapIt = `map it in the configuration (tables: { ${key}: <physical name> }, \${var} placeholders filled by --var)`;
  if (!options.listStackResources) {
    return {
      declared: table,
      reason: `${reason}; stacks are not looked up with this endpoint`,
      fix: mapIt,
    };
  }
  const searched = stacks.filter((s) => !unreadable.includes(s));
  const stackFacts = [
    ...(searched.length ? [`stack ${searched.join(', ')} has no resource ${table.id}`] : []),
    ...(unreadable.length ? [`stack ${unreadable.join(', ')} could not be read`] : []),
  ];
  if (stackFacts.length > 0) {
    return {
      declared: table,
      reason: `${reason}, and ${stackFacts.join('; ')}`,
      fix: `${mapIt}, or pass --stack with the stack that deployed it`,
    };
  }
  return { declared: table, reason, fix: `${mapIt}, or pass --stack with the stack that deployed it` };
}
