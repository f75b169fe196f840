/**
 * A CloudFormation template (plain, SAM, CDK-synthesized or the `resources` of a Serverless service)
 * → the tables it declares, one model per reachable condition branch, plus metadata suppressions.
 */
import type { LoadResult, SourceFormat, Suppression } from '../../model.ts';
import { EvaluationBudget, evaluationLimitProblem } from '../budget.ts';
import { branchesFor, type Branch } from '../conditions.ts';
import { conditionsUsedIn, evaluate, type EvaluationScope } from '../evaluate.ts';
import { PropertyReader } from '../read.ts';
import { entry, type MapEntry, type MapNode, type SourceNode } from '../source-tree.ts';
import { findAutoscaling } from './autoscaling.ts';
import { templateEnvironment } from './environment.ts';
import { TABLE_TYPES, buildTable } from './tables.ts';

export interface TemplateOptions {
  readonly file: string;
  /** Defaults to `sam` when the template declares the SAM transform, else `cloudformation`. */
  readonly format?: SourceFormat;
  readonly stack?: string;
  readonly resolveVariables?: EvaluationScope['resolveVariables'];
}

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export function loadTemplate(root: MapNode, options: TemplateOptions): LoadResult {
  const resources = entry(root, 'Resources')?.value;
  if (resources?.kind !== 'map') return { tables: [], suppressions: [], problems: [] };
  const result: LoadResult = {
    tables: [],
    suppressions: [],
    problems: [],
    environment: templateEnvironment(root),
  };

  const format =
    options.format ?? (declaresSamTransform(entry(root, 'Transform')?.value) ? 'sam' : 'cloudformation');
  const parameters = mapAt(root, 'Parameters');
  const mappings = mapAt(root, 'Mappings');
  const conditions = mapAt(root, 'Conditions');
  const budget = new EvaluationBudget();
  const baseScope: EvaluationScope = {
    budget,
    ...(parameters ? { parameters } : {}),
    ...(mappings ? { mappings } : {}),
    ...(options.resolveVariables ? { resolveVariables: options.resolveVariables } : {}),
  };
  const autoscaling = findAutoscaling(resources, baseScope);
  const globals = mapAt(mapAt(root, 'Globals'), 'SimpleTable');

  for (const resource of resources.entries) {
    if (resource.value.kind !== 'map') continue;
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || !TABLE_TYPES.has(String(type.value))) continue;
    const written = entry(resource.value, 'Properties')?.value;
    const constructPath = cdkPath(resource.value);
    const source = {
      file: options.file,
      format,
      ...(options.stack ? { stack: options.stack } : {}),
      ...(constructPath ? { constructPath } : {}),
    };
    const branches: Branch[] = branchesFor(conditionsUsedIn(written), conditions, baseScope) ?? [
      { conditions: new Map() },
    ];
    for (const branch of branches) {
      const scope = { ...baseScope, conditions: branch.conditions };
      const reader = new PropertyReader(scope);
      // `Properties: !If [...]` picks a whole property map per branch; one only known at deploy time
      // leaves nothing to check, so no model is made rather than a model of guesses.
      const evaluated = written ? evaluate(written, scope) : undefined;
      if (evaluated && evaluated.kind !== 'map' && evaluated.kind !== 'novalue') continue;
      const properties = evaluated?.kind === 'map' ? evaluated : undefined;
      const literalName = reader.literal(properties, 'TableName');
      const scaled =
        autoscaling.get(resource.key) ?? (literalName ? autoscaling.get(literalName) : undefined);
      result.tables.push(
        buildTable({
          id: resource.key,
          type: String(type.value),
          resource: resource.value,
          properties,
          location: resource.location,
          reader,
          source,
          ...(branch.label ? { variant: branch.label } : {}),
          ...(scaled ? { scaled } : {}),
          ...(globals ? { globals } : {}),
        }),
      );
    }
    const suppression = metadataSuppression(resource, options.file);
    if (suppression) result.suppressions.push(suppression);
  }
  if (budget.exhausted) {
    result.problems.push(evaluationLimitProblem(options.file, 'the intrinsic functions of this file'));
  }
  return result;
}

function mapAt(node: SourceNode | undefined, key: string): MapNode | undefined {
  const value = entry(node, key)?.value;
  return value?.kind === 'map' ? value : undefined;
}

function declaresSamTransform(transform: SourceNode | undefined): boolean {
  if (transform?.kind === 'scalar') return transform.value === SAM_TRANSFORM;
  if (transform?.kind === 'seq')
    return transform.items.some((t) => t.kind === 'scalar' && t.value === SAM_TRANSFORM);
  return false;
}

function cdkPath(resource: MapNode): string | undefined {
  const path = entry(mapAt(resource, 'Metadata'), 'aws:cdk:path')?.value;
  return path?.kind === 'scalar' && typeof path.value === 'string' ? path.value : undefined;
}

/**
 * `Metadata: { dynalint: { ignore: [rule-id, …] } }` (items may also be `{ rule, reason }`) silences those
 * rules for the whole resource.
 */
function metadataSuppression(resource: MapEntry, file: string): Suppression | undefined {
  const ignore = entry(mapAt(mapAt(resource.value, 'Metadata'), 'dynalint'), 'ignore')?.value;
  if (!ignore) return undefined;
  const items = ignore.kind === 'seq' ? ignore.items : [ignore];
  const ruleIds: string[] = [];
  const reasons: string[] = [];
  for (const item of items) {
    if (item.kind === 'scalar' && item.value !== null) ruleIds.push(String(item.value));
    const rule = entry(item, 'rule')?.value;
    if (rule?.kind === 'scalar') ruleIds.push(String(rule.value));
    const reason = entry(item, 'reason')?.value;
    if (reason?.kind === 'scalar') reasons.push(String(reason.value));
  }
  if (ruleIds.length === 0) return undefined;
  return {
    file,
    startLine: resource.location.line,
    endLine: resource.location.endLine,
    ruleIds,
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
  };
}
