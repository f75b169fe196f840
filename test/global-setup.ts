/**
 * Builds dist/ once before the suite so end-to-end tests run the bundle that ships. The build is
 * deterministic, so in CI (where dist/ was just verified fresh) it rewrites identical bytes.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
