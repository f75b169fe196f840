/**
 * Problems with the input itself rather than with a table: they are findings like any other (file,
 * line, severity) but come from dynalint's readers, not from a rule module.
 */
import { HOMEPAGE } from './meta.ts';
import type { Severity } from './model.ts';

export interface Diagnostic {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
}

export const DIAGNOSTICS: readonly Diagnostic[] = [
  {
    id: 'parse-error',
    description:
      'A file that should declare tables is not valid YAML, JSON or HCL; the rest of the run goes on.',
    severity: 'error',
  },
  {
    id: 'file-skipped',
    description:
      'A file was not read because it is too large, too costly to expand (e.g. excessive YAML aliases), nested too deeply, or could not be read (the reason is named).',
    severity: 'warning',
  },
  {
    id: 'evaluation-limit',
    description:
      "Evaluating a file's intrinsic functions or Terraform expressions needed more work than allowed (e.g. expressions that reuse each other exponentially); values past the limit are unknown and not checked.",
    severity: 'info',
  },
  {
    id: 'load-error',
    description: 'dynalint could not read a file for a reason of its own; the message says what to report.',
    severity: 'error',
  },
  {
    id: 'invalid-suppression',
    description:
      'A `dynalint-ignore-next-line` comment in code, or a `dynalint-ignore` comment in HCL, gives no reason (`-- why`): it does not silence anything until it does.',
    severity: 'warning',
  },
  {
    id: 'live-error',
    description:
      'With --drift: a live table or stack could not be read (access denied names the IAM action to grant; an unreachable endpoint is named).',
    severity: 'error',
  },
  {
    id: 'live-not-checked',
    description:
      'With --drift: a table or setting was not compared because the endpoint does not support the operation that reads it (local emulators), its answer was malformed, or the drift timeout ran out.',
    severity: 'info',
  },
  {
    id: 'base-unavailable',
    description:
      'With --base: the base revision (or one of its files) could not be read, so changes are not checked; the message says how to fetch it.',
    severity: 'error',
  },
];

export function diagnosticDocsUrl(id: string): string {
  return `${HOMEPAGE}#${id}`;
}
