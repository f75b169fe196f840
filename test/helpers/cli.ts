/** Runs the CLI in-process (main) or as a user would (node dist/cli.js), capturing its output. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/program.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(cwd: string, args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    color: false,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

export const DIST_CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

export async function distCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [DIST_CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
  readonly table?: string;
  readonly fingerprint: string;
  readonly related?: readonly { readonly file: string; readonly line: number; readonly column: number }[];
  readonly baselineState?: 'new' | 'unchanged';
}

export interface JsonReport {
  readonly findings: JsonFinding[];
  readonly summary: { files: number; tables: number; errors: number; warnings: number; infos: number };
}

/** `dynalint <args> --format json --fail-on never`, in-process → the parsed report. */
export async function jsonReport(cwd: string, args: readonly string[] = ['.']): Promise<JsonReport> {
  const run = await cli(cwd, [...args, '--format', 'json', '--fail-on', 'never']);
  if (run.code !== 0) throw new Error(`dynalint exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}
