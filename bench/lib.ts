/** Shared helpers for benchmarks: timing of whole commands, medians, and the corpus folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** Generated corpora live here (git-ignored). */
export const CORPUS_ROOT = path.join(ROOT, 'bench', '.corpus');

export interface Timing {
  readonly medianMs: number;
  readonly runsMs: number[];
}

/** Runs a command `runs` times (after one warm-up) and returns the median wall time. */
export function timeCommand(
  command: string,
  args: string[],
  options: { cwd?: string; runs?: number; okCodes?: number[] } = {},
): Timing {
  const runs = options.runs ?? 5;
  const once = (): number => {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw result.error;
    if (!(options.okCodes ?? [0]).includes(result.status ?? -1)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
    }
    return elapsed;
  };
  once();
  const runsMs = Array.from({ length: runs }, once);
  return { medianMs: median(runsMs), runsMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}
