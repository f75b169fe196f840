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

export interface ServiceText {
  readonly file: FileRef;
  readonly bytes: Buffer;
}

/**
 * `services`: the files that may be services, with their bytes; `discovered`: every candidate file. Only
 * what a service includes is read, so the other files' bytes are not held while services load.
 */
export async function readServiceFiles(
  services: readonly ServiceText[],
  discovered: readonly FileRef[],
  cwd: string,
  read: Read,
  problems: LoadProblem[],
): Promise<ServiceFiles> {
  const claimed = new Set<string>();
  const readers = new Map<string, ServiceFileReader>();
  const discoveredAt = new Map(discovered.map((file) => [file.path, file]));
  for (const { file, bytes } of services) {
    if (!isServiceWithFiles(file.path, bytes)) continue;
    const folder = path.dirname(file.path);
    const texts = new Map<string, { text: string; file: string }>();
    const serviceText = decode(bytes);
    const built = builtReferences(folder, serviceText);
    let pending = references(serviceText);
    for (let depth = 0; depth < MAX_NESTING && pending.length; depth += 1) {
      const next: string[] = [];
      for (const reference of pending) {
        const absolute = path.resolve(folder, reference);
        if (texts.has(absolute) || absolute === file.path) continue;
        const included = await read(
          discoveredAt.get(absolute) ?? { path: absolute, display: displayPath(cwd, absolute) },
          problems,
        );
        if (!included) continue;
        const text = decode(included);
        texts.set(absolute, { text, file: displayPath(cwd, absolute) });
        claimed.add(absolute);
        next.push(...references(text));
        built.push(...builtReferences(folder, text));
      }
      pending = next;
    }
    // Paths in `${file(…)}` are relative to the service's folder, wherever they are written. A path
    // built from variables (`config/${sls:stage}.yml`) is only known once they resolve: the discovered
    // files it can name are read now, as the reader below must answer at once.
    for (const candidate of discovered) {
      if (texts.has(candidate.path) || !built.some((pattern) => pattern.test(candidate.path))) continue;
      const included = await read(candidate, problems);
      if (included) texts.set(candidate.path, { text: decode(included), file: candidate.display });
    }
    readers.set(file.path, (reference) => texts.get(path.resolve(folder, reference)));
  }
  return { claimed, readerFor: (servicePath) => readers.get(servicePath) };
}

const FILE_VARIABLE = '${file(';

/**
 * The absolute paths a `${file(…)}` built from variables can name, as patterns: each variable in the
 * path matches anything.
 */
function builtReferences(folder: string, text: string): RegExp[] {
  const patterns: RegExp[] = [];
  for (let at = text.indexOf(FILE_VARIABLE); at !== -1; at = text.indexOf(FILE_VARIABLE, at + 1)) {
    let depth = 0;
    let end = at + FILE_VARIABLE.length;
    for (; end < text.length; end += 1) {
      const c = text[end];
      if (c === '\n' || (c === ')' && depth === 0)) break;
      if (c === '{') depth += 1;
      else if (c === '}') depth -= 1;
    }
    let argument = text
      .slice(at + FILE_VARIABLE.length, end)
      .trim()
      .replace(/^['"]|['"]$/g, '');
    if (!argument.includes('${')) continue;
    // Innermost variables first: `${opt:stage, ${self:provider.stage}}` becomes one wildcard.
    while (/\$\{[^${}]*\}/.test(argument)) argument = argument.replace(/\$\{[^${}]*\}/g, '\u0000');
    const absolute = path.resolve(folder, argument);
    const source = absolute
      .split('\u0000')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    patterns.push(new RegExp(`^${source}$`));
  }
  return patterns;
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
