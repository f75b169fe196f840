/**
 * A CloudFormation template (plain, SAM, CDK-synthesized or the `resources` of a Serverless service)
 * → the tables it declares, one model per reachable condition branch, plus metadata suppressions.
 */
import type { LoadResult, SourceFormat } from '../../model.ts';
import { suppressionOf } from '../../shared/suppressions.ts';
import { EvaluationBudget, evaluationLimitProblem } from '../budget.ts';
import { branchesFor, type Branch } from '../conditions.ts';
import { conditionsUsedIn, evaluate, type EvaluationScope } from '../evaluate.ts';
import { PropertyReader } from '../read.ts';
import { entry, type MapEntry, type MapNode, type SourceNode } from '../source-tree.ts';
import { findAutoscaling } from './autoscaling.ts';
import { declarationOf, templateNames } from './declaration.ts';
import { duplicateKeyProblems } from './duplicates.ts';
import { templateEnvironment } from './environment.ts';
import { expandForEach, hasForEach } from './foreach.ts';
import { TABLE_TYPES, buildTable } from './tables.ts';

export interface TemplateOptions {
  readonly file: string;
  /** Defaults to `sam` when the template declares the SAM transform, else `cloudformation`. */
  readonly format?: SourceFormat;
  readonly stack?: string;
  /** The region the stack deploys to, when the source names it. */
  readonly region?: string;
  readonly resolveVariables?: EvaluationScope['resolveVariables'];
}

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export function loadTemplate(root: MapNode, options: TemplateOptions): LoadResult {
  const written = entry(root, 'Resources')?.value;
  if (written?.kind !== 'map') return { tables: [], suppressions: [], problems: [] };
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
  const resources = hasForEach(written) ? expandForEach(written, baseScope) : written;
  const autoscaling = findAutoscaling(resources, baseScope);
  // Loop copies share their body's source: its repeated keys are reported once.
  const reported = new Set<string>();
  const globals = mapAt(mapAt(root, 'Globals'), 'SimpleTable');
  const names = templateNames(root);

  for (const resource of resources.entries) {
    if (resource.value.kind !== 'map') continue;
    const type = entry(resource.value, 'Type')?.value;
    if (type?.kind !== 'scalar' || !TABLE_TYPES.has(String(type.value))) continue;
    for (const problem of duplicateKeyProblems(resource, resources)) {
      const at = JSON.stringify(problem.location);
      if (!reported.has(at)) result.problems.push(problem);
      reported.add(at);
    }
    const properties = entry(resource.value, 'Properties')?.value;
    const constructPath = cdkPath(resource.value);
    const source = {
      file: options.file,
      format,
      ...(options.stack ? { stack: options.stack } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(constructPath ? { constructPath } : {}),
    };
    const branches: Branch[] = branchesFor(conditionsUsedIn(properties), conditions, baseScope) ?? [
      { conditions: new Map() },
    ];
    for (const branch of branches) {
      const scope = { ...baseScope, conditions: branch.conditions };
      const reader = new PropertyReader(scope);
      // `Properties: !If [...]` picks a whole property map per branch; one only known at deploy time
      // leaves nothing to check, so no model is made rather than a model of guesses.
      const evaluated = properties ? evaluate(properties, scope) : undefined;
      if (evaluated && evaluated.kind !== 'map' && evaluated.kind !== 'novalue') continue;
      const branchProperties = evaluated?.kind === 'map' ? evaluated : undefined;
      const literalName = reader.literal(branchProperties, 'TableName');
      const scaled =
        autoscaling.get(resource.key) ?? (literalName ? autoscaling.get(literalName) : undefined);
      result.tables.push({
        ...buildTable({
          id: resource.key,
          type: String(type.value),
          resource: resource.value,
          properties: branchProperties,
          location: resource.location,
          reader,
          source,
          ...(branch.label ? { variant: branch.label } : {}),
          ...(scaled ? { scaled } : {}),
          ...(globals ? { globals } : {}),
        }),
        declaration: declarationOf(
          String(type.value),
          resource.value,
          resource.location,
          evaluated,
          scope,
          names,
        ),
      });
    }
    for (const read of metadataSuppressions(resource, resource.location.file)) {
      if ('problem' in read) result.problems.push(read.problem);
      else result.suppressions.push(read.suppression);
    }
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
 * `Metadata: { dynalint: { ignore: [{ rule: <rule-id>, reason: why }, …] } }` silences those rules for the
 * whole resource. An item without a reason (a bare rule id) silences nothing and is reported.
 */
type SuppressionRead = ReturnType<typeof suppressionOf>;

function metadataSuppressions(resource: MapEntry, file: string): SuppressionRead[] {
  const ignore = entry(mapAt(mapAt(resource.value, 'Metadata'), 'dynalint'), 'ignore')?.value;
  if (!ignore) return [];
  const items = ignore.kind === 'seq' ? ignore.items : [ignore];
  return items.map((item) => {
    const rule = item.kind === 'scalar' ? item : entry(item, 'rule')?.value;
    const reason = entry(item, 'reason')?.value;
    return suppressionOf(
      {
        ruleIds: rule?.kind === 'scalar' && rule.value !== null ? [String(rule.value)] : [],
        reason: reason?.kind === 'scalar' && reason.value !== null ? String(reason.value).trim() : '',
      },
      {
        file,
        startLine: resource.location.line,
        endLine: resource.location.endLine,
        directive: item.location,
      },
      '"ignore: [{ rule: <rule-id>, reason: why this table is fine }]"',
    );
  });
}
