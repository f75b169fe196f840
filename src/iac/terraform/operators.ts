/**
 * Conditionals and operators over known operands. An unknown operand makes the result unknown (Terraform
 * does not short-circuit `&&`/`||` on unknown values either); a wrongly typed one is unknown with why.
 */
import { evaluate, sameValue, unknownValue, type Scope, type Value } from './evaluate.ts';
import type { ConditionalExpression, OperationExpression } from './tree.ts';

export function evaluateConditional(expression: ConditionalExpression, scope: Scope): Value {
  const condition = evaluate(expression.condition, scope);
  if (condition.kind === 'unknown') return unknownValue(condition.reason, expression.location);
  const flag = asBoolean(condition);
  if (flag === undefined) {
    return unknownValue('the condition of a conditional expression is not a boolean', expression.location);
  }
  return evaluate(flag ? expression.whenTrue : expression.whenFalse, scope);
}

export function evaluateOperation(expression: OperationExpression, scope: Scope): Value {
  const { operator, location } = expression;
  const operands = expression.operands.map((operand) => evaluate(operand, scope));
  const unknownOperand = operands.find((o) => o.kind === 'unknown');
  if (unknownOperand?.kind === 'unknown') return unknownValue(unknownOperand.reason, location);
  const scalar = (value: unknown): Value =>
    typeof value === 'number' && !Number.isFinite(value)
      ? unknownValue(`the operator ${operator} gives no finite number`, location)
      : { kind: 'scalar', value: value as string | number | boolean, location };
  const mistyped = (what: string): Value =>
    unknownValue(`an operand of ${operator} is not a ${what}`, location);
  const [left, right] = operands as [Value, Value | undefined];

  if (operator === '==' || operator === '!=') {
    if (!right) return mistyped('value');
    const same = sameValue(left, right);
    return scalar(operator === '==' ? same : !same);
  }
  if (operator === '!' || operator === '&&' || operator === '||') {
    const flags = operands.map(asBoolean);
    if (flags.some((f) => f === undefined)) return mistyped('boolean');
    const [a, b] = flags as boolean[];
    return scalar(operator === '!' ? !a : operator === '&&' ? a && b : a || b);
  }
  const numbers = operands.map(asNumber);
  if (numbers.some((n) => n === undefined)) return mistyped('number');
  const [a, b] = numbers as [number, number];
  if (operands.length === 1) return operator === '-' ? scalar(-a) : mistyped('known operator');
  switch (operator) {
    case '+':
      return scalar(a + b);
    case '-':
      return scalar(a - b);
    case '*':
      return scalar(a * b);
    case '/':
      return scalar(a / b);
    case '%':
      return scalar(a % b);
    case '<':
      return scalar(a < b);
    case '>':
      return scalar(a > b);
    case '<=':
      return scalar(a <= b);
    case '>=':
      return scalar(a >= b);
    default:
      return unknownValue(`the operator ${operator} is not evaluated statically`, location);
  }
}

/** Terraform converts the strings "true"/"false" where a boolean is expected. */
export function asBoolean(value: Value): boolean | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (value.value === true || value.value === 'true') return true;
  if (value.value === false || value.value === 'false') return false;
  return undefined;
}

function asNumber(value: Value): number | undefined {
  if (value.kind !== 'scalar' || typeof value.value === 'boolean' || value.value === null) return undefined;
  if (value.value === '') return undefined;
  const number = Number(value.value);
  return Number.isNaN(number) ? undefined : number;
}
