/**
 * Terraform tables: discovered `.tf`, `.tf.json` and `*.tfvars[.json]` files are grouped by directory (a
 * Terraform module: its files share variables and locals) and each directory is loaded as one. A directory
 * whose configuration files never mention DynamoDB is skipped on its bytes, before any parsing.
 */
import path from 'node:path';
import type { LoadProblem, LoadResult } from '../../model.ts';
import { decode, readBounded, type FileReader, type SourceFile } from '../../shared/files.ts';
import type { LoadedTables, TableFormat } from '../format.ts';
import { unexpected } from '../load.ts';
import { loadTerraformDirectory, type TerraformFile } from './directory.ts';
import { isVariableFile } from './variables.ts';

/** Strings a configuration declaring a table (or using the dynamodb-table module) contains. */
const DYNAMODB_MARKERS = [Buffer.from('aws_dynamodb_'), Buffer.from('dynamodb-table')];

export function mentionsDynamoDb(bytes: Buffer): boolean {
  return DYNAMODB_MARKERS.some((marker) => bytes.includes(marker));
}

export async function loadTerraformTables(
  files: readonly SourceFile[],
  read: FileReader = readBounded,
): Promise<LoadedTables> {
  const problems: LoadProblem[] = [];
  const results: LoadResult[] = [];
  let parsed = 0;
  for (const directory of byDirectory(files).values()) {
    const contents = await Promise.all(directory.map((file) => read(file, problems)));
    const relevant = directory.some(
      (file, i) => !isVariableFile(file.display) && contents[i] && mentionsDynamoDb(contents[i]),
    );
    if (!relevant) continue;
    const texts: TerraformFile[] = directory.flatMap((file, i) => {
      const bytes = contents[i];
      return bytes ? [{ display: file.display, text: decode(bytes) }] : [];
    });
    parsed += texts.length;
    // A defect in dynalint must not hide the other directories' findings: it is reported, not thrown.
    results.push(
      await loadTerraformDirectory(texts).catch((error: unknown): LoadResult => ({
        tables: [],
        suppressions: [],
        problems: [unexpected(error, texts[0]?.display ?? '.')],
      })),
    );
  }
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    environment: [],
    files: parsed,
  };
}

function byDirectory<T extends Pick<SourceFile, 'path'>>(files: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const file of files) {
    const directory = path.dirname(file.path);
    const group = groups.get(directory);
    if (group) group.push(file);
    else groups.set(directory, [file]);
  }
  return groups;
}

/** Configuration and variable files, loaded per directory (`.tf.json` before `.json`). */
const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tfvars', '.tfvars.json'];

export const terraformFormat: TableFormat = {
  name: 'Terraform / OpenTofu',
  sourceFormats: ['terraform'],
  deployer: 'terraform',
  candidate: (name) => TERRAFORM_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  // Every .tf/.tf.json/.tfvars file is Terraform's, whether or not it declares a table: no other format reads it.
  load: async (files, io) => ({
    ...(await loadTerraformTables(files, io.read)),
    consumed: files.map((file) => file.path),
  }),
};
