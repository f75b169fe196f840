/**
 * Output text as valid Unicode. A `\ud800` escape in a YAML or JSON input gives a JavaScript string with a
 * lone UTF-16 surrogate: written as UTF-8 it has no encoding, and `JSON.stringify` keeps it as an escape that
 * strict readers (the SARIF Multitool, GitHub's APIs) refuse. Each one becomes U+FFFD, the replacement
 * character, wherever a report is produced.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `JSON.stringify` with every string and object key well-formed. */
export function wellFormedJson(
  value: unknown,
  space?: number,
  substitute?: (item: unknown) => unknown,
): string {
  return JSON.stringify(
    value,
    (_key, original: unknown) => {
      const item = substitute ? substitute(original) : original;
      if (typeof item === 'string') return wellFormed(item);
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const entries = Object.entries(item);
        if (entries.some(([key]) => wellFormed(key) !== key))
          return Object.fromEntries(entries.map(([key, inner]) => [wellFormed(key), inner]));
      }
      return item;
    },
    space,
  );
}

/** Stands for the chunked array in the skeleton's text: no report text holds a NUL. */
const ITEMS = '\u0000items\u0000';

/** Items per chunk: enough to make few writes, few enough that no chunk grows with the repository. */
const ITEMS_PER_CHUNK = 512;

/**
 * `wellFormedJson(value, 2)` and a newline, as chunks whose concatenation is exactly that text. `value` is
 * what `skeleton` returns with the array it is given (at `depth`) holding `items`, each rendered with `toJson`
 * as its chunk comes. A report of 175,000 findings is then written without a 100 MB string, or the array of
 * JSON objects behind it.
 */
export function* wellFormedJsonChunks<T>(
  skeleton: (items: never[]) => object,
  items: readonly T[],
  toJson: (item: T) => unknown,
  depth: number,
): Generator<string> {
  const placeholder: never[] = [];
  const whole = wellFormedJson(skeleton(placeholder), 2, (item) => (item === placeholder ? ITEMS : item));
  const marker = JSON.stringify(ITEMS);
  const at = whole.indexOf(marker);
  const indent = (level: number): string => `\n${'  '.repeat(level)}`;
  yield `${whole.slice(0, at)}[`;
  for (let start = 0; start < items.length; start += ITEMS_PER_CHUNK) {
    yield items
      .slice(start, start + ITEMS_PER_CHUNK)
      .map((item, i) => {
        const json = wellFormedJson(toJson(item), 2).replace(/\n/g, indent(depth + 1));
        return `${start + i === 0 ? '' : ','}${indent(depth + 1)}${json}`;
      })
      .join('');
  }
  yield `${items.length ? indent(depth) : ''}]${whole.slice(at + marker.length)}\n`;
}
