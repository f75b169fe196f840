/**
 * DynamoDB expression strings as the code writes them (`KeyConditionExpression`, `FilterExpression`,
 * `UpdateExpression`), read for the attribute names they touch. Language-independent: a detector reads
 * the literal string and the literal `ExpressionAttributeNames` map, then asks here. Anything this
 * reader does not understand yields `undefined` (unknown), never a partial answer.
 */
import type { KeyOperator } from '../model.ts';

/** `#name` → attribute name, as `ExpressionAttributeNames` maps them; `undefined` when not literal. */
export type AttributeNames = ReadonlyMap<string, string>;

export interface KeyTerm {
  readonly attribute: string;
  readonly operator: KeyOperator;
}

type Token =
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'symbol'; readonly text: string };

const TOKEN =
  /\s*(?:(<=|>=|<>|[=<>(),[\]+-])|(:[A-Za-z0-9_]+)|(#[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*)|(\.)|(\S))/y;

/** The expression's tokens, or `undefined` when it holds a character no expression has. */
function tokenize(expression: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (;;) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) return tokens;
    const match = TOKEN.exec(expression);
    if (!match || match[5] !== undefined) return undefined;
    if (match[1] !== undefined) tokens.push({ kind: 'symbol', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'value', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'name', text: match[3] });
    else tokens.push({ kind: 'symbol', text: '.' });
  }
}

/** `#pk` through the names map; a bare name is itself. `undefined` when a placeholder is not mapped. */
function resolveName(text: string, names: AttributeNames): string | undefined {
  return text.startsWith('#') ? names.get(text) : text;
}

/** The legacy `KeyConditions` comparison operators (`ComparisonOperator`) a key condition may use. */
export const LEGACY_OPERATORS: Readonly<Record<string, KeyOperator>> = {
  EQ: '=',
  LT: '<',
  LE: '<=',
  GT: '>',
  GE: '>=',
  BETWEEN: 'BETWEEN',
  BEGINS_WITH: 'begins_with',
};

const COMPARISONS = new Set<string>(['=', '<', '<=', '>', '>=']);

/**
 * A key condition's terms: `pk = :pk AND sk BETWEEN :a AND :b`, `begins_with(#sk, :p)`, parentheses
 * around either. `undefined` when the expression is not a key condition this reader understands or a
 * placeholder is not in `names`.
 */
export function parseKeyCondition(expression: string, names: AttributeNames): KeyTerm[] | undefined {
  const tokens = tokenize(expression)?.filter((t) => t.text !== '(' && t.text !== ')');
  if (!tokens || tokens.length === 0) return undefined;
  const terms: KeyTerm[] = [];
  let at = 0;
  const next = (): Token | undefined => tokens[at++];
  while (at < tokens.length) {
    const first = next();
    if (!first) return undefined;
    if (first.kind === 'name' && first.text.toLowerCase() === 'begins_with') {
      const name = next();
      const comma = next();
      const value = next();
      if (name?.kind !== 'name' || comma?.text !== ',' || value?.kind !== 'value') return undefined;
      const attribute = resolveName(name.text, names);
      if (attribute === undefined) return undefined;
      terms.push({ attribute, operator: 'begins_with' });
    } else if (first.kind === 'name') {
      const attribute = resolveName(first.text, names);
      const operator = next();
      if (attribute === undefined || !operator) return undefined;
      if (operator.kind === 'name' && operator.text.toUpperCase() === 'BETWEEN') {
        const low = next();
        const and = next();
        const high = next();
        if (low?.kind !== 'value' || and?.text.toUpperCase() !== 'AND' || high?.kind !== 'value')
          return undefined;
        terms.push({ attribute, operator: 'BETWEEN' });
      } else if (operator.kind === 'symbol' && COMPARISONS.has(operator.text)) {
        if (next()?.kind !== 'value') return undefined;
        terms.push({ attribute, operator: operator.text as KeyOperator });
      } else return undefined;
    } else return undefined;
    if (at === tokens.length) return terms;
    // Another term must follow the `AND`.
    if (next()?.text.toUpperCase() !== 'AND' || at === tokens.length) return undefined;
  }
  return terms;
}

/** Functions a condition expression may call: their names are not attributes. */
const FUNCTIONS = new Set([
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
  'size',
]);
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN']);

/**
 * The top-level attribute names a condition (filter) expression reads, in order of first mention:
 * `#s = :s AND size(tags) > :n AND address.city = :c` → `status`, `tags`, `address`. `undefined` when a
 * placeholder is not in `names` or the text is not an expression.
 */
export function conditionAttributes(expression: string, names: AttributeNames): string[] | undefined {
  const tokens = tokenize(expression);
  if (!tokens) return undefined;
  const attributes: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (token?.kind !== 'name') continue;
    // A path's later segments (`address.city`, `#a.#b`) belong to its first.
    if (tokens[at - 1]?.text === '.') continue;
    if (KEYWORDS.has(token.text.toUpperCase())) continue;
    if (FUNCTIONS.has(token.text) && tokens[at + 1]?.text === '(') continue;
    const attribute = resolveName(token.text, names);
    if (attribute === undefined) return undefined;
    if (!attributes.includes(attribute)) attributes.push(attribute);
  }
  return attributes;
}

/** Clause keywords of an update expression. */
const UPDATE_CLAUSES = new Set(['SET', 'REMOVE', 'ADD', 'DELETE']);
const UPDATE_FUNCTIONS = new Set(['if_not_exists', 'list_append']);

/**
 * The top-level attribute names an update expression writes: the targets of `SET a = …`, `REMOVE b`,
 * `ADD c :v`, `DELETE d :v` (not the attributes read on a right-hand side). `undefined` when not understood.
 */
export function updatedAttributes(expression: string, names: AttributeNames): string[] | undefined {
  const tokens = tokenize(expression);
  if (!tokens) return undefined;
  const written: string[] = [];
  let expectTarget = false;
  let depth = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    if (!token) break;
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') depth--;
    if (token.kind === 'name' && UPDATE_CLAUSES.has(token.text.toUpperCase()) && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (token.text === ',' && depth === 0) {
      expectTarget = true;
      continue;
    }
    if (!expectTarget || token.kind !== 'name' || UPDATE_FUNCTIONS.has(token.text)) continue;
    const attribute = resolveName(token.text, names);
    if (attribute === undefined) return undefined;
    if (!written.includes(attribute)) written.push(attribute);
    expectTarget = false;
  }
  return written;
}
