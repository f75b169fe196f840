/**
 * The application-code scan: reads each discovered code file once, keeps only those whose bytes can hold
 * a DynamoDB scan, and parses those, on a worker pool when there is enough to parse. Returns the uses,
 * the suppression comments and the problems found; never throws for a bad file.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { debuglog } from 'node:util';
import type { CodeUse, LoadProblem, Suppression } from '../model.ts';
import { appendAll } from '../shared/append.ts';
import { blobId, factKey, type FactStore } from '../shared/facts.ts';
import { decode, fileSkipped, type SourceFile } from '../shared/files.ts';
import { readInputFileSync } from '../shared/read-file.ts';
import { analyzeFile, type CodeFileInput, type FileAnalysis } from './analyze.ts';
import { codeFileKind } from './languages.ts';
import {
  MappedClassCollector,
  mayDeclareMappedClass,
  withMappedTables,
  type MappedClass,
} from './mapped-classes.ts';
import { AnalysisPool } from './pool.ts';
import {
  MAX_LINE_LENGTH,
  isBinary,
  isBundle,
  longestLine,
  mentionsDynamoDb,
  mentionsOperation,
  onlySingleItemCalls,
} from './prefilter.ts';

/** `NODE_DEBUG=dynalint` prints why files were skipped or calls not reported. */
const debug = debuglog('dynalint');

/**
 * Source to parse from which worker threads pay off: a worker's start and each grammar's first file
 * cost it about what parsing this much costs the main thread.
 */
export const POOL_MIN_BYTES = 256 * 1024;

/** How often (in files read) the main thread lets finished workers take more files. */
const YIELD_EVERY = 64;

export interface CodeScanOptions {
  /**
   * Worker threads to parse with. Default: one per core, started once the files read so far hold
   * `POOL_MIN_BYTES` to parse; `0` parses on the main thread.
   */
  readonly workers?: number;
  /** Where a file's bytes come from (default: the file system); the base of a change reads a git revision. */
  readonly read?: (file: SourceFile, problems: LoadProblem[]) => Buffer | undefined;
  /** The run's per-file facts: a file already analysed (at the head, or in a `--cache` file) is not again. */
  readonly facts?: FactStore;
  /**
   * Whether anything reads single-item calls (GetItem, PutItem, UpdateItem, DeleteItem): files that can
   * hold no other call are parsed only if so. Default: always. No rule about a call reads them, and such
   * files are most of a repository's DynamoDB code, so a run that only lints parses a fraction of the files
   * the access-pattern map needs. Asked at the start; files read before a pending answer arrives wait for it.
   */
  readonly singleItemCalls?: () => boolean | Promise<boolean>;
}

export interface CodeScanResult {
  readonly uses: CodeUse[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /**
   * Files that were parsed, known from the facts, or left unparsed because nothing read their single-item
   * calls: every file whose bytes can hold a DynamoDB call (the rest were ruled out by their bytes).
   */
  readonly parsed: number;
  /** Of those, the files worker threads parsed. */
  readonly parsedOnWorkers: number;
}

export async function scanCode(
  files: readonly SourceFile[],
  options: CodeScanOptions = {},
): Promise<CodeScanResult> {
  const started = performance.now();
  const workers = options.workers ?? availableParallelism();
  const threshold = options.workers === undefined ? POOL_MIN_BYTES : 0;
  let pool: AnalysisPool | undefined;
  const inputs: CodeFileInput[] = [];
  /**
   * Every candidate's analysis in reading order: known ones, the index of the input to analyse, or
   * undefined while (or when) a file of single-item calls waits for someone to want them.
   */
  const order: (FileAnalysis | number | undefined)[] = [];
  /** The fact keys of inputs read with a store, by input index, to store their analyses. */
  const keys: (string | undefined)[] = [];
  /** Files whose only calls can be single-item ones, with where they go in `order`. */
  const singleItemOnly: { readonly at: number; readonly input: CodeFileInput; readonly key?: string }[] = [];
  const mapped = new MappedClassCollector();
  /** Python files that name no DynamoDB tie: parsed only if they name a model another file declares. */
  const untied: CodeFileInput[] = [];
  const unread: LoadProblem[] = [];
  const readFile = options.read ?? readBounded;
  let bytes = 0;
  /** Queues `input` for analysis: its index in `inputs`; the pool starts once there is enough to parse. */
  const analyse = (input: CodeFileInput, key: string | undefined): number => {
    keys[inputs.length] = key;
    inputs.push(input);
    bytes += input.text.length;
    if (pool) pool.submit(input);
    else if (workers > 0 && bytes >= threshold) {
      pool = new AnalysisPool(workers);
      for (const earlier of inputs) pool.submit(earlier);
    }
    return inputs.length - 1;
  };
  const singleItemCalls = options.singleItemCalls?.() ?? true;
  /** The answer once known: until then, and when it is no, files of single-item calls are set aside. */
  let singleItemsWanted = typeof singleItemCalls === 'boolean' ? singleItemCalls : undefined;
  if (typeof singleItemCalls !== 'boolean')
    // A failed answer fails the scan below, where it is awaited.
    singleItemCalls.then(
      (wanted) => (singleItemsWanted = wanted),
      () => undefined,
    );
  /** Analyses `input` in reading order, or sets it aside when it can hold only single-item calls. */
  const enqueue = (input: CodeFileInput, key: string | undefined): void => {
    if (singleItemsWanted !== true && onlySingleItemCalls(input.text)) {
      singleItemOnly.push({ at: order.length, input, ...(key ? { key } : {}) });
      order.push(undefined);
    } else order.push(analyse(input, key));
  };
  for (const [i, file] of files.entries()) {
    // A file whose bytes said nothing last time, and whose stamp says they are the same: not read again.
    const quietKey = options.facts && file.stamp !== undefined ? `quiet\u0000${file.display}` : undefined;
    if (quietKey && options.facts?.get<string>(quietKey) === file.stamp) continue;
    const candidate = readCandidate(file, mapped, untied, (candidate) => readFile(candidate, unread));
    if (candidate === QUIET) {
      if (quietKey) options.facts?.set(quietKey, file.stamp);
      continue;
    }
    const key = candidate && options.facts && factKey('code', file.display, blobId(candidate.bytes));
    const known = key ? options.facts?.get<FileAnalysis>(key) : undefined;
    if (known) order.push(known);
    else if (candidate) enqueue(candidate.input, key);
    if (pool && i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
  }
  const classes = mapped.classes();
  for (const input of usingModels(untied, classes)) enqueue(input, undefined);
  if (singleItemOnly.length > 0 && (await singleItemCalls))
    for (const { at, input, key } of singleItemOnly) order[at] = analyse(input, key);
  const read = performance.now();
  const analyses = pool ? await pool.finish() : await analyzeEach(inputs);
  debug(
    'code scan: %d files read in %d ms; %d (%d KB) parsed, %d of them on %d worker threads, done %d ms later; %d with only single-item calls not parsed',
    files.length,
    Math.round(read - started),
    inputs.length,
    Math.round(bytes / 1024),
    pool?.analysedOnWorkers ?? 0,
    pool ? workers : 0,
    Math.round(performance.now() - read),
    order.filter((o) => o === undefined).length,
  );
  // Files parsed only because another file declares a model they name are not stored: that depends on more than their bytes.
  keys.forEach((key, i) => key && options.facts?.set(key, analyses[i]));
  const all = order.flatMap((o) =>
    o === undefined ? [] : typeof o === 'number' ? [analyses[o] as FileAnalysis] : [o],
  );
  const result = merge(all, order.length, pool?.analysedOnWorkers ?? 0);
  appendAll(result.problems, unread);
  return { ...result, uses: withMappedTables(result.uses, classes) };
}

/** The untied Python files that name one of the PynamoDB models: `OrderModel.scan()` ties them. */
function usingModels(untied: readonly CodeFileInput[], classes: readonly MappedClass[]): CodeFileInput[] {
  const models = classes.filter((c) => c.language === 'python').map((c) => c.name);
  if (models.length === 0) return [];
  const named = new RegExp(`\\b(?:${[...new Set(models)].join('|')})\\b`);
  return untied.filter((input) => named.test(input.text));
}

async function analyzeEach(inputs: readonly CodeFileInput[]): Promise<FileAnalysis[]> {
  const results: FileAnalysis[] = [];
  for (const input of inputs) results.push(await analyzeFile(input));
  return results;
}

/** A file whose bytes can hold neither a DynamoDB call nor a mapped class: it adds nothing to the scan. */
const QUIET = 'quiet';

/**
 * One read; the bytes decide whether the file is worth parsing (`QUIET`: nor worth reading again unchanged). Mapped classes it declares (a C#, Java or
 * PynamoDB entity naming its table) are collected into `mapped` whether or not it is parsed. A Python file
 * with no DynamoDB tie of its own is kept in `untied`: a model imported from another file may tie it.
 */
function readCandidate(
  file: SourceFile,
  mapped: MappedClassCollector,
  untied: CodeFileInput[],
  read: (file: SourceFile) => Buffer | undefined,
): { input: CodeFileInput; bytes: Buffer } | typeof QUIET | undefined {
  const kind = codeFileKind(path.basename(file.path));
  if (!kind) return undefined;
  const bytes = read(file);
  if (!bytes) return undefined;
  mapped.add(kind.language, bytes, file.display);
  if (!mentionsOperation(bytes)) return mayDeclareMappedClass(kind.language, bytes) ? undefined : QUIET;
  if (isBinary(bytes)) {
    debug('%s: binary content; skipped', file.display);
    return undefined;
  }
  const text = decode(bytes);
  if (!mentionsDynamoDb(text)) {
    if (kind.language === 'python' && text.includes('import') && longestLine(bytes) <= MAX_LINE_LENGTH)
      untied.push({ display: file.display, text, ...kind });
    return undefined;
  }
  if (isBundle(text)) {
    debug('%s: a bundler output; skipped (its sources are scanned)', file.display);
    return undefined;
  }
  if (longestLine(bytes) > MAX_LINE_LENGTH) {
    debug('%s: a line is over %d characters (minified or generated); skipped', file.display, MAX_LINE_LENGTH);
    return undefined;
  }
  return { input: { display: file.display, text, ...kind }, bytes };
}

/** One buffer for every read: most files fit, and nothing is allocated for files the bytes rule out. */
const scratch = { buffer: Buffer.allocUnsafe(256 * 1024) };

/**
 * The file's bytes (a view of the shared buffer: valid until the next read). Oversized files are bundles or
 * generated code, skipped quietly; any other failure (permissions, a FIFO or device) is a `file-skipped`.
 */
function readBounded(file: SourceFile, problems: LoadProblem[]): Buffer | undefined {
  const outcome = readInputFileSync(file.path, scratch);
  if ('bytes' in outcome) return outcome.bytes;
  debug('%s: not read (%s)', file.display, outcome.skipped);
  if (!outcome.oversize) problems.push(fileSkipped(file, outcome.skipped));
  return undefined;
}

function merge(analyses: readonly FileAnalysis[], parsed: number, parsedOnWorkers: number): CodeScanResult {
  const result: CodeScanResult = { uses: [], suppressions: [], problems: [], parsed, parsedOnWorkers };
  for (const analysis of analyses) {
    appendAll(result.uses, analysis.uses);
    appendAll(result.suppressions, analysis.suppressions);
    appendAll(result.problems, analysis.problems);
    for (const note of analysis.notes) debug('%s', note);
  }
  return result;
}
