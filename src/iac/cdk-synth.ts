/**
 * `--cdk-synth`: runs a CDK app's own `app` command from `cdk.json`, as `cdk synth` does, into a temporary
 * folder (never into the repository), with `CDK_DEBUG=true` so the assembly's metadata records each
 * construct's stack trace — what maps findings back to the app's source lines.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What `cdk.json` says about running the app. */
export interface CdkAppSettings {
  /** The command that synthesizes the app; absent when `cdk.json` names none. */
  readonly app?: string;
  /** Where `cdk synth` writes the assembly, relative to the app's folder (`cdk.out` by default). */
  readonly output: string;
  readonly context: Readonly<Record<string, unknown>>;
}

export function readCdkJson(text: string): CdkAppSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A cdk.json that is not JSON is the CDK CLI's to report; the defaults apply.
  }
  const settings = isRecord(parsed) ? parsed : {};
  return {
    ...(typeof settings.app === 'string' && settings.app.trim() ? { app: settings.app } : {}),
    output: typeof settings.output === 'string' ? settings.output : 'cdk.out',
    context: isRecord(settings.context) ? settings.context : {},
  };
}

/** Seconds an app may take to synthesize (a TypeScript app compiles first) before it is stopped. */
export const DEFAULT_SYNTH_TIMEOUT_S = 300;

export type SynthOutcome =
  | { readonly ok: true; readonly assembly: string; readonly cleanup: () => Promise<void> }
  | {
      readonly ok: false;
      readonly reason: 'failed' | 'timeout';
      readonly stderr: string;
      readonly exitCode?: number;
    };

/**
 * Runs `command` in `appFolder` with the assembly going to a fresh temporary folder. The context is the
 * app's `cdk.json` context and `cdk.context.json`, as the CDK CLI passes them; asset bundling is skipped
 * (`aws:cdk:bundling-stacks: []`): tables do not depend on it and it may need Docker.
 */
export async function synthesize(
  appFolder: string,
  settings: CdkAppSettings & { readonly app: string },
  timeoutSeconds = DEFAULT_SYNTH_TIMEOUT_S,
): Promise<SynthOutcome> {
  const assembly = await mkdtemp(path.join(tmpdir(), 'dynalint-cdk-'));
  const cleanup = (): Promise<void> => rm(assembly, { recursive: true, force: true });
  const context = {
    ...settings.context,
    ...(await savedContext(appFolder)),
    // As `cdk synth` sets them: construct paths in the template metadata (messages name constructs by them).
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:bundling-stacks': [],
  };
  const outcome = await runCommand(settings.app, appFolder, timeoutSeconds, {
    ...process.env,
    CDK_OUTDIR: assembly,
    CDK_DEBUG: 'true',
    CDK_CONTEXT_JSON: JSON.stringify(context),
  });
  if (outcome.timedOut) {
    await cleanup();
    return { ok: false, reason: 'timeout', stderr: outcome.stderr };
  }
  const manifest = await readFile(path.join(assembly, 'manifest.json')).catch(() => undefined);
  if (outcome.exitCode !== 0 || !manifest) {
    await cleanup();
    return {
      ok: false,
      reason: 'failed',
      stderr: outcome.stderr,
      ...(outcome.exitCode !== null ? { exitCode: outcome.exitCode } : {}),
    };
  }
  return { ok: true, assembly, cleanup };
}

/** `cdk.context.json`: the lookups the CDK CLI cached for the app (availability zones, VPCs, …). */
async function savedContext(appFolder: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(appFolder, 'cdk.context.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** Kept of the command's standard error: enough for the tail the finding shows, bounded for chatty apps. */
const STDERR_KEEP = 64 * 1024;

interface CommandOutcome {
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly stderr: string;
}

function runCommand(
  command: string,
  cwd: string,
  timeoutSeconds: number,
  env: NodeJS.ProcessEnv,
): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    // Through a shell, as the CDK CLI runs `app` (`npx ts-node bin/app.ts`, `python3 app.py`). Its own
    // process group, so a timeout stops the whole tree (npx → node), not only the shell.
    const child = spawn(command, {
      cwd,
      env,
      shell: true,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      stopTree(child.pid);
    }, timeoutSeconds * 1000);
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, timedOut, stderr });
    });
  });
}

function stopTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid);
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** A stack frame (`at f (file:1:2)`) or Node's version footer: the tail's noise. */
const NOISE = /^\s*at .*:\d+:\d+\)?$|^Node\.js v\d/;

/**
 * The last lines of a command's standard error as one line (a finding's message is one line), without
 * stack frames, each bounded: bundled libraries print whole minified lines.
 */
export function stderrTail(stderr: string, lines = 6, width = 300): string {
  return stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !NOISE.test(line))
    .slice(-lines)
    .map((line) => (line.length > width ? `${line.slice(0, width)}…` : line))
    .join(' | ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
