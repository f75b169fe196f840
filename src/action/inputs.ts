/**
 * The Action's inputs, read and validated once into a typed value. Every input is checked: a bad one is a
 * message for `core.setFailed` naming the input, never an exception and never silently ignored.
 */
import { driftOptions } from '../cli/drift-options.ts';
import { FAIL_ON, type FailOn } from '../lint.ts';
import type { DriftOptions } from '../live/index.ts';

export type { FailOn };
export const ANNOTATION_MODES = ['auto', 'checks', 'commands', 'off'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];
export const DIFF_FILTERS = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type DiffFilter = (typeof DIFF_FILTERS)[number];

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
  /** Also report live tables no declaration maps to (the switch `report-unmanaged` turns on). */
  readonly reportUnmanaged: boolean;
  readonly code: boolean;
  /** Synthesize CDK apps into temporary folders and lint their tables at the source. */
  readonly cdkSynth: boolean;
  /** Check the pull request's change against its base (change-safety rules). */
  readonly changeSafety: boolean;
  /** Judge only findings the base does not have; undefined: on for pull requests. */
  readonly onlyNew?: boolean;
  /** The folder to lint from (monorepos), relative to the workspace: configuration, paths, baseline. */
  readonly workingDirectory?: string;
  /** Names this run among others (matrix jobs, several steps); undefined: derived. */
  readonly key?: string;
  /** The `matrix` context as JSON, for the derived key. */
  readonly matrix?: string;
  readonly token: string;
}

/**
 * How inputs are read: `text` as the runner passes it (`INPUT_<NAME>`, trimmed, '' when unset), `boolean`
 * through `core.getBooleanInput` (YAML 1.2 booleans; it throws a TypeError naming the input otherwise).
 */
export interface InputReader {
  text(name: string): string;
  boolean(name: string): boolean;
}

/** A bad input: its message is the step's failure. */
class InputError extends Error {}

function oneOf<T extends string>(input: InputReader, name: string, allowed: readonly T[]): T | undefined {
  const value = input.text(name);
  if (value === '') return undefined;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return found;
}

function flag(input: InputReader, name: string): boolean | undefined {
  if (input.text(name) === '') return undefined;
  try {
    return input.boolean(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false (got "${input.text(name)}")`);
  }
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** Inputs that only mean something with `drift: true`. */
const DRIFT_INPUTS = ['endpoint', 'seed', 'aws-region', 'stacks', 'vars', 'report-unmanaged'] as const;

export function readInputs(input: InputReader): ActionInputs | string {
  try {
    return parseInputs(input);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

function parseInputs(input: InputReader): ActionInputs {
  const drift = flag(input, 'drift') ?? false;
  const reportUnmanaged = flag(input, 'report-unmanaged') ?? false;
  let driftSettings: DriftOptions | undefined;
  if (drift) {
    const [endpoint, seed, region] = [input.text('endpoint'), input.text('seed'), input.text('aws-region')];
    const parsed = driftOptions({
      drift: true,
      ...(endpoint ? { endpoint } : {}),
      ...(seed ? { seed } : {}),
      ...(region ? { region } : {}),
      stack: list(input.text('stacks')),
      var: input
        .text('vars')
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean),
    });
    if (typeof parsed === 'string') throw new InputError(inputWording(parsed));
    driftSettings = parsed;
  } else {
    const stray = DRIFT_INPUTS.find((name) => input.text(name) !== '');
    if (stray) throw new InputError(`input "${stray}" needs "drift: true"`);
  }
  const filter = oneOf(input, 'filter', DIFF_FILTERS);
  const trackingIssue = flag(input, 'tracking-issue');
  const config = input.text('config');
  const sarifFile = input.text('sarif-file');
  const onlyNew = flag(input, 'only-new');
  const key = input.text('key');
  const workingDirectory = input.text('working-directory');
  const matrix = input.text('matrix');
  return {
    paths: list(input.text('paths')),
    ...(config ? { config } : {}),
    failOn: oneOf(input, 'fail-on', FAIL_ON) ?? 'error',
    annotations: oneOf(input, 'annotations', ANNOTATION_MODES) ?? 'auto',
    comment: flag(input, 'comment') ?? true,
    summary: flag(input, 'summary') ?? true,
    ...(sarifFile ? { sarifFile } : {}),
    ...(filter !== undefined ? { filter } : {}),
    ...(trackingIssue !== undefined ? { trackingIssue } : {}),
    ...(driftSettings ? { drift: driftSettings } : {}),
    reportUnmanaged,
    code: flag(input, 'code') ?? true,
    cdkSynth: flag(input, 'cdk-synth') ?? false,
    changeSafety: flag(input, 'change-safety') ?? true,
    ...(onlyNew !== undefined ? { onlyNew } : {}),
    ...(key ? { key } : {}),
    ...(workingDirectory ? { workingDirectory } : {}),
    ...(matrix ? { matrix } : {}),
    token: input.text('github-token'),
  };
}

/** The drift flags' messages speak of CLI flags; the Action's inputs have their own names. */
function inputWording(message: string): string {
  return message
    .replace(/--([\w-]+)/g, 'input "$1"')
    .replace('input "stack"', 'input "stacks"')
    .replace('input "var"', 'input "vars"')
    .replace('input "region"', 'input "aws-region"');
}
