/**
 * Per-file facts, memoized by what decides them: the kind of load, the path findings show (facts carry
 * locations) and the file's git blob id. A run keeps one store: the head and the base of a change share it, so a
 * file unchanged between them is loaded once; with `--cache` the store is also read from and written to
 * disk (src/shared/fact-cache.ts). Facts are structured-clone data: a worker thread's reply is stored as it is.
 */
import { createHash } from 'node:crypto';

interface Entry {
  /** Structured-clone data: what worker threads exchange and the cache file holds, as it is. */
  readonly value: unknown;
  /** Looked up or stored in this run: only these are written back. */
  used: boolean;
  /** Read from the cache file (rather than stored in this run). */
  readonly recorded: boolean;
}

export class FactStore {
  private readonly entries: Map<string, Entry>;
  /** Lookups answered and not, for `NODE_DEBUG=dynalint`. */
  readonly lookups: { hits: number; misses: number };

  /** Records read from a cache file. */
  constructor(
    records: Iterable<readonly [string, unknown]> = [],
    private readonly scope = '',
    entries?: Map<string, Entry>,
    lookups?: { hits: number; misses: number },
  ) {
    this.entries = entries ?? new Map();
    this.lookups = lookups ?? { hits: 0, misses: 0 };
    for (const [key, value] of records) this.entries.set(key, { value, used: false, recorded: true });
  }

  /**
   * The same store, for facts that also depend on `scope` (a configuration): a lint with several
   * configurations keeps one cache file.
   */
  scoped(scope: string): FactStore {
    return new FactStore([], `${this.scope}${scope}\u0000`, this.entries, this.lookups);
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(this.scope + key);
    if (!entry) {
      this.lookups.misses += 1;
      return undefined;
    }
    this.lookups.hits += 1;
    entry.used = true;
    return entry.value as T;
  }

  set<T>(key: string, value: T): void {
    this.entries.set(this.scope + key, { value, used: true, recorded: false });
  }

  /** Nothing was stored and every entry read from the cache file was used: the file need not change. */
  unchanged(): boolean {
    for (const entry of this.entries.values()) if (!entry.used || !entry.recorded) return false;
    return true;
  }

  /**
   * The entries this run used, for the cache file: entries no run asks for age out. With `unused`, all of
   * them (to inspect a cache file).
   */
  records({ unused = false } = {}): [string, unknown][] {
    const records: [string, unknown][] = [];
    for (const [key, entry] of this.entries) if (entry.used || unused) records.push([key, entry.value]);
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
