/** Options that code rules share: globs of files where a finding is expected and not reported. */
import picomatch from 'picomatch';
import type { JsonSchema } from '../rule.ts';

/** A literal schema type, so that rules derive `allow: string[]` from it (`FromSchema`). */
export function allowOption(examples: string) {
  return {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: `Globs of files where this is expected and not reported (e.g. ${examples}).`,
  } as const satisfies JsonSchema;
}

/** The options of a rule whose only option is `allow`. */
export function allowOnlyOptions(examples: string) {
  return {
    type: 'object',
    properties: { allow: allowOption(examples) },
    additionalProperties: false,
  } as const satisfies JsonSchema;
}

/** A test of display paths (`src/jobs/export.js`) against globs; no globs match nothing. */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  return globs.length ? picomatch([...globs], { dot: true }) : () => false;
}
