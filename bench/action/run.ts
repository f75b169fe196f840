/**
 * bench/action: cold start of the bundled Action — from `node dist/action.js` to its first log line —
 * against a bare `node -e` start in the same run, and the size of dist/ (targets: < 300 ms, < 5 MB).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, median, ms } from '../lib.ts';

const RUNS = 15;

/** Milliseconds from spawn to the first byte on stdout. */
function firstLine(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      child.kill();
    });
    child.on('error', reject);
  });
}

async function size(directory: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    total += entry.isDirectory() ? await size(full) : (await stat(full)).size;
  }
  return total;
}

export async function benchAction(): Promise<void> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'dynalint-bench-action-'));
  const event = path.join(workspace, 'event.json');
  await writeFile(event, '{}');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
  };
  const action = path.join(ROOT, 'dist', 'action.js');
  const bare: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    bare.push(await firstLine(['-e', 'console.log(1)'], env));
    cold.push(await firstLine([action], env));
  }
  const bytes = await size(path.join(ROOT, 'dist'));
  console.log(`bench/action: median of ${RUNS} cold starts`);
  console.log(`  node dist/action.js → first log line      ${ms(median(cold))} (target < 300 ms)`);
  console.log(`  node -e 'console.log(1)' (the floor)      ${ms(median(bare))}`);
  console.log(`  ratio                                     ${(median(cold) / median(bare)).toFixed(2)}×`);
  console.log(
    `  dist/ size                                ${(bytes / 1024 / 1024).toFixed(2)} MB (target < 5 MB)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAction();
