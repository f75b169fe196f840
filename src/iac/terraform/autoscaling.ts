/**
 * Application Auto Scaling linkage: `aws_appautoscaling_target` resources with `service_namespace =
 * "dynamodb"` whose `resource_id` names a table (`"table/${aws_dynamodb_table.orders.name}"`, a literal
 * `"table/orders"`, optionally `/index/<name>`) mark that table's or index's capacity as managed.
 */
import { evaluate, type Scope } from './evaluate.ts';
import { iterate } from './fields.ts';
import type { ScaledCapacity } from './table.ts';
import { attributeOf, type Block, type Expression } from './tree.ts';

export interface AutoscalingIndex {
  /** By resource address (`aws_dynamodb_table.orders`) or module address (`module.orders`). */
  readonly byAddress: ReadonlyMap<string, ScaledCapacity>;
  /** By literal table name, for targets that spell it out. */
  readonly byName: ReadonlyMap<string, ScaledCapacity>;
}

const RESOURCE_ID = /^table\/([^/]+)(?:\/index\/(.+))?$/;
const REFERENCE = /^\$\{((?:aws_dynamodb_table|module)\.[^}]+)\}$/;

export function findAutoscaling(resources: readonly Block[], scope: Scope): AutoscalingIndex {
  const byAddress = new Map<string, ScaledCapacity>();
  const byName = new Map<string, ScaledCapacity>();
  for (const resource of resources) {
    if (resource.labels[0] !== 'aws_appautoscaling_target') continue;
    const body = resource.body;
    const namespace = attributeOf(body, 'service_namespace');
    const namespaceValue = namespace ? evaluate(namespace.value, scope) : undefined;
    if (namespaceValue?.kind !== 'scalar' || namespaceValue.value !== 'dynamodb') continue;
    const resourceId = attributeOf(body, 'resource_id')?.value;
    if (!resourceId) continue;
    for (const instanceScope of instanceScopes(resource, scope)) {
      const match = RESOURCE_ID.exec(referenceText(resourceId, instanceScope) ?? '');
      if (!match?.[1]) continue;
      const reference = REFERENCE.exec(match[1])?.[1];
      const target = reference ? byAddress : byName;
      const key = reference ?? match[1];
      const capacity = target.get(key) ?? { table: false, indexes: new Set<string>() };
      if (match[2]) capacity.indexes.add(match[2]);
      else capacity.table = true;
      target.set(key, capacity);
    }
  }
  return { byAddress, byName };
}

/** One scope per instance of a `for_each` over a literal collection (`each` bound), else the scope itself. */
function instanceScopes(resource: Block, scope: Scope): Scope[] {
  const forEach = attributeOf(resource.body, 'for_each');
  if (!forEach) return [scope];
  const elements = iterate(evaluate(forEach.value, scope), true);
  if ('reason' in elements) return [];
  return elements.map((each) => ({
    ...scope,
    iterators: new Map([...(scope.iterators ?? []), ['each', each]]),
  }));
}

/**
 * The text of `resource_id` with references to tables and modules kept as `${aws_dynamodb_table.orders}`
 * (`${aws_dynamodb_table.this["orders"]}` for one instance) / `${module.orders}` and everything else
 * evaluated; `undefined` when some part is not known.
 */
function referenceText(expression: Expression, scope: Scope): string | undefined {
  if (expression.kind === 'traversal') {
    const [first, second] = expression.steps;
    if (expression.root === 'aws_dynamodb_table' && first?.kind === 'attribute') {
      // One instance of a `for_each` table, when its key is known here.
      const key = second?.kind === 'index' ? evaluate(second.key, scope) : undefined;
      const instance =
        key?.kind === 'scalar' && typeof key.value === 'string' ? `[${JSON.stringify(key.value)}]` : '';
      return `\${aws_dynamodb_table.${first.name}${instance}}`;
    }
    if (expression.root === 'module' && first?.kind === 'attribute') return `\${module.${first.name}}`;
  }
  if (expression.kind === 'template') {
    let text = '';
    for (const part of expression.parts) {
      const piece = typeof part === 'string' ? part : referenceText(part, scope);
      if (piece === undefined) return undefined;
      text += piece;
    }
    return text;
  }
  const value = evaluate(expression, scope);
  return value.kind === 'scalar' && value.value !== null ? String(value.value) : undefined;
}
