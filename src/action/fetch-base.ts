/**
 * `actions/checkout` clones one commit by default, so a pull request's base commit is not there. The
 * Action fetches just that commit (with the credentials checkout left in the repository's config) before
 * linting, instead of asking every user for `fetch-depth: 0`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type BaseFetch =
  { readonly outcome: 'present' | 'fetched' } | { readonly outcome: 'failed'; readonly reason: string };

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${sha}^{commit}`], {
    cwd,
  }).then(
    () => true,
    () => false,
  );
}

export async function ensureBaseCommit(cwd: string, sha: string): Promise<BaseFetch> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { outcome: 'failed', reason: `"${sha}" is not a commit id` };
  if (await hasCommit(cwd, sha)) return { outcome: 'present' };
  try {
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], {
      cwd,
      timeout: 120_000,
      // Without the checkout's credentials git would wait for a password no one types.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim().split('\n').at(-1);
    return { outcome: 'failed', reason: stderr || (error instanceof Error ? error.message : String(error)) };
  }
  return (await hasCommit(cwd, sha))
    ? { outcome: 'fetched' }
    : { outcome: 'failed', reason: 'git fetch did not bring the commit' };
}
