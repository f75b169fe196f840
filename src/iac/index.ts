/**
 * Declared tables: reads the discovered IaC files (bounded in size), loads CDK cloud assemblies through
 * their manifests, Terraform plans rendered as JSON, and every other CloudFormation-family file whose bytes
 * mention a table.
 */
import path from 'node:path';
import { isCdkManifest, mentionsDynamoDbTable } from '../discover/detect.ts';
import { displayPath } from '../discover/paths.ts';
import type { WalkedFile } from '../discover/walk.ts';
import {
  fileStart,
  type EnvironmentBinding,
  type LoadProblem,
  type LoadResult,
  type Suppression,
  type TableModel,
} from '../model.ts';
import { appendAll } from '../shared/append.ts';
import { MAX_FILE_BYTES, readInputFile } from '../shared/read-file.ts';
import { readCdkManifest } from './cdk.ts';
import { loadPlanText, loadTemplateText } from './load.ts';
import { isTerraformPlanJson } from './terraform/plan.ts';

export { MAX_FILE_BYTES };

export interface LoadedTables {
  readonly tables: TableModel[];
  readonly suppressions: Suppression[];
  readonly problems: LoadProblem[];
  /** Environment variables that declared functions bind to declared tables. */
  readonly environment: EnvironmentBinding[];
  /** Files that were parsed. */
  readonly files: number;
}

/** Where file bytes come from: the file system (default), or a git revision for the base of a change. */
export type FileReader = (
  file: Pick<WalkedFile, 'path' | 'display'>,
  problems: LoadProblem[],
) => Promise<Buffer | undefined>;

export async function loadDeclaredTables(
  files: readonly Pick<WalkedFile, 'path' | 'display'>[],
  cwd: string,
  read: FileReader = readBounded,
): Promise<LoadedTables> {
  const tables: TableModel[] = [];
  const suppressions: Suppression[] = [];
  const problems: LoadProblem[] = [];
  const environment: EnvironmentBinding[] = [];
  let parsed = 0;
  const add = (result: LoadResult): void => {
    parsed += 1;
    appendAll(tables, result.tables);
    appendAll(suppressions, result.suppressions);
    appendAll(problems, result.problems);
    appendAll(environment, result.environment ?? []);
  };

  const contents = await Promise.all(files.map((file) => read(file, problems)));
  // CDK cloud assemblies first: their templates load with stack names and are not read twice.
  const claimed = new Set<string>();
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || !isCdkManifest(path.basename(file.path), bytes)) continue;
    const manifest = readCdkManifest(bytes.toString('utf8'), file.display);
    appendAll(problems, manifest.problems);
    for (const stack of manifest.stacks) {
      const template = path.resolve(path.dirname(file.path), stack.templateFile);
      claimed.add(template);
      const display = displayPath(cwd, template);
      const templateBytes = await read({ path: template, display }, problems);
      if (templateBytes)
        add(loadTemplateText(decode(templateBytes), display, { format: 'cdk', stack: stack.name }));
    }
  }
  for (const [i, file] of files.entries()) {
    const bytes = contents[i];
    if (!bytes || claimed.has(file.path)) continue;
    if (isTerraformPlanJson(bytes)) add(loadPlanText(decode(bytes), file.display));
    else if (mentionsDynamoDbTable(bytes)) add(loadTemplateText(decode(bytes), file.display));
  }
  return { tables, suppressions, problems, environment, files: parsed };
}

/** Declared tables from several loaders, as one. */
export function mergeLoadedTables(parts: readonly LoadedTables[]): LoadedTables {
  return {
    tables: parts.flatMap((p) => p.tables),
    suppressions: parts.flatMap((p) => p.suppressions),
    problems: parts.flatMap((p) => p.problems),
    environment: parts.flatMap((p) => p.environment),
    files: parts.reduce((sum, p) => sum + p.files, 0),
  };
}

export async function readBounded(
  file: Pick<WalkedFile, 'path' | 'display'>,
  problems: LoadProblem[],
): Promise<Buffer | undefined> {
  const outcome = await readInputFile(file.path);
  if ('bytes' in outcome) return outcome.bytes;
  problems.push({
    ruleId: 'file-skipped',
    severity: 'warning',
    message: `not read: ${outcome.skipped}`,
    location: fileStart(file.display),
  });
  return undefined;
}

export function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
