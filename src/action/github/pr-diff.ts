/**
 * Which lines a pull request changes, from the REST API's `pulls.listFiles` (paginated; a PR lists up to
 * 3,000 files), and the reviewdog-style filter that decides which findings are annotated.
 */
import type { Finding } from '../../model.ts';
import type { GitHubClient } from './client.ts';
import type { DiffFilter } from '../inputs.ts';

export interface ChangedFile {
  /** Lines the pull request adds or modifies (new-file line numbers). */
  readonly added: ReadonlySet<number>;
  /** Added lines and the unchanged lines shown around them in the diff. */
  readonly inDiff: ReadonlySet<number>;
}

export type ChangedFiles = ReadonlyMap<string, ChangedFile>;

/** Files of the pull request with their added and context lines, keyed by repository path. */
export async function listChangedFiles(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
): Promise<ChangedFiles> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repository,
    pull_number: pullNumber,
    per_page: 100,
  });
  const changed = new Map<string, ChangedFile>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    changed.set(file.filename, parsePatch(file.patch ?? ''));
  }
  return changed;
}

/**
 * Hunk headers (`@@ -12,7 +12,9 @@`) and line prefixes are the whole unified-diff grammar the API's
 * `patch` uses; a patch GitHub omits (very large or binary files) leaves the file with no lines.
 */
export function parsePatch(patch: string): ChangedFile {
  const added = new Set<number>();
  const inDiff = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === 0 || text.startsWith('\\')) continue;
    if (text.startsWith('+')) {
      added.add(line);
      inDiff.add(line);
      line += 1;
    } else if (text.startsWith(' ')) {
      inDiff.add(line);
      line += 1;
    }
  }
  return { added, inDiff };
}

/**
 * Findings to annotate: on added lines, in the diff's context, anywhere in a changed file, or all.
 * `repositoryPath` maps a finding's file (relative to the working directory) to a repository path.
 */
export function filterFindings(
  findings: readonly Finding[],
  filter: DiffFilter,
  changed: ChangedFiles | undefined,
  repositoryPath: (file: string) => string = (file) => file,
): Finding[] {
  if (filter === 'nofilter' || !changed) return [...findings];
  return findings.filter((finding) => {
    const file = changed.get(repositoryPath(finding.location.file));
    if (!file) return false;
    if (filter === 'file') return true;
    const lines = filter === 'added' ? file.added : file.inDiff;
    for (let line = finding.location.line; line <= finding.location.endLine; line += 1) {
      if (lines.has(line)) return true;
    }
    return false;
  });
}
