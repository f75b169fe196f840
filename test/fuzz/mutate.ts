/**
 * Mutations of a seed file, as fast-check arbitraries so failures shrink: byte flips, truncation,
 * duplicated lines, deep nesting and tokens the readers treat specially (aliases, tags, intrinsics).
 */
import fc from 'fast-check';

export type Mutation =
  | { readonly op: 'flip'; readonly at: number; readonly bit: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'duplicate-lines'; readonly at: number; readonly lines: number; readonly times: number }
  | { readonly op: 'nest'; readonly at: number; readonly depth: number; readonly style: number }
  | { readonly op: 'insert'; readonly at: number; readonly token: string };

/** Text the parsers and evaluators give meaning to. */
const TOKENS = [
  '&a ',
  '*a',
  '!Ref ',
  '!If [C, a, b]',
  '!Sub "${X}"',
  'Fn::Join',
  '"Ref": ',
  '${',
  '${var.x}',
  'local.',
  '"',
  "'",
  '\\',
  '\u0000',
  '\uFEFF',
  '\t',
  '\n  - ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '<<: *a',
  '/*',
  '#',
  '// dynalint-ignore-next-line',
  'AWS::DynamoDB::Table',
  'aws_dynamodb_table',
  'ScanCommand',
];

/** Openers and closers of one nesting level, per syntax. */
/** Larger than the readers' 5 MB file limit, so the limit itself is exercised. */
const MAX_MUTATED_BYTES = 6 * 1024 * 1024;

const NESTING: readonly [string, string][] = [
  ['[', ']'],
  ['{"a":', '}'],
  ['{ a = ', ' }'],
  ['(', ')'],
];

/** Positions are fractions of the length, so one mutation applies to any seed (spread evenly). */
const position = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({
    op: fc.constant('duplicate-lines' as const),
    at: position,
    lines: fc.integer({ min: 1, max: 20 }),
    times: fc.integer({ min: 1, max: 2_000 }),
  }),
  fc.record({
    op: fc.constant('nest' as const),
    at: position,
    depth: fc.integer({ min: 1, max: 20_000 }),
    style: fc.integer({ min: 0, max: NESTING.length - 1 }),
  }),
  fc.record({ op: fc.constant('insert' as const), at: position, token: fc.constantFrom(...TOKENS) }),
);

export const mutationsArbitrary = fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 });

export function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = bytes;
  for (const mutation of mutations) out = apply(out, mutation);
  return out;
}

function apply(bytes: Buffer, mutation: Mutation): Buffer {
  const at = Math.floor(mutation.at * bytes.length);
  switch (mutation.op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] as number) ^ (1 << mutation.bit);
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at);
    case 'duplicate-lines': {
      const lines = bytes.toString('latin1').split('\n');
      const start = Math.floor(mutation.at * lines.length);
      const block = lines.slice(start, start + mutation.lines);
      // Mutations compound: cap the copies so the file stays near the readers' 5 MB limit, not past a string's.
      const blockBytes = block.reduce((sum, line) => sum + line.length + 1, 0);
      const times = Math.min(mutation.times, Math.floor(MAX_MUTATED_BYTES / Math.max(1, blockBytes)));
      const repeated = Array.from({ length: times }, () => block).flat();
      return Buffer.from([...lines.slice(0, start), ...repeated, ...lines.slice(start)].join('\n'), 'latin1');
    }
    case 'nest': {
      const [open, close] = NESTING[mutation.style] as [string, string];
      const nested = `${open.repeat(mutation.depth)}1${close.repeat(mutation.depth)}`;
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(nested), bytes.subarray(at)]);
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(mutation.token), bytes.subarray(at)]);
  }
}
