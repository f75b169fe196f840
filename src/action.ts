/** Entry point of the GitHub Action (`runs.main: dist/action.js`). */
import module from 'node:module';
import path from 'node:path';
import * as core from '@actions/core';

// On the runner's Node 24, compiled modules are cached in the job's own temporary folder (Node ≥ 22.1).
const enableCompileCache: ((directory?: string) => unknown) | undefined = Reflect.get(
  module,
  'enableCompileCache',
);
if (process.env.RUNNER_TEMP)
  enableCompileCache?.(path.join(process.env.RUNNER_TEMP, 'dynalint-compile-cache'));

// Imported after the cache is on, so the Action's own modules are what it caches.
import('./action/main.ts')
  .then(({ runAction }) => runAction())
  .catch((error: unknown) => {
    core.setFailed(`dynalint: internal error: ${error instanceof Error ? error.message : String(error)}`);
  });
