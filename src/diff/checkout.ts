/**
 * A folder of the base revision as files, for loaders that must run something (`--cdk-synth` runs a CDK
 * app): its files at the base commit are written to a temporary folder — git's object database is read,
 * the working tree and the repository are never touched — and the working tree's installed dependencies
 * (`node_modules`, a Python `.venv`) are linked in, since a checkout of the base has none.
 */
import { access, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SKIPPED_DIRECTORIES } from '../discover/walk.ts';
import type { Checkout } from '../iac/format.ts';
import { listFiles, readBlobs } from './git.ts';

/** Larger folders are not materialized: an app folder holding this much is not a CDK app's source. */
const MAX_FILES = 5_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** Installed dependencies, linked from the working tree when a base folder's app runs. */
const DEPENDENCY_FOLDERS = ['node_modules', '.venv', 'venv'];

export interface BaseRevision {
  readonly cwd: string;
  /** The repository's top folder and the working directory's path inside it (`infra/`, or ''). */
  readonly root: string;
  readonly prefix: string;
  readonly commit: string;
}

/** `folder` (absolute, in the working tree) as it is at the base commit; undefined when it cannot be. */
export async function checkoutBaseFolder(base: BaseRevision, folder: string): Promise<Checkout | undefined> {
  const relative = path.relative(base.cwd, folder).split(path.sep).join('/') || '.';
  if (relative.startsWith('..')) return undefined;
  const files = (await listFiles(base.cwd, base.commit, [relative])).filter(
    (file) => !file.path.split('/').some((part) => SKIPPED_DIRECTORIES.has(part) || part === 'cdk.out'),
  );
  if (files.length === 0 || files.length > MAX_FILES) return undefined;
  // The sizes come from the tree listing: a folder over the bound is refused before any blob is read.
  if (files.reduce((total, file) => total + file.size, 0) > MAX_BYTES) return undefined;
  const contents = await readBlobs(
    base.cwd,
    files.map((file) => file.object),
  );
  const target = await mkdtemp(path.join(tmpdir(), 'dynalint-base-'));
  const cleanup = (): Promise<void> => rm(target, { recursive: true, force: true });
  try {
    for (const file of files) {
      const bytes = contents.get(file.object);
      if (!bytes) continue;
      const inFolder = relative === '.' ? file.path : path.posix.relative(relative, file.path);
      const destination = path.join(target, ...inFolder.split('/'));
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, bytes);
    }
    await linkDependencies(folder, target, base.root);
  } catch {
    await cleanup();
    return undefined;
  }
  return { path: target, cleanup };
}

/** The nearest installed dependency folders from the working-tree folder up to the repository's top, linked in. */
async function linkDependencies(folder: string, target: string, root: string): Promise<void> {
  for (const name of DEPENDENCY_FOLDERS) {
    for (let dir = folder; !path.relative(root, dir).startsWith('..'); dir = path.dirname(dir)) {
      const candidate = path.join(dir, name);
      if (
        await access(candidate).then(
          () => true,
          () => false,
        )
      ) {
        await symlink(candidate, path.join(target, name), process.platform === 'win32' ? 'junction' : 'dir');
        break;
      }
      if (dir === root || dir === path.dirname(dir)) break;
    }
  }
}
