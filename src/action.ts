/** Entry point of the GitHub Action (`runs.main: dist/action.js`). */
import * as core from '@actions/core';
import { runAction } from './action/main.ts';

runAction().catch((error: unknown) => {
  core.setFailed(`dynalint: internal error: ${error instanceof Error ? error.message : String(error)}`);
});
