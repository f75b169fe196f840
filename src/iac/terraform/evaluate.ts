/**
 * Static evaluation of Terraform expressions: literals, collections, templates of known parts, `var.x`
 * (from the module's resolved variables), `local.x` (evaluated on demand), the iterator of a `dynamic`
 * block, operators and conditionals over known operands, and a few pure functions (`functions.ts`).
 * Everything else — resource attributes, data sources, other functions, `each`/`count` — is an `unknown`
 * value with a reason: nothing is guessed.
 */
import type { Location } from '../../model.ts';
import { EVALUATION_LIMIT_REASON, type EvaluationBudget } from '../budget.ts';
import { MAX_EVALUATED_TEXT } from '../evaluate.ts';
import { callFunction } from './functions.ts';
import { evaluateConditional, evaluateOperation } from './operators.ts';
import type { Expression, TraversalExpression } from './tree.ts';

export type Value = ScalarValue | ListValue | MapValue | UnknownValue;

export interface ScalarValue {
  readonly kind: 'scalar';
  readonly value: string | number | boolean | null;
  readonly location: Location;
}

export interface ListValue {
  readonly kind: 'list';
  readonly items: readonly Value[];
  readonly location: Location;
}

export interface MapValueEntry {
  readonly key: string;
  readonly value: Value;
  /** From the key to the end of the value. */
  readonly location: Location;
}

export interface MapValue {
  readonly kind: 'map';
  readonly entries: readonly MapValueEntry[];
  readonly location: Location;
}

export interface UnknownValue {
  readonly kind: 'unknown';
  readonly reason: string;
  readonly location: Location;
  /** Set under `try(…)` when the value reads an attribute or element that does not exist (an error). */
  readonly missing?: true;
}

/** `for_each` of a `dynamic` block: the current element, as `<iterator>.key` / `<iterator>.value`. */
export interface IteratorBinding {
  readonly key: Value;
  readonly value: Value;
}

export interface ModuleValues {
  /** `var.<name>`: the resolved value, or unknown with why. */
  variable(name: string): Value | undefined;
  /** `local.<name>`, evaluated on first use. */
  local(name: string, at: Location): Value | undefined;
  /** The module's evaluation work; absent: unbounded (constants such as variable defaults). */
  readonly budget?: EvaluationBudget;
}

/**
 * Elements a value may hold once shared parts are counted each time they appear. Locals can reuse each
 * other (`l2 = [local.l1, local.l1]`), so a few lines can describe an exponentially large value.
 */
export const MAX_VALUE_ELEMENTS = 50_000;

/**
 * Evaluations in progress inside one another at most. Expressions nest at most `MAX_HCL_NESTING` deep in
 * a file, but locals refer to locals, so nesting adds up along a chain; past this the value is unknown
 * rather than the stack overflowing.
 */
export const MAX_EVALUATION_DEPTH = 600;

/** Evaluation is synchronous: one counter for the process. */
let evaluationDepth = 0;

export interface Scope {
  readonly module: ModuleValues;
  /** `dynamic` block iterators by name, and `each` in a resource whose `for_each` is literal. */
  readonly iterators?: ReadonlyMap<string, IteratorBinding>;
  /** Set inside a resource with `count`/`for_each`: why `count.index` / `each.*` is not known. */
  readonly instances?: string;
  /** The files of a module called by another: values spelled elsewhere are the caller's arguments. */
  readonly moduleFiles?: ReadonlySet<string>;
  /** Inside `try(…)`: reading an attribute that does not exist is an error, not null. */
  readonly strict?: boolean;
}

export function unknownValue(reason: string, location: Location): UnknownValue {
  return { kind: 'unknown', reason, location };
}

export function evaluate(expression: Expression, scope: Scope): Value {
  if (expression.kind === 'literal') {
    return { kind: 'scalar', value: expression.value, location: expression.location };
  }
  const budget = scope.module.budget;
  if (budget && !budget.spend()) return unknownValue(EVALUATION_LIMIT_REASON, expression.location);
  if (evaluationDepth >= MAX_EVALUATION_DEPTH) {
    return unknownValue(
      `an expression nested more than ${MAX_EVALUATION_DEPTH} levels deep (through locals) is not evaluated`,
      expression.location,
    );
  }
  evaluationDepth += 1;
  let value: Value;
  try {
    value = evaluateExpression(expression, scope);
  } finally {
    evaluationDepth -= 1;
  }
  if (value.kind !== 'list' && value.kind !== 'map') return value;
  return elementCount(value) > MAX_VALUE_ELEMENTS
    ? unknownValue(`a value with more than ${MAX_VALUE_ELEMENTS} elements is not evaluated`, value.location)
    : value;
}

const elementCounts = new WeakMap<Value, number>();

/** Elements of `value`, shared parts counted each time they appear; memoized, so linear in the DAG. */
function elementCount(value: Value): number {
  const cached = elementCounts.get(value);
  if (cached !== undefined) return cached;
  let count = 1;
  if (value.kind === 'list') for (const item of value.items) count += elementCount(item);
  else if (value.kind === 'map') for (const e of value.entries) count += elementCount(e.value);
  elementCounts.set(value, count);
  return count;
}

function evaluateExpression(expression: Exclude<Expression, { kind: 'literal' }>, scope: Scope): Value {
  switch (expression.kind) {
    case 'tuple':
      return {
        kind: 'list',
        items: expression.items.map((item) => evaluate(item, scope)),
        location: expression.location,
      };
    case 'object': {
      const entries: MapValueEntry[] = [];
      for (const entry of expression.entries) {
        if (entry.key === undefined) {
          return unknownValue('an object key is computed', entry.keyLocation);
        }
        entries.push({ key: entry.key, value: evaluate(entry.value, scope), location: entry.location });
      }
      return { kind: 'map', entries, location: expression.location };
    }
    case 'template': {
      // `"${x}"` alone is x itself, of whatever type (HCL does not convert a lone interpolation to text).
      const [only] = expression.parts;
      if (expression.parts.length === 1 && only !== undefined && typeof only !== 'string') {
        return evaluate(only, scope);
      }
      let text = '';
      for (const part of expression.parts) {
        if (typeof part === 'string') {
          text += part;
          continue;
        }
        const value = evaluate(part, scope);
        if (value.kind === 'unknown') return unknownValue(value.reason, expression.location);
        if (value.kind !== 'scalar' || value.value === null) {
          return unknownValue('a template interpolates a value that is not text', part.location);
        }
        text += String(value.value);
        if (text.length > MAX_EVALUATED_TEXT) {
          return unknownValue(
            `a template builds text longer than ${MAX_EVALUATED_TEXT} characters`,
            expression.location,
          );
        }
      }
      return { kind: 'scalar', value: text, location: expression.location };
    }
    case 'traversal':
      return evaluateTraversal(expression, scope);
    case 'call':
      return callFunction(expression, scope);
    case 'conditional':
      return evaluateConditional(expression, scope);
    case 'operation':
      return evaluateOperation(expression, scope);
    case 'opaque':
      return unknownValue(
        expression.reason ?? `${expression.description} is not evaluated statically`,
        expression.location,
      );
  }
}

function evaluateTraversal(expression: TraversalExpression, scope: Scope): Value {
  const { root, steps, location } = expression;
  const text = traversalText(expression);
  const iterator = scope.iterators?.get(root);
  if (iterator) {
    const [first, ...rest] = steps;
    if (first?.kind !== 'attribute' || (first.name !== 'key' && first.name !== 'value')) {
      return unknownValue(`${text} is not an iterator's key or value`, location);
    }
    return walk(first.name === 'key' ? iterator.key : iterator.value, rest, text, scope, location);
  }
  if (root === 'var' || root === 'local') {
    const [first, ...rest] = steps;
    if (first?.kind !== 'attribute') return unknownValue(`${text} is not a ${root} name`, location);
    const value =
      root === 'var' ? scope.module.variable(first.name) : scope.module.local(first.name, location);
    if (!value) return unknownValue(`${root}.${first.name} is not declared in this module`, location);
    return walk(value, rest, text, scope, location);
  }
  if (root === 'each' || root === 'count') {
    return unknownValue(
      scope.instances ? `${text} differs per instance (${scope.instances})` : `${text} is not known`,
      location,
    );
  }
  if (root === 'data')
    return unknownValue(`${text} is read from a data source when Terraform runs`, location);
  if (root === 'module') return unknownValue(`${text} is an output of another module`, location);
  if (root === 'path' || root === 'terraform' || root === 'self') {
    return unknownValue(`${text} is known only when Terraform runs`, location);
  }
  return unknownValue(`${text} is known only after apply`, location);
}

function walk(
  start: Value,
  steps: TraversalExpression['steps'],
  text: string,
  scope: Scope,
  location: Location,
): Value {
  let value = start;
  for (const step of steps) {
    if (value.kind === 'unknown') return value;
    let key: string | number;
    if (step.kind === 'attribute') {
      key = step.name;
    } else {
      const index = evaluate(step.key, scope);
      if (index.kind === 'unknown') return unknownValue(index.reason, location);
      if (index.kind !== 'scalar' || index.value === null || typeof index.value === 'boolean') {
        return unknownValue(`${text} has an index that is not a number or string`, location);
      }
      key = index.value;
    }
    const next =
      value.kind === 'map'
        ? value.entries.find((e) => e.key === String(key))?.value
        : value.kind === 'list' && typeof key === 'number'
          ? value.items[key]
          : undefined;
    if (next === undefined && scope.strict) {
      return { kind: 'unknown', reason: `${text} does not exist`, location, missing: true };
    }
    // Terraform rejects a missing attribute; optional object attributes read as null.
    value = next ?? { kind: 'scalar', value: null, location };
  }
  return value;
}

export function traversalText(expression: TraversalExpression): string {
  return expression.steps.reduce((text, step) => {
    if (step.kind === 'attribute') return `${text}.${step.name}`;
    const key = step.key;
    return key.kind === 'literal' ? `${text}[${JSON.stringify(key.value)}]` : `${text}[…]`;
  }, expression.root);
}

/** Structural equality of two values, locations aside; a value holding an unknown equals nothing. */
export function sameValue(a: Value, b: Value): boolean {
  const identity = new ValueIdentity();
  const id = identity.of(a);
  return id !== undefined && id === identity.of(b);
}

/**
 * Numbers for structurally equal values (hash-consing): each value object is numbered once, from its
 * parts' numbers, so comparing values that share parts costs time linear in the distinct parts.
 */
export class ValueIdentity {
  private readonly ids = new Map<string, number>();
  private readonly memo = new WeakMap<Value, number | undefined>();

  /** `undefined` for a value that holds an unknown part: it equals nothing, not even itself. */
  of(value: Value): number | undefined {
    if (this.memo.has(value)) return this.memo.get(value);
    const id = this.compute(value);
    this.memo.set(value, id);
    return id;
  }

  private compute(value: Value): number | undefined {
    switch (value.kind) {
      case 'unknown':
        return undefined;
      case 'scalar':
        return this.intern(`${typeof value.value}:${String(value.value)}`);
      case 'list': {
        const parts: number[] = [];
        for (const item of value.items) {
          const id = this.of(item);
          if (id === undefined) return undefined;
          parts.push(id);
        }
        return this.intern(`[${parts.join(',')}]`);
      }
      case 'map': {
        const parts: string[] = [];
        for (const e of [...value.entries].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
          const id = this.of(e.value);
          if (id === undefined) return undefined;
          parts.push(`${JSON.stringify(e.key)}:${id}`);
        }
        return this.intern(`{${parts.join(',')}}`);
      }
    }
  }

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}
