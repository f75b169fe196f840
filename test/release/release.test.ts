/** scripts/release.mjs in a scratch repository shaped like this one: bump, rebuild, commit, tag, move v1. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.ts';
import { workspace } from '../helpers/workspace.ts';

const RELEASE = path.resolve(import.meta.dirname, '../../scripts/release.mjs');

async function release(dir: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, [RELEASE, ...args], {
    cwd: dir,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dynalint',
      GIT_AUTHOR_EMAIL: 'dynalint@example.com',
      GIT_COMMITTER_NAME: 'dynalint',
      GIT_COMMITTER_EMAIL: 'dynalint@example.com',
    },
  }).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function project(version: string): Promise<string> {
  const pkg = {
    name: 'dynalint',
    version,
    // The build writes dist/ from the version, like the real bundle embeds it.
    scripts: {
      build: `node -e "const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/cli.js','// '+require('./package.json').version+'\\\\n')"`,
    },
  };
  const dir = await workspace({
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name: 'dynalint', version, lockfileVersion: 3, requires: true, packages: { '': { name: 'dynalint', version } } }, null, 2)}\n`,
    'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n- Something new.\n',
    'dist/cli.js': `// ${version}\n`,
  });
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

describe('scripts/release.mjs', () => {
  it('bumps the version, rebuilds dist, tags vX.Y.Z and moves the major tag', async () => {
    const dir = await project('1.2.3');
    const first = await release(dir, 'minor');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Released v1.3.0 (v1 moved to it).');
    expect(first.stdout).toContain('git push --force origin v1');
    expect(JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')).version).toBe('1.3.0');
    const lock = JSON.parse(await readFile(path.join(dir, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['1.3.0', '1.3.0']);
    expect(await readFile(path.join(dir, 'dist/cli.js'), 'utf8')).toBe('// 1.3.0\n');
    expect(await readFile(path.join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(
      /## \[Unreleased\]\n\n## \[1\.3\.0\] - \d{4}-\d\d-\d\d\n\n- Something new\./,
    );
    const head = await git(dir, 'rev-parse', 'HEAD');
    expect(await git(dir, 'rev-parse', 'v1.3.0^{commit}')).toBe(head);
    expect(await git(dir, 'rev-parse', 'v1^{commit}')).toBe(head);
    expect(await git(dir, 'log', '-1', '--format=%s')).toBe('Release v1.3.0');
    expect(await git(dir, 'status', '--porcelain')).toBe('');

    const second = await release(dir, 'patch');
    expect(second.code).toBe(0);
    expect(await git(dir, 'rev-parse', 'v1^{commit}')).toBe(await git(dir, 'rev-parse', 'v1.3.1^{commit}'));
    expect(await git(dir, 'rev-parse', 'v1.3.0^{commit}')).toBe(head);
  });

  it('refuses a dirty tree, an existing tag and a bad bump', async () => {
    const dir = await project('1.0.0');
    await release(dir, '1.0.1');
    expect((await release(dir, '1.0.1')).stderr).toContain('v1.0.1 already exists');
    expect((await release(dir, 'sideways')).stderr).toContain('"sideways" is not patch, minor, major');
    const { writeFiles } = await import('../helpers/workspace.ts');
    await writeFiles(dir, { 'README.md': 'edit\n' });
    const dirty = await release(dir, 'patch');
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('the working tree has changes');
  });
});
