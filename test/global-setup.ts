/**
 * Builds dist/ once before the end-to-end project so it runs the bundle that ships. A dev build: the
 * JavaScript is rebuilt, the compressed grammars already in dist/wasm are kept (scripts/build.mjs).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--dev'], { stdio: 'inherit' });
}
