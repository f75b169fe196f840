/**
 * The `--cache` file: a `FactStore`'s records for a version of dynalint and a configuration. Read or not
 * at all: a missing, truncated, corrupt or foreign file, or one written by another version or for another
 * configuration, is an empty cache (never a crash, never a stale fact). Written whole to a temporary file
 * and renamed over the old one, so a concurrent run reads either the old cache or the new, never a mix.
 */
import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { debuglog } from 'node:util';
import v8 from 'node:v8';
import { FactStore } from './facts.ts';

const debug = debuglog('dynalint');

/** ESLint's convention: `.eslintcache` in the working directory; ours is `.dynalintcache`. */
export const DEFAULT_CACHE_FILE = '.dynalintcache';

const MAGIC = Buffer.from('dynalint-facts 1\n');
const DIGEST_BYTES = 32;

/**
 * Where the cache lives, with ESLint's `--cache-location` semantics: a file, or a folder (an existing one,
 * or a path ending in a separator) that gets a file per working directory.
 */
export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_FILE): string {
  const target = path.resolve(cwd, location);
  const folder = /[\\/]$/.test(location) || statSync(target, { throwIfNoEntry: false })?.isDirectory();
  return folder ? path.join(target, `.cache_${sha256(cwd).slice(0, 16)}`) : target;
}

/** A short digest of a value's JSON: the configuration a fact depends on, as a `FactStore` scope. */
export function fingerprintOf(value: unknown): string {
  return sha256(JSON.stringify(value)).slice(0, 32);
}

/** `stamp` is the version of dynalint: a cache written by another is not read. */
export async function readFactCache(file: string, stamp: string): Promise<FactStore> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return new FactStore();
  const records = decodeCache(bytes, stamp);
  if (!records) debug('cache %s: unreadable or from another version; not used', file);
  return new FactStore(records ?? []);
}

/** Never throws: a cache that cannot be written only makes the next run slower. */
export async function writeFactCache(file: string, stamp: string, store: FactStore): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  debug('cache %s: %d lookups answered, %d not', file, store.lookups.hits, store.lookups.misses);
  // Rewriting a cache that would come out the same costs as much as reading it.
  if (store.unchanged()) return;
  try {
    const payload = v8.serialize({ stamp, records: store.records() });
    await writeFile(temporary, Buffer.concat([MAGIC, digest(payload), payload]));
    await rename(temporary, file);
  } catch (error) {
    debug('cache %s not written: %s', file, error instanceof Error ? error.message : String(error));
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

function decodeCache(bytes: Buffer, stamp: string): [string, unknown][] | undefined {
  if (bytes.length < MAGIC.length + DIGEST_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return undefined;
  const payload = bytes.subarray(MAGIC.length + DIGEST_BYTES);
  if (!digest(payload).equals(bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES))) return undefined;
  try {
    const content = v8.deserialize(payload) as { stamp?: unknown; records?: unknown };
    if (content.stamp !== stamp || !Array.isArray(content.records)) return undefined;
    return (content.records as unknown[]).filter(
      (record): record is [string, unknown] =>
        Array.isArray(record) && record.length === 2 && typeof record[0] === 'string',
    );
  } catch {
    return undefined;
  }
}

function digest(payload: Buffer): Buffer {
  return createHash('sha256').update(payload).digest();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
