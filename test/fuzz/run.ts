/**
 * The long fuzz run: `node --import tsx test/fuzz/run.ts --cases N [--seed S] [--budget-ms MS] [--workers W]
 * [--clock cpu|wall] [--only I,J]`. Mutates the project's fixtures N times, runs each case in-process, prints
 * cases/s and every failure (case index, seed file and mutations, enough to replay it with `--only`), and exits 1
 * when any case failed.
 *
 * With `--workers` (default: one per core) the cases are dealt round-robin to child processes; every worker
 * draws the same sample from the seed, so a case's index and mutations are the same whatever the worker
 * count. Processes, not threads: each measures its own CPU time, so the per-case budget (`--clock cpu`, the
 * default) holds on a machine busy with other work, where wall time would blame the fuzzed file for the wait.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { corpus } from './corpus.ts';
import { runCase, type BudgetClock } from './harness.ts';
import { mutate, mutationsArbitrary } from './mutate.ts';

interface Share {
  readonly cases: number;
  readonly seed: number;
  readonly budgetMs: number;
  readonly clock: BudgetClock;
  readonly worker: number;
  readonly workers: number;
  /** Only these case indexes (a replay); empty: every case of the share. */
  readonly only: readonly number[];
}

interface ShareResult {
  readonly ran: number;
  readonly failures: string[];
  readonly slowest: { ms: number; what: string };
}

type WorkerMessage =
  { readonly failure: string } | { readonly progress: number } | { readonly done: ShareResult };

/** Runs the cases whose index is `worker` modulo `workers`; reports each failure as it happens. */
/** Cases between a worker's progress lines: a long run says how far it is. */
const PROGRESS_EVERY = 5_000;

async function runShare(
  share: Share,
  onFailure: (line: string) => void,
  onProgress: (ran: number) => void = () => undefined,
): Promise<ShareResult> {
  const seeds = corpus();
  const samples = fc.sample(fc.tuple(fc.nat(seeds.length - 1), mutationsArbitrary), {
    numRuns: share.cases,
    seed: share.seed,
  });
  const indexes = share.only.length
    ? share.only.filter((i) => i % share.workers === share.worker)
    : Array.from(
        { length: Math.ceil((samples.length - share.worker) / share.workers) },
        (_, k) => share.worker + k * share.workers,
      );
  const failures: string[] = [];
  let slowest = { ms: 0, what: '' };
  let ran = 0;
  for (const i of indexes) {
    const sample = samples[i];
    if (!sample) continue;
    const [index, mutations] = sample;
    const file = seeds[index] as (typeof seeds)[number];
    const result = await runCase(file, mutate(file.bytes, mutations), share.budgetMs, share.clock);
    ran++;
    if (ran % PROGRESS_EVERY === 0) onProgress(ran);
    if (result.ms > slowest.ms)
      slowest = { ms: result.ms, what: `case ${i}: ${file.name} ${JSON.stringify(mutations)}` };
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
    // The child inherits this process's `--import tsx`, so the TypeScript sources load as they do here.
    const child = fork(new URL(import.meta.url), ['--share', JSON.stringify(share)]);
    let result: ShareResult | undefined;
    child.on('message', (message: WorkerMessage) => {
      if ('failure' in message) console.log(`FAIL ${message.failure}`);
      else if ('progress' in message) {
        console.log(`worker ${share.worker}: ${message.progress} cases, ${new Date().toISOString()}`);
      } else result = message.done;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`fuzz worker ${share.worker} exited with code ${code} before it finished`));
    });
  });
}

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'budget-ms': { type: 'string', default: '5000' },
    workers: { type: 'string', default: String(availableParallelism()) },
    clock: { type: 'string', default: 'cpu' },
    only: { type: 'string', default: '' },
    share: { type: 'string' },
  },
});

if (values.share !== undefined) {
  const share = JSON.parse(values.share) as Share;
  const done = await runShare(
    share,
    (failure) => process.send?.({ failure }),
    (progress) => process.send?.({ progress }),
  );
  process.send?.({ done }, () => process.disconnect());
} else {
  const cases = Number(values.cases);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  const budgetMs = Number(values['budget-ms']);
  const clock: BudgetClock = values.clock === 'wall' ? 'wall' : 'cpu';
  const only = values.only ? values.only.split(',').map(Number) : [];
  const workers = Math.max(1, Math.min(Number(values.workers), only.length || cases));
  console.log(
    `fuzz: ${only.length || cases} cases over ${corpus().length} seed files, seed ${seed}, budget ${budgetMs} ms of ${clock} time per case, ${workers} worker process(es)`,
  );
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, worker) => ({
    cases,
    seed,
    budgetMs,
    clock,
    worker,
    workers,
    only,
  }));
  const results = await Promise.all(shares.map(runWorker));
  const seconds = (performance.now() - started) / 1000;
  const ran = results.reduce((sum, r) => sum + r.ran, 0);
  const failures = results.flatMap((r) => r.failures);
  const slowest = results.reduce((a, b) => (b.slowest.ms > a.ms ? b.slowest : a), { ms: 0, what: '' });
  console.log(
    `fuzz: ${ran} cases in ${seconds.toFixed(1)} s (${(ran / seconds).toFixed(1)} cases/s), ${failures.length} failures; slowest ${Math.round(slowest.ms)} ms of ${clock} time: ${slowest.what.slice(0, 200)}`,
  );
  process.exitCode = failures.length ? 1 : 0;
}
