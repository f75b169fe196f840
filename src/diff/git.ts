/**
 * Read-only git access for the base revision: resolve it, list its files, read their contents. Every
 * call runs `git` with an argument list (never a shell string) and reads the object database only —
 * the working tree, the index and HEAD are never touched.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const failed = error as { stderr?: string; code?: string | number };
    if (failed.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    throw new GitError((failed.stderr ?? String(error)).trim().split('\n')[0] ?? 'git failed');
  }
}

export interface Repository {
  /** Absolute path of the working tree's top folder. */
  readonly root: string;
  /** The working directory relative to `root`, with a trailing `/` (empty at the top). */
  readonly prefix: string;
  readonly shallow: boolean;
}

/** The repository `cwd` is in, or undefined outside one. */
export async function openRepository(cwd: string): Promise<Repository | undefined> {
  const output = await git(cwd, [
    'rev-parse',
    '--show-toplevel',
    '--show-prefix',
    '--is-shallow-repository',
  ]).catch(() => undefined);
  if (output === undefined) return undefined;
  const [root = '', prefix = '', shallow = 'false'] = output.split('\n');
  return { root, prefix, shallow: shallow.trim() === 'true' };
}

/** The commit `ref` names, or undefined when this clone does not have it. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  const output = await git(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ]).catch(() => undefined);
  return output?.trim() || undefined;
}

/** Paths of the files at `commit` under `paths` (relative to cwd, as git prints them from cwd). */
export async function listFiles(cwd: string, commit: string, paths: readonly string[]): Promise<string[]> {
  const output = await git(cwd, [
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    commit,
    '--',
    ...(paths.length ? paths : ['.']),
  ]);
  return output.split('\0').filter(Boolean);
}

/**
 * Files renamed between `commit` and the working tree, old path → new path, both relative to cwd (git's
 * rename detection: similar content under another name).
 */
export async function renamesSince(cwd: string, commit: string): Promise<Map<string, string>> {
  const output = await git(cwd, ['diff', '--relative', '--name-status', '-M', '-z', commit, '--']);
  const fields = output.split('\0');
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const status = fields[i] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.set(fields[i + 1] ?? '', fields[i + 2] ?? '');
      i += 3;
    } else i += status ? 2 : 1;
  }
  return renames;
}

/**
 * Contents of `paths` (relative to the repository root) at `commit`, through one `git cat-file --batch`
 * process; a path missing at that commit is absent from the result.
 */
export async function readFiles(
  root: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  if (paths.length === 0) return contents;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(paths.map((p) => `${commit}:${p}\n`).join(''));
  if ((await exited) !== 0) throw new GitError(`git cat-file failed for ${commit}`);
  const output = Buffer.concat(chunks);
  let at = 0;
  for (const file of paths) {
    const headerEnd = output.indexOf(10, at);
    if (headerEnd === -1) break;
    const header = output.toString('utf8', at, headerEnd);
    at = headerEnd + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
    const [, type, size] = header.split(' ');
    if (type === undefined || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') contents.set(file, output.subarray(at, at + length));
    at += length + 1;
  }
  return contents;
}
