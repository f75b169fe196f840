/**
 * The tables of a base revision: lists its IaC files with git, reads them from the object database, and
 * loads them with the same loaders as the working tree. Anything that prevents that — not a repository,
 * a revision this clone lacks, a base file that does not parse — is one clear problem, never a crash.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { candidateKind } from '../discover/detect.ts';
import { SKIPPED_DIRECTORIES } from '../discover/walk.ts';
import { loadDeclaredTables } from '../iac/index.ts';
import { MAX_FILE_BYTES, type FileReader } from '../shared/files.ts';
import type { Location, LoadProblem, TableModel } from '../model.ts';
import { GitError, listFiles, openRepository, readFiles, resolveCommit } from './git.ts';

export interface BaseOptions {
  readonly cwd: string;
  /** The revision as the user named it (`origin/main`, a SHA). */
  readonly ref: string;
  readonly paths: readonly string[];
  /** Config ignore globs, relative to cwd. */
  readonly ignore: readonly string[];
  /** Where to report a problem that concerns no file. */
  readonly fallback: Location;
}

export interface BaseTables {
  readonly tables: TableModel[];
  readonly problems: LoadProblem[];
}

const FETCH_ADVICE = 'in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout)';

export async function loadBaseTables(options: BaseOptions): Promise<BaseTables> {
  const unavailable = (message: string): BaseTables => ({
    tables: [],
    problems: [{ ruleId: 'base-unavailable', severity: 'error', message, location: options.fallback }],
  });
  const repository = await openRepository(options.cwd);
  if (!repository)
    return unavailable(
      `--base ${options.ref}: ${options.cwd} is not in a git repository, so changes are not checked`,
    );
  const commit = await resolveCommit(options.cwd, options.ref);
  if (!commit) {
    const why = repository.shallow
      ? `this is a shallow clone without it: fetch more history (\`git fetch --unshallow\`; ${FETCH_ADVICE})`
      : `this clone does not have it: fetch it (e.g. \`git fetch origin main\`; ${FETCH_ADVICE})`;
    return unavailable(`base revision "${options.ref}" not found, so changes are not checked: ${why}`);
  }
  try {
    const ignored = options.ignore.length
      ? picomatch(options.ignore as string[], { dot: true })
      : () => false;
    const files = (await listFiles(options.cwd, commit, options.paths)).filter(
      (file) =>
        candidateKind(path.posix.basename(file)) === 'iac' &&
        !file.split('/').some((part) => SKIPPED_DIRECTORIES.has(part)) &&
        !ignored(file),
    );
    const contents = await readFiles(
      repository.root,
      commit,
      files.map((f) => repository.prefix + f),
    );
    const read: FileReader = async (file) => {
      const bytes = contents.get(repository.prefix + file.display);
      return bytes && bytes.length <= MAX_FILE_BYTES ? bytes : undefined;
    };
    const candidates = files.map((display) => ({ path: path.resolve(options.cwd, display), display }));
    const loaded = await loadDeclaredTables(candidates, options.cwd, read);
    return { tables: loaded.tables, problems: loaded.problems.map((p) => atBase(p, options.ref)) };
  } catch (error) {
    if (error instanceof GitError)
      return unavailable(`base revision "${options.ref}" could not be read: ${error.message}`);
    throw error;
  }
}

/** A base file that does not load leaves its tables unchecked; say so, at the base file's position. */
function atBase(problem: LoadProblem, ref: string): LoadProblem {
  return {
    ruleId: 'base-unavailable',
    severity: 'warning',
    message: `${problem.location.file} at ${ref} could not be read (${problem.message}), so changes to its tables are not checked`,
    location: problem.location,
  };
}
