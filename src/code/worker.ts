/** A code-scan pool worker: analyses the batches of files the main thread sends, one batch at a time. */
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type CodeFileInput, type FileAnalysis } from './analyze.ts';

export interface BatchRequest {
  readonly batch: number;
  readonly inputs: readonly CodeFileInput[];
}

export interface BatchResult {
  readonly batch: number;
  readonly results: FileAnalysis[];
}

parentPort?.on('message', (request: BatchRequest) => {
  void (async () => {
    const results: FileAnalysis[] = [];
    for (const input of request.inputs) results.push(await analyzeFile(input));
    parentPort?.postMessage({ batch: request.batch, results } satisfies BatchResult);
  })();
});
