/**
 * One copy of each string that many findings repeat. Thousands of findings share a handful of messages,
 * documentation links, file paths and table names, but each is built (or arrives from a worker thread) as a
 * string of its own: at 10,000 templates that was most of the findings' memory. The table is bounded, so a
 * long-lived process does not keep every string it ever saw.
 */
const MAX_STRINGS = 8192;

const known = new Map<string, string>();

export function interned(text: string): string {
  const copy = known.get(text);
  if (copy !== undefined) return copy;
  if (known.size >= MAX_STRINGS) known.clear();
  known.set(text, text);
  return text;
}
