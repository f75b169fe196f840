/**
 * Describes live tables by name, a bounded number at a time: DescribeTable, then DescribeTimeToLive,
 * DescribeContinuousBackups and (when tags are compared) ListTagsOfResource — at most four requests per
 * table. An operation the endpoint does not implement is asked once and then skipped; a failure that
 * dooms every other request (no network, no credentials) stops the run instead of repeating itself.
 */
import pLimit from 'p-limit';
import type { TableModel } from '../model.ts';
import type { LiveApi } from './api.ts';
import { classify, type LiveFailure } from './errors.ts';
import { liveTableModel, type LiveReadings, type LiveSetting } from './normalize.ts';
import {
  checkContinuousBackupsAnswer,
  checkTableAnswer,
  checkTagsAnswer,
  checkTimeToLiveAnswer,
} from './validate.ts';

export type TableOutcome =
  | { readonly status: 'found'; readonly model: TableModel }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly operation: string; readonly failure: LiveFailure }
  /** Not compared, and why: the answer was not believable, or the drift deadline came first. */
  | { readonly status: 'not-checked'; readonly reason: string };

/** An optional operation that failed, the same way, for one or more tables. */
export interface OperationNote {
  readonly operation: string;
  readonly setting: LiveSetting;
  readonly failure: LiveFailure;
  readonly tables: string[];
}

export interface DescribeResult {
  readonly tables: ReadonlyMap<string, TableOutcome>;
  readonly notes: readonly OperationNote[];
  /** A failure that stopped the run: the endpoint is unreachable or the credentials are unusable. */
  readonly fatal?: { readonly operation: string; readonly failure: LiveFailure };
}

export interface DescribeOptions {
  readonly concurrency: number;
  /** Call ListTagsOfResource (only when tags are compared). */
  readonly tags: boolean;
  /** Settings the server is known not to keep, with the reason; they are not asked for. */
  readonly serverGaps?: ReadonlyMap<LiveSetting, string>;
  readonly progress?: (done: number, total: number) => void;
  /** Fires when drift has run out of time: tables not described by then are not checked. */
  readonly deadline?: AbortSignal;
  /** Why, for the tables the deadline leaves out. */
  readonly deadlineReason?: string;
}

type Optional = {
  readonly operation: string;
  readonly setting: LiveSetting;
  readonly read: (api: LiveApi, name: string, arn: string) => Promise<Partial<LiveReadings>>;
};

const OPTIONAL: readonly Optional[] = [
  {
    operation: 'DescribeTimeToLive',
    setting: 'ttl',
    read: async (api, name) => {
      const ttl = await api.describeTimeToLive(name);
      checkTimeToLiveAnswer(ttl);
      return ttl ? { ttl } : {};
    },
  },
  {
    operation: 'DescribeContinuousBackups',
    setting: 'pointInTimeRecovery',
    read: async (api, name) => {
      const continuousBackups = await api.describeContinuousBackups(name);
      checkContinuousBackupsAnswer(continuousBackups);
      return continuousBackups ? { continuousBackups } : {};
    },
  },
  {
    operation: 'ListTagsOfResource',
    setting: 'tags',
    read: async (api, _name, arn) => {
      const tags = await api.listTagsOfResource(arn);
      checkTagsAnswer(tags);
      return { tags };
    },
  },
];

export async function describeTables(
  api: LiveApi,
  names: readonly string[],
  options: DescribeOptions,
): Promise<DescribeResult> {
  const tables = new Map<string, TableOutcome>();
  const notes = new Map<string, OperationNote>();
  const unsupported = new Set<string>();
  let fatal: DescribeResult['fatal'];
  let done = 0;

  const stop = (operation: string, failure: LiveFailure): boolean => {
    if (failure.kind !== 'network' && failure.kind !== 'setup') return false;
    fatal ??= { operation, failure };
    return true;
  };
  const note = (optional: Optional, failure: LiveFailure, table: string): void => {
    const key = `${optional.operation}\u0000${failure.kind}`;
    const existing = notes.get(key);
    if (existing) existing.tables.push(table);
    else
      notes.set(key, { operation: optional.operation, setting: optional.setting, failure, tables: [table] });
  };

  const outOfTime = (name: string): boolean => {
    if (!options.deadline?.aborted) return false;
    tables.set(name, { status: 'not-checked', reason: options.deadlineReason ?? 'drift ran out of time' });
    return true;
  };

  const describeOne = async (name: string): Promise<void> => {
    if (fatal || outOfTime(name)) return;
    let table;
    try {
      table = await api.describeTable(name);
      checkTableAnswer(table, name);
    } catch (error) {
      if (outOfTime(name)) return;
      const failure = classify(error);
      if (failure.kind === 'not-found') tables.set(name, { status: 'missing' });
      else if (failure.kind === 'invalid-answer')
        tables.set(name, { status: 'not-checked', reason: failure.detail });
      else if (!stop('DescribeTable', failure))
        tables.set(name, { status: 'failed', operation: 'DescribeTable', failure });
      return;
    }
    if (!table) return;
    const described = table;
    const gaps = new Map<LiveSetting, string>(options.serverGaps);
    const readings: Partial<LiveReadings>[] = await Promise.all(
      OPTIONAL.map(async (optional) => {
        if (optional.setting === 'tags' && !options.tags) return {};
        if (gaps.has(optional.setting)) return {};
        if (unsupported.has(optional.operation)) {
          gaps.set(optional.setting, `the endpoint does not support ${optional.operation}`);
          return {};
        }
        try {
          return await optional.read(api, name, described.TableArn ?? name);
        } catch (error) {
          const failure = options.deadline?.aborted
            ? { kind: 'invalid-answer' as const, detail: options.deadlineReason ?? 'drift ran out of time' }
            : classify(error);
          if (failure.kind === 'not-supported') unsupported.add(optional.operation);
          if (!stop(optional.operation, failure)) note(optional, failure, name);
          gaps.set(optional.setting, `${optional.operation} failed: ${failure.detail}`);
          return {};
        }
      }),
    );
    if (fatal || outOfTime(name)) return;
    const merged: LiveReadings = Object.assign({ table: described, gaps }, ...readings);
    tables.set(name, { status: 'found', model: liveTableModel(merged, api.endpoint) });
  };

  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    names.map((name) =>
      limit(async () => {
        await describeOne(name);
        done += 1;
        options.progress?.(done, names.length);
      }),
    ),
  );
  return { tables, notes: [...notes.values()], ...(fatal ? { fatal } : {}) };
}
