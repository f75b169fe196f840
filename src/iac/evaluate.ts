/**
 * Static evaluation of CloudFormation intrinsics over `SourceNode`s. Evaluation only reduces what is
 * knowable from the template text (literal `!Sub`, `!Join`, `!Select`, `!Split`, `!FindInMap` over
 * `Mappings` and its `DefaultValue`, `!If` under a chosen condition branch, `!Ref AWS::NoValue`);
 * everything else becomes an `unknown` value with a reason. Nothing is guessed: a parameter's `Default` is not its deployed value.
 */
import type { Location } from '../model.ts';
import { EVALUATION_LIMIT_REASON, type EvaluationBudget } from './budget.ts';
import {
  entry,
  type MapEntry,
  type MapNode,
  type ScalarNode,
  type SeqNode,
  type SourceNode,
} from './source-tree.ts';

export interface NoValue {
  readonly kind: 'novalue';
  readonly location: Location;
}

export interface UnknownValue {
  readonly kind: 'unknown';
  readonly reason: string;
  readonly location: Location;
}

/** An evaluated node: a plain map/seq/scalar, the absence `AWS::NoValue` asks for, or unknown. */
export type Evaluated = MapNode | SeqNode | ScalarNode | NoValue | UnknownValue;

export type VariableResolution = { readonly value: string } | { readonly unknown: string };

export interface EvaluationScope {
  /** `Parameters` section: a parameter with exactly one `AllowedValues` entry is known. */
  readonly parameters?: MapNode;
  readonly mappings?: MapNode;
  /** Condition values of the branch being evaluated; a condition absent here is unknown. */
  readonly conditions?: ReadonlyMap<string, boolean>;
  /**
   * Plain strings holding `${…}` are variables in some formats (Serverless Framework): this resolves
   * them to text, or says why they cannot be known. Absent: strings are literal.
   */
  readonly resolveVariables?: (text: string) => VariableResolution;
  /** Work shared by every scope of one file; absent: unbounded (small inputs such as tests). */
  readonly budget?: EvaluationBudget;
}

const MAX_DEPTH = 64;

/** Longer computed text is left unknown: no DynamoDB setting is near this long, and doubling joins are. */
export const MAX_EVALUATED_TEXT = 64 * 1024;

/**
 * Results per scope and node. Templates are DAGs (shared YAML anchors, mapping entries and conditions
 * referenced many times), so evaluating each node once per scope keeps the work linear in the file.
 */
const memos = new WeakMap<EvaluationScope, Memo>();

interface Memo {
  readonly values: WeakMap<SourceNode, Evaluated>;
  /** Nodes being evaluated: meeting one again is a reference cycle (e.g. a mapping entry naming itself). */
  readonly active: Set<SourceNode>;
}

function memoFor(scope: EvaluationScope): Memo {
  let memo = memos.get(scope);
  if (!memo) {
    memo = { values: new WeakMap(), active: new Set() };
    memos.set(scope, memo);
  }
  return memo;
}

export function evaluate(node: SourceNode, scope: EvaluationScope, depth = 0): Evaluated {
  if (node.kind !== 'intrinsic') return evaluateNode(node, scope, depth);
  const memo = memoFor(scope);
  const cached = memo.values.get(node);
  if (cached) return cached;
  if (memo.active.has(node)) return unknownValue('refers to itself', node.location);
  if (scope.budget && !scope.budget.spend()) {
    return unknownValue(EVALUATION_LIMIT_REASON, node.location);
  }
  memo.active.add(node);
  try {
    const value = evaluateNode(node, scope, depth);
    memo.values.set(node, value);
    return value;
  } finally {
    memo.active.delete(node);
  }
}

function evaluateNode(node: SourceNode, scope: EvaluationScope, depth: number): Evaluated {
  if (depth > MAX_DEPTH) return unknownValue('intrinsics nested too deeply', node.location);
  switch (node.kind) {
    case 'map':
    case 'seq':
      return node;
    case 'scalar': {
      if (typeof node.value === 'string' && scope.resolveVariables) {
        const resolved = scope.resolveVariables(node.value);
        if ('unknown' in resolved) return unknownValue(resolved.unknown, node.location);
        if (resolved.value !== node.value)
          return { kind: 'scalar', value: resolved.value, location: node.location };
      }
      return node;
    }
    case 'intrinsic':
      return evaluateIntrinsic(node.name, node.argument, node.location, scope, depth + 1);
  }
}

function evaluateIntrinsic(
  name: string,
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  switch (name) {
    case 'Ref':
      return evaluateRef(argument, location, scope);
    case 'Fn::If':
      return evaluateIf(argument, location, scope, depth);
    case 'Fn::Sub':
      return evaluateSub(argument, location, scope, depth);
    case 'Fn::Join':
      return evaluateJoin(argument, location, scope, depth);
    case 'Fn::Select':
      return evaluateSelect(argument, location, scope, depth);
    case 'Fn::Split':
      return evaluateSplit(argument, location, scope, depth);
    case 'Fn::FindInMap':
      return evaluateFindInMap(argument, location, scope, depth);
    default:
      return unknownValue(`${name} is only known at deploy time`, location);
  }
}

function evaluateRef(argument: SourceNode, location: Location, scope: EvaluationScope): Evaluated {
  const target = argument.kind === 'scalar' ? String(argument.value) : undefined;
  if (target === undefined) return unknownValue('Ref to a computed name', location);
  if (target === 'AWS::NoValue') return { kind: 'novalue', location };
  const parameter = entry(scope.parameters, target)?.value;
  const allowed = entry(parameter, 'AllowedValues')?.value;
  if (allowed?.kind === 'seq' && allowed.items.length === 1 && allowed.items[0]?.kind === 'scalar') {
    return { kind: 'scalar', value: allowed.items[0].value, location };
  }
  return unknownValue(`Ref ${target} is only known at deploy time`, location);
}

function evaluateIf(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  if (argument.kind !== 'seq' || argument.items.length !== 3) {
    return unknownValue('Fn::If needs [condition, value if true, value if false]', location);
  }
  const [condition, whenTrue, whenFalse] = argument.items as [SourceNode, SourceNode, SourceNode];
  const conditionName = condition.kind === 'scalar' ? String(condition.value) : undefined;
  const value = conditionName === undefined ? undefined : scope.conditions?.get(conditionName);
  if (value === undefined) {
    return unknownValue(`depends on condition ${conditionName ?? '(computed)'}`, location);
  }
  return evaluate(value ? whenTrue : whenFalse, scope, depth);
}

function evaluateSub(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  let template: SourceNode | undefined = argument;
  let variables: MapNode | undefined;
  if (argument.kind === 'seq') {
    template = argument.items[0];
    const second = argument.items[1];
    variables = second?.kind === 'map' ? second : undefined;
  }
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') {
    return unknownValue('Fn::Sub with a computed template', location);
  }
  let unresolved: string | undefined;
  const text = template.value.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal: string, name: string) => {
    if (literal) return `\${${name}}`;
    const bound = entry(variables, name.trim());
    const value = bound ? evaluate(bound.value, scope, depth) : undefined;
    if (value?.kind === 'scalar') return String(value.value);
    unresolved ??= name;
    return whole;
  });
  if (unresolved !== undefined) return unknownValue(`Fn::Sub uses \${${unresolved}}`, location);
  return text.length > MAX_EVALUATED_TEXT
    ? tooLong('Fn::Sub', location)
    : { kind: 'scalar', value: text, location };
}

/** The two evaluated arguments of `Fn::Join`, `Fn::Select` and `Fn::Split`. */
function evaluatePair(
  name: string,
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): [Evaluated, Evaluated] | UnknownValue {
  if (argument.kind !== 'seq' || argument.items.length !== 2)
    return unknownValue(`malformed ${name}`, location);
  return [
    evaluate(argument.items[0] as SourceNode, scope, depth),
    evaluate(argument.items[1] as SourceNode, scope, depth),
  ];
}

function evaluateJoin(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  const pair = evaluatePair('Fn::Join', argument, location, scope, depth);
  if (!Array.isArray(pair)) return pair;
  const [delimiter, list] = pair;
  if (delimiter.kind !== 'scalar') return unknownValue('Fn::Join with a computed delimiter', location);
  if (list.kind === 'unknown') return unknownValue(list.reason, location);
  if (list.kind !== 'seq') return unknownValue('Fn::Join over a computed list', location);
  const parts: string[] = [];
  const separator = String(delimiter.value);
  let length = 0;
  for (const item of list.items) {
    const part = evaluate(item, scope, depth);
    if (part.kind === 'novalue') continue;
    if (part.kind === 'unknown') return unknownValue(part.reason, location);
    if (part.kind !== 'scalar') return unknownValue('Fn::Join over a value that is not text', location);
    const text = String(part.value);
    length += text.length + separator.length;
    if (length > MAX_EVALUATED_TEXT) return tooLong('Fn::Join', location);
    parts.push(text);
  }
  return { kind: 'scalar', value: parts.join(separator), location };
}

function evaluateSelect(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  const pair = evaluatePair('Fn::Select', argument, location, scope, depth);
  if (!Array.isArray(pair)) return pair;
  const [index, list] = pair;
  const at = index.kind === 'scalar' ? Number(index.value) : Number.NaN;
  if (list.kind === 'unknown') return unknownValue(list.reason, location);
  if (list.kind !== 'seq' || !Number.isInteger(at) || at < 0 || at >= list.items.length) {
    return unknownValue('Fn::Select over a value only known at deploy time', location);
  }
  return evaluate(list.items[at] as SourceNode, scope, depth);
}

function evaluateSplit(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  const pair = evaluatePair('Fn::Split', argument, location, scope, depth);
  if (!Array.isArray(pair)) return pair;
  const [delimiter, source] = pair;
  if (source.kind === 'unknown') return unknownValue(source.reason, location);
  if (delimiter.kind !== 'scalar' || source.kind !== 'scalar') {
    return unknownValue('Fn::Split of a value only known at deploy time', location);
  }
  const items = String(source.value)
    .split(String(delimiter.value))
    .map((value): ScalarNode => ({ kind: 'scalar', value, location }));
  return { kind: 'seq', items, location };
}

function evaluateFindInMap(
  argument: SourceNode,
  location: Location,
  scope: EvaluationScope,
  depth: number,
): Evaluated {
  if (argument.kind !== 'seq' || argument.items.length < 3)
    return unknownValue('malformed Fn::FindInMap', location);
  // `AWS::LanguageExtensions` allows a fourth item, `{ DefaultValue: … }`, used when a key is absent.
  const fallback = entry(argument.items[3], 'DefaultValue')?.value;
  let node: SourceNode | undefined = scope.mappings;
  for (const keyNode of argument.items.slice(0, 3)) {
    const key = evaluate(keyNode, scope, depth);
    if (key.kind === 'unknown') return unknownValue(`Fn::FindInMap: ${key.reason}`, location);
    if (key.kind !== 'scalar') return unknownValue('Fn::FindInMap with a key that is not text', location);
    node = entry(node, String(key.value))?.value;
    if (!node && fallback) return evaluate(fallback, scope, depth);
    if (!node) return unknownValue(`Fn::FindInMap: no mapping entry ${String(key.value)}`, location);
  }
  return evaluate(node as SourceNode, scope, depth);
}

function tooLong(name: string, location: Location): UnknownValue {
  return unknownValue(`${name} builds text longer than ${MAX_EVALUATED_TEXT} characters`, location);
}

export function unknownValue(reason: string, location: Location): UnknownValue {
  return { kind: 'unknown', reason, location };
}

/** Condition names used by `Fn::If` anywhere under `node`. */
export function conditionsUsedIn(node: SourceNode | undefined, into = new Set<string>()): Set<string> {
  if (!node) return into;
  switch (node.kind) {
    case 'map':
      for (const e of node.entries) conditionsUsedIn(e.value, into);
      break;
    case 'seq':
      for (const item of node.items) conditionsUsedIn(item, into);
      break;
    case 'intrinsic': {
      const first = node.argument.kind === 'seq' ? node.argument.items[0] : undefined;
      if (node.name === 'Fn::If' && first?.kind === 'scalar') into.add(String(first.value));
      conditionsUsedIn(node.argument, into);
      break;
    }
    case 'scalar':
      break;
  }
  return into;
}

/** The entry's value, evaluated; `undefined` when absent or `AWS::NoValue`. */
export function evaluatedEntry(
  map: MapNode | undefined,
  key: string,
  scope: EvaluationScope,
): { entry: MapEntry; value: Exclude<Evaluated, NoValue> } | undefined {
  const found = entry(map, key);
  if (!found) return undefined;
  const value = evaluate(found.value, scope);
  return value.kind === 'novalue' ? undefined : { entry: found, value };
}
