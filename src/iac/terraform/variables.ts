/**
 * The values of one module (directory). A root module: `variable` defaults overridden by the variable files
 * Terraform loads on its own (`terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars[.json]` in
 * name order), then by the other `*.tfvars` files, which are chosen per run with `-var-file`: a variable those
 * files set differently from one another is unknown, and so is one left without a value (no default, or a
 * null default), which `-var` or the environment supplies. A module called by another: the caller's
 * arguments, else the defaults (null included). `locals` are evaluated on first use.
 */
import path from 'node:path';
import type { Location } from '../../model.ts';
import type { EvaluationBudget } from '../budget.ts';
import { evaluate, sameValue, unknownValue, type ModuleValues, type Scope, type Value } from './evaluate.ts';
import { attributeOf, blocksOf, type ConfigFile, type Expression } from './tree.ts';
import { withTypeDefaults } from './types.ts';

/** Nothing to refer to: variable defaults and `.tfvars` values are constants. */
const CONSTANT_SCOPE: Scope = {
  module: { variable: () => undefined, local: () => undefined },
};

export function isVariableFile(file: string): boolean {
  return /\.tfvars(\.json)?$/i.test(file);
}

function isAutoLoaded(file: string): boolean {
  const name = path.posix.basename(file).toLowerCase();
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}

/** Terraform's order: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars*` by name. */
function loadOrder(a: ConfigFile, b: ConfigFile): number {
  const rank = (f: ConfigFile): string => {
    const name = path.posix.basename(f.file).toLowerCase();
    if (name === 'terraform.tfvars') return '0';
    if (name === 'terraform.tfvars.json') return '1';
    return `2${path.posix.basename(f.file)}`;
  };
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

/**
 * Locals evaluated inside one another at most: each link recurses through the evaluator, so a generated
 * chain (`l2 = [local.l1]`, …) thousands long would overflow the stack. Past it the value is unknown.
 */
export const MAX_LOCAL_CHAIN = 100;

/** The arguments a `module` block passes to the module it calls, evaluated in the caller's scope. */
export type ModuleInputs = ReadonlyMap<string, Value>;

export function moduleValues(
  configs: readonly ConfigFile[],
  variableFiles: readonly ConfigFile[],
  inputs?: ModuleInputs,
  budget?: EvaluationBudget,
): ModuleValues {
  const variables = inputs ? calledVariables(configs, inputs) : resolveVariables(configs, variableFiles);
  const localExpressions = new Map<string, Expression>();
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'locals')) {
      for (const attribute of block.body.attributes) {
        if (!localExpressions.has(attribute.name)) localExpressions.set(attribute.name, attribute.value);
      }
    }
  }
  const locals = new Map<string, Value>();
  const evaluating = new Set<string>();
  const values: ModuleValues = {
    ...(budget ? { budget } : {}),
    variable: (name) => variables.get(name),
    local(name: string, at: Location): Value | undefined {
      const cached = locals.get(name);
      if (cached) return cached;
      const expression = localExpressions.get(name);
      if (!expression) return undefined;
      if (evaluating.has(name)) return unknownValue(`local.${name} refers to itself`, at);
      if (evaluating.size >= MAX_LOCAL_CHAIN) {
        return unknownValue(`local.${name} is reached through more than ${MAX_LOCAL_CHAIN} other locals`, at);
      }
      evaluating.add(name);
      const value = evaluate(expression, { module: values });
      evaluating.delete(name);
      locals.set(name, value);
      return value;
    },
  };
  return values;
}

function resolveVariables(
  configs: readonly ConfigFile[],
  variableFiles: readonly ConfigFile[],
): Map<string, Value> {
  const auto = variableFiles.filter((f) => isAutoLoaded(f.file)).sort(loadOrder);
  const chosen = variableFiles.filter((f) => !isAutoLoaded(f.file));
  const resolved = new Map<string, Value>();
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'variable', 1)) {
      const name = block.labels[0] as string;
      if (resolved.has(name)) continue;
      let value: Value = unknownValue(
        `var.${name} has no default and no .tfvars file in the directory sets it`,
        block.location,
      );
      const declaredDefault = attributeOf(block.body, 'default');
      if (declaredDefault) value = evaluate(declaredDefault.value, CONSTANT_SCOPE);
      if (value.kind === 'scalar' && value.value === null) {
        value = unknownValue(
          `var.${name} defaults to null and no .tfvars file in the directory sets it`,
          block.location,
        );
      }
      for (const file of auto) value = assignedIn(file, name) ?? value;
      resolved.set(
        name,
        withTypeDefaults(chooseAmong(chosen, name, value), attributeOf(block.body, 'type')?.value),
      );
    }
  }
  return resolved;
}

function calledVariables(configs: readonly ConfigFile[], inputs: ModuleInputs): Map<string, Value> {
  const resolved = new Map<string, Value>();
  for (const config of configs) {
    for (const block of blocksOf(config.body, 'variable', 1)) {
      const name = block.labels[0] as string;
      if (resolved.has(name)) continue;
      const declaredDefault = attributeOf(block.body, 'default');
      const input = inputs.get(name);
      // `nullable = false`: a null argument means the default.
      const nullable = attributeOf(block.body, 'nullable')?.value;
      const given =
        input?.kind === 'scalar' &&
        input.value === null &&
        nullable?.kind === 'literal' &&
        nullable.value === false
          ? undefined
          : input;
      const value =
        given ??
        (declaredDefault
          ? evaluate(declaredDefault.value, CONSTANT_SCOPE)
          : unknownValue(`var.${name} is required and the module call does not set it`, block.location));
      resolved.set(name, withTypeDefaults(value, attributeOf(block.body, 'type')?.value));
    }
  }
  return resolved;
}

function assignedIn(file: ConfigFile, name: string): Value | undefined {
  const attribute = attributeOf(file.body, name);
  return attribute ? evaluate(attribute.value, CONSTANT_SCOPE) : undefined;
}

/** One `-var-file` per run: the value is known only when every such file leaves the same value. */
function chooseAmong(files: readonly ConfigFile[], name: string, base: Value): Value {
  if (files.length === 0) return base;
  const candidates = files.map((file) => ({ file: file.file, value: assignedIn(file, name) ?? base }));
  const first = candidates[0] as { file: string; value: Value };
  const differing = candidates.find((c) => !sameValue(c.value, first.value));
  if (!differing) return first.value;
  return unknownValue(
    `var.${name} differs between ${path.posix.basename(first.file)} and ${path.posix.basename(differing.file)} (one is chosen with -var-file)`,
    first.value.location,
  );
}
