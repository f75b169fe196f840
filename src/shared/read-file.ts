/**
 * Reading input files safely: one open at a time, a size cap, and only regular files — a FIFO
 * would block the read forever and a device can stream without end, so both are refused from `fstat`
 * before any byte is read (the open itself does not block: `O_NONBLOCK`). Every failure comes back as a
 * reason a person can act on, never as an exception.
 */
import { constants, closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Files above this size are reported as skipped, not read: memory stays bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadOutcome =
  | { readonly bytes: Buffer }
  /** `oversize`: refused for its size alone (callers may skip such files quietly, e.g. bundles). */
  | { readonly skipped: string; readonly oversize?: boolean };

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The file's bytes, or why it was not read. Reads into `scratch` when it fits (the result is then a view valid
 * until the next call). Synchronous, one file open at a time: a local file reads in microseconds, while a
 * read through the thread pool waits for four round trips (open, stat, read, close), which made reading
 * thousands of files mostly waiting.
 */
export function readInputFileSync(
  file: string,
  scratch: { buffer: Buffer },
  maxBytes = MAX_FILE_BYTES,
): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    const refusal = refuse(info, maxBytes);
    if (refusal) return refusal;
    if (scratch.buffer.length < info.size + 1) scratch.buffer = Buffer.allocUnsafe(info.size + 1);
    const buffer = scratch.buffer;
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return { bytes: buffer.subarray(0, length) };
      length += n;
      if (length > maxBytes) return tooLarge(length, maxBytes);
      if (length === buffer.length) return { skipped: 'it grew while being read' };
    }
  } catch (error) {
    return { skipped: readFailure(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refuse(info: Stats, maxBytes: number): { skipped: string } | undefined {
  const kind = info.isDirectory()
    ? 'it is a directory'
    : info.isFIFO()
      ? 'it is a FIFO (named pipe), which could block the run'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'it is a device, not a regular file'
        : info.isSocket()
          ? 'it is a socket, not a regular file'
          : info.isFile()
            ? undefined
            : 'it is not a regular file';
  if (kind) return { skipped: kind };
  return info.size > maxBytes ? tooLarge(info.size, maxBytes) : undefined;
}

function tooLarge(size: number, maxBytes: number): { skipped: string; oversize: true } {
  return { skipped: oversizeReason(size, maxBytes), oversize: true };
}

/** Why a file of `size` bytes is not read (also said of a base revision's blobs). */
export function oversizeReason(size: number, maxBytes = MAX_FILE_BYTES): string {
  const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return `${(size / 1024 / 1024).toFixed(1)} MB is over the ${megabytes(maxBytes)} MB limit for one file`;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  EMFILE: 'too many open files in this process',
  ENFILE: 'too many open files on this system',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'its path is too long',
  EIO: 'an input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EAGAIN: 'it is not ready to be read (a device or pipe)',
};

/** The reason behind a failed open or read, in words; the error code stays for searching. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
