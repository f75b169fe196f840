/**
 * Per-file facts, memoized by what decides them: the kind of load, the path findings show (facts carry
 * locations) and the file's git blob id. A run keeps one store: the head and the base of a change share it, so a
 * file unchanged between them is loaded once; with `--cache` the store is also read from and written to
 * disk (src/shared/fact-cache.ts). Values are kept live here and encoded only when the store is written.
 */
import { createHash } from 'node:crypto';

/** How one kind of fact is written to and read from the cache file (structured-clone data). */
export interface FactCodec<T> {
  encode(value: T): unknown;
  decode(record: unknown): T;
}

interface Entry {
  /** The value in this run (decoded on first use when it came from the cache file). */
  live?: unknown;
  /** The value as the cache file holds it. */
  record?: unknown;
  codec?: FactCodec<unknown>;
  /** Looked up or stored in this run: only these are written back. */
  used: boolean;
}

export class FactStore {
  private readonly entries: Map<string, Entry>;
  /** Lookups answered and not, for `NODE_DEBUG=dynalint`. */
  readonly lookups: { hits: number; misses: number };

  /** Records read from a cache file; decoded only when a run asks for them. */
  constructor(
    records: Iterable<readonly [string, unknown]> = [],
    private readonly scope = '',
    entries?: Map<string, Entry>,
    lookups?: { hits: number; misses: number },
  ) {
    this.entries = entries ?? new Map();
    this.lookups = lookups ?? { hits: 0, misses: 0 };
    for (const [key, record] of records) this.entries.set(key, { record, used: false });
  }

  /**
   * The same store, for facts that also depend on `scope` (a configuration): a lint with several
   * configurations keeps one cache file.
   */
  scoped(scope: string): FactStore {
    return new FactStore([], `${this.scope}${scope}\u0000`, this.entries, this.lookups);
  }

  get<T>(key: string, codec: FactCodec<T>): T | undefined {
    const entry = this.entries.get(this.scope + key);
    if (!entry) {
      this.lookups.misses += 1;
      return undefined;
    }
    this.lookups.hits += 1;
    entry.used = true;
    if (entry.live === undefined) {
      try {
        entry.live = codec.decode(entry.record);
      } catch {
        // A record this version cannot read is a miss, never a crash.
        this.entries.delete(this.scope + key);
        return undefined;
      }
      entry.codec = codec as FactCodec<unknown>;
    }
    return entry.live as T;
  }

  set<T>(key: string, value: T, codec: FactCodec<T>): void {
    this.entries.set(this.scope + key, { live: value, codec: codec as FactCodec<unknown>, used: true });
  }

  /** Nothing was stored and every entry read from the cache file was used: the file need not change. */
  unchanged(): boolean {
    for (const entry of this.entries.values()) if (!entry.used || entry.record === undefined) return false;
    return true;
  }

  /**
   * The entries this run used, encoded for the cache file: entries no run asks for age out. With
   * `unused`, all of them (to inspect a cache file).
   */
  records({ unused = false } = {}): [string, unknown][] {
    const records: [string, unknown][] = [];
    for (const [key, entry] of this.entries) {
      if (!entry.used && !unused) continue;
      const record = entry.record ?? entry.codec?.encode(entry.live);
      if (record !== undefined) records.push([key, record]);
    }
    return records;
  }
}

/** Git's id of a blob with these bytes (`git hash-object`): the same id `git ls-tree` lists at a revision. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The key of a file's facts: what was loaded (and with which hints), where, from which bytes. */
export function factKey(kind: string, display: string, blob: string): string {
  return `${kind}\u0000${display}\u0000${blob}`;
}

/** Facts that are structured-clone data already (what worker threads exchange): stored as they are. */
export const PLAIN_FACTS: FactCodec<never> = {
  encode: (value) => value,
  decode: (record) => record as never,
};
