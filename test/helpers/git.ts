/** Real git repositories for change tests: a base commit, then the head as a second commit. */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { workspace, writeFiles } from './workspace.ts';

const run = promisify(execFile);

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dynalint',
      GIT_AUTHOR_EMAIL: 'dynalint@example.com',
      GIT_COMMITTER_NAME: 'dynalint',
      GIT_COMMITTER_EMAIL: 'dynalint@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
  return stdout.trim();
}

/**
 * A repository whose `main` branch holds `base`, checked out on a `change` branch with `head` committed
 * on top (`null` deletes a file).
 */
export async function changeRepository(
  base: Record<string, string>,
  head: Record<string, string | null>,
): Promise<string> {
  const dir = await workspace(base);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'base');
  await git(dir, 'checkout', '-q', '-b', 'change');
  const written = Object.fromEntries(
    Object.entries(head).filter((e): e is [string, string] => e[1] !== null),
  );
  await writeFiles(dir, written);
  for (const [file, text] of Object.entries(head)) if (text === null) await rm(path.join(dir, file));
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  return dir;
}
