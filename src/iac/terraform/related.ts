/**
 * Resources that configure a table from outside its block — `aws_dynamodb_table_replica` (by its
 * `global_table_arn`), `aws_dynamodb_global_secondary_index` (by its `table_name`) and a legacy
 * `aws_dynamodb_global_table` (by the table's name) — found once per module, so each table's declaration can
 * carry theirs for schema validation. A resource that names its table in a way not read here (a variable, a
 * data source) is not attached, and so not validated.
 */
import type { Declaration } from '../../model.ts';
import { terraformDeclaration } from './declaration.ts';
import type { Scope } from './evaluate.ts';
import { bodyFields } from './fields.ts';
import { attributeOf, type Block, type Expression } from './tree.ts';

/** The argument that names the table, and how: a reference to the table resource, or its literal name. */
const LINKS: Readonly<Record<string, string>> = {
  aws_dynamodb_table_replica: 'global_table_arn',
  aws_dynamodb_global_secondary_index: 'table_name',
  aws_dynamodb_global_table: 'name',
};

export interface RelatedResources {
  /** Blocks by the address of the table they reference (`aws_dynamodb_table.orders`). */
  readonly byAddress: ReadonlyMap<string, readonly Block[]>;
  /** Blocks by the literal table name they carry. */
  readonly byName: ReadonlyMap<string, readonly Block[]>;
}

export function findRelatedResources(resources: readonly Block[]): RelatedResources {
  const byAddress = new Map<string, Block[]>();
  const byName = new Map<string, Block[]>();
  for (const block of resources) {
    const argument = LINKS[block.labels[0] as string];
    const link = argument ? attributeOf(block.body, argument)?.value : undefined;
    if (!link) continue;
    const address = referencedTable(link);
    if (address) push(byAddress, address, block);
    else if (link.kind === 'literal' && typeof link.value === 'string') push(byName, link.value, block);
  }
  return { byAddress, byName };
}

function push(map: Map<string, Block[]>, key: string, block: Block): void {
  const list = map.get(key) ?? [];
  list.push(block);
  map.set(key, list);
}

/** `aws_dynamodb_table.orders.arn` (or `.name`, `.id`, any attribute) → `aws_dynamodb_table.orders`. */
function referencedTable(expression: Expression): string | undefined {
  if (expression.kind !== 'traversal' || expression.root !== 'aws_dynamodb_table') return undefined;
  const [first] = expression.steps;
  return first?.kind === 'attribute' ? `aws_dynamodb_table.${first.name}` : undefined;
}

/**
 * Declarations already built, per module's related resources and scope, by table address and name: tables
 * declared at one address (a repeated block, instances of one resource) share theirs, which would otherwise
 * be built once per table — n tables and n replicas cost n² declarations.
 */
const built = new WeakMap<RelatedResources, WeakMap<Scope, Map<string, Declaration[]>>>();

/** The declarations of the resources related to one table, labelled by their own addresses. */
export function relatedDeclarations(
  related: RelatedResources,
  address: string,
  name: string | undefined,
  scope: Scope,
): Declaration[] {
  let byScope = built.get(related);
  if (!byScope) {
    byScope = new WeakMap();
    built.set(related, byScope);
  }
  let byTable = byScope.get(scope);
  if (!byTable) {
    byTable = new Map();
    byScope.set(scope, byTable);
  }
  const key = name === undefined ? address : `${address}\u0000=${name}`;
  let declarations = byTable.get(key);
  if (!declarations) {
    declarations = buildRelated(related, address, name, scope);
    byTable.set(key, declarations);
  }
  return declarations;
}

function buildRelated(
  related: RelatedResources,
  address: string,
  name: string | undefined,
  scope: Scope,
): Declaration[] {
  const blocks = [
    ...(related.byAddress.get(address) ?? []),
    ...(name !== undefined ? (related.byName.get(name) ?? []) : []),
  ];
  return blocks.map((block) => {
    const [type, label] = block.labels as [string, string];
    // `each.*` and `count.index` differ per instance: unknown, so never judged.
    const multiplied = attributeOf(block.body, 'count') ?? attributeOf(block.body, 'for_each');
    const blockScope = multiplied
      ? { ...scope, instances: `${type}.${label} has ${multiplied.name}` }
      : scope;
    return {
      ...terraformDeclaration(type, bodyFields(block.body, blockScope, block.location)),
      label: `${type}.${label}`,
    };
  });
}
