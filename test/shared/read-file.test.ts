/** Reading input files: bounded, regular files only, every failure a reason rather than an exception. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/shared/append.ts';
import { readFailure, readInputFileSync, type ReadOutcome } from '../../src/shared/read-file.ts';
import { workspace } from '../helpers/workspace.ts';

function skipped(outcome: ReadOutcome): string | undefined {
  return 'skipped' in outcome ? outcome.skipped : undefined;
}

/** Reads with a scratch buffer of its own. */
function readInputFile(file: string, maxBytes?: number): ReadOutcome {
  return readInputFileSync(file, { buffer: Buffer.alloc(16) }, maxBytes);
}

describe('readInputFileSync', () => {
  it('reads a regular file into the scratch buffer when it fits, and into a larger one when not', async () => {
    const dir = await workspace({ 'a.yaml': 'Resources: {}\n' });
    const roomy = { buffer: Buffer.alloc(64) };
    const fits = readInputFileSync(path.join(dir, 'a.yaml'), roomy);
    expect('bytes' in fits && fits.bytes.toString()).toBe('Resources: {}\n');
    expect('bytes' in fits && fits.bytes.buffer).toBe(roomy.buffer.buffer);
    const small = { buffer: Buffer.alloc(4) };
    const grown = readInputFileSync(path.join(dir, 'a.yaml'), small);
    expect('bytes' in grown && grown.bytes.toString()).toBe('Resources: {}\n');
    expect(small.buffer.length).toBeGreaterThan(4);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = await workspace();
    const fifo = path.join(dir, 'template.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    expect(skipped(readInputFile(fifo))).toMatch(/FIFO/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses devices and directories, naming what they are', async () => {
    expect(skipped(readInputFile('/dev/zero'))).toBe('it is a device, not a regular file');
    const dir = await workspace();
    await mkdir(path.join(dir, 'folder.yaml'));
    expect(skipped(readInputFile(path.join(dir, 'folder.yaml')))).toBe('it is a directory');
  });

  it('names the reason for a missing file and the usual error codes', async () => {
    expect(skipped(readInputFile('/nonexistent/x.yaml'))).toBe('it does not exist (ENOENT)');
    const coded = (code: string) => Object.assign(new Error(code), { code });
    expect(readFailure(coded('EACCES'))).toBe('permission denied (EACCES)');
    expect(readFailure(coded('EMFILE'))).toBe('too many open files in this process (EMFILE)');
    expect(readFailure(coded('EISDIR'))).toBe('it is a directory (EISDIR)');
    expect(readFailure(coded('EWHATEVER'))).toBe('EWHATEVER');
  });

  it('refuses a file over the size cap, marked as oversize', async () => {
    const dir = await workspace({ 'big.yaml': 'x'.repeat(3 * 1024 * 1024) });
    const outcome = readInputFile(path.join(dir, 'big.yaml'), 1024 * 1024);
    expect(outcome).toEqual({ skipped: '3.0 MB is over the 1 MB limit for one file', oversize: true });
  });

  it('leaves no file open, read or refused', async () => {
    const dir = await workspace({ 'a.yaml': 'a: 1\n', 'big.yaml': 'x'.repeat(4096) });
    await mkdir(path.join(dir, 'folder.yaml'));
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 500; i += 1) {
      for (const name of ['a.yaml', 'big.yaml', 'folder.yaml', 'missing.yaml'])
        readInputFile(path.join(dir, name), 1024);
    }
    expect(open()).toBe(before);
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
