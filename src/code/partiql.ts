/**
 * Reads a PartiQL `SELECT` as DynamoDB runs it: which table (and index) it reads, and which attributes its
 * WHERE clause pins to a single value or a list of values (`=`/`IN`) in every branch. DynamoDB runs a
 * SELECT as a Query only when the partition key is pinned that way; otherwise it scans the whole table.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.select.html
 */

export interface PartiqlSelect {
  /** Undefined when the statement interpolates the table's name (`FROM "{table_name}"`). */
  readonly table?: string;
  readonly index?: string;
  readonly hasWhere: boolean;
  /** Attributes every branch of the WHERE clause pins with `=` or `IN`. */
  readonly pinned: readonly string[];
  /**
   * False when something interpolated could change the statement's shape: text after the table that
   * could hold a WHERE clause, or a WHERE part that is not a plain value (`WHERE {condition}`).
   */
  readonly certain: boolean;
}

/**
 * Stands for a part of a statement built at run time (an f-string field, a `%s`, a `${…}`): the code
 * scan writes it where the value is unknown. No statement text contains it.
 */
export const HOLE = '\u0001';

/** Tokens after which an interpolated part is a value, not part of the statement's structure. */
const VALUE_BEFORE = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '(', ',', '[']);

type Token = { readonly kind: 'word' | 'name' | 'string' | 'number' | 'symbol'; readonly text: string };

/** A SELECT statement's shape, or undefined when the text is not a SELECT DynamoDB could run. */
export function parseSelect(statement: string): PartiqlSelect | undefined {
  const tokens = tokenize(statement);
  if (!tokens || !isWord(tokens[0], 'select')) return undefined;
  const from = tokens.findIndex((t, i) => i > 0 && isWord(t, 'from'));
  const source = from >= 0 ? tokens[from + 1] : undefined;
  if (!source || (source.kind !== 'name' && source.kind !== 'word')) return undefined;
  let at = from + 2;
  let index: string | undefined;
  const dot = tokens[at];
  const indexName = tokens[at + 1];
  if (dot?.text === '.' && indexName && (indexName.kind === 'name' || indexName.kind === 'word')) {
    index = indexName.text;
    at += 2;
  }
  const where = tokens.findIndex((t, i) => i >= at && isWord(t, 'where'));
  const condition = where >= 0 ? tokens.slice(where + 1) : [];
  // `FROM {table}` and `FROM orders_{stage}` interpolate a name; in `FROM orders{suffix}` or
  // `FROM {table}{rest}` the last part may as well be a clause.
  const sourceCertain =
    source.kind === 'name' ||
    !(
      source.text.includes(HOLE + HOLE) ||
      (source.text.endsWith(HOLE) && /[A-Za-z0-9]$/.test(source.text.slice(0, -1)))
    );
  const certain =
    sourceCertain &&
    (where >= 0
      ? condition.every((t, i) => !t.text.includes(HOLE) || isValue(t, condition[i - 1]))
      : tokens.slice(at).every((t) => !t.text.includes(HOLE)));
  return {
    ...(source.text.includes(HOLE) ? {} : { table: source.text }),
    ...(index && !index.includes(HOLE) ? { index } : {}),
    hasWhere: where >= 0,
    pinned: where >= 0 ? [...pinnedBy(condition)].filter((name) => !name.includes(HOLE)) : [],
    certain,
  };
}

/** An interpolated token in a value's place: a quoted string, or right after `=`, `(`, `,`, …. */
function isValue(token: Token, previous: Token | undefined): boolean {
  return token.kind === 'string' || (previous?.kind === 'symbol' && VALUE_BEFORE.has(previous.text));
}

function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toLowerCase() === word;
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      let value = '';
      for (;;) {
        if (end >= text.length) return undefined;
        if (text.charAt(end) === c) {
          if (text.charAt(end + 1) !== c) break;
          end += 1;
        }
        value += text.charAt(end);
        end += 1;
      }
      tokens.push({ kind: c === '"' ? 'name' : 'string', text: value });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c) || c === HOLE) {
      // An interpolated part joins the word it touches: `orders_{stage}` is one (unknown) name.
      let end = i + 1;
      while (end < text.length && (/[\w$]/.test(text.charAt(end)) || text.charAt(end) === HOLE)) end += 1;
      tokens.push({ kind: 'word', text: text.slice(i, end) });
      i = end;
    } else if (/[0-9]/.test(c)) {
      let end = i + 1;
      while (end < text.length && /[\d.eE]/.test(text.charAt(end))) end += 1;
      tokens.push({ kind: 'number', text: text.slice(i, end) });
      i = end;
    } else {
      const two = text.slice(i, i + 2);
      const symbol = ['<>', '!=', '<=', '>=', '<<', '>>'].includes(two) ? two : c;
      tokens.push({ kind: 'symbol', text: symbol });
      i += symbol.length;
    }
  }
  return tokens;
}

/** Attributes pinned in every OR branch of a condition (parentheses followed, NOT ends the analysis). */
function pinnedBy(tokens: readonly Token[]): Set<string> {
  const branches = splitTopLevel(tokens, 'or');
  let result: Set<string> | undefined;
  for (const branch of branches) {
    const pinned = new Set<string>();
    for (const part of splitTopLevel(branch, 'and')) {
      const first = part[0];
      if (first?.text === '(' && part.at(-1)?.text === ')') {
        for (const name of pinnedBy(part.slice(1, -1))) pinned.add(name);
        continue;
      }
      const operator = part[1];
      if ((first?.kind === 'name' || first?.kind === 'word') && !isWord(first, 'not')) {
        if (operator?.text === '=' || isWord(operator, 'in')) pinned.add(first.text);
      }
    }
    result = result ? new Set([...result].filter((name) => pinned.has(name))) : pinned;
  }
  return result ?? new Set();
}

/** Splits on a keyword outside parentheses and brackets (`BETWEEN a AND b` keeps its AND). */
function splitTopLevel(tokens: readonly Token[], keyword: 'and' | 'or'): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  let between = false;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[' || token.text === '<<') depth += 1;
    if (token.text === ')' || token.text === ']' || token.text === '>>') depth -= 1;
    if (depth === 0 && isWord(token, 'between')) between = true;
    if (depth === 0 && isWord(token, keyword)) {
      if (keyword === 'and' && between) {
        between = false;
      } else {
        parts.push([]);
        continue;
      }
    }
    parts.at(-1)?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/**
 * The table an `INSERT INTO t`, `UPDATE t` or `DELETE FROM t` writes: they address one item by its key,
 * so they are operations but never scans. Undefined when the name is interpolated or the text is not one.
 */
export function writtenTable(statement: string): string | undefined {
  const tokens = tokenize(statement);
  if (!tokens) return undefined;
  const [first, second] = tokens;
  const at =
    isWord(first, 'insert') && isWord(second, 'into')
      ? 2
      : isWord(first, 'update')
        ? 1
        : isWord(first, 'delete') && isWord(second, 'from')
          ? 2
          : -1;
  const target = tokens[at];
  if (!target || (target.kind !== 'name' && target.kind !== 'word') || target.text.includes(HOLE))
    return undefined;
  return target.text;
}
