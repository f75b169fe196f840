/**
 * Python string values: literals with their escapes, f-strings, `str.format` and `%` formatting, and the
 * environment lookups (`os.environ[…]`, `os.getenv(…)`) a table name is read from.
 */
import type { Node } from 'web-tree-sitter';
import { argumentsOf, unescapeSequence, type TemplatePart } from './syntax.ts';
import { braceParts, printfParts } from './templates.ts';

/** `f"…{x}…"`, `"…{}…".format(x)`, `"…%s…" % x` → text and interpolated expressions. */
export function formatted(node: Node): TemplatePart[] | undefined {
  if (node.type === 'string' && node.namedChildren.some((c) => c.type === 'interpolation')) {
    const raw = /^[a-zA-Z]*[rR]/.test(node.text);
    return node.namedChildren.flatMap((part): TemplatePart[] => {
      if (part.type === 'string_content') return [raw ? part.text : decodeEscapes(part)];
      if (part.type !== 'interpolation') return [];
      const expression = part.childForFieldName('expression') ?? part.namedChildren[0];
      return expression ? [expression] : [];
    });
  }
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '%') {
    const format = stringValue(node.childForFieldName('left') ?? node);
    const right = node.childForFieldName('right');
    if (format === undefined || !right) return undefined;
    // `"%(name)s" % {...}` names its values: unknown here.
    const args = right.type === 'tuple' ? argumentsOf(right) : right.type === 'dictionary' ? [] : [right];
    return printfParts(format, args);
  }
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const format = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    if (callee?.childForFieldName('attribute')?.text !== 'format' || format?.type !== 'string')
      return undefined;
    const text = stringValue(format);
    if (text === undefined) return undefined;
    const args = argumentsOf(node.childForFieldName('arguments'));
    const named = new Map(
      args.flatMap((a): [string, Node][] => {
        const name = a.childForFieldName('name')?.text;
        const value = a.childForFieldName('value');
        return a.type === 'keyword_argument' && name && value ? [[name, value]] : [];
      }),
    );
    return braceParts(
      text,
      args.filter((a) => a.type !== 'keyword_argument'),
      named,
    );
  }
  return undefined;
}

/** A plain string literal's text (no f-string interpolation), escapes decoded unless it is a raw string. */
export function stringValue(node: Node): string | undefined {
  if (node.type !== 'string' || node.namedChildren.some((c) => c.type === 'interpolation')) return undefined;
  const raw = /^[a-zA-Z]*[rR]/.test(node.text);
  return node.namedChildren
    .filter((c) => c.type === 'string_content')
    .map((content) => (raw ? content.text : decodeEscapes(content)))
    .join('');
}

/** `string_content` holds its escapes as children, the plain text between them as its own text. */
function decodeEscapes(content: Node): string {
  const text = content.text;
  let decoded = '';
  let at = 0;
  for (const escape of content.namedChildren) {
    if (escape.type !== 'escape_sequence' && escape.type !== 'escape_interpolation') continue;
    const start = escape.startIndex - content.startIndex;
    const value =
      escape.type === 'escape_interpolation' ? escape.text.charAt(0) : unescapeSequence(escape.text);
    decoded += text.slice(at, start) + value;
    at = start + escape.text.length;
  }
  return decoded + text.slice(at);
}

/** `os.environ['X']`, `os.environ.get('X')`, `os.getenv('X')` → X. */
export function environmentVariable(node: Node): string | undefined {
  if (node.type === 'subscript' && node.childForFieldName('value')?.text.endsWith('environ')) {
    const key = node.childForFieldName('subscript');
    return key ? stringValue(key) : undefined;
  }
  if (node.type !== 'call') return undefined;
  const callee = node.childForFieldName('function')?.text ?? '';
  if (!/(^|\.)(environ\.get|getenv)$/.test(callee)) return undefined;
  const first = argumentsOf(node.childForFieldName('arguments'))[0];
  return first ? stringValue(first) : undefined;
}
