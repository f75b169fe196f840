/**
 * One Terraform module (a directory) → its tables. Pure: the caller passes every `.tf`, `.tf.json` and
 * `*.tfvars[.json]` file of the directory (variables and locals are shared across them). A file that does
 * not parse becomes a `parse-error` at the parser's position; the other files are still read.
 */
import path from 'node:path';
import type { Parser } from 'web-tree-sitter';
import {
  fileStart,
  type LoadProblem,
  type LoadResult,
  type TableModel,
  type TableSource,
} from '../../model.ts';
import { appendAll } from '../../shared/append.ts';
import { EvaluationBudget, TERRAFORM_EVALUATION_BUDGET, evaluationLimitProblem } from '../budget.ts';
import { parseJsonSource } from '../json-source.ts';
import { SourceLimitError, SourceSyntaxError } from '../source-tree.ts';
import { findAutoscaling, type AutoscalingIndex } from './autoscaling.ts';
import { evaluate, type Scope, type Value } from './evaluate.ts';
import { bodyFields, iterate, readString } from './fields.ts';
import { hclParser, parseHcl } from './hcl.ts';
import { jsonObject } from './json.ts';
import { buildModuleTable, isDynamoDbTableModule } from './module.ts';
import { findExternalReplicas, type ExternalReplicas } from './replicas.ts';
import { hclSuppressions } from './suppressions.ts';
import { buildTable } from './table.ts';
import { attributeOf, blocksOf, jsonBody, type Block, type ConfigFile } from './tree.ts';
import { isVariableFile, moduleValues } from './variables.ts';

export interface TerraformFile {
  /** Relative to the working directory, `/`-separated. */
  readonly display: string;
  readonly text: string;
}

export async function loadTerraformDirectory(files: readonly TerraformFile[]): Promise<LoadResult> {
  return loadWithParser(await hclParser(), files);
}

export function loadWithParser(parser: Parser, files: readonly TerraformFile[]): LoadResult {
  const result: LoadResult = { tables: [], suppressions: [], problems: [] };
  const configs: ConfigFile[] = [];
  const variableFiles: ConfigFile[] = [];
  for (const file of files) {
    const parsed = parseFile(parser, file);
    if ('problem' in parsed) {
      result.problems.push(parsed.problem);
      continue;
    }
    (isVariableFile(file.display) ? variableFiles : configs).push(parsed);
    const { suppressions, problems } = hclSuppressions(parsed);
    appendAll(result.suppressions, suppressions);
    appendAll(result.problems, problems);
  }
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const scope: Scope = { module: moduleValues(configs, variableFiles, budget) };
  const resources = configs.flatMap((c) =>
    blocksOf(c.body, 'resource', 2).map((block) => ({ block, file: c.file })),
  );
  const autoscaling = findAutoscaling(
    resources.map((r) => r.block),
    scope,
  );
  const replicas = findExternalReplicas(
    resources.map((r) => r.block),
    configs.map((c) => c.body),
    scope,
  );
  for (const { block, file } of resources) {
    if (block.labels[0] !== 'aws_dynamodb_table') continue;
    const table = resourceTable(block, file, scope, autoscaling, replicas);
    if (table) result.tables.push(table);
  }
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'module', 1)) {
      const table = moduleTable(block, config.file, scope, autoscaling);
      if (table) result.tables.push(table);
    }
  }
  const first = configs[0];
  if (budget.exhausted && first) {
    result.problems.push(
      evaluationLimitProblem(first.file, `the expressions of module ${moduleDirectory(first.file)}`),
    );
  }
  return result;
}

function parseFile(parser: Parser, file: TerraformFile): ConfigFile | { problem: LoadProblem } {
  if (file.display.toLowerCase().endsWith('.json')) {
    try {
      const root = parseJsonSource(file.text, file.display).root;
      if (root?.kind !== 'map') {
        return parseError('Terraform JSON: the file is not an object', fileStart(file.display));
      }
      return { file: file.display, body: jsonBody(jsonObject(root, { templates: true })), comments: [] };
    } catch (error) {
      if (error instanceof SourceSyntaxError) return parseError(error.message, error.location);
      if (error instanceof SourceLimitError) return skipped(error.message, error.location);
      throw error;
    }
  }
  const parsed = parseHcl(parser, file.text, file.display);
  if ('body' in parsed) return parsed;
  return parsed.skipped
    ? skipped(parsed.message, parsed.location)
    : parseError(parsed.message, parsed.location);
}

function skipped(message: string, location: LoadProblem['location']): { problem: LoadProblem } {
  return {
    problem: { ruleId: 'file-skipped', severity: 'warning', message: `not read: ${message}`, location },
  };
}

function parseError(message: string, location: LoadProblem['location']): { problem: LoadProblem } {
  return { problem: { ruleId: 'parse-error', severity: 'error', message, location } };
}

/** How `count`/`for_each` multiplies a declaration: `undefined` when it creates no instance at all. */
interface Instances {
  readonly scope: Scope;
  readonly notes: string[];
}

function instancesOf(block: Block, scope: Scope): Instances | undefined {
  const count = attributeOf(block.body, 'count');
  if (count) {
    const value = evaluate(count.value, scope);
    if (value.kind === 'scalar' && typeof value.value === 'number') {
      if (value.value === 0) return undefined;
      if (value.value === 1) return { scope, notes: [] };
      const what = `count = ${value.value}`;
      return {
        scope: { ...scope, instances: what },
        notes: [`${what}: one model stands for every instance`],
      };
    }
    const why = value.kind === 'unknown' ? value.reason : 'count is not a number';
    return {
      scope: { ...scope, instances: 'count' },
      notes: [`count is set (${why}): one model stands for every instance`],
    };
  }
  const forEach = attributeOf(block.body, 'for_each');
  if (forEach) {
    const elements = iterate(evaluate(forEach.value, scope), true);
    if (!('reason' in elements) && elements.length === 0) return undefined;
    const keys = 'reason' in elements ? undefined : elements.map((e) => describeKey(e.key));
    const what = keys ? `for_each over ${keys.join(', ')}` : 'for_each';
    return {
      scope: { ...scope, instances: what },
      notes: [
        keys
          ? `${what}: one model stands for every instance`
          : `for_each is set (${(elements as { reason: string }).reason}): one model stands for every instance`,
      ],
    };
  }
  return { scope, notes: [] };
}

function describeKey(key: Value): string {
  return key.kind === 'scalar' ? JSON.stringify(key.value) : '?';
}

function resourceTable(
  block: Block,
  file: string,
  moduleScope: Scope,
  autoscaling: AutoscalingIndex,
  replicas: ExternalReplicas,
): TableModel | undefined {
  const instances = instancesOf(block, moduleScope);
  if (!instances) return undefined;
  const address = `${block.labels[0]}.${block.labels[1]}`;
  const fields = bodyFields(block.body, instances.scope, block.location);
  const name = readString(fields, 'name');
  const literalName = name?.known ? name.value : undefined;
  const scaled =
    autoscaling.byAddress.get(address) ?? (literalName ? autoscaling.byName.get(literalName) : undefined);
  const legacy = literalName ? replicas.legacyByName.get(literalName) : undefined;
  const extraReplicas = [...(replicas.byAddress.get(address) ?? []), ...(legacy?.replicas ?? [])];
  return buildTable({
    address,
    resourceType: 'aws_dynamodb_table',
    fields,
    source: terraformSource(file),
    ...(scaled ? { scaled } : {}),
    ...(extraReplicas.length ? { replicas: extraReplicas } : {}),
    notes: [...instances.notes, ...(legacy ? [legacy.note] : [])],
  });
}

function moduleTable(
  block: Block,
  file: string,
  moduleScope: Scope,
  autoscaling: AutoscalingIndex,
): TableModel | undefined {
  const source = attributeOf(block.body, 'source')?.value;
  if (
    source?.kind !== 'literal' ||
    typeof source.value !== 'string' ||
    !isDynamoDbTableModule(source.value)
  ) {
    return undefined;
  }
  const instances = instancesOf(block, moduleScope);
  if (!instances) return undefined;
  const address = `module.${block.labels[0]}`;
  const scaled = autoscaling.byAddress.get(address);
  return buildModuleTable({
    address,
    fields: bodyFields(block.body, instances.scope, block.location),
    source: terraformSource(file),
    ...(scaled ? { scaled } : {}),
    notes: instances.notes,
  });
}

function terraformSource(file: string): TableSource {
  return { file, format: 'terraform' };
}

/** Directory of a display path (`infra/main.tf` → `infra`). */
export function moduleDirectory(display: string): string {
  return path.posix.dirname(display);
}
