/**
 * Replicas declared outside the table resource: `aws_dynamodb_table_replica` (its region is its provider's)
 * attaches to the table its `global_table_arn` references; a legacy `aws_dynamodb_global_table`
 * (version 2017.11.29) attaches to the tables that carry its name.
 */
import { known, unknown, type Location, type Prop, type ReplicaModel } from '../../model.ts';
import type { Scope } from './evaluate.ts';
import { bodyFields, readBoolean, readString } from './fields.ts';
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
      const table = tableAddress(resource.body);
      if (!table) continue;
      const list = byAddress.get(table) ?? [];
      list.push(replicaResource(resource, scope, regions));
      byAddress.set(table, list);
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

/** `global_table_arn = aws_dynamodb_table.orders.arn` → `aws_dynamodb_table.orders`. */
function tableAddress(body: Body): string | undefined {
  const arn = attributeOf(body, 'global_table_arn')?.value;
  if (arn?.kind !== 'traversal' || arn.root !== 'aws_dynamodb_table') return undefined;
  const [first] = arn.steps;
  return first?.kind === 'attribute' ? `aws_dynamodb_table.${first.name}` : undefined;
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
