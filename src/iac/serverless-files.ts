/**
 * The files Serverless Framework services include with `${file(…)}`, read ahead (through the same reader
 * as every other file, so a git revision works too) and handed to the pure loader as a lookup. An included
 * file belongs to its service: it is not loaded a second time as a template of its own.
 */
import path from 'node:path';
import type { LoadProblem } from '../model.ts';
import { decode, type SourceFile } from '../shared/files.ts';
import { displayPath } from '../shared/paths.ts';
import type { ServiceFileReader } from './serverless-variables.ts';

type FileRef = SourceFile;
type Read = (file: FileRef, problems: LoadProblem[]) => Promise<Buffer | undefined>;

export interface ServiceFiles {
  /** Absolute paths of included files. */
  readonly claimed: ReadonlySet<string>;
  /** The lookup for one service file's `${file(…)}` references; `undefined` when it has none. */
  readerFor(servicePath: string): ServiceFileReader | undefined;
}

const FILE_REFERENCE = /\$\{file\(\s*(['"]?)([^'"()$]+)\1\s*\)/g;
const SERVICE_NAME = /^serverless\.(ya?ml|json)$/;
/** Included files may include files; beyond this depth they are not followed. */
const MAX_NESTING = 4;

export async function readServiceFiles(
  files: readonly FileRef[],
  contents: readonly (Buffer | undefined)[],
  cwd: string,
  read: Read,
  problems: LoadProblem[],
): Promise<ServiceFiles> {
  const claimed = new Set<string>();
  const readers = new Map<string, ServiceFileReader>();
  const discovered = new Map<string, Buffer>();
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (bytes) discovered.set(file.path, bytes);
  }
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || !isServiceWithFiles(file.path, bytes)) continue;
    const folder = path.dirname(file.path);
    const texts = new Map<string, { text: string; file: string }>();
    let pending = references(decode(bytes));
    for (let depth = 0; depth < MAX_NESTING && pending.length; depth += 1) {
      const next: string[] = [];
      for (const reference of pending) {
        const absolute = path.resolve(folder, reference);
        if (texts.has(absolute) || absolute === file.path) continue;
        const display = displayPath(cwd, absolute);
        const included = discovered.get(absolute) ?? (await read({ path: absolute, display }, problems));
        if (!included) continue;
        const text = decode(included);
        texts.set(absolute, { text, file: display });
        claimed.add(absolute);
        next.push(...references(text));
      }
      pending = next;
    }
    // Paths in `${file(…)}` are relative to the service's folder, wherever they are written. A path
    // built from variables (`config/${sls:stage}.yml`) is only known now: it may name a discovered file.
    readers.set(file.path, (reference) => {
      const absolute = path.resolve(folder, reference);
      const known = texts.get(absolute);
      if (known) return known;
      const bytes = discovered.get(absolute);
      return bytes ? { text: decode(bytes), file: displayPath(cwd, absolute) } : undefined;
    });
  }
  return { claimed, readerFor: (servicePath) => readers.get(servicePath) };
}

function isServiceWithFiles(file: string, bytes: Buffer): boolean {
  if (!bytes.includes('${file(')) return false;
  if (SERVICE_NAME.test(path.basename(file))) return true;
  const text = bytes.toString('utf8');
  return /^service\s*:/m.test(text) && /^provider\s*:/m.test(text);
}

function references(text: string): string[] {
  return [...text.matchAll(FILE_REFERENCE)].map((m) => (m[2] ?? '').trim()).filter(Boolean);
}
