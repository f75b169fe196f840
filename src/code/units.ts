/**
 * Deployment units: the folders that deploy together. A table's unit is the folder of the file that
 * declares it (a serverless.yml, a SAM/CloudFormation template, a Terraform root), except that a CDK
 * cloud assembly (`app/cdk.out/Stack.template.json`) or a SAM build (`app/.aws-sam/build/…`) belongs to
 * the app folder that holds it: that is where the app's code lives.
 */
import path from 'node:path';

/** Folders written by deploy tools: the unit is the folder above them. */
const TOOL_OUTPUT = new Set(['cdk.out', '.aws-sam']);

/** The unit folder of a declaring file ('' for the working directory), `/`-separated. */
export function unitOf(file: string): string {
  const folders = path.posix.dirname(file).split('/');
  const output = folders.findIndex((folder) => TOOL_OUTPUT.has(folder));
  const kept = output >= 0 ? folders.slice(0, output) : folders;
  const unit = kept.join('/');
  return unit === '.' ? '' : unit;
}

/** The deepest of `units` that holds `file`; undefined when none does. */
export function enclosingUnit(file: string, units: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const unit of units) {
    const holds = unit === '' || file.startsWith(`${unit}/`);
    if (holds && (best === undefined || unit.length > best.length)) best = unit;
  }
  return best;
}
