/**
 * The base revision of a change: lists its files with git, reads them from the object database, and
 * loads them with the same loaders and code scan as the working tree. Its tables feed the change rules;
 * its facts let the run lint the base too, to tell the change's new findings from those already there.
 * Anything that prevents that — not a repository, a revision this clone lacks — is one clear warning,
 * never a crash and never an error: the head is still linted.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { scanCode, type CodeScanResult } from '../code/scan.ts';
import { candidateKind } from '../discover/detect.ts';
import { SKIPPED_DIRECTORIES } from '../discover/walk.ts';
import type { CdkSynthOptions, FormatIo } from '../iac/format.ts';
import { loadDeclaredTables, type LoadedTables } from '../iac/index.ts';
import type { FactStore } from '../shared/facts.ts';
import { MAX_FILE_BYTES, type FileReader, type SourceFile } from '../shared/files.ts';
import { oversizeReason } from '../shared/read-file.ts';
import { fileStart, type Location, type LoadProblem, type TableModel } from '../model.ts';
import { checkoutBaseFolder } from './checkout.ts';
import { GitError, listFiles, openRepository, readBlobs, renamesSince, resolveCommit } from './git.ts';

export interface BaseOptions {
  readonly cwd: string;
  /** The revision as the user named it (`origin/main`, a SHA). */
  readonly ref: string;
  readonly paths: readonly string[];
  /** Config ignore globs, relative to cwd. */
  readonly ignore: readonly string[];
  /** Where to report a problem that concerns no file: the configuration or the first linted file. */
  readonly fallback: Location;
  /** Also scan the base's application code (default false: the change rules need tables only). */
  readonly code?: boolean;
  /** Synthesize the base's CDK apps too (from a temporary copy of each app folder at the base commit). */
  readonly cdkSynth?: CdkSynthOptions;
  /** The head's per-file facts: a file the change left alone is not loaded a second time. */
  readonly facts?: FactStore;
  /** How each file's result is settled or recalled, and one-file formats offloaded (see `FormatIo`). */
  readonly loading?: Pick<FormatIo, 'settle' | 'settleFile' | 'offload'>;
}

export interface BaseTables {
  readonly tables: TableModel[];
  /** Why (part of) the base could not be read: `base-unavailable` problems. */
  readonly problems: LoadProblem[];
  /** The base's facts, as the head's are gathered; absent when the base could not be read. */
  readonly facts?: BaseFacts;
}

export interface BaseFacts {
  readonly loaded: LoadedTables;
  readonly code?: CodeScanResult;
}

const FETCH_ADVICE =
  'the dynalint Action fetches it with the credentials actions/checkout left (its log says why that failed); elsewhere check out with `fetch-depth: 0`';

/** How messages name a revision: a full commit id is shortened as git does. */
export function revisionLabel(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

export async function loadBaseTables(options: BaseOptions): Promise<BaseTables> {
  const label = revisionLabel(options.ref);
  const unavailable = (message: string): BaseTables => ({
    tables: [],
    problems: [{ ruleId: 'base-unavailable', severity: 'warning', message, location: options.fallback }],
  });
  const repository = await openRepository(options.cwd);
  if (!repository)
    return unavailable(
      `--base ${label}: ${options.cwd} is not in a git repository, so changes are not checked`,
    );
  const commit = await resolveCommit(options.cwd, options.ref);
  if (!commit) {
    const why = repository.shallow
      ? `this is a shallow clone without it: fetch it (\`git fetch --depth=1 origin ${options.ref}\`) or more history (\`git fetch --unshallow\`; ${FETCH_ADVICE})`
      : `this clone does not have it: fetch it (e.g. \`git fetch origin main\`; ${FETCH_ADVICE})`;
    return unavailable(
      `base revision "${label}" not found, so changes are not checked and every finding counts as new: ${why}`,
    );
  }
  try {
    const ignored = options.ignore.length
      ? picomatch(options.ignore as string[], { dot: true })
      : () => false;
    const kinds = new Set(options.code ? ['iac', 'code'] : ['iac']);
    const listed = (await listFiles(options.cwd, commit, options.paths)).filter(({ path: file }) => {
      const kind = candidateKind(path.posix.basename(file));
      return (
        kind !== undefined &&
        kinds.has(kind) &&
        !file.split('/').some((part) => SKIPPED_DIRECTORIES.has(part)) &&
        !ignored(file)
      );
    });
    // The size is known before any byte is read: a blob over the cap is reported, never loaded.
    const oversize = listed.filter((file) => file.size > MAX_FILE_BYTES);
    const files = listed.filter((file) => file.size <= MAX_FILE_BYTES);
    const blobs = await readBlobs(
      options.cwd,
      files.map((file) => file.object),
    );
    // A renamed file is loaded under its new name: its findings keep their fingerprints (which include
    // the file), and its tables pair with the head's as moved ones do.
    const renames = await renamesSince(options.cwd, commit);
    const original = new Map(files.map((file) => [renames.get(file.path) ?? file.path, file.object]));
    const bytesOf = (file: SourceFile): Buffer | undefined => {
      const object = original.get(file.display);
      return object === undefined ? undefined : blobs.get(object);
    };
    const read: FileReader = async (file) => bytesOf(file);
    const candidates = [...original.keys()].map((display) => ({
      path: path.resolve(options.cwd, display),
      display,
    }));
    const iac = candidates.filter((file) => candidateKind(path.posix.basename(file.display)) === 'iac');
    const codeFiles = candidates.filter(
      (file) => candidateKind(path.posix.basename(file.display)) === 'code',
    );
    const facts = options.facts ? { facts: options.facts } : {};
    const [loaded, code] = await Promise.all([
      loadDeclaredTables(
        iac,
        options.cwd,
        read,
        options.cdkSynth
          ? {
              cdkSynth: options.cdkSynth,
              checkoutFolder: (folder) =>
                checkoutBaseFolder(
                  { cwd: options.cwd, root: repository.root, prefix: repository.prefix, commit },
                  folder,
                ),
              ...options.loading,
            }
          : (options.loading ?? {}),
      ),
      options.code && codeFiles.length ? scanCode(codeFiles, { read: bytesOf, ...facts }) : undefined,
    ]);
    return {
      tables: loaded.tables,
      problems: [
        ...oversize.map((file) => tooLargeAtBase(renames.get(file.path) ?? file.path, file.size, label)),
        ...loaded.problems.map((p) => atBase(p, label)),
      ],
      facts: { loaded, ...(code ? { code } : {}) },
    };
  } catch (error) {
    if (error instanceof GitError)
      return unavailable(`base revision "${label}" could not be read: ${error.message}`);
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

/**
 * A base file over the size cap is not read — the same bound as the working tree's files — and is a
 * `file-skipped` finding at that file, naming the revision; the other base files are still compared.
 */
function tooLargeAtBase(file: string, size: number, ref: string): LoadProblem {
  return {
    ruleId: 'file-skipped',
    severity: 'warning',
    message: `${file} at ${ref} was not read (${oversizeReason(size)}), so changes to its tables are not checked`,
    location: fileStart(file),
  };
}
