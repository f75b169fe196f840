/**
 * Parses code files on worker threads while the main thread is still reading: files are submitted as
 * they pass the byte tests, and a free worker takes the next few in a grammar it has loaded. Loading a
 * grammar and warming its parser is the costly part of a worker's first file in it, so a grammar goes to
 * a second worker only when enough of it is waiting. Workers start on the first submission, so a run without candidates starts none. Workers run the
 * bundled `code-worker.js` beside the CLI, or (from the TypeScript sources, as in tests) `worker.ts`
 * through tsx's loader. A worker that fails hands its batch back to the main thread: the scan completes anyway.
 */
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../shared/worker-entry.ts';
import { analyzeFile, type CodeFileInput, type FileAnalysis } from './analyze.ts';
import type { BatchRequest, BatchResult } from './worker.ts';

/** Files per message: small enough to share the load, large enough to keep messaging cheap. */
const BATCH_SIZE = 4;

/**
 * Pending source in one grammar that justifies a second worker loading it: a grammar's first file costs
 * a worker 10–150 ms (loading, compiling, warming the parser), about what parsing this much costs.
 */
const SHARE_GRAMMAR_BYTES = 256 * 1024;

interface PoolWorker {
  readonly worker: Worker;
  readonly grammars: Set<string>;
  busy: boolean;
}

interface Pending {
  readonly index: number;
  readonly input: CodeFileInput;
}

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly pending: Pending[] = [];
  private readonly results: (FileAnalysis | undefined)[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly entry = workerEntry(import.meta.url, './worker.ts', 'code-worker.js');
  private submitted = 0;
  /** Files a worker (not the main thread) analysed. */
  analysedOnWorkers = 0;

  constructor(private readonly size: number) {}

  submit(input: CodeFileInput): void {
    if (this.workers.length === 0) {
      for (let i = 0; i < this.size; i += 1) this.workers.push(this.spawn());
    }
    this.pending.push({ index: this.submitted, input });
    this.submitted += 1;
    this.dispatch();
  }

  /** Every submitted file's analysis, in submission order; the workers are stopped. */
  async finish(): Promise<FileAnalysis[]> {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      this.dispatch();
      if (this.workers.length === 0 || this.inFlight.size === 0) {
        // No worker left (all failed), or none would take what remains: the main thread finishes.
        for (const { index, input } of this.pending.splice(0)) this.results[index] = await analyzeFile(input);
        break;
      }
      await Promise.race(this.inFlight);
    }
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    return Array.from(
      { length: this.submitted },
      (_, i) => this.results[i] ?? { uses: [], suppressions: [], problems: [], notes: [] },
    );
  }

  private spawn(): PoolWorker {
    const worker = new Worker(this.entry.script, { eval: this.entry.eval });
    return { worker, grammars: new Set(), busy: false };
  }

  private dispatch(): void {
    for (const member of this.workers) {
      if (member.busy || this.pending.length === 0) continue;
      const batch = this.take(member);
      if (batch.length === 0) continue;
      member.busy = true;
      const done = this.run(member, batch).finally(() => {
        member.busy = false;
        this.inFlight.delete(done);
        this.dispatch();
      });
      this.inFlight.add(done);
    }
  }

  /**
   * Up to a batch of pending files in grammars the worker has loaded; failing that, in a grammar no
   * worker has loaded yet, or one with enough pending work to pay for loading it twice.
   */
  private take(member: PoolWorker): Pending[] {
    let grammar: string | undefined = this.pending.find((p) => member.grammars.has(p.input.grammar))?.input
      .grammar;
    if (grammar === undefined) {
      const pendingBytes = new Map<string, number>();
      for (const { input } of this.pending)
        pendingBytes.set(input.grammar, (pendingBytes.get(input.grammar) ?? 0) + input.text.length);
      grammar = [...pendingBytes].find(
        ([candidate, bytes]) =>
          bytes >= SHARE_GRAMMAR_BYTES || !this.workers.some((w) => w.grammars.has(candidate)),
      )?.[0];
    }
    if (grammar === undefined) return [];
    member.grammars.add(grammar);
    const batch: Pending[] = [];
    for (let i = 0; i < this.pending.length && batch.length < BATCH_SIZE;) {
      if ((this.pending[i] as Pending).input.grammar === grammar) batch.push(...this.pending.splice(i, 1));
      else i += 1;
    }
    return batch;
  }

  private async run(member: PoolWorker, batch: readonly Pending[]): Promise<void> {
    const request: BatchRequest = { batch: batch[0]?.index ?? 0, inputs: batch.map((p) => p.input) };
    const reply = await exchange(member.worker, request).catch(() => undefined);
    if (reply) {
      reply.results.forEach((result, k) => (this.results[(batch[k] as Pending).index] = result));
      this.analysedOnWorkers += reply.results.length;
      return;
    }
    // The worker failed: it leaves the pool, and this batch runs here.
    this.workers.splice(this.workers.indexOf(member), 1);
    void member.worker.terminate();
    for (const { index, input } of batch) this.results[index] = await analyzeFile(input);
  }
}

function exchange(worker: Worker, request: BatchRequest): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: BatchResult): void => {
      cleanup();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`code-scan worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}
