/**
 * One Terraform module (a directory) → its tables. Pure: the caller passes every configuration file
 * (`.tf`, `.tf.json`, `.tofu`, `.tofu.json`) and `*.tfvars[.json]` file of the directory (variables and
 * locals are shared across them), and how to find the code of the modules it calls. A module on disk is
 * evaluated with the caller's arguments as its variables; its tables are addressed `module.<name>.…`. A file
 * that does not parse becomes a `parse-error` at the parser's position, one too costly to read (slow to
 * parse, nested too deeply) a `file-skipped`; the other files are still read. Each module evaluation has a
 * work budget: past it values are unknown and one `evaluation-limit` finding names the module.
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
import { evaluate, unknownValue, type Scope, type Value } from './evaluate.ts';
import { bodyFields, iterate, readString } from './fields.ts';
import { hclParser, parseHcl } from './hcl.ts';
import { jsonObject } from './json.ts';
import { buildModuleTable, isDynamoDbTableModule } from './module.ts';
import { findExternalReplicas, type ExternalReplicas } from './replicas.ts';
import { hclSuppressions } from './suppressions.ts';
import { buildTable } from './table.ts';
import { attributeOf, blocksOf, jsonBody, type Block, type ConfigFile } from './tree.ts';
import { effectiveFiles, roleOf } from './files.ts';
import { movesIn, previousAddresses } from './moves.ts';
import { applyOverrides } from './overrides.ts';
import { terragruntUnit, unitFields, type IncludeLookup } from './terragrunt.ts';
import { moduleValues } from './variables.ts';

export interface TerraformFile {
  /** Relative to the working directory, `/`-separated. */
  readonly display: string;
  readonly text: string;
}

/** The code of a module a `module` block calls, when it is on disk (a local path, or vendored by init). */
export interface ResolvedModule {
  /** The module's directory, as display paths are written (`modules/table`, `.`). */
  readonly directory: string;
  readonly files: readonly TerraformFile[];
}

/** Where a `module` block is. */
export interface ModuleCallSite {
  /** The directory being linted (the root module), where `terraform init` keeps `.terraform/modules`. */
  readonly root: string;
  /** The directory of the module holding the block. */
  readonly directory: string;
  /** The call's path from the root module (`orders`, `app.orders`), as `modules.json` keys it. */
  readonly key: string;
}

export interface ModuleResolver {
  resolve(call: ModuleCallSite, source: string): ResolvedModule | undefined;
}

export interface DirectoryOptions {
  readonly modules?: ModuleResolver;
  /**
   * Files whose problems and suppressions are already reported: shared between the loads of several
   * directories, a module they all call (and nobody lints on its own) is reported once.
   */
  readonly reported?: Set<string>;
  /** The file a Terragrunt unit's `find_in_parent_folders(name)` finds, when it was read. */
  readonly included?: (unitFile: string, name: string) => TerraformFile | undefined;
}

/** Nesting deeper than this is not followed (a module calling itself through a path, a generated maze). */
const MAX_MODULE_DEPTH = 8;

/** Arguments of a `module` block that are not the module's inputs. */
const META_ARGUMENTS: ReadonlySet<string> = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);

export async function loadTerraformDirectory(
  files: readonly TerraformFile[],
  options: DirectoryOptions = {},
): Promise<LoadResult> {
  return loadWithParser(await hclParser(), files, options);
}

export function loadWithParser(
  parser: Parser,
  files: readonly TerraformFile[],
  options: DirectoryOptions = {},
): LoadResult {
  const result: LoadResult = { tables: [], suppressions: [], problems: [] };
  const session: Session = {
    parser,
    parsed: new Map(),
    into: result,
    ...options,
    reported: options.reported ?? new Set(),
  };
  const directory = moduleDirectory(files[0]?.display ?? 'main.tf');
  const { configs, variableFiles, terragrunt } = readDirectory(session, files);
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const scope: Scope = { module: moduleValues(configs, variableFiles, undefined, budget) };
  const root: ModuleContext = { directory, configs, scope, key: '', stack: [directory] };
  appendAll(result.tables, moduleTables(session, root));
  reportExhausted(session, budget, configs, directory);
  for (const unit of terragrunt) appendAll(result.tables, terragruntTables(session, root, unit));
  return result;
}

/** The tables of the module a `terragrunt.hcl` applies, as that module's root (see terragrunt.ts). */
function terragruntTables(session: Session, root: ModuleContext, config: ConfigFile): TableModel[] {
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const lookup: IncludeLookup = (name) => {
    const file = session.included?.(config.file, name);
    const parsed = file && (session.parsed.get(file.display) ?? parseFile(session.parser, file));
    if (!file || !parsed || 'problem' in parsed) return undefined;
    session.parsed.set(file.display, parsed);
    return { config: parsed, scope: { module: moduleValues([parsed], [], undefined, budget) } };
  };
  const unit = terragruntUnit(config, { module: moduleValues([config], [], undefined, budget) }, lookup);
  reportExhausted(session, budget, [config], root.directory);
  if (!unit) return [];
  const note = `applied by Terragrunt from ${config.file} (source "${unit.source}")`;
  if (isDynamoDbTableModule(unit.source)) {
    const table = buildModuleTable({
      address: 'aws_dynamodb_table.this',
      fields: unitFields(unit),
      source: terraformSource(config.file),
      notes: [note],
    });
    return table ? [table] : [];
  }
  const target = session.modules?.resolve(
    { root: root.directory, directory: root.directory, key: '' },
    unit.source,
  );
  if (!target || root.stack.includes(target.directory)) return [];
  const { configs } = readDirectory(session, target.files);
  const inputs = new Map(unit.inputs);
  if (unit.unsetReason) {
    for (const block of configs.flatMap((c) => blocksOf(c.body, 'variable', 1))) {
      const name = block.labels[0] as string;
      if (!inputs.has(name))
        inputs.set(name, unknownValue(`var.${name} is ${unit.unsetReason}`, unit.location));
    }
  }
  return calledModuleTables(session, root, target, configs, inputs, '').map((table) => ({
    ...table,
    source: { ...table.source, file: config.file },
    notes: [...(table.notes ?? []), note],
  }));
}

/** One `evaluation-limit` finding per module whose budget ran out, on its first configuration file. */
function reportExhausted(
  session: Session,
  budget: EvaluationBudget,
  configs: readonly ConfigFile[],
  directory: string,
): void {
  const first = configs[0];
  if (!budget.exhausted || !first) return;
  session.into.problems.push(
    evaluationLimitProblem(first.file, `the expressions of the module in "${directory}"`),
  );
}

/** What one load shares across the modules it evaluates. */
interface Session extends DirectoryOptions {
  readonly parser: Parser;
  readonly parsed: Map<string, ConfigFile | { problem: LoadProblem }>;
  readonly reported: Set<string>;
  readonly into: LoadResult;
}

/** One module being evaluated: its merged configuration and the values its expressions see. */
interface ModuleContext {
  readonly directory: string;
  readonly configs: readonly ConfigFile[];
  readonly scope: Scope;
  readonly key: string;
  /** Directories of the modules being evaluated, outermost first. */
  readonly stack: readonly string[];
}

/** Parses a directory's files (once per load), reporting each file's problems and suppressions once. */
function readDirectory(
  session: Session,
  files: readonly TerraformFile[],
): { configs: ConfigFile[]; variableFiles: ConfigFile[]; terragrunt: ConfigFile[] } {
  const configurations: ConfigFile[] = [];
  const overrides: ConfigFile[] = [];
  const variableFiles: ConfigFile[] = [];
  const terragrunt: ConfigFile[] = [];
  for (const file of effectiveFiles(files)) {
    let parsed = session.parsed.get(file.display);
    if (!parsed) {
      parsed = parseFile(session.parser, file);
      session.parsed.set(file.display, parsed);
    }
    const firstReport = !session.reported.has(file.display);
    if (firstReport) session.reported.add(file.display);
    if ('problem' in parsed) {
      if (firstReport) session.into.problems.push(parsed.problem);
      continue;
    }
    const role = roleOf(file.display);
    const group = {
      variables: variableFiles,
      override: overrides,
      terragrunt,
      configuration: configurations,
    };
    group[role].push(parsed);
    if (firstReport) {
      const { suppressions, problems } = hclSuppressions(parsed);
      appendAll(session.into.suppressions, suppressions);
      appendAll(session.into.problems, problems);
    }
  }
  return { configs: applyOverrides(configurations, overrides), variableFiles, terragrunt };
}

/** The tables a module declares, itself and through the modules it calls; ids relative to the module. */
function moduleTables(session: Session, module: ModuleContext): TableModel[] {
  const { configs, scope } = module;
  const tables: TableModel[] = [];
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
    appendAll(tables, resourceTables(block, file, scope, autoscaling, replicas));
  }
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'module', 1)) {
      appendAll(tables, calledTables(session, module, block, config.file, autoscaling));
    }
  }
  const moves = movesIn(configs);
  if (moves.length === 0) return tables;
  return tables.map((table) => {
    const earlier = [table.id, ...(table.movedFrom ?? [])].flatMap((id) => previousAddresses(id, moves));
    const movedFrom = [...new Set([...(table.movedFrom ?? []), ...earlier])];
    return movedFrom.length ? { ...table, movedFrom } : table;
  });
}

/** The tables of a `module` block: the dynamodb-table module from its inputs, a module on disk evaluated. */
function calledTables(
  session: Session,
  caller: ModuleContext,
  block: Block,
  file: string,
  autoscaling: AutoscalingIndex,
): TableModel[] {
  const source = attributeOf(block.body, 'source')?.value;
  if (source?.kind !== 'literal' || typeof source.value !== 'string') return [];
  if (isDynamoDbTableModule(source.value)) {
    return registryModuleTables(block, file, caller.scope, autoscaling);
  }
  const name = block.labels[0] as string;
  const key = caller.key ? `${caller.key}.${name}` : name;
  const target = session.modules?.resolve(
    { root: caller.stack[0] ?? caller.directory, directory: caller.directory, key },
    source.value,
  );
  if (!target || caller.stack.includes(target.directory) || caller.stack.length > MAX_MODULE_DEPTH) return [];
  const { configs } = readDirectory(session, target.files);
  return instancesOf(block, caller.scope).flatMap((instance) => {
    const inputs = new Map<string, Value>();
    for (const attribute of block.body.attributes) {
      if (!META_ARGUMENTS.has(attribute.name))
        inputs.set(attribute.name, evaluate(attribute.value, instance.scope));
    }
    const prefix = `module.${name}${instance.key}.`;
    // A table belongs to the root configuration that calls the module (its state holds it): the calling
    // file and the full address identify it, so two roots calling one module keep two tables.
    return calledModuleTables(session, caller, target, configs, inputs, key).map((table) => ({
      ...table,
      id: prefix + table.id,
      source: { ...table.source, file },
      ...(table.movedFrom ? { movedFrom: table.movedFrom.map((id) => prefix + id) } : {}),
      notes: [
        ...(table.notes ?? []),
        `declared through module.${name} (source "${source.value}")`,
        ...instance.notes,
      ],
    }));
  });
}

/** A module on disk evaluated with `inputs` as its variables: its tables, addressed within it. */
function calledModuleTables(
  session: Session,
  caller: ModuleContext,
  target: ResolvedModule,
  configs: readonly ConfigFile[],
  inputs: ReadonlyMap<string, Value>,
  key: string,
): TableModel[] {
  // Each module call evaluates the module anew with its own arguments, under its own budget.
  const budget = new EvaluationBudget(TERRAFORM_EVALUATION_BUDGET);
  const tables = moduleTables(session, {
    directory: target.directory,
    configs,
    scope: {
      module: moduleValues(configs, [], inputs, budget),
      moduleFiles: new Set(target.files.map((f) => f.display)),
    },
    key,
    stack: [...caller.stack, target.directory],
  });
  reportExhausted(session, budget, configs, target.directory);
  return tables;
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

/**
 * One instance `count`/`for_each` declares: the scope its expressions see (`each` bound when the
 * `for_each` is known) and its address suffix (`["orders"]`, or `''` for a model standing for all).
 */
interface Instance {
  readonly scope: Scope;
  readonly key: string;
  readonly notes: string[];
}

/** A known `for_each` with more keys than this is one model standing for every instance. */
const MAX_MODELLED_INSTANCES = 256;

/**
 * The instances of a declaration: none for `count = 0` or an empty `for_each`; one per key for a
 * `for_each` over a known map or set of strings (each with its own `each.key` / `each.value`); otherwise
 * one model standing for every instance, with a note saying so.
 */
function instancesOf(block: Block, scope: Scope): Instance[] {
  const count = attributeOf(block.body, 'count');
  if (count) {
    const value = evaluate(count.value, scope);
    if (value.kind === 'scalar' && typeof value.value === 'number') {
      if (value.value === 0) return [];
      if (value.value === 1) return [{ scope, key: '', notes: [] }];
      return standingForAll(scope, `count = ${value.value}`, `count = ${value.value}`);
    }
    const why = value.kind === 'unknown' ? value.reason : 'count is not a number';
    return standingForAll(scope, 'count', `count is set (${why})`);
  }
  const forEach = attributeOf(block.body, 'for_each');
  if (!forEach) return [{ scope, key: '', notes: [] }];
  const elements = iterate(evaluate(forEach.value, scope), true);
  if ('reason' in elements) return standingForAll(scope, 'for_each', `for_each is set (${elements.reason})`);
  if (elements.length === 0) return [];
  const keys = elements.map((e) =>
    e.key.kind === 'scalar' && typeof e.key.value === 'string' ? e.key.value : undefined,
  );
  if (
    keys.every((k) => k !== undefined) &&
    new Set(keys).size === keys.length &&
    keys.length <= MAX_MODELLED_INSTANCES
  ) {
    return elements.map((each, i) => ({
      scope: { ...scope, iterators: new Map([...(scope.iterators ?? []), ['each', each]]) },
      key: `[${JSON.stringify(keys[i])}]`,
      notes: [],
    }));
  }
  const listed =
    elements.length <= 8 ? elements.map((e) => describeKey(e.key)).join(', ') : `${elements.length} keys`;
  return standingForAll(scope, `for_each over ${listed}`, `for_each over ${listed}`);
}

/** One model for every instance: `count.index` / `each.*` are unknown in it (`instances` says why). */
function standingForAll(scope: Scope, instances: string, what: string): Instance[] {
  return [
    { scope: { ...scope, instances }, key: '', notes: [`${what}: one model stands for every instance`] },
  ];
}

function describeKey(key: Value): string {
  return key.kind === 'scalar' ? JSON.stringify(key.value) : '?';
}

function resourceTables(
  block: Block,
  file: string,
  moduleScope: Scope,
  autoscaling: AutoscalingIndex,
  replicas: ExternalReplicas,
): TableModel[] {
  // Autoscaling targets and replicas name the resource, or one instance of it.
  const address = `${block.labels[0]}.${block.labels[1]}`;
  return instancesOf(block, moduleScope).map((instance) => {
    const fields = bodyFields(block.body, instance.scope, block.location);
    const name = readString(fields, 'name');
    const literalName = name?.known ? name.value : undefined;
    const scaled =
      (instance.key ? autoscaling.byAddress.get(address + instance.key) : undefined) ??
      autoscaling.byAddress.get(address) ??
      (literalName ? autoscaling.byName.get(literalName) : undefined);
    const legacy = literalName ? replicas.legacyByName.get(literalName) : undefined;
    const extraReplicas = [
      ...(replicas.byAddress.get(address) ?? []),
      ...((instance.key && replicas.byAddress.get(address + instance.key)) || []),
      ...(legacy?.replicas ?? []),
    ];
    return buildTable({
      address: address + instance.key,
      resourceType: 'aws_dynamodb_table',
      fields,
      source: terraformSource(file),
      ...(scaled ? { scaled } : {}),
      ...(extraReplicas.length ? { replicas: extraReplicas } : {}),
      notes: [...instance.notes, ...(legacy ? [legacy.note] : [])],
    });
  });
}

/** The tables of a call of the terraform-aws-modules dynamodb-table module, one per instance. */
function registryModuleTables(
  block: Block,
  file: string,
  moduleScope: Scope,
  autoscaling: AutoscalingIndex,
): TableModel[] {
  const address = `module.${block.labels[0]}`;
  const scaled = autoscaling.byAddress.get(address);
  return instancesOf(block, moduleScope).flatMap((instance) => {
    const table = buildModuleTable({
      address: address + instance.key,
      fields: bodyFields(block.body, instance.scope, block.location),
      source: terraformSource(file),
      ...(scaled ? { scaled } : {}),
      notes: instance.notes,
    });
    return table ? [table] : [];
  });
}

function terraformSource(file: string): TableSource {
  return { file, format: 'terraform' };
}

/** Directory of a display path (`infra/main.tf` → `infra`). */
export function moduleDirectory(display: string): string {
  return path.posix.dirname(display);
}
