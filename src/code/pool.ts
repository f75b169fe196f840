/**
 * Analyses code files on worker threads, one per core: batches go to whichever worker is free, results
 * come back in input order. Workers run the bundled `code-worker.js` beside the CLI, or (from the
 * TypeScript sources, as in tests) `worker.ts` through tsx. A worker that fails hands its batch back to
 * the main thread: the scan completes either way.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeFile, type CodeFileInput, type FileAnalysis } from './analyze.ts';
import type { BatchRequest, BatchResult } from './worker.ts';

/** Files per message: small enough to balance the load, large enough to keep messaging cheap. */
const BATCH_SIZE = 8;

export async function analyzeInPool(inputs: readonly CodeFileInput[], size: number): Promise<FileAnalysis[]> {
  const results = new Array<FileAnalysis | undefined>(inputs.length);
  const batches: number[][] = [];
  for (let start = 0; start < inputs.length; start += BATCH_SIZE)
    batches.push(Array.from({ length: Math.min(BATCH_SIZE, inputs.length - start) }, (_, i) => start + i));
  let next = 0;
  const entry = workerEntry();
  const runWorker = async (): Promise<void> => {
    const worker = new Worker(entry.url, { execArgv: entry.execArgv });
    let alive = true;
    try {
      for (;;) {
        const batch = next;
        next += 1;
        const indexes = batches[batch];
        if (!indexes) return;
        const request: BatchRequest = { batch, inputs: indexes.map((i) => inputs[i] as CodeFileInput) };
        const reply = alive ? await exchange(worker, request).catch(() => undefined) : undefined;
        if (reply) {
          reply.results.forEach((result, k) => (results[indexes[k] as number] = result));
          continue;
        }
        // The worker failed: this and its later batches run here.
        alive = false;
        for (const i of indexes) results[i] = await analyzeFile(inputs[i] as CodeFileInput);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, batches.length) }, runWorker));
  return results.map((r) => r ?? { uses: [], suppressions: [], problems: [], notes: [] });
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

/** The bundle's `code-worker.js` (seen from `dist/` or `dist/chunks/`), or the source through tsx. */
function workerEntry(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.ts')) {
    const tsx = createRequire(import.meta.url).resolve('tsx');
    return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', pathToFileURL(tsx).href] };
  }
  const candidates = [
    new URL('./code-worker.js', import.meta.url),
    new URL('../code-worker.js', import.meta.url),
  ];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  return { url: found ?? (candidates[0] as URL), execArgv: [] };
}
