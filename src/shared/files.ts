/**
 * Reading input files, shared by every fact loader: what a file to read is, the one size bound, and how
 * bytes become text. Loaders take a `FileReader` so the same code reads the working tree or a git revision.
 */
import { fileStart, type LoadProblem } from '../model.ts';
import { MAX_FILE_BYTES, readInputFileSync } from './read-file.ts';

/** A file to read: its absolute path, and the path findings show (relative to cwd, `/`-separated). */
export interface SourceFile {
  readonly path: string;
  readonly display: string;
  /** Named on the command line: read whatever its name, and the bytes decide its format. */
  readonly named?: boolean;
  /**
   * The file's size, modification and change times and inode as the walk saw them, when they identify its
   * bytes: the same stamp later means the same bytes, as git's index trusts. Absent for a file changed in the
   * last seconds, which could change again within the same timestamp.
   */
  readonly stamp?: string;
}

export { MAX_FILE_BYTES };

/**
 * Where file bytes come from: the file system (default), or a git revision for the base of a change.
 * `undefined` when the file cannot be read; the reason is added to `problems`.
 */
export type FileReader = (file: SourceFile, problems: LoadProblem[]) => Promise<Buffer | undefined>;

const NO_BYTES = Buffer.alloc(0);

/** The file system, through the one bounded reader: every file it will not or cannot read is a finding. */
export const readBounded: FileReader = async (file, problems) => {
  // A buffer of its own: loaders keep the bytes (a worker job, a service's text) past the next read.
  const outcome = readInputFileSync(file.path, { buffer: NO_BYTES });
  if ('bytes' in outcome) return outcome.bytes;
  problems.push(fileSkipped(file, outcome.skipped));
  return undefined;
};

/** The finding for a file that was not read, naming why (`too large`, `permission denied`, …). */
export function fileSkipped(file: SourceFile, reason: string): LoadProblem {
  return {
    ruleId: 'file-skipped',
    severity: 'warning',
    message: `not read: ${reason}`,
    location: fileStart(file.display),
  };
}

/** UTF-8 text without a byte-order mark. */
export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
