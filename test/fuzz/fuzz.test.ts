/**
 * A bounded fuzz run (about 15 seconds): mutated fixtures never throw out of a loader or the code scan,
 * never exceed the per-file budget, and never hide a good sibling's facts. `test/fuzz/run.ts` runs longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus.ts';
import { runCase } from './harness.ts';
import { mutate, mutationsArbitrary } from './mutate.ts';

/** Every input must be handled within this, however hostile (parsing alone is cancelled at 5 s). */
const BUDGET_MS = 10_000;

describe('fuzzing the loaders and the code scan', () => {
  it('has seeds of every kind', () => {
    const kinds = new Set(corpus().map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['code', 'plan', 'template', 'terraform']);
  });

  it('survives mutated fixtures within the per-file budget', async () => {
    const seeds = corpus();
    let cases = 0;
    await fc.assert(
      // The seed's name, not its bytes, so a counterexample prints short.
      fc.asyncProperty(
        fc.constantFrom(...seeds.map((s) => s.name)),
        mutationsArbitrary,
        async (name, mutations) => {
          cases += 1;
          const seed = seeds.find((s) => s.name === name) as (typeof seeds)[number];
          const result = await runCase(seed, mutate(seed.bytes, mutations), BUDGET_MS);
          if (result.failure) throw new Error(`${seed.name}: ${result.failure}`);
        },
      ),
      { numRuns: 1_000_000, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
    expect(cases).toBeGreaterThan(0);
  }, 30_000);
});
