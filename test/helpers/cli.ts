/** Runs the CLI in-process, as `npx dynalint …` would, and reads its JSON report. */
import { main } from '../../src/cli/program.ts';

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
  readonly table?: string;
  readonly fingerprint: string;
}

export interface JsonReport {
  readonly findings: JsonFinding[];
  readonly summary: { files: number; tables: number; errors: number; warnings: number; infos: number };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(cwd: string, args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
  });
  return { code, stdout, stderr };
}

/** `dynalint <args> --format json --fail-on never` → the parsed report. */
export async function jsonReport(cwd: string, args: readonly string[] = ['.']): Promise<JsonReport> {
  const run = await runCli(cwd, [...args, '--format', 'json', '--fail-on', 'never']);
  if (run.code !== 0) throw new Error(`dynalint exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}
