/**
 * Terraform plan JSON (`terraform show -json plan.out`) → the tables the plan leaves in place or creates,
 * read from `planned_values` (every module, every `count`/`for_each` instance under its full address) with
 * what `resource_changes` says will happen to each (`["delete", "create"]` is a replacement). Values the
 * plan marks as known only after apply are unknown when the configuration sets them; settings the
 * configuration leaves out take the provider's defaults, as for `.tf` files. Positions are in the plan file.
 */
import type { LoadResult, TableModel } from '../../model.ts';
import { appendAll } from '../../shared/append.ts';
import { parseJsonSource } from '../json-source.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';
import { findAutoscaling } from './autoscaling.ts';
import type { Scope } from './evaluate.ts';
import { bodyFields } from './fields.ts';
import { jsonObject } from './json.ts';
import { buildTable } from './table.ts';
import { jsonBody, type Attribute, type Block, type Body } from './tree.ts';

const PLAN_MARKERS = [Buffer.from('"format_version"'), Buffer.from('aws_dynamodb_table')];
/** A plan has `planned_values`/`resource_changes`; a state (`terraform show -json` of it) has `values`. */
const PLAN_SECTIONS = [
  Buffer.from('"planned_values"'),
  Buffer.from('"resource_changes"'),
  Buffer.from('"root_module"'),
];

/** Cheap byte test: a plan (or state) rendered as JSON that mentions a DynamoDB table. */
export function isTerraformPlanJson(bytes: Buffer): boolean {
  return PLAN_MARKERS.every((m) => bytes.includes(m)) && PLAN_SECTIONS.some((m) => bytes.includes(m));
}

/** Plan values are constants: nothing to refer to. */
const PLAN_SCOPE: Scope = { module: { variable: () => undefined, local: () => undefined } };

interface PlannedResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly node: MapNode;
  readonly values: MapNode | undefined;
}

/** Throws `SourceSyntaxError` when the file is not JSON (the caller reports it). */
export function loadTerraformPlan(text: string, file: string): LoadResult {
  const root = parseJsonSource(text, file).root;
  const result: LoadResult = { tables: [], suppressions: [], problems: [] };
  if (root?.kind !== 'map') return result;
  const changes = resourceChanges(entry(root, 'resource_changes')?.value);
  const configured = configuredAttributes(
    entry(entry(root, 'configuration')?.value, 'root_module')?.value,
    '',
  );
  const values = entry(root, 'planned_values')?.value ?? entry(root, 'values')?.value;
  const resources = plannedResources(entry(values, 'root_module')?.value);
  const blocks = resources.map((r) => resourceBlock(r, changes.get(r.address)?.afterUnknown, configured));
  const autoscaling = findAutoscaling(blocks, PLAN_SCOPE);
  for (const [i, resource] of resources.entries()) {
    if (resource.type !== 'aws_dynamodb_table') continue;
    const block = blocks[i] as Block;
    const fields = bodyFields(block.body, PLAN_SCOPE, resource.node.location);
    const name = fields.get('name')?.value;
    const literalName = name?.kind === 'scalar' && typeof name.value === 'string' ? name.value : undefined;
    const scaled = literalName ? autoscaling.byName.get(literalName) : undefined;
    const actions = changes.get(resource.address)?.actions;
    result.tables.push(
      buildTable({
        address: resource.address,
        resourceType: resource.type,
        fields,
        source: { file, format: 'terraform-plan' },
        ...(scaled ? { scaled } : {}),
        ...(actions ? { plannedActions: actions } : {}),
      }) satisfies TableModel,
    );
  }
  return result;
}

function plannedResources(module: SourceNode | undefined): PlannedResource[] {
  const found: PlannedResource[] = [];
  const resources = entry(module, 'resources')?.value;
  for (const node of resources?.kind === 'seq' ? resources.items : []) {
    if (node.kind !== 'map' || text(node, 'mode') !== 'managed') continue;
    const values = entry(node, 'values')?.value;
    found.push({
      address: text(node, 'address') ?? '',
      type: text(node, 'type') ?? '',
      name: text(node, 'name') ?? '',
      node,
      values: values?.kind === 'map' ? values : undefined,
    });
  }
  const children = entry(module, 'child_modules')?.value;
  for (const child of children?.kind === 'seq' ? children.items : [])
    appendAll(found, plannedResources(child));
  return found;
}

interface Change {
  readonly actions: readonly string[];
  readonly afterUnknown: SourceNode | undefined;
}

function resourceChanges(node: SourceNode | undefined): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const item of node?.kind === 'seq' ? node.items : []) {
    const change = entry(item, 'change')?.value;
    const actions = entry(change, 'actions')?.value;
    const address = text(item, 'address');
    if (!address || actions?.kind !== 'seq') continue;
    changes.set(address, {
      actions: actions.items.flatMap((a) => (a.kind === 'scalar' ? [String(a.value)] : [])),
      afterUnknown: entry(change, 'after_unknown')?.value,
    });
  }
  return changes;
}

/** Configuration addresses (`module.orders.aws_dynamodb_table.this`) → the attributes their blocks set. */
function configuredAttributes(module: SourceNode | undefined, prefix: string): Map<string, Set<string>> {
  const configured = new Map<string, Set<string>>();
  const resources = entry(module, 'resources')?.value;
  for (const resource of resources?.kind === 'seq' ? resources.items : []) {
    const expressions = entry(resource, 'expressions')?.value;
    const keys = expressions?.kind === 'map' ? expressions.entries.map((e) => e.key) : [];
    configured.set(`${prefix}${text(resource, 'address') ?? ''}`, new Set(keys));
  }
  const calls = entry(module, 'module_calls')?.value;
  for (const call of calls?.kind === 'map' ? calls.entries : []) {
    const child = configuredAttributes(entry(call.value, 'module')?.value, `${prefix}module.${call.key}.`);
    for (const [address, keys] of child) configured.set(address, keys);
  }
  return configured;
}

/**
 * The resource's planned values as a block body. An attribute the plan leaves out because it is known
 * only after apply becomes unknown when the configuration sets it (otherwise the provider default applies).
 */
function resourceBlock(
  resource: PlannedResource,
  afterUnknown: SourceNode | undefined,
  configured: ReadonlyMap<string, ReadonlySet<string>>,
): Block {
  const location = resource.node.location;
  const values = resource.values
    ? jsonBody(jsonObject(resource.values, { templates: false, emptyStringIsNull: true }))
    : emptyBody(location);
  const setByConfiguration = configured.get(resource.address.replace(/\[[^\]]*\]/g, '')) ?? new Set<string>();
  const pending: Attribute[] = [];
  for (const unknownEntry of afterUnknown?.kind === 'map' ? afterUnknown.entries : []) {
    const value = unknownEntry.value;
    if (value.kind !== 'scalar' || value.value !== true || !setByConfiguration.has(unknownEntry.key))
      continue;
    if (values.attributes.some((a) => a.name === unknownEntry.key)) continue;
    pending.push({
      name: unknownEntry.key,
      value: {
        kind: 'opaque',
        description: unknownEntry.key,
        reason: `${unknownEntry.key} is known only after apply`,
        location,
      },
      location,
    });
  }
  return {
    type: 'resource',
    labels: [resource.type, resource.name],
    body: { ...values, attributes: [...values.attributes, ...pending] },
    location,
  };
}

function emptyBody(location: Body['location']): Body {
  return { attributes: [], blocks: [], location, syntax: 'json' };
}

function text(node: SourceNode | undefined, key: string): string | undefined {
  const value = entry(node, key)?.value;
  return value?.kind === 'scalar' && value.value !== null ? String(value.value) : undefined;
}
