/**
 * The long fuzz run: `node --import tsx test/fuzz/run.ts --cases N [--seed S] [--budget-ms MS] [--workers W]`.
 * Mutates the project's fixtures N times, runs each case in-process, prints cases/s and every failure
 * (seed file and mutations, enough to replay it), and exits 1 when any case failed. With `--workers`
 * (default: one per core) the cases are dealt round-robin to worker threads; every worker draws the same
 * sample from the seed, so a case's index and mutations are the same whatever the worker count.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { corpus } from './corpus.ts';
import { runCase } from './harness.ts';
import { mutate, mutationsArbitrary } from './mutate.ts';

interface Share {
  readonly cases: number;
  readonly seed: number;
  readonly budgetMs: number;
  readonly worker: number;
  readonly workers: number;
}

interface ShareResult {
  readonly ran: number;
  readonly failures: string[];
  readonly slowest: { ms: number; what: string };
}

/** Runs the cases whose index is `worker` modulo `workers`; reports each failure as it happens. */
async function runShare(share: Share, onFailure: (line: string) => void): Promise<ShareResult> {
  const seeds = corpus();
  const samples = fc.sample(fc.tuple(fc.nat(seeds.length - 1), mutationsArbitrary), {
    numRuns: share.cases,
    seed: share.seed,
  });
  const failures: string[] = [];
  let slowest = { ms: 0, what: '' };
  let ran = 0;
  for (let i = share.worker; i < samples.length; i += share.workers) {
    const [index, mutations] = samples[i] as (typeof samples)[number];
    const file = seeds[index] as (typeof seeds)[number];
    const result = await runCase(file, mutate(file.bytes, mutations), share.budgetMs);
    ran++;
    if (result.ms > slowest.ms)
      slowest = { ms: result.ms, what: `${file.name} ${JSON.stringify(mutations)}` };
    if (result.failure) {
      const line = `case ${i}: ${file.name} ${JSON.stringify(mutations)}: ${result.failure.split('\n')[0] ?? ''}`;
      failures.push(line);
      onFailure(line);
    }
  }
  return { ran, failures, slowest };
}

function runWorker(share: Share): Promise<ShareResult> {
  return new Promise((resolve, reject) => {
    // Worker threads inherit this process's `--import tsx`, so the TypeScript sources load as they do here.
    const worker = new Worker(new URL(import.meta.url), { workerData: share });
    worker.on('message', (message: { failure: string } | { done: ShareResult }) => {
      if ('failure' in message) console.log(`FAIL ${message.failure}`);
      else resolve(message.done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`fuzz worker ${share.worker} exited with code ${code}`));
    });
  });
}

if (isMainThread) {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      'budget-ms': { type: 'string', default: '5000' },
      workers: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const cases = Number(values.cases);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  const budgetMs = Number(values['budget-ms']);
  const workers = Math.max(1, Math.min(Number(values.workers), cases));
  console.log(
    `fuzz: ${cases} cases over ${corpus().length} seed files, seed ${seed}, budget ${budgetMs} ms per case, ${workers} worker(s)`,
  );
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, worker) => ({ cases, seed, budgetMs, worker, workers }));
  const results =
    workers === 1
      ? [await runShare(shares[0] as Share, (line) => console.log(`FAIL ${line}`))]
      : await Promise.all(shares.map(runWorker));
  const seconds = (performance.now() - started) / 1000;
  const ran = results.reduce((sum, r) => sum + r.ran, 0);
  const failures = results.flatMap((r) => r.failures);
  const slowest = results.reduce((a, b) => (b.slowest.ms > a.ms ? b.slowest : a), { ms: 0, what: '' });
  console.log(
    `fuzz: ${ran} cases in ${seconds.toFixed(1)} s (${(ran / seconds).toFixed(1)} cases/s), ${failures.length} failures; slowest ${Math.round(slowest.ms)} ms: ${slowest.what.slice(0, 200)}`,
  );
  process.exitCode = failures.length ? 1 : 0;
} else {
  const share = workerData as Share;
  const done = await runShare(share, (failure) => parentPort?.postMessage({ failure }));
  parentPort?.postMessage({ done });
}
