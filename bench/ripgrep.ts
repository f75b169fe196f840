/**
 * ripgrep for the code benchmarks' floor (`rg -l -i scan`): the one on PATH, or else Debian's package,
 * downloaded with `apt-get download` and unpacked with `dpkg -x` into bench/.corpus (nothing is installed
 * system-wide, no root needed). Undefined, with the reason printed, where neither works (not Debian, no
 * package index): the ratio is then skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_ROOT } from './lib.ts';

const LOCAL = path.join(CORPUS_ROOT, 'ripgrep');
const LOCAL_BINARY = path.join(LOCAL, 'usr', 'bin', 'rg');

function works(binary: string): boolean {
  return spawnSync(binary, ['--version']).status === 0;
}

export function ripgrep(): string | undefined {
  if (works('rg')) return 'rg';
  if (existsSync(LOCAL_BINARY) && works(LOCAL_BINARY)) return LOCAL_BINARY;
  const download = path.join(CORPUS_ROOT, 'ripgrep-deb');
  try {
    mkdirSync(download, { recursive: true });
    console.log('ripgrep is not installed: fetching the Debian package into bench/.corpus …');
    execFileSync('apt-get', ['download', 'ripgrep'], { cwd: download, stdio: 'ignore' });
    const deb = readdirSync(download).find((name) => name.startsWith('ripgrep_') && name.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download left no ripgrep package');
    execFileSync('dpkg', ['-x', path.join(download, deb), LOCAL], { stdio: 'ignore' });
    if (works(LOCAL_BINARY)) return LOCAL_BINARY;
    throw new Error('the unpacked rg does not run');
  } catch (error) {
    console.log(`ripgrep unavailable (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}
