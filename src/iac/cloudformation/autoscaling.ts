/**
 * Application Auto Scaling linkage: which tables and indexes have their provisioned capacity managed by
 * an `AWS::ApplicationAutoScaling::ScalableTarget`, so rules and drift checks leave their numbers alone.
 */
import type { FixedScalingTarget } from '../../model.ts';
import { evaluate, type EvaluationScope } from '../evaluate.ts';
import { fixedScalingTarget } from '../fixed-scaling.ts';
import { PropertyReader } from '../read.ts';
import { entry, type MapNode, type SourceNode } from '../source-tree.ts';

export interface ScaledCapacity {
  table: boolean;
  readonly indexes: Set<string>;
  /** Targets whose MinCapacity equals their MaxCapacity. */
  readonly fixed: FixedScalingTarget[];
}

/** Keyed by the table's logical id, or by its literal physical name when the target names it. */
export type AutoscalingIndex = ReadonlyMap<string, ScaledCapacity>;

const RESOURCE_ID = /^table\/([^/]+)(?:\/index\/(.+))?$/;

export function findAutoscaling(resources: MapNode | undefined, scope: EvaluationScope): AutoscalingIndex {
  const scaled = new Map<string, ScaledCapacity>();
  for (const resource of resources?.entries ?? []) {
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || type.value !== 'AWS::ApplicationAutoScaling::ScalableTarget') continue;
    const properties = entry(resource.value, 'Properties')?.value;
    const namespace = entry(properties, 'ServiceNamespace')?.value;
    const namespaceValue = namespace ? evaluate(namespace, scope) : undefined;
    if (namespaceValue?.kind !== 'scalar' || namespaceValue.value !== 'dynamodb') continue;
    const resourceId = entry(properties, 'ResourceId')?.value;
    const match = resourceId ? RESOURCE_ID.exec(templateText(resourceId, scope)) : null;
    if (!match?.[1]) continue;
    const key = match[1].replace(/^\$\{([^}.]+)\}$/, '$1');
    const capacity = scaled.get(key) ?? { table: false, indexes: new Set<string>(), fixed: [] };
    if (match[2]) capacity.indexes.add(match[2]);
    else capacity.table = true;
    const reader = new PropertyReader(scope);
    const settings = properties?.kind === 'map' ? properties : undefined;
    const fixed = fixedScalingTarget({
      target: resource.key,
      index: match[2],
      min: reader.number(settings, 'MinCapacity'),
      max: reader.number(settings, 'MaxCapacity'),
      dimension: reader.string(settings, 'ScalableDimension'),
    });
    if (fixed) capacity.fixed.push(fixed);
    scaled.set(key, capacity);
  }
  return scaled;
}

/**
 * `ResourceId` written as text where references to resources stay `${LogicalId}`:
 * `!Sub table/${Orders}`, `!Join ['/', [table, !Ref Orders]]` and literals all become `table/${Orders}`.
 */
function templateText(node: SourceNode, scope: EvaluationScope): string {
  if (node.kind === 'intrinsic') {
    if (node.name === 'Ref' && node.argument.kind === 'scalar') return `\${${String(node.argument.value)}}`;
    if (node.name === 'Fn::Sub') {
      const template = node.argument.kind === 'seq' ? node.argument.items[0] : node.argument;
      return template?.kind === 'scalar' ? String(template.value) : '';
    }
    if (node.name === 'Fn::Join' && node.argument.kind === 'seq') {
      const [delimiter, list] = node.argument.items;
      if (delimiter?.kind !== 'scalar' || list?.kind !== 'seq') return '';
      return list.items.map((item) => templateText(item, scope)).join(String(delimiter.value));
    }
  }
  const value = evaluate(node, scope);
  return value.kind === 'scalar' ? String(value.value) : '';
}
