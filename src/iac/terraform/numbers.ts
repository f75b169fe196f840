/**
 * HCL allows an exponent on an integer (`1e3`, `5E-2`), which the tree-sitter grammar reads only after a
 * fraction (`2.5e3`). Such literals are rewritten to digits of the same length before parsing (positions
 * stay exact) and their true values are kept by offset. Strings, heredocs and comments are left alone.
 */

export interface ExponentRewrite {
  readonly text: string;
  /** Offset of each rewritten literal → its value. */
  readonly numbers: ReadonlyMap<number, number>;
}

const EXPONENT = /^\d+[eE][+-]?\d+/;

export function rewriteIntegerExponents(text: string): ExponentRewrite {
  const numbers = new Map<number, number>();
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const skipped = skipNonCode(text, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const char = text[i] as string;
    const previous = i > 0 ? (text[i - 1] as string) : '';
    if (/\d/.test(char) && !/[\w.]/.test(previous)) {
      const match = EXPONENT.exec(text.slice(i, i + 64));
      const literal = match?.[0];
      const next = literal ? (text[i + literal.length] ?? '') : '';
      if (literal && !/[\w.]/.test(next)) {
        numbers.set(i, Number(literal));
        out += text.slice(from, i) + literal.replace(/\D/g, '0');
        i += literal.length;
        from = i;
        continue;
      }
      while (i < text.length && /[\w.]/.test(text[i] as string)) i += 1;
      continue;
    }
    i += /[A-Za-z_]/.test(char) ? identifierEnd(text, i) - i : 1;
  }
  return { text: out + text.slice(from), numbers };
}

function identifierEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && /[\w-]/.test(text[i] as string)) i += 1;
  return i;
}

/** The end of a comment, string or heredoc starting at `i`, or `i` when none starts there. */
function skipNonCode(text: string, i: number): number {
  const two = text.slice(i, i + 2);
  if (text[i] === '#' || two === '//') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (two === '/*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (text[i] === '"') return stringEnd(text, i + 1);
  if (two === '<<') {
    const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 256));
    if (heredoc) {
      const marker = new RegExp(`\\n[ \\t]*${heredoc[1] as string}[ \\t]*(?:\\r?\\n|$)`, 'g');
      marker.lastIndex = i + heredoc[0].length - 1;
      const end = marker.exec(text);
      return end ? end.index + end[0].length : text.length;
    }
  }
  return i;
}

/** After the opening quote: the index after the closing one (interpolations may nest strings). */
function stringEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') i += 2;
    else if (char === '"') return i + 1;
    else if ((char === '$' || char === '%') && text[i + 1] === '{' && text[i - 1] !== char) {
      i = interpolationEnd(text, i + 2);
    } else if (char === '\n') return i;
    else i += 1;
  }
  return i;
}

function interpolationEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const skipped = text[i] === '"' ? stringEnd(text, i + 1) : i;
    if (skipped > i) {
      i = skipped;
      continue;
    }
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      if (depth === 0) return i + 1;
      depth -= 1;
    }
    i += 1;
  }
  return i;
}
