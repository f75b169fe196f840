/**
 * Statements built at run time, read as far as the source fixes them: interpolation, formatting calls and
 * concatenation, with each language's `ValueReader` saying how it writes them.
 */
import type { Node } from 'web-tree-sitter';
import { HOLE } from './partiql.ts';
import { constantString, MAX_HOPS, type TemplatePart, type ValueReader } from './syntax.ts';

/**
 * A statement's text as far as the source fixes it: constants and literals as written, parts only known
 * at run time (an interpolated table name, a parameter) as `HOLE`. Undefined when nothing is written.
 */
export function statementText(reader: ValueReader, node: Node, hops = 0): string | undefined {
  const constant = constantString(reader, node);
  if (constant !== undefined || hops >= MAX_HOPS) return constant;
  const inner = reader.unwrap?.(node) ?? node;
  const part = (value: Node): string => statementText(reader, value, hops + 1) ?? HOLE;
  const parts = reader.template?.(inner);
  if (parts) return parts.map((p) => (typeof p === 'string' ? p : part(p))).join('');
  const operands = reader.concatenation?.(inner);
  if (operands) return operands.map(part).join('');
  const bound = reader.bound(inner);
  return bound ? statementText(reader, bound, hops + 1) : undefined;
}

/**
 * A printf-style format (`%s`, `%v`, `%5.2f`, Java's `%1$s`; `%%` a percent sign, `%n` a newline) with
 * its arguments: each verb takes the next argument (or the numbered one); a missing one is unknown.
 */
export function printfParts(format: string, args: readonly Node[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/%(?:(\d+)\$)?[-#+ 0,(]*\d*(?:\.\d+)?([a-zA-Z%])/g)) {
    parts.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    const verb = match[2];
    if (verb === '%') parts.push('%');
    else if (verb === 'n') parts.push('\n');
    else {
      const index = match[1] ? Number(match[1]) - 1 : next++;
      parts.push(args[index] ?? HOLE);
    }
  }
  parts.push(format.slice(at));
  return parts;
}

/**
 * A brace format (Python's `str.format`, C#'s `string.Format`): `{}` takes the next argument, `{0}` a
 * numbered one, `{name}` a named one; `{{` and `}}` are braces.
 */
export function braceParts(
  format: string,
  positional: readonly Node[],
  named: ReadonlyMap<string, Node> = new Map(),
): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let next = 0;
  let at = 0;
  for (const match of format.matchAll(/\{\{|\}\}|\{([^{}]*)\}/g)) {
    parts.push(format.slice(at, match.index));
    at = match.index + match[0].length;
    if (match[0] === '{{' || match[0] === '}}') {
      parts.push(match[0].charAt(0));
      continue;
    }
    const field = (match[1] ?? '').split(/[!:,]/)[0]?.trim() ?? '';
    const value =
      field === '' ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : named.get(field);
    parts.push(value ?? HOLE);
  }
  parts.push(format.slice(at));
  return parts;
}

/** `left + right` (a `binary_expression` with `+`, in the grammars that call it so) → its operands. */
export function plusOperands(node: Node): Node[] | undefined {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  return node.type === 'binary_expression' &&
    node.childForFieldName('operator')?.text === '+' &&
    left &&
    right
    ? [left, right]
    : undefined;
}
