/**
 * How a run loads the IaC of each side it lints (the head, and a change's base): every file's tables judged by
 * the table rules as it loads, one-file formats on the worker pool when there is one, and, when both sides are
 * linted, a file whose bytes are the same at both judged once (keyed by format, path and git blob id).
 */
import type { TableRulesPerFile } from '../engine.ts';
import type { FormatIo } from '../iac/format.ts';
import type { LoadResult, TableModel } from '../model.ts';
import { blobId, factKey } from '../shared/facts.ts';
import type { IacPool, PooledLoad } from './pool.ts';

export interface Side {
  readonly rules: TableRulesPerFile;
  /** What the run keeps of a judged file, given the keys (`file\0id`) of the tables it declares. */
  readonly keep: (result: LoadResult, declared: readonly string[]) => LoadResult;
}

export interface SideLoading {
  /** The loading hooks of one side, for `loadDeclaredTables`. */
  io(side: Side): Pick<FormatIo, 'settle' | 'offload'>;
  /** Stops the pool: after every side has loaded. */
  close(): Promise<void>;
}

export function tableKey(table: TableModel): string {
  return `${table.source.file}\u0000${table.id}`;
}

export function sideLoading(pool: IacPool | undefined, bothSides: boolean): SideLoading {
  const judged = bothSides ? new Map<string, Promise<PooledLoad>>() : undefined;
  const load = (format: string, file: string, bytes: Buffer): Promise<PooledLoad> => {
    if (!pool) return Promise.reject(new Error('no IaC pool'));
    if (!judged) return pool.load(format, file, bytes);
    const key = factKey(format, file, blobId(bytes));
    let loading = judged.get(key);
    if (!loading) {
      loading = pool.load(format, file, bytes);
      judged.set(key, loading);
    }
    return loading;
  };
  return {
    io: (side) => ({
      settle: (result) => {
        const kept = side.rules.settle(result);
        return side.keep(kept, kept.tables.map(tableKey));
      },
      ...(pool
        ? {
            offload: (format, file, bytes, local) =>
              load(format, file, bytes).then((loaded) => {
                side.rules.adopt(loaded);
                return side.keep(loaded.result, loaded.declared);
              }, local),
          }
        : {}),
    }),
    close: async () => {
      await pool?.close();
    },
  };
}
