/**
 * The interface every IaC format implements, and the registry's shared pieces. A format claims files by
 * name, decides on their bytes, and loads them into `TableModel`s; the pipeline iterates the registry
 * (src/iac/formats.ts) and knows no format by name.
 */
import type {
  Deployer,
  EnvironmentBinding,
  LoadProblem,
  LoadResult,
  SourceFormat,
  Suppression,
  TableModel,
} from '../model.ts';
import { decode, type FileReader, type SourceFile } from '../shared/files.ts';
import { unexpected } from './load.ts';

export interface LoadedTables {
  readonly tables: TableModel[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Environment variables that declared functions bind to declared tables. */
  readonly environment: EnvironmentBinding[];
  /** Files that were parsed. */
  readonly files: number;
}

export interface FormatIo {
  readonly cwd: string;
  readonly read: FileReader;
  /** Synthesize CDK apps (`--cdk-synth`); absent: an app without `cdk.out` is reported, not run. */
  readonly cdkSynth?: CdkSynthOptions;
  /**
   * A folder of the revision being loaded, as files to run (a CDK app): set when that revision is not the
   * working tree (a change's base); absent, the folder itself is used.
   */
  readonly checkoutFolder?: (folder: string) => Promise<Checkout | undefined>;
  /**
   * Called once on each file's (or Terraform module's) result as soon as it is loaded; what it returns is
   * kept instead. The run judges a file's tables here and keeps lighter models, so memory does not grow with
   * every declaration read.
   */
  readonly settle?: Settle;
  /**
   * Settles one file's result that depends on its bytes alone: loads it with `load` and settles it, or
   * recalls the settled result the run already has for these bytes at this path (a file a change left alone,
   * or one a `--cache` file holds). `kind` names the loader.
   */
  readonly settleFile?: SettleFile;
  /**
   * As `settleFile`, for a file of a one-file format (`fileFormat`): loaded and settled elsewhere, a worker
   * thread, when one is free of faults, or here with `load`. Never rejects.
   */
  readonly offload?: Offload;
}

export type SettleFile = (kind: string, file: string, bytes: Buffer, load: () => LoadResult) => LoadResult;

export type Offload = (
  format: string,
  file: string,
  bytes: Buffer,
  load: () => LoadResult,
) => Promise<LoadResult>;

/** Files offloaded and not yet loaded: enough to keep every worker busy, few enough to bound the bytes held. */
const OFFLOAD_WINDOW = 32;

export type Settle = (result: LoadResult) => LoadResult;

/** A loaded result as the run keeps it (see `FormatIo.settle`). */
export function settled(io: Pick<FormatIo, 'settle'>, result: LoadResult): LoadResult {
  return io.settle ? io.settle(result) : result;
}

/** One file's result, loaded from its bytes alone, as the run keeps it (see `FormatIo.settleFile`). */
export function settledFile(
  io: Pick<FormatIo, 'settle' | 'settleFile'>,
  kind: string,
  file: string,
  bytes: Buffer,
  load: () => LoadResult,
): LoadResult {
  return io.settleFile ? io.settleFile(kind, file, bytes, load) : settled(io, load());
}

/** A temporary copy of a folder, removed by `cleanup`. */
export interface Checkout {
  readonly path: string;
  readonly cleanup: () => Promise<void>;
}

export interface CdkSynthOptions {
  /** Seconds one app may take to synthesize (default 300). */
  readonly timeoutSeconds?: number;
}

export interface FormatLoad extends LoadedTables {
  /** Files this format read as part of others (a CDK manifest's templates): later formats skip them. */
  readonly consumed?: readonly string[];
}

export interface TableFormat {
  /** What users call it, for messages and docs. */
  readonly name: string;
  /** The `source.format` values of the tables it loads. */
  readonly sourceFormats: readonly SourceFormat[];
  /** Who deploys its tables, which decides how changes apply and how messages name settings. */
  readonly deployer: Deployer;
  /** Could a file with this name hold the format? Cheap: files no format nominates are never read. */
  candidate(name: string): boolean;
  /**
   * The bytes confirm the format. Formats that have this also take a file named on the command line
   * whatever its name (`stack.cfn`); formats without it take files by name only.
   */
  readonly detect?: (bytes: Buffer, name: string) => boolean;
  /** Loads the candidate files that no earlier format consumed. Never throws for a bad file. */
  load(files: readonly SourceFile[], io: FormatIo): Promise<FormatLoad>;
}

/** A format whose files load one at a time: the bytes confirm it, then the text loads on its own. */
export interface FileFormatSpec {
  readonly name: string;
  readonly sourceFormats: readonly SourceFormat[];
  readonly deployer: Deployer;
  candidate(name: string): boolean;
  /** The bytes confirm the format (a marker string, a manifest key). */
  detect(bytes: Buffer, name: string): boolean;
  /** Pure: text → tables. May throw; the registry turns a throw into a `load-error` for that file alone. */
  loadText(text: string, display: string): LoadResult;
}

export type OneFileFormat = TableFormat & Pick<FileFormatSpec, 'detect' | 'loadText'>;

export function fileFormat(spec: FileFormatSpec): OneFileFormat {
  return {
    name: spec.name,
    sourceFormats: spec.sourceFormats,
    deployer: spec.deployer,
    candidate: spec.candidate,
    detect: spec.detect,
    loadText: spec.loadText,
    async load(files, io) {
      const problems: LoadProblem[] = [];
      const results: (LoadResult | Promise<LoadResult>)[] = [];
      const inFlight = new Set<Promise<LoadResult>>();
      const consumed: string[] = [];
      for (const file of files) {
        const bytes = await io.read(file, problems);
        if (!bytes || !spec.detect(bytes, fileName(file.display))) continue;
        consumed.push(file.path);
        const load = (): LoadResult =>
          loadGuarded(file.display, () => spec.loadText(decode(bytes), file.display));
        if (!io.offload) {
          results.push(settledFile(io, spec.name, file.display, bytes, load));
          continue;
        }
        const loading = io.offload(spec.name, file.display, bytes, load);
        results.push(loading);
        inFlight.add(loading);
        const settledLoad = (): boolean => inFlight.delete(loading);
        loading.then(settledLoad, settledLoad);
        if (inFlight.size >= OFFLOAD_WINDOW) await Promise.race(inFlight);
      }
      return formatLoad(await Promise.all(results), problems, consumed);
    },
  };
}

/** The name of a file without its folders, from a display or absolute path. */
export function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** A defect in a loader must not hide the other files' findings: a throw is that file's `load-error`. */
export function loadGuarded(display: string, load: () => LoadResult): LoadResult {
  try {
    return load();
  } catch (error) {
    return { tables: [], suppressions: [], problems: [unexpected(error, display)] };
  }
}

/** A format's per-file results, the problems its reads had, and the files it consumed, as one load. */
export function formatLoad(
  results: readonly LoadResult[],
  readProblems: readonly LoadProblem[],
  consumed: readonly string[],
): FormatLoad {
  const loaded = mergeResults(results);
  return { ...loaded, problems: [...readProblems, ...loaded.problems], consumed };
}

/** Per-file results as one, counting each as a parsed file. */
export function mergeResults(results: readonly LoadResult[]): LoadedTables {
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: results.flatMap((r) => r.problems),
    environment: results.flatMap((r) => r.environment ?? []),
    files: results.length,
  };
}

/** Declared tables from several loaders, as one. */
export function mergeLoadedTables(parts: readonly LoadedTables[]): LoadedTables {
  return {
    tables: parts.flatMap((p) => p.tables),
    suppressions: parts.flatMap((p) => p.suppressions),
    problems: parts.flatMap((p) => p.problems),
    environment: parts.flatMap((p) => p.environment),
    files: parts.reduce((sum, p) => sum + p.files, 0),
  };
}
