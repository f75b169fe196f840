/**
 * Which files of a directory make up its configuration, by name. OpenTofu reads `.tofu`/`.tofu.json`
 * besides `.tf`/`.tf.json`, and `x.tofu` replaces `x.tf` in the same directory (`x.tofu.json` replaces
 * `x.tf.json`). Files named `override.tf` or `*_override.tf` (any of the four extensions) are merged into
 * the other files' blocks after them, in name order; `*.tfvars[.json]` set variables.
 */
import path from 'node:path';
import { isTerragruntFile } from './terragrunt.ts';
import { isVariableFile } from './variables.ts';

export type ConfigRole = 'configuration' | 'override' | 'variables' | 'terragrunt';

const CONFIGURATION = /\.(tf|tofu)(\.json)?$/i;

export function isConfigurationFile(file: string): boolean {
  return CONFIGURATION.test(file);
}

export function roleOf(file: string): ConfigRole {
  if (isVariableFile(file)) return 'variables';
  if (isTerragruntFile(file)) return 'terragrunt';
  const base = path.posix.basename(file).toLowerCase();
  return /(^|_)override\.(tf|tofu)(\.json)?$/.test(base) ? 'override' : 'configuration';
}

/** The files OpenTofu and Terraform read: a `.tf` (`.tf.json`) file is dropped when a `.tofu` twin exists. */
export function effectiveFiles<T extends { readonly display: string }>(files: readonly T[]): T[] {
  const tofu = new Set(
    files.flatMap((f) => {
      const match = /^(.*)\.tofu(\.json)?$/i.exec(f.display);
      return match ? [`${match[1] as string}${match[2] ? '.json' : ''}`.toLowerCase()] : [];
    }),
  );
  return files.filter((f) => {
    const match = /^(.*)\.tf(\.json)?$/i.exec(f.display);
    return !match || !tofu.has(`${match[1] as string}${match[2] ? '.json' : ''}`.toLowerCase());
  });
}

/** Strings a configuration declaring a table (or using the dynamodb-table module) contains. */
const DYNAMODB_MARKERS = ['aws_dynamodb_', 'dynamodb-table'];

/** Cheap text test: could these configuration files declare a table? */
export function declaresTables(
  files: readonly { readonly display: string; readonly text: string }[],
): boolean {
  return files.some(
    (file) => !isVariableFile(file.display) && DYNAMODB_MARKERS.some((marker) => file.text.includes(marker)),
  );
}
