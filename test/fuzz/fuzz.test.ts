/**
 * A bounded fuzz run (about 15 seconds): mutated fixtures never throw out of a loader or the code scan,
 * never exceed the per-file budget, and never hide a good sibling's facts. `test/fuzz/run.ts` runs longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus.ts';
import { runCase } from './harness.ts';
import { mutate, mutationsArbitrary } from './mutate.ts';

const BUDGET_MS = 5_000;

describe('fuzzing the loaders and the code scan', () => {
  it('has seeds of every kind', () => {
    const kinds = new Set(corpus().map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['code', 'plan', 'template', 'terraform']);
  });

  it('survives mutated fixtures within the per-file budget', async () => {
    const seeds = corpus();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds), mutationsArbitrary, async (seed, mutations) => {
        cases += 1;
        const result = await runCase(seed, mutate(seed.bytes, mutations), BUDGET_MS);
        if (result.failure) throw new Error(`${seed.name}: ${result.failure}`);
      }),
      { numRuns: 1_000_000, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
    expect(cases).toBeGreaterThan(0);
  }, 30_000);
});
