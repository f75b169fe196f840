/**
 * Enumerates the condition branches a resource can take, so that a table whose properties use `Fn::If`
 * is checked once per reachable branch instead of being skipped or guessed.
 *
 * Conditions are evaluated over their real inputs: a parameter compared with literals ranges over those
 * literals plus "anything else" (or exactly its `AllowedValues`), and any other comparison is a free
 * boolean. So `IsProd` and `IsNotProd: !Not [Condition: IsProd]` are never both true, which keeps
 * impossible branches from producing findings.
 */
import { evaluate, type EvaluationScope } from './evaluate.ts';
import { entry, type MapNode, type SourceNode } from './source-tree.ts';

export interface Branch {
  /** Values of the conditions the resource uses; empty when it uses none. */
  readonly conditions: ReadonlyMap<string, boolean>;
  /** `IsProd and not HasReplica`; undefined when the resource uses no conditions. */
  readonly label?: string;
}

/** Beyond this many input combinations, `Fn::If` values are left unknown instead of enumerated. */
export const MAX_BRANCH_COMBINATIONS = 16;

const OTHER = Symbol('any other value');
type ParameterValue = string | typeof OTHER;

interface Inputs {
  /** Parameter (or pseudo parameter) name → values it is compared with. */
  readonly parameters: Map<string, Set<string>>;
  /** Comparisons that cannot be related to a parameter, keyed by their canonical text. */
  readonly opaque: Set<string>;
}

interface Assignment {
  readonly parameters: ReadonlyMap<string, ParameterValue>;
  readonly opaque: ReadonlyMap<string, boolean>;
}

export function branchesFor(
  used: ReadonlySet<string>,
  conditions: MapNode | undefined,
  scope: EvaluationScope,
): Branch[] | undefined {
  if (used.size === 0) return [{ conditions: new Map() }];
  const inputs: Inputs = { parameters: new Map(), opaque: new Set() };
  for (const name of used)
    collectInputs(entry(conditions, name)?.value, conditions, scope, inputs, new Set());
  const assignments = enumerate(inputs, scope.parameters);
  if (!assignments) return undefined;

  const names = [...used].sort();
  const seen = new Map<string, Branch>();
  for (const assignment of assignments) {
    const values = new Map<string, boolean>();
    const solver = new ConditionSolver(conditions, scope, assignment);
    for (const name of names) values.set(name, solver.condition(name));
    // The true conditions identify a branch; when none is true, say so.
    const label =
      names.filter((n) => values.get(n)).join(' and ') || names.map((n) => `not ${n}`).join(' and ');
    if (!seen.has(label)) seen.set(label, { conditions: values, label });
  }
  return [...seen.values()];
}

function collectInputs(
  node: SourceNode | undefined,
  conditions: MapNode | undefined,
  scope: EvaluationScope,
  inputs: Inputs,
  visiting: Set<string>,
): void {
  if (!node) return;
  if (node.kind !== 'intrinsic') {
    // A condition name used by Fn::If but not declared under Conditions is a free boolean.
    if (node.kind === 'scalar') inputs.opaque.add(`condition:${String(node.value)}`);
    return;
  }
  const args = node.argument.kind === 'seq' ? node.argument.items : [node.argument];
  switch (node.name) {
    case 'Condition': {
      const name = String(node.argument.kind === 'scalar' ? node.argument.value : '');
      if (visiting.has(name)) return;
      visiting.add(name);
      const definition = entry(conditions, name)?.value;
      if (definition) collectInputs(definition, conditions, scope, inputs, visiting);
      else inputs.opaque.add(`condition:${name}`);
      return;
    }
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not':
      for (const arg of args) collectInputs(arg, conditions, scope, inputs, visiting);
      return;
    case 'Fn::Equals': {
      const [left, right] = args.map((a) => operand(a, scope));
      if (left?.kind === 'parameter' && right?.kind === 'literal') addValue(inputs, left.name, right.value);
      else if (right?.kind === 'parameter' && left?.kind === 'literal')
        addValue(inputs, right.name, left.value);
      else if (left?.kind !== 'literal' || right?.kind !== 'literal') inputs.opaque.add(canonical(node));
      return;
    }
    default:
      inputs.opaque.add(canonical(node));
  }
}

function addValue(inputs: Inputs, parameter: string, value: string): void {
  const values = inputs.parameters.get(parameter) ?? new Set<string>();
  values.add(value);
  inputs.parameters.set(parameter, values);
}

type Operand = { kind: 'literal'; value: string } | { kind: 'parameter'; name: string } | { kind: 'opaque' };

function operand(node: SourceNode | undefined, scope: EvaluationScope): Operand {
  if (!node) return { kind: 'opaque' };
  if (node.kind === 'intrinsic' && node.name === 'Ref' && node.argument.kind === 'scalar') {
    const evaluated = evaluate(node, scope);
    if (evaluated.kind === 'scalar') return { kind: 'literal', value: String(evaluated.value) };
    return { kind: 'parameter', name: String(node.argument.value) };
  }
  const evaluated = evaluate(node, scope);
  return evaluated.kind === 'scalar'
    ? { kind: 'literal', value: String(evaluated.value) }
    : { kind: 'opaque' };
}

function enumerate(inputs: Inputs, parameters: MapNode | undefined): Assignment[] | undefined {
  const domains: [string, ParameterValue[]][] = [];
  for (const [name, compared] of inputs.parameters) {
    domains.push([name, allowedValues(entry(parameters, name)?.value) ?? [...compared, OTHER]]);
  }
  const opaque = [...inputs.opaque];
  let combinations = 2 ** opaque.length;
  for (const [, values] of domains) combinations *= values.length;
  if (combinations > MAX_BRANCH_COMBINATIONS) return undefined;

  let assignments: Assignment[] = [{ parameters: new Map(), opaque: new Map() }];
  for (const [name, values] of domains) {
    assignments = assignments.flatMap((a) =>
      values.map((v) => ({ ...a, parameters: new Map(a.parameters).set(name, v) })),
    );
  }
  for (const key of opaque) {
    assignments = assignments.flatMap((a) =>
      [true, false].map((v) => ({ ...a, opaque: new Map(a.opaque).set(key, v) })),
    );
  }
  return assignments;
}

function allowedValues(parameter: SourceNode | undefined): string[] | undefined {
  const allowed = entry(parameter, 'AllowedValues')?.value;
  if (allowed?.kind !== 'seq' || allowed.items.some((i) => i.kind !== 'scalar')) return undefined;
  return allowed.items.map((i) => String(i.kind === 'scalar' ? i.value : ''));
}

/**
 * Condition values under one assignment of the inputs. Each condition is evaluated once and remembered:
 * conditions referencing conditions form a DAG, and re-evaluating shared ones is exponential.
 */
class ConditionSolver {
  private readonly values = new Map<string, boolean>();
  private readonly active = new Set<string>();

  constructor(
    private readonly conditions: MapNode | undefined,
    private readonly scope: EvaluationScope,
    private readonly assignment: Assignment,
  ) {}

  condition(name: string): boolean {
    const remembered = this.values.get(name);
    if (remembered !== undefined) return remembered;
    const definition = entry(this.conditions, name)?.value;
    // Undeclared, or a cycle: a free boolean, like a condition the template does not define.
    if (!definition || this.active.has(name)) return this.assignment.opaque.get(`condition:${name}`) ?? false;
    this.active.add(name);
    const value = this.expression(definition);
    this.active.delete(name);
    this.values.set(name, value);
    return value;
  }

  private expression(node: SourceNode): boolean {
    if (node.kind === 'scalar') return node.value === true || node.value === 'true';
    if (node.kind !== 'intrinsic') return false;
    const args = node.argument.kind === 'seq' ? node.argument.items : [node.argument];
    const assignment = this.assignment;
    switch (node.name) {
      case 'Condition':
        return this.condition(String(node.argument.kind === 'scalar' ? node.argument.value : ''));
      case 'Fn::And':
        return args.every((arg) => this.expression(arg));
      case 'Fn::Or':
        return args.some((arg) => this.expression(arg));
      case 'Fn::Not':
        return args[0] ? !this.expression(args[0]) : false;
      case 'Fn::Equals': {
        const [left, right] = args.map((a) => operandValue(operand(a, this.scope), assignment));
        if (left === undefined || right === undefined) return assignment.opaque.get(canonical(node)) ?? false;
        return left !== OTHER && left === right;
      }
      default:
        return assignment.opaque.get(canonical(node)) ?? false;
    }
  }
}

function operandValue(op: Operand, assignment: Assignment): ParameterValue | undefined {
  if (op.kind === 'literal') return op.value;
  if (op.kind === 'parameter') return assignment.parameters.get(op.name);
  return undefined;
}

/** Location-free text of a node, to recognise the same expression written twice. */
function canonical(node: SourceNode): string {
  switch (node.kind) {
    case 'scalar':
      return JSON.stringify(node.value);
    case 'seq':
      return `[${node.items.map(canonical).join(',')}]`;
    case 'map':
      return `{${node.entries.map((e) => `${JSON.stringify(e.key)}:${canonical(e.value)}`).join(',')}}`;
    case 'intrinsic':
      return `${node.name}(${canonical(node.argument)})`;
  }
}
