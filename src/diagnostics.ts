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
    id: 'duplicate-key',
    description:
      'A key is written twice inside a table resource; the template loads with the last one, as CloudFormation does, and the first is ignored.',
    severity: 'warning',
  },
  {
    id: 'evaluation-limit',
    description:
      "Evaluating a file's intrinsic functions or Terraform expressions needed more work than allowed (e.g. expressions that reuse each other exponentially); values past the limit are unknown and not checked.",
    severity: 'info',
  },
  {
    id: 'cdk-not-synthesized',
    description:
      'A CDK app (`cdk.json`) has no synthesized cloud assembly, so its tables are not linted; the message says what to run.',
    severity: 'info',
  },
  {
    id: 'cdk-synth-failed',
    description:
      "With `--cdk-synth`, a CDK app could not be synthesized: its `app` command failed (the message ends with its error output), did not finish in time, or `cdk.json` names no `app`; that app's tables are not linted, the other files are.",
    severity: 'warning',
  },
  {
    id: 'load-error',
    description: 'dynalint could not read a file for a reason of its own; the message says what to report.',
    severity: 'error',
  },
  {
    id: 'invalid-suppression',
    description:
      'A suppression gives no reason: a `dynalint-ignore-next-line` comment in code or a `dynalint-ignore` comment in HCL without `-- why`, or a CloudFormation `Metadata.dynalint.ignore` item without `reason`. It does not silence anything until it does.',
    severity: 'warning',
  },
  {
    id: 'unused-suppression',
    description:
      'A suppression silences nothing (no finding of its rule is on the lines it covers any more), or names a rule that does not exist: remove or fix it.',
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
      'With --base: the base revision (or one of its files) could not be read, so changes are not checked and every finding counts as new; the message says how to fetch it. It never fails a run by itself.',
    severity: 'warning',
  },
  {
    id: 'stale-baseline',
    description:
      'Entries of `.dynalint-baseline.json` match no finding any more (they were fixed): `dynalint --write-baseline` removes them, so the baseline only shrinks.',
    severity: 'info',
  },
];

export function diagnosticDocsUrl(id: string): string {
  return `${HOMEPAGE}#${id}`;
}
