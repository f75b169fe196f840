/**
 * Patterns from configuration run against every path or name in a repository, so one written (or
 * crafted) to backtrack catastrophically would hang the run. These checks refuse the shapes that
 * backtrack beyond a small polynomial before anything is matched; each says what to change.
 */

/** Longer patterns are refused: no real ignore glob or name pattern needs more. */
export const MAX_PATTERN_LENGTH = 512;

/** Single `*` wildcards per path segment: each one multiplies the backtracking on a long name. */
export const MAX_STARS_PER_SEGMENT = 2;

/** `**` segments per glob. */
export const MAX_GLOBSTARS = 4;

/** Why a config ignore glob is refused, or undefined when it is safe to match. */
export function globHazard(glob: string): string | undefined {
  if (glob.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const segments = glob.split('/');
  if (segments.filter((s) => s === '**').length > MAX_GLOBSTARS) {
    return `it has more than ${MAX_GLOBSTARS} "**" segments`;
  }
  for (const segment of segments) {
    if (segment === '**') continue;
    const stars = segment.replace(/\\./g, '').match(/\*+/g)?.length ?? 0;
    if (stars > MAX_STARS_PER_SEGMENT) {
      return `the segment "${segment}" has more than ${MAX_STARS_PER_SEGMENT} "*" wildcards`;
    }
  }
  return undefined;
}

interface Group {
  /** The group can match in more than one way: it holds a quantifier or alternatives. */
  ambiguous: boolean;
}

/**
 * Why a regular expression is refused, or undefined when it is safe. Repeating a group that can match in
 * several ways (`(a+)+`, `(a|aa)*`, `(a?){20}`) and backreferences backtrack exponentially on a failing
 * subject; single quantifiers and repeated plain groups (`(ab)+`) do not.
 */
export function regexHazard(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Group[] = [{ ambiguous: false }];
  /** What a quantifier here would apply to: an ambiguous group, anything else, or nothing. */
  let last: 'atom' | 'ambiguous-group' | 'none' = 'none';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    const top = stack[stack.length - 1] as Group;
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return 'it uses a backreference';
      i += 1;
      last = 'atom';
    } else if (char === '[') {
      i = classEnd(pattern, i);
      last = 'atom';
    } else if (char === '(') {
      stack.push({ ambiguous: false });
      // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`: the `?` opens the group, it is no quantifier.
      const prefix = /^\(\?(?:<[^>]*>|<=|<!|[:=!])?/.exec(pattern.slice(i));
      if (prefix) i += prefix[0].length - 1;
      last = 'none';
    } else if (char === ')') {
      const closed = stack.length > 1 ? (stack.pop() as Group) : top;
      const parent = stack[stack.length - 1] as Group;
      if (closed.ambiguous) parent.ambiguous = true;
      last = closed.ambiguous ? 'ambiguous-group' : 'atom';
    } else if (char === '*' || char === '+' || char === '?' || char === '{') {
      const quantifier = readQuantifier(pattern, i);
      if (!quantifier) {
        last = 'atom';
        continue;
      }
      i = quantifier.end;
      if (pattern[i + 1] === '?') i += 1;
      if (quantifier.repeats && last === 'ambiguous-group') {
        return 'it repeats a group that holds a quantifier or alternatives (nested quantifiers)';
      }
      top.ambiguous = true;
      last = 'none';
    } else if (char === '|') {
      top.ambiguous = true;
      last = 'none';
    } else {
      last = 'atom';
    }
  }
  return undefined;
}

/** The index of the `]` closing the class opened at `start`. */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i += 1;
  if (pattern[i] === ']') i += 1;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i += 1;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}

/** The quantifier at `at`, where it ends, and whether it repeats more than once; undefined for a literal `{`. */
function readQuantifier(pattern: string, at: number): { end: number; repeats: boolean } | undefined {
  const char = pattern[at];
  if (char === '*' || char === '+') return { end: at, repeats: true };
  if (char === '?') return { end: at, repeats: false };
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(at));
  if (!match) return undefined;
  const max = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
  return { end: at + match[0].length - 1, repeats: max > 1 };
}
