/**
 * The long fuzz run: `node --import tsx test/fuzz/run.ts --cases N [--seed S] [--budget-ms MS]`.
 * Mutates the project's fixtures N times, runs each case in-process, prints cases/s and every failure
 * (seed file and mutations, enough to replay it), and exits 1 when any case failed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { corpus } from './corpus.ts';
import { runCase } from './harness.ts';
import { mutate, mutationsArbitrary } from './mutate.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'budget-ms': { type: 'string', default: '5000' },
  },
});
const cases = Number(values.cases);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const budgetMs = Number(values['budget-ms']);
const seeds = corpus();
const samples = fc.sample(fc.tuple(fc.nat(seeds.length - 1), mutationsArbitrary), { numRuns: cases, seed });

console.log(
  `fuzz: ${cases} cases over ${seeds.length} seed files, seed ${seed}, budget ${budgetMs} ms per case`,
);
const started = performance.now();
const failures: string[] = [];
let slowest = { ms: 0, what: '' };
for (const [index, mutations] of samples) {
  const file = seeds[index] as (typeof seeds)[number];
  const result = await runCase(file, mutate(file.bytes, mutations), budgetMs);
  if (result.ms > slowest.ms) slowest = { ms: result.ms, what: `${file.name} ${JSON.stringify(mutations)}` };
  if (result.failure) {
    const line = `${file.name} ${JSON.stringify(mutations)}: ${result.failure.split('\n')[0] ?? ''}`;
    failures.push(line);
    console.log(`FAIL ${line}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${cases} cases in ${seconds.toFixed(1)} s (${(cases / seconds).toFixed(1)} cases/s), ${failures.length} failures; slowest ${Math.round(slowest.ms)} ms: ${slowest.what.slice(0, 200)}`,
);
process.exitCode = failures.length ? 1 : 0;
