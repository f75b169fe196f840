/**
 * How to start a worker thread: the bundle's worker script (seen from `dist/` or `dist/chunks/`), or, from the
 * TypeScript sources (as in tests), a bootstrap that registers tsx's loader in the worker before importing the
 * source entry (a `--import tsx` flag does not reach a worker's entry module).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerEntry {
  readonly script: URL | string;
  readonly eval: boolean;
}

/**
 * `from` is the caller's `import.meta.url`; `source` its worker module relative to it (`./worker.ts`);
 * `bundled` the worker's file name beside the bundle (`code-worker.js`).
 */
export function workerEntry(from: string, source: string, bundled: string): WorkerEntry {
  if (from.endsWith('.ts')) {
    const require = createRequire(from);
    const tsxApi = pathToFileURL(
      path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
    );
    const entry = new URL(source, from);
    const bootstrap = `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
    return { script: bootstrap, eval: true };
  }
  const candidates = [new URL(`./${bundled}`, from), new URL(`../${bundled}`, from)];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  return { script: found ?? (candidates[0] as URL), eval: false };
}
