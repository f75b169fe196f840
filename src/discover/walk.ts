/**
 * Walks the paths a user names and yields the files dynalint may read. Inside a git repository these are
 * the files git tracks plus the untracked ones it does not ignore (`git ls-files`): a committed file
 * stays in even when a `.gitignore` pattern matches it. Outside one (or without git), the folders are
 * walked, honouring `.gitignore` files from the repository root down. Config `ignore` globs and the
 * always-skipped folders apply either way, a symbolic link out of the walked root is never followed,
 * and build outputs are not code-scanned (a scan is reported once, at its source).
 */
import { execFile } from 'node:child_process';
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { fileStart, type LoadProblem } from '../model.ts';
import { appendAll } from '../shared/append.ts';
import type { SourceFile } from '../shared/files.ts';
import { displayPath } from '../shared/paths.ts';
import { readFailure } from '../shared/read-file.ts';
import { isBuildOutput } from './build-output.ts';
import type { CandidateKind } from './detect.ts';

/** Dependency, build-output and tool-cache folders: never sources of truth for a table. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'vendor',
  'third_party',
  '.terraform',
  '.terragrunt-cache',
  '.serverless',
  '.aws-sam',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  'target',
  'coverage',
]);

export interface WalkOptions {
  readonly cwd: string;
  /** Globs relative to `cwd` (e.g. `legacy/**`), from config. */
  readonly ignore?: readonly string[];
  /** Whether to read `.gitignore` files (default true). */
  readonly gitignore?: boolean;
  /** Decides by name which files are worth yielding and what they may hold; directories are always entered. */
  readonly classify: (name: string) => CandidateKind | undefined;
}

export interface WalkedFile extends SourceFile {
  readonly kind: CandidateKind;
}

export interface WalkResult {
  readonly files: WalkedFile[];
  /** Named paths that do not exist. */
  readonly missing: string[];
  /** Folders that could not be listed (`file-skipped`, with the reason). */
  readonly problems: LoadProblem[];
}

interface Matcher {
  readonly base: string;
  readonly rules: Ignore;
}

export async function walk(paths: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const missing: string[] = [];
  const problems: LoadProblem[] = [];
  const seen = new Set<string>();
  const configIgnored = options.ignore?.length
    ? picomatch(options.ignore as string[], { dot: true })
    : () => false;
  const useGitignore = options.gitignore !== false;
  // Without a repository, .gitignore files from the working directory down still apply.
  const repositoryRoot = useGitignore
    ? ((await findRepositoryRoot(options.cwd)) ?? path.resolve(options.cwd))
    : undefined;

  const add = (
    file: string,
    kind: CandidateKind,
    display = displayPath(options.cwd, file),
    named = false,
    stamp?: string,
  ): void => {
    if (seen.has(file)) return;
    if (kind === 'code' && isBuildOutput(display)) return;
    seen.add(file);
    files.push({ path: file, kind, display, ...(named ? { named } : {}), ...(stamp ? { stamp } : {}) });
  };
  const walkStarted = Date.now();

  for (const named of paths.length ? paths : ['.']) {
    const start = path.resolve(options.cwd, named);
    const info = await stat(start).catch(() => undefined);
    if (!info) {
      missing.push(named);
      continue;
    }
    if (!info.isDirectory()) {
      // A file named on the command line is read even if ignored: the user asked for it. So is anything
      // else named that is not a folder (a FIFO, a device): the reader refuses it with a finding.
      add(start, options.classify(path.basename(start)) ?? 'iac', undefined, true);
      continue;
    }
    const root = await realpath(start);
    let matchers = repositoryRoot ? await ancestorMatchers(repositoryRoot, start) : [];
    // Naming an ignored folder (say `cdk.out`) asks for it: only its own .gitignore files then apply.
    const namedIgnored = isIgnored(matchers, start, true);
    if (namedIgnored) matchers = [];
    const visited = new Set<string>([root]);
    const firstOfRoot = files.length;
    const listed = useGitignore && !namedIgnored ? await gitListed(start) : undefined;
    if (listed) {
      const shownFolder = path.relative(options.cwd, start).split(path.sep).join('/');
      for (const relative of listed) {
        const parts = relative.split('/');
        const name = parts.at(-1) ?? '';
        const kind = options.classify(name);
        if (!kind || parts.slice(0, -1).some((part) => SKIPPED_DIRECTORIES.has(part))) continue;
        const display = shownFolder ? `${shownFolder}/${relative}` : relative;
        const folders = display.split('/').slice(0, -1);
        const ignoredFolder = folders.some((_, at) => {
          const folder = folders.slice(0, at + 1).join('/');
          return configIgnored(folder) || configIgnored(`${folder}/`);
        });
        if (ignoredFolder || configIgnored(display)) continue;
        const full = path.join(start, ...parts);
        const info = readableWithin(root, full);
        if (!info) continue;
        add(full, kind, display, false, stampOf(info, walkStarted));
      }
      const walked = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
      files.push(...walked);
      continue;
    }

    // `shown` is the folder as findings show it ('' for the working directory itself): children's
    // display paths are built from it rather than computed from absolute paths, file by file.
    const visit = async (directory: string, shown: string, active: Matcher[]): Promise<void> => {
      const entries = await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
        problems.push({
          ruleId: 'file-skipped',
          severity: 'warning',
          message: `folder not read: ${readFailure(error)}`,
          location: fileStart(shown || '.'),
        });
        return [];
      });
      // Only a folder that lists a .gitignore is asked for one: a failed open per folder is costly.
      const here =
        useGitignore && entries.some((e) => e.name === '.gitignore')
          ? await matcherFor(directory)
          : undefined;
      const scope = here ? [...active, here] : active;
      // Sibling folders are walked concurrently: one readdir round trip at a time is what makes a
      // sequential walk slow on large trees. The order is restored by sorting once at the end.
      const subdirectories: Promise<void>[] = [];
      for (const dirent of entries) {
        const full = path.join(directory, dirent.name);
        const display = shown ? `${shown}/${dirent.name}` : dirent.name;
        let isDirectory = dirent.isDirectory();
        let isFile = dirent.isFile();
        if (dirent.isSymbolicLink()) {
          const target = await realpath(full).catch(() => undefined);
          if (!target || !isWithin(root, target)) continue;
          const targetInfo = await stat(target).catch(() => undefined);
          isDirectory = targetInfo?.isDirectory() ?? false;
          isFile = targetInfo?.isFile() ?? false;
          if (isDirectory && visited.has(target)) continue;
          if (isDirectory) visited.add(target);
        }
        if (isDirectory) {
          if (SKIPPED_DIRECTORIES.has(dirent.name)) continue;
          if (configIgnored(display) || configIgnored(`${display}/`)) continue;
          if (isIgnored(scope, full, true)) continue;
          subdirectories.push(visit(full, display, scope));
        } else if (isFile) {
          const kind = options.classify(dirent.name);
          if (!kind || configIgnored(display)) continue;
          if (isIgnored(scope, full, false)) continue;
          add(full, kind, display);
        }
      }
      await Promise.all(subdirectories);
    };
    await visit(start, path.relative(options.cwd, start).split(path.sep).join('/'), matchers);
    const walked = files.splice(firstOfRoot).sort((a, b) => compareText(a.path, b.path));
    appendAll(files, walked);
  }
  return { files, missing, problems };
}

/**
 * The files under `directory` git tracks, and those untracked it does not ignore, relative to it with
 * `/` separators; undefined outside a repository or when git cannot say (not installed, a bare `.git`).
 */
function gitListed(directory: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { cwd: directory, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => resolve(error ? undefined : [...new Set(stdout.split('\0').filter(Boolean))]),
    );
  });
}

/**
 * A listed path that is a file now (deleted files stay in git's index) and, if a link, stays in `root`: its
 * stats. Synchronous: one lstat is microseconds, and a promise per listed file made a 10,000-file listing
 * wait half a second on the thread pool's round trips.
 */
function readableWithin(root: string, file: string): Stats | undefined {
  try {
    const info = lstatSync(file);
    if (info.isFile()) return info;
    if (!info.isSymbolicLink()) return undefined;
    const target = realpathSync(file);
    if (!isWithin(root, target)) return undefined;
    const targetInfo = statSync(target);
    return targetInfo.isFile() ? targetInfo : undefined;
  } catch {
    // Gone since git listed it, unreadable, or a dangling link: not a file to read.
    return undefined;
  }
}

/** Seconds within which a file changed just before the walk could change again under the same timestamp. */
const RACY_SECONDS = 2;

/** See `SourceFile.stamp`. */
function stampOf(info: Stats, walkStarted: number): string | undefined {
  if (info.mtimeMs > walkStarted - RACY_SECONDS * 1000 || info.ctimeMs > walkStarted - RACY_SECONDS * 1000)
    return undefined;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isIgnored(matchers: readonly Matcher[], file: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const matcher of matchers) {
    const relative = path.relative(matcher.base, file).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    const result = matcher.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function matcherFor(directory: string): Promise<Matcher | undefined> {
  const text = await readFile(path.join(directory, '.gitignore'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : { base: directory, rules: ignore().add(text) };
}

/** `.gitignore` files from the repository root down to (not including) `start`. */
async function ancestorMatchers(repositoryRoot: string, start: string): Promise<Matcher[]> {
  const relative = path.relative(repositoryRoot, start);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
  const matchers: Matcher[] = [];
  let directory = repositoryRoot;
  for (const part of relative ? relative.split(path.sep) : []) {
    const matcher = await matcherFor(directory);
    if (matcher) matchers.push(matcher);
    directory = path.join(directory, part);
  }
  return matchers;
}

async function findRepositoryRoot(cwd: string): Promise<string | undefined> {
  let directory = path.resolve(cwd);
  for (;;) {
    if (await stat(path.join(directory, '.git')).catch(() => undefined)) return directory;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
