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

/** A file of the base revision: its path (relative to cwd, as git prints it from cwd), blob and size. */
export interface TreeFile {
  readonly path: string;
  readonly object: string;
  readonly size: number;
}

/**
 * The files at `commit` under `paths`, with their blob ids and sizes (`ls-tree -l`): NUL-terminated
 * records, so any byte but NUL may be in a name. Submodules (commits) and symbolic links are not files.
 */
export async function listFiles(cwd: string, commit: string, paths: readonly string[]): Promise<TreeFile[]> {
  const output = await git(cwd, [
    'ls-tree',
    '-r',
    '-z',
    '-l',
    commit,
    '--',
    ...(paths.length ? paths : ['.']),
  ]);
  const files: TreeFile[] = [];
  for (const record of output.split('\0')) {
    // `<mode> SP <type> SP <object> SP+ <size> TAB <path>`: the path is everything after the first tab.
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob' || mode === '120000' || !object || !size) continue;
    files.push({ path: record.slice(tab + 1), object, size: Number(size) });
  }
  return files;
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
 * The contents of blobs by id, through one `git cat-file --batch` process. Its input is object ids only
 * (no path can break a line), and its output is framed by the sizes in each header, never by newlines:
 * contents may hold any byte. Callers ask only for blobs whose size they have checked.
 */
export async function readBlobs(cwd: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return contents;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const parser = new BatchParser((object, type, body) => {
    if (type === 'blob') contents.set(object, body);
  });
  child.stdout.on('data', (chunk: Buffer) => parser.push(chunk));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  // A pipe closed early (git exited) is reported by the exit code below.
  child.stdin.on('error', () => undefined);
  child.stdin.end(wanted.map((object) => `${object}\n`).join(''));
  const code = await exited;
  if (code !== 0) throw new GitError(stderr.trim().split('\n')[0] || `git cat-file exited with ${code}`);
  parser.end();
  return contents;
}

/**
 * `git cat-file --batch` output: `<object> SP <type> SP <size> LF <contents> LF` per object, or
 * `<name> SP missing LF`. Parsed as it streams, each object's contents copied out once.
 */
export class BatchParser {
  /** Output not parsed yet; joined only once the object it holds is complete (linear in the output). */
  private chunks: Buffer[] = [];
  private buffered = 0;
  private current: { object: string; type: string; size: number } | undefined;

  constructor(private readonly onObject: (object: string, type: string, contents: Buffer) => void) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    // The contents and the newline after them.
    if (this.current && this.buffered < this.current.size + 1) return;
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    let at = 0;
    for (;;) {
      if (!this.current) {
        const lineEnd = data.indexOf(10, at);
        if (lineEnd === -1) break;
        const header = data.toString('utf8', at, lineEnd).split(' ');
        at = lineEnd + 1;
        const [object = '', type = '', size = ''] = header;
        // `<name> missing` (or `ambiguous`): no contents follow.
        if (header.length !== 3 || !/^\d+$/.test(size)) continue;
        this.current = { object, type, size: Number(size) };
      }
      const { object, type, size } = this.current;
      if (data.length - at < size + 1) break;
      this.onObject(object, type, Buffer.from(data.subarray(at, at + size)));
      at += size + 1;
      this.current = undefined;
    }
    const rest = data.subarray(at);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }

  /** Output that ended inside an object is git's failure, not a file. */
  end(): void {
    if (this.current) throw new GitError(`git cat-file output ended inside ${this.current.object}`);
  }
}
