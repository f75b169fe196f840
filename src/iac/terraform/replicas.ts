/**
 * Replicas declared outside the table resource: `aws_dynamodb_table_replica` (its region is its provider's)
 * attaches to the table its `global_table_arn` references; a legacy `aws_dynamodb_global_table`
 * (version 2017.11.29) attaches to the tables that carry its name.
 */
import { known, unknown, type Location, type Prop, type ReplicaModel } from '../../model.ts';
import { evaluate, type Scope } from './evaluate.ts';
import { bodyFields, iterate, readBoolean, readString } from './fields.ts';
import { readTags } from './properties.ts';
import { attributeOf, blocksOf, type Block, type Body } from './tree.ts';

export interface ExternalReplicas {
  /** Replica resources by the address of the table they replicate. */
  readonly byAddress: ReadonlyMap<string, ReplicaModel[]>;
  /** Legacy global tables by table name: their replicas and a note for the table. */
  readonly legacyByName: ReadonlyMap<string, { replicas: ReplicaModel[]; note: string }>;
}

export function findExternalReplicas(
  resources: readonly Block[],
  configs: readonly Body[],
  scope: Scope,
): ExternalReplicas {
  const regions = providerRegions(configs, scope);
  const byAddress = new Map<string, ReplicaModel[]>();
  const legacyByName = new Map<string, { replicas: ReplicaModel[]; note: string }>();
  for (const resource of resources) {
    const [type, name] = resource.labels;
    if (type === 'aws_dynamodb_table_replica') {
      for (const instanceScope of instanceScopes(resource, scope)) {
        const table = tableAddress(resource.body, instanceScope);
        if (!table) continue;
        const list = byAddress.get(table) ?? [];
        list.push(replicaResource(resource, instanceScope, regions));
        byAddress.set(table, list);
      }
    } else if (type === 'aws_dynamodb_global_table') {
      const fields = bodyFields(resource.body, scope, resource.location);
      const tableName = readString(fields, 'name');
      if (!tableName?.known) continue;
      const list = fields.blocks('replica');
      if (!list.known) continue;
      const replicas = list.items.map((item) => ({
        region: readString(item, 'region_name') ?? unknown('the replica has no region_name', item.location),
        location: item.location,
      }));
      const where = replicas.map((r) => (r.region.known ? r.region.value : '?')).join(', ');
      legacyByName.set(tableName.value, {
        replicas,
        note: `aws_dynamodb_global_table.${name} (global tables version 2017.11.29) replicates it in ${where}`,
      });
    }
  }
  return { byAddress, legacyByName };
}

/**
 * `global_table_arn = aws_dynamodb_table.orders.arn` → `aws_dynamodb_table.orders`; an instance of a
 * `for_each` table (`aws_dynamodb_table.this["orders"]`, `….this[each.key]` with `each` known) → its
 * instance's address; an index that is not known → the resource's (every instance).
 */
function tableAddress(body: Body, scope: Scope): string | undefined {
  const arn = attributeOf(body, 'global_table_arn')?.value;
  if (arn?.kind !== 'traversal' || arn.root !== 'aws_dynamodb_table') return undefined;
  const [first, second] = arn.steps;
  if (first?.kind !== 'attribute') return undefined;
  const address = `aws_dynamodb_table.${first.name}`;
  if (second?.kind !== 'index') return address;
  const key = evaluate(second.key, scope);
  return key.kind === 'scalar' && typeof key.value === 'string'
    ? `${address}[${JSON.stringify(key.value)}]`
    : address;
}

/** One scope per instance of a replica resource's known `for_each` (`each` bound), else the scope itself. */
function instanceScopes(resource: Block, scope: Scope): Scope[] {
  const forEach = attributeOf(resource.body, 'for_each');
  const elements = forEach ? iterate(evaluate(forEach.value, scope), true) : undefined;
  if (!elements || 'reason' in elements) return [scope];
  return elements.map((each) => ({
    ...scope,
    iterators: new Map([...(scope.iterators ?? []), ['each', each]]),
  }));
}

function replicaResource(resource: Block, scope: Scope, regions: ProviderRegions): ReplicaModel {
  const fields = bodyFields(resource.body, scope, resource.location);
  const location = resource.location;
  const tableClass = readString(fields, 'table_class_override');
  return {
    region: regionOf(resource.body, regions, location),
    location,
    pointInTimeRecovery: readBoolean(fields, 'point_in_time_recovery') ?? known(false, location, true),
    deletionProtection: readBoolean(fields, 'deletion_protection_enabled') ?? known(false, location, true),
    ...(tableClass ? { tableClass } : {}),
    tags: readTags(fields, location),
  };
}

/** Provider configurations by alias (`''` for the default `aws` provider) → their `region`. */
type ProviderRegions = ReadonlyMap<string, Prop<string>>;

function providerRegions(configs: readonly Body[], scope: Scope): ProviderRegions {
  const regions = new Map<string, Prop<string>>();
  for (const config of configs) {
    for (const provider of blocksOf(config, 'provider', 1)) {
      if (provider.labels[0] !== 'aws') continue;
      const fields = bodyFields(provider.body, scope, provider.location);
      const alias = readString(fields, 'alias');
      const region = readString(fields, 'region');
      if (alias && !alias.known) continue;
      if (region) regions.set(alias?.value ?? '', region);
    }
  }
  return regions;
}

/** `provider = aws.west` picks the aliased configuration; none picks the default one. */
function regionOf(body: Body, regions: ProviderRegions, location: Location): Prop<string> {
  const provider = attributeOf(body, 'provider')?.value;
  const alias =
    provider?.kind === 'traversal' && provider.steps[0]?.kind === 'attribute' ? provider.steps[0].name : '';
  const region = regions.get(alias);
  if (region) return region.known ? known(region.value, location) : unknown(region.reason, location);
  return unknown(
    alias
      ? `the region of provider aws.${alias} is not set in this directory`
      : 'the region comes from the environment (AWS_REGION or the profile)',
    location,
  );
}
