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
export function wellFormedJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) => {
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
