/**
 * How a run loads the IaC of each side it lints (the head, and a change's base): every file's tables judged by
 * the table rules as it loads, one-file formats on the worker pool when there is one. A file whose result
 * depends on its bytes alone is judged once per path and bytes: its judgement goes into the run's facts,
 * which the other side of a change, and with `--cache` the next run, recall instead of loading it again.
 */
import type { TableRulesPerFile } from '../engine.ts';
import type { FormatIo } from '../iac/format.ts';
import type { LoadResult, TableModel } from '../model.ts';
import { blobId, factKey, type FactStore } from '../shared/facts.ts';
import type { IacPool, PooledLoad } from './pool.ts';

export interface Side {
  readonly rules: TableRulesPerFile;
  /** What the run keeps of a judged file, given the keys (`file\0id`) of the tables it declares. */
  readonly keep: (result: LoadResult, declared: readonly string[]) => LoadResult;
}

export interface SideLoading {
  /** The loading hooks of one side, for `loadDeclaredTables`. */
  io(side: Side): Pick<FormatIo, 'settle' | 'settleFile' | 'offload'>;
  /** Stops the pool: after every side has loaded. */
  close(): Promise<void>;
}

export interface SideLoadingOptions {
  /** Starts the worker pool, on the first file that must be loaded (every one may be recalled). */
  readonly pool?: () => IacPool | undefined;
  /** Where judged files are kept and recalled; absent, every file is judged as it loads. */
  readonly facts?: FactStore;
  /**
   * What else a file's judgement depends on (the region the rules were given, whether tables are kept):
   * part of its key, so a judgement is recalled only where it would come out the same.
   */
  readonly variant: string;
}

export function tableKey(table: TableModel): string {
  return `${table.source.file}\u0000${table.id}`;
}

/** A judged file as the facts hold it: structured-clone data, what a pool worker replies. */
type JudgedFile = PooledLoad;

export function sideLoading({ pool: startPool, facts, variant }: SideLoadingOptions): SideLoading {
  let pool: IacPool | undefined;
  let started = false;
  const workers = (): IacPool | undefined => {
    if (!started) pool = startPool?.();
    started = true;
    return pool;
  };
  const keyOf = (kind: string, file: string, bytes: Buffer): string | undefined =>
    facts && factKey(`judged\u0000${kind}\u0000${variant}`, file, blobId(bytes));
  return {
    io: (side) => {
      /** Takes a judgement in, and stores it under `key` as the run keeps it. */
      const kept = (key: string | undefined, judged: JudgedFile): LoadResult => {
        side.rules.adopt(judged);
        const result = side.keep(judged.result, judged.declared);
        if (key) facts?.set<JudgedFile>(key, { ...judged, result });
        return result;
      };
      const recalled = (key: string | undefined): LoadResult | undefined => {
        const known = key === undefined ? undefined : facts?.get<JudgedFile>(key);
        if (!known) return undefined;
        side.rules.adopt(known);
        return side.keep(known.result, known.declared);
      };
      const judgedHere = (key: string | undefined, load: () => LoadResult): LoadResult => {
        const judged = side.rules.judge(load());
        return kept(key, { ...judged, declared: judged.result.tables.map(tableKey) });
      };
      const settleFile = (kind: string, file: string, bytes: Buffer, load: () => LoadResult): LoadResult => {
        const key = keyOf(kind, file, bytes);
        return recalled(key) ?? judgedHere(key, load);
      };
      return {
        settle: (result) => {
          const judged = side.rules.settle(result);
          return side.keep(judged, judged.tables.map(tableKey));
        },
        settleFile,
        ...(startPool
          ? {
              offload: async (format, file, bytes, load) => {
                const key = keyOf(format, file, bytes);
                const known = recalled(key);
                if (known) return known;
                const pool = workers();
                if (!pool) return judgedHere(key, load);
                return pool.load(format, file, bytes).then(
                  (judged) => kept(key, judged),
                  () => judgedHere(key, load),
                );
              },
            }
          : {}),
      };
    },
    close: async () => {
      await pool?.close();
    },
  };
}
