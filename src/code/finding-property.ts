/**
 * The `property` a code finding's fingerprint is keyed on: file, enclosing scope, operation and rank.
 * Fingerprints of findings without a declared table blur digits (so line numbers in messages do not
 * matter); digits in a scope name are spelled out first, so `listV1` and `listV2` stay two findings.
 */
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** `listV2` → `listV~two~`: no digits left, and no identifier in any scanned language holds `~`. */
export function digitFree(text: string): string {
  return text.replace(/\d/g, (digit) => `~${DIGIT_WORDS[Number(digit)] ?? digit}~`);
}

/** The property of the `rank`-th finding of `operation` in `scope` of `file` (`rank` already digit-free). */
export function codeFindingProperty(file: string, scope: string, operation: string, rank: string): string {
  return `${file}:${digitFree(scope)}:${operation}:${rank}`;
}
