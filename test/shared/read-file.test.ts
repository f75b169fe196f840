/** Reading input files: bounded, regular files only, every failure a reason rather than an exception. */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/shared/append.ts';
import {
  MAX_OPEN_FILES,
  readFailure,
  readInputFile,
  readInputFileSync,
  readLoad,
} from '../../src/shared/read-file.ts';
import { workspace } from '../helpers/workspace.ts';

function skipped(outcome: Awaited<ReturnType<typeof readInputFile>>): string | undefined {
  return 'skipped' in outcome ? outcome.skipped : undefined;
}

describe('readInputFile', () => {
  it('reads a regular file, in both forms', async () => {
    const dir = await workspace({ 'a.yaml': 'Resources: {}\n' });
    const outcome = await readInputFile(path.join(dir, 'a.yaml'));
    expect('bytes' in outcome && outcome.bytes.toString()).toBe('Resources: {}\n');
    const scratch = { buffer: Buffer.alloc(4) };
    const sync = readInputFileSync(path.join(dir, 'a.yaml'), scratch);
    expect('bytes' in sync && sync.bytes.toString()).toBe('Resources: {}\n');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = await workspace();
    const fifo = path.join(dir, 'template.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    expect(skipped(await readInputFile(fifo))).toMatch(/FIFO/);
    expect(skipped(readInputFileSync(fifo, { buffer: Buffer.alloc(16) }))).toMatch(/FIFO/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses devices and directories, naming what they are', async () => {
    expect(skipped(await readInputFile('/dev/zero'))).toBe('it is a device, not a regular file');
    expect(skipped(readInputFileSync('/dev/zero', { buffer: Buffer.alloc(16) }))).toBe(
      'it is a device, not a regular file',
    );
    const dir = await workspace();
    await mkdir(path.join(dir, 'folder.yaml'));
    expect(skipped(await readInputFile(path.join(dir, 'folder.yaml')))).toBe('it is a directory');
  });

  it('names the reason for a missing file and the usual error codes', async () => {
    expect(skipped(await readInputFile('/nonexistent/x.yaml'))).toBe('it does not exist (ENOENT)');
    const coded = (code: string) => Object.assign(new Error(code), { code });
    expect(readFailure(coded('EACCES'))).toBe('permission denied (EACCES)');
    expect(readFailure(coded('EMFILE'))).toBe('too many open files in this process (EMFILE)');
    expect(readFailure(coded('EISDIR'))).toBe('it is a directory (EISDIR)');
    expect(readFailure(coded('EWHATEVER'))).toBe('EWHATEVER');
  });

  it('refuses a file over the size cap, marked as oversize', async () => {
    const dir = await workspace({ 'big.yaml': 'x'.repeat(3 * 1024 * 1024) });
    const outcome = await readInputFile(path.join(dir, 'big.yaml'), 1024 * 1024);
    expect(outcome).toEqual({ skipped: '3.0 MB is over the 1 MB limit for one file', oversize: true });
  });

  it(`keeps at most ${MAX_OPEN_FILES} files open however many reads are asked for at once`, async () => {
    const dir = await workspace();
    const names = Array.from({ length: 600 }, (_, i) => path.join(dir, `f${i}.yaml`));
    await Promise.all(names.map((name) => writeFile(name, 'a: 1\n')));
    let mostActive = 0;
    const reads = Promise.all(names.map((name) => readInputFile(name)));
    const sampler = setInterval(() => {
      mostActive = Math.max(mostActive, readLoad().active);
    }, 0);
    const outcomes = await reads;
    clearInterval(sampler);
    expect(outcomes.every((o) => 'bytes' in o)).toBe(true);
    expect(mostActive).toBeGreaterThan(0);
    expect(mostActive).toBeLessThanOrEqual(MAX_OPEN_FILES);
  });
});

describe('appendAll', () => {
  it('appends more items than a spread call can pass as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    const target = [-1];
    expect(() => target.push(...many)).toThrow(RangeError);
    appendAll(target, many);
    expect(target).toHaveLength(500_001);
    expect(target.at(-1)).toBe(499_999);
  });
});
