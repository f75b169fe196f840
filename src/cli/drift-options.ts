/**
 * `--drift` and its flags → drift options for `run`, or a usage message. Knows the flags, not AWS.
 */
import { EMBEDDED } from '../live/embedded.ts';
import type { DriftOptions } from '../live/index.ts';
import { NAME } from '../meta.ts';
import { CLI_OPTIONS } from './options.ts';

type DriftFlag = Exclude<Extract<(typeof CLI_OPTIONS)[number], { group: 'drift' }>['name'], 'drift'>;
const DRIFT_FLAGS = CLI_OPTIONS.filter((option) => option.group === 'drift' && option.name !== 'drift').map(
  (option) => option.name as DriftFlag,
);

type DriftFlags = { readonly drift?: boolean | undefined } & {
  readonly [K in DriftFlag]?: string | boolean | string[] | undefined;
};

/** `--drift` and its flags → drift options, or a usage message. */
export function driftOptions(
  values: DriftFlags,
  progress?: (text: string) => void,
): DriftOptions | undefined | string {
  if (!values.drift) {
    const stray = DRIFT_FLAGS.find((flag) => values[flag] !== undefined);
    return stray ? `--${stray} needs --drift` : undefined;
  }
  const text = (flag: DriftFlag): string | undefined => {
    const value = values[flag];
    return typeof value === 'string' ? value : undefined;
  };
  const list = (flag: 'stack' | 'var'): string[] => {
    const value = values[flag];
    return Array.isArray(value) ? value : [];
  };
  const endpoint = text('endpoint');
  if (endpoint !== undefined && endpoint !== EMBEDDED && !/^https?:\/\/[^/]/.test(endpoint)) {
    return `--endpoint must be an http(s) URL or "${EMBEDDED}", got "${endpoint}"`;
  }
  if (text('seed') !== undefined && endpoint !== EMBEDDED) return `--seed needs --endpoint ${EMBEDDED}`;
  const pairs: [string, string][] = [];
  for (const pair of list('var')) {
    const match = /^([\w.-]+)=(.*)$/s.exec(pair);
    if (!match) return `--var expects key=value, got "${pair}"`;
    pairs.push([match[1] as string, match[2] as string]);
  }
  // fromEntries defines own properties: `--var __proto__=x` is a variable, not a prototype (assignment
  // would drop it); later values win, as with assignment.
  const vars: Record<string, string> = Object.fromEntries(pairs);
  const concurrencyText = text('concurrency');
  const concurrency = concurrencyText === undefined ? undefined : Number(concurrencyText);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)) {
    return '--concurrency must be a whole number from 1 to 64';
  }
  const timeoutText = text('drift-timeout');
  const timeoutSeconds = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
    return '--drift-timeout must be a number of seconds from above 0 to 86400';
  }
  const optional = (key: keyof DriftOptions, value: unknown): Partial<DriftOptions> =>
    value === undefined ? {} : { [key]: value };
  return {
    ...optional('endpoint', endpoint),
    ...optional('seed', text('seed')),
    ...optional('region', text('region')),
    ...optional('profile', text('profile')),
    ...optional('concurrency', concurrency),
    ...optional(
      'driftTimeoutMs',
      timeoutSeconds === undefined ? undefined : Math.round(timeoutSeconds * 1000),
    ),
    stacks: list('stack'),
    vars,
    ...(progress ? { progress: progressLine(progress) } : {}),
  };
}

/** `describing live tables 12/300` on one terminal line, erased when done. */
function progressLine(write: (text: string) => void): (done: number, total: number) => void {
  return (done, total) => {
    write(done < total ? `\r${NAME}: describing live tables ${done}/${total}` : '\r\x1b[K');
  };
}
