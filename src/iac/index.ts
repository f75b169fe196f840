/**
 * Declared tables: the registry of IaC formats, and the one loop that offers each discovered file to them
 * in order. Adding a format is one object implementing `TableFormat` and one line here.
 */
import type { Deployer, SourceFormat } from '../model.ts';
import { readBounded, type FileReader, type SourceFile } from '../shared/files.ts';
import { cdkAppFormat } from './cdk-app.ts';
import { cdkAssemblyFormat } from './cdk.ts';
import { cloudFormationFormat } from './cloudformation/format.ts';
import {
  fileName,
  mergeLoadedTables,
  type FormatIo,
  type FormatLoad,
  type LoadedTables,
  type OneFileFormat,
  type TableFormat,
} from './format.ts';
import { serverlessFormat } from './serverless-format.ts';
import { terraformFormat } from './terraform/index.ts';
import { terraformPlanFormat } from './terraform/plan-format.ts';

export type { LoadedTables } from './format.ts';

/**
 * In order: a file one format loads (or consumes, like a CDK manifest's templates) is not offered to the
 * formats after it. Terraform first (its `.tf.json` files are no one else's), CDK before CloudFormation (its
 * templates carry stack names), Serverless before CloudFormation (a service's `resources` are a template).
 */
export const FORMATS: readonly TableFormat[] = [
  terraformFormat,
  cdkAppFormat,
  cdkAssemblyFormat,
  terraformPlanFormat,
  serverlessFormat,
  cloudFormationFormat,
];

/** A format whose files load one at a time, by name (what a worker thread loads). */
export function oneFileFormat(name: string): OneFileFormat | undefined {
  return FORMATS.find((format): format is OneFileFormat => format.name === name && 'loadText' in format);
}

/** Could a file with this name declare tables in some format? */
export function isIacCandidate(name: string): boolean {
  return FORMATS.some((format) => format.candidate(name));
}

/** Who deploys tables of a source format, per the format that loads them. */
export function deployerOfFormat(format: SourceFormat): Deployer | undefined {
  return FORMATS.find((f) => f.sourceFormats.includes(format))?.deployer;
}

export async function loadDeclaredTables(
  files: readonly SourceFile[],
  cwd: string,
  read: FileReader = readBounded,
  running: Pick<FormatIo, 'cdkSynth' | 'checkoutFolder' | 'settle' | 'settleFile' | 'offload'> = {},
): Promise<LoadedTables> {
  const taken = new Set<string>();
  const parts: FormatLoad[] = [];
  for (const format of FORMATS) {
    const candidates = files.filter(
      (file) =>
        !taken.has(file.path) &&
        (format.candidate(fileName(file.path)) || (file.named === true && format.detect !== undefined)),
    );
    if (candidates.length === 0) continue;
    const loaded = await format.load(candidates, { ...running, cwd, read });
    parts.push(loaded);
    for (const file of loaded.consumed ?? []) taken.add(file);
  }
  return mergeLoadedTables(parts);
}
