/**
 * Terraform tables: discovered configuration files (`.tf`, `.tf.json`, `.tofu`, `.tofu.json`) and
 * `*.tfvars[.json]` files are grouped by directory (a Terraform module: its files share variables and
 * locals) and each directory is loaded as one, with the modules it calls from disk. A directory whose
 * configuration files, and those of the modules it calls, never mention DynamoDB is skipped unparsed.
 */
import path from 'node:path';
import type { LoadProblem, LoadResult } from '../../model.ts';
import { decode, readBounded, type FileReader, type SourceFile } from '../../shared/files.ts';
import type { LoadedTables, Settle, TableFormat } from '../format.ts';
import { unexpected } from '../load.ts';
import { loadTerraformDirectory, type ResolvedModule, type TerraformFile } from './directory.ts';
import { ModuleSources, type DirectoryFiles } from './sources.ts';
import { declaresTables } from './files.ts';
import { DEFAULT_INCLUDE_NAME, isTerragruntFile } from './terragrunt.ts';

export async function loadTerraformTables(
  files: readonly SourceFile[],
  read: FileReader = readBounded,
  settle: Settle = (result) => result,
): Promise<LoadedTables> {
  const problems: LoadProblem[] = [];
  const results: LoadResult[] = [];
  const counted = new Set<string>();
  const reported = new Set<string>();
  const directories: DirectoryFiles[] = [];
  for (const [directory, group] of byDirectory(files)) {
    const contents = await Promise.all(group.map((file) => read(file, problems)));
    const texts: TerraformFile[] = group.flatMap((file, i) => {
      const bytes = contents[i];
      return bytes ? [{ display: file.display, text: decode(bytes) }] : [];
    });
    const display = path.posix.dirname(group[0]?.display ?? '.');
    directories.push({ path: directory, display, files: texts });
  }
  const sources = new ModuleSources(new Map(directories.map((d) => [d.display, d])), read, problems);
  const reached = new Map<DirectoryFiles, ResolvedModule[]>();
  for (const directory of directories) {
    await sources.prepare(directory);
    reached.set(directory, sources.reachable(directory));
  }
  // A linted directory another linted directory calls is a child module: its tables are read through the
  // call, with the caller's arguments, not a second time on their own with inputs unknown.
  const called = new Set([...reached.values()].flat().map((m) => m.directory));
  for (const directory of directories) {
    if (called.has(directory.display)) continue;
    const modules = reached.get(directory) ?? [];
    const relevant = declaresTables(directory.files) || modules.some((m) => declaresTables(m.files));
    if (!relevant) continue;
    const texts = directory.files;
    const evaluated = modules.filter((m) => sources.mayDeclareTables(m));
    for (const file of [...texts, ...evaluated.flatMap((m) => m.files)]) counted.add(file.display);
    // A defect in dynalint must not hide the other directories' findings: it is reported, not thrown.
    const included = await readIncludes(directory, read);
    results.push(
      settle(
        await loadTerraformDirectory(texts, {
          modules: sources,
          reported,
          included: (unit, name) => included.get(`${unit}\u0000${name}`),
        }).catch((error: unknown): LoadResult => ({
          tables: [],
          suppressions: [],
          problems: [unexpected(error, texts[0]?.display ?? '.')],
        })),
      ),
    );
  }
  return {
    tables: results.flatMap((r) => r.tables),
    suppressions: results.flatMap((r) => r.suppressions),
    problems: [...problems, ...results.flatMap((r) => r.problems)],
    environment: [],
    files: counted.size,
  };
}

/**
 * The files the Terragrunt units of a directory include with `find_in_parent_folders(name)`: the nearest
 * `name` in a folder above the unit, within the linted tree, keyed by unit and name.
 */
async function readIncludes(
  directory: DirectoryFiles,
  read: FileReader,
): Promise<Map<string, TerraformFile>> {
  const found = new Map<string, TerraformFile>();
  for (const unit of directory.files.filter((f) => isTerragruntFile(f.display))) {
    const names = [...unit.text.matchAll(INCLUDE_CALL)].map((m) => m[1] ?? DEFAULT_INCLUDE_NAME);
    for (const name of new Set(names)) {
      let folder = directory.display;
      let absolute = directory.path;
      while (folder !== '.' && folder !== '' && !folder.startsWith('..')) {
        folder = path.posix.dirname(folder);
        absolute = path.dirname(absolute);
        const display = folder === '.' ? name : `${folder}/${name}`;
        // A folder without the file is the walk's ordinary case, not a problem to report.
        const bytes = await read({ path: path.join(absolute, name), display }, []);
        if (bytes) {
          found.set(`${unit.display}\u0000${name}`, { display, text: decode(bytes) });
          break;
        }
      }
    }
  }
  return found;
}

const INCLUDE_CALL = /find_in_parent_folders\(\s*(?:"([^"]+)")?\s*\)/g;

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

/**
 * Configuration (Terraform's and OpenTofu's) and variable files, loaded per directory, and Terragrunt's
 * `terragrunt.hcl`, which applies a module with inputs.
 */
const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tofu', '.tofu.json', '.tfvars', '.tfvars.json'];

export const terraformFormat: TableFormat = {
  name: 'Terraform / OpenTofu',
  sourceFormats: ['terraform'],
  deployer: 'terraform',
  candidate: (name) =>
    TERRAFORM_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)) ||
    isTerragruntFile(name),
  // Every .tf/.tf.json/.tfvars file is Terraform's, whether or not it declares a table: no other format reads it.
  load: async (files, io) => ({
    ...(await loadTerraformTables(files, io.read, io.settle)),
    consumed: files.map((file) => file.path),
  }),
};
