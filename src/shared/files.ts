/**
 * Reading input files, shared by every fact loader: what a file to read is, the one size bound, and how
 * bytes become text. Loaders take a `FileReader` so the same code reads the working tree or a git revision.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileStart, type LoadProblem } from '../model.ts';

/** A file to read: its absolute path, and the path findings show (relative to cwd, `/`-separated). */
export interface SourceFile {
  readonly path: string;
  readonly display: string;
  /** Named on the command line: read whatever its name, and the bytes decide its format. */
  readonly named?: boolean;
}

/** Files above this size are reported as skipped, not read: memory stays bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Where file bytes come from: the file system (default), or a git revision for the base of a change.
 * `undefined` when the file cannot be read; the reason is added to `problems`.
 */
export type FileReader = (file: SourceFile, problems: LoadProblem[]) => Promise<Buffer | undefined>;

export const readBounded: FileReader = async (file, problems) => {
  const info = await stat(file.path).catch(() => undefined);
  if (!info) return undefined;
  if (info.size > MAX_FILE_BYTES) {
    problems.push({
      ruleId: 'file-skipped',
      severity: 'warning',
      message: `not read: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one file`,
      location: fileStart(file.display),
    });
    return undefined;
  }
  return readFile(file.path).catch(() => undefined);
};

/** UTF-8 text without a byte-order mark. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
