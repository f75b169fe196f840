/**
 * The Action's inputs, read and validated once into a typed value. A bad input is a message for
 * `core.setFailed`, never an exception.
 */
import { driftOptions } from '../cli/drift-options.ts';
import type { DriftOptions } from '../live/index.ts';

export type FailOn = 'error' | 'warning' | 'info' | 'never';
export type AnnotationMode = 'auto' | 'checks' | 'commands' | 'off';
export type DiffFilter = 'added' | 'diff_context' | 'file' | 'nofilter';

export interface ActionInputs {
  readonly paths: string[];
  readonly config?: string;
  readonly failOn: FailOn;
  readonly annotations: AnnotationMode;
  readonly comment: boolean;
  readonly summary: boolean;
  readonly sarifFile?: string;
  /** Undefined: the event decides (`added` on pull requests, `nofilter` otherwise). */
  readonly filter?: DiffFilter;
  /** Undefined: on for scheduled and manual drift audits. */
  readonly trackingIssue?: boolean;
  readonly drift?: DriftOptions;
  readonly code: boolean;
  /** Check the pull request's change against its base (change-safety rules). */
  readonly changeSafety: boolean;
  readonly token: string;
}

/** Reads one input as the runner passes it (`INPUT_<NAME>`), trimmed; '' when unset. */
export type InputReader = (name: string) => string;

function oneOf<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T,
): T | string {
  if (value === '') return fallback;
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : `input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`;
}

function flag(name: string, value: string, fallback: boolean): boolean | string {
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  return `input "${name}" must be true or false (got "${value}")`;
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

export function readInputs(input: InputReader): ActionInputs | string {
  const failOn = oneOf('fail-on', input('fail-on'), ['error', 'warning', 'info', 'never'] as const, 'error');
  const annotations = oneOf(
    'annotations',
    input('annotations'),
    ['auto', 'checks', 'commands', 'off'] as const,
    'auto',
  );
  const filter =
    input('filter') === ''
      ? undefined
      : oneOf('filter', input('filter'), ['added', 'diff_context', 'file', 'nofilter'] as const, 'added');
  const comment = flag('comment', input('comment'), true);
  const summary = flag('summary', input('summary'), true);
  const trackingIssue =
    input('tracking-issue') === '' ? undefined : flag('tracking-issue', input('tracking-issue'), false);
  const drift = flag('drift', input('drift'), false);
  const code = flag('code', input('code'), true);
  const changeSafety = flag('change-safety', input('change-safety'), true);
  for (const value of [
    failOn,
    annotations,
    filter,
    comment,
    summary,
    trackingIssue,
    drift,
    code,
    changeSafety,
  ]) {
    if (typeof value === 'string' && value.startsWith('input "')) return value;
  }
  let driftSettings: DriftOptions | undefined;
  if (drift === true) {
    const parsed = driftOptions({
      drift: true,
      ...(input('endpoint') ? { endpoint: input('endpoint') } : {}),
      ...(input('seed') ? { seed: input('seed') } : {}),
      ...(input('aws-region') ? { region: input('aws-region') } : {}),
      stack: list(input('stacks')),
      var: input('vars')
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean),
      'report-unmanaged': input('report-unmanaged') === 'true',
    });
    if (typeof parsed === 'string')
      return parsed
        .replace(/--([\w-]+)/g, 'input "$1"')
        .replace('input "stack"', 'input "stacks"')
        .replace('input "region"', 'input "aws-region"');
    driftSettings = parsed;
  }
  const token = input('github-token');
  return {
    paths: list(input('paths')),
    ...(input('config') ? { config: input('config') } : {}),
    failOn: failOn as FailOn,
    annotations: annotations as AnnotationMode,
    comment: comment as boolean,
    summary: summary as boolean,
    ...(input('sarif-file') ? { sarifFile: input('sarif-file') } : {}),
    ...(filter !== undefined ? { filter: filter as DiffFilter } : {}),
    ...(trackingIssue !== undefined ? { trackingIssue: trackingIssue as boolean } : {}),
    ...(driftSettings ? { drift: driftSettings } : {}),
    code: code as boolean,
    changeSafety: changeSafety as boolean,
    token,
  };
}
