/** A folder that cannot be listed is a finding with the reason; its siblings are still walked. */
import type * as fsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { candidateKind } from '../../src/discover/detect.ts';
import { walk } from '../../src/discover/walk.ts';
import { workspace } from '../helpers/workspace.ts';

// Permissions do not stop root (tests may run as root), so listing the `locked` folder fails by mock.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const readdir = ((directory: string, options: unknown) =>
    String(directory).endsWith('/locked')
      ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
      : (actual.readdir as (d: string, o: unknown) => Promise<unknown>)(
          directory,
          options,
        )) as typeof actual.readdir;
  return { ...actual, readdir, default: { ...actual, readdir } };
});

describe('walk', () => {
  it('reports a folder it cannot list and walks its siblings', async () => {
    const dir = await workspace({ 'good/t.yaml': 'Resources: {}\n', 'locked/t.yaml': 'Resources: {}\n' });
    const result = await walk(['.'], { cwd: dir, classify: candidateKind });
    expect(result.files.map((f) => f.display)).toEqual(['good/t.yaml']);
    expect(result.problems).toEqual([
      {
        ruleId: 'file-skipped',
        severity: 'warning',
        message: 'folder not read: permission denied (EACCES)',
        location: { file: 'locked', line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ]);
  });
});
