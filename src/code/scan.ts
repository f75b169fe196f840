/**
 * The application-code scan: reads each discovered code file once, keeps only those whose bytes can hold
 * a DynamoDB scan, and parses those, on a worker pool when there is enough to parse. Returns the uses,
 * the suppression comments and the problems found; never throws for a bad file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { debuglog } from 'node:util';
import type { WalkedFile } from '../discover/walk.ts';
import { MAX_FILE_BYTES, decode } from '../iac/index.ts';
import type { CodeUse, LoadProblem, Suppression } from '../model.ts';
import { analyzeFile, type CodeFileInput, type FileAnalysis } from './analyze.ts';
import { codeFileKind } from './languages.ts';
import { analyzeInPool } from './pool.ts';
import { MAX_LINE_LENGTH, isBinary, longestLine, mentionsDynamoDb, mentionsOperation } from './prefilter.ts';

/** `NODE_DEBUG=dynalint` prints why files were skipped or calls not reported. */
const debug = debuglog('dynalint');

/** Below this many bytes to parse, starting workers costs more than it saves. */
export const POOL_MIN_BYTES = 1024 * 1024;

export interface CodeScanOptions {
  /** Worker threads to parse with; default: one per core when there is enough to parse, else none. */
  readonly workers?: number;
}

export interface CodeScanResult {
  readonly uses: CodeUse[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Files that were parsed (the rest were ruled out by their bytes). */
  readonly parsed: number;
}

export async function scanCode(
  files: readonly Pick<WalkedFile, 'path' | 'display'>[],
  options: CodeScanOptions = {},
): Promise<CodeScanResult> {
  const inputs: CodeFileInput[] = [];
  let bytes = 0;
  for (const file of files) {
    const input = readCandidate(file);
    if (!input) continue;
    inputs.push(input);
    bytes += input.text.length;
  }
  const workers = options.workers ?? (bytes >= POOL_MIN_BYTES ? availableParallelism() : 0);
  const analyses =
    workers > 1 || (options.workers !== undefined && workers > 0)
      ? await analyzeInPool(inputs, workers)
      : await analyzeEach(inputs);
  return merge(analyses, inputs.length);
}

async function analyzeEach(inputs: readonly CodeFileInput[]): Promise<FileAnalysis[]> {
  const results: FileAnalysis[] = [];
  for (const input of inputs) results.push(await analyzeFile(input));
  return results;
}

/** One read; the bytes decide whether the file is worth parsing. */
function readCandidate(file: Pick<WalkedFile, 'path' | 'display'>): CodeFileInput | undefined {
  const kind = codeFileKind(path.basename(file.path));
  if (!kind) return undefined;
  const bytes = readBounded(file);
  if (!bytes || !mentionsOperation(bytes)) return undefined;
  if (isBinary(bytes)) {
    debug('%s: binary content; skipped', file.display);
    return undefined;
  }
  const text = decode(bytes);
  if (!mentionsDynamoDb(text)) return undefined;
  if (longestLine(bytes) > MAX_LINE_LENGTH) {
    debug('%s: a line is over %d characters (minified or generated); skipped', file.display, MAX_LINE_LENGTH);
    return undefined;
  }
  return { display: file.display, text, ...kind };
}

function readBounded(file: Pick<WalkedFile, 'path' | 'display'>): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file.path, 'r');
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      debug('%s: %d bytes is over the %d-byte limit; skipped', file.display, size, MAX_FILE_BYTES);
      return undefined;
    }
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (error) {
    debug('%s: not read (%s)', file.display, error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function merge(analyses: readonly FileAnalysis[], parsed: number): CodeScanResult {
  const result: CodeScanResult = { uses: [], suppressions: [], problems: [], parsed };
  for (const analysis of analyses) {
    result.uses.push(...analysis.uses);
    result.suppressions.push(...analysis.suppressions);
    result.problems.push(...analysis.problems);
    for (const note of analysis.notes) debug('%s', note);
  }
  return result;
}
