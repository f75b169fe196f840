/** Runs the built `dist/action.js` as a GitHub runner does: INPUT_* variables, event file, output files. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { WRITE_INTERVAL_VARIABLE } from '../../src/action/github/client.ts';

const require = createRequire(import.meta.url);
export const ACTION = path.resolve(import.meta.dirname, '../../dist/action.js');
/** The Node 24 binary of the `node` npm package: runners execute `dist/` on `node24`. */
export const NODE_24 = path.join(path.dirname(require.resolve('node/package.json')), 'bin', 'node');

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The `GITHUB_OUTPUT` file as the runner reads it. */
  readonly outputFile: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface ActionRunOptions {
  readonly workspace: string;
  readonly apiUrl: string;
  readonly eventName: string;
  readonly event: unknown;
  readonly inputs?: Record<string, string>;
  readonly node?: string;
  readonly env?: Record<string, string>;
  /** Another copy of the bundle (default: this repository's dist/action.js). */
  readonly action?: string;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runner = await mkdtemp(path.join(tmpdir(), 'dynalint-runner-'));
  const files = {
    event: path.join(runner, 'event.json'),
    output: path.join(runner, 'output'),
    summary: path.join(runner, 'summary.md'),
  };
  await writeFile(files.event, JSON.stringify(options.event));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs = { 'github-token': 'ghs_testtoken0123456789', ...(options.inputs ?? {}) };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    // The local GitHub server needs no second between writes (the client's default, as GitHub asks).
    [WRITE_INTERVAL_VARIABLE]: '0',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
    ),
    ...(options.env ?? {}),
  };
  const { code, stdout, stderr } = await promisify(execFile)(
    options.node ?? process.execPath,
    [options.action ?? ACTION],
    {
      cwd: options.workspace,
      env,
      maxBuffer: 64 << 20,
    },
  ).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      if (typeof error.code !== 'number') throw error;
      return { code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
    },
  );
  const outputFile = await readFile(files.output, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputFile,
    outputs: parseOutputs(outputFile),
    summary: await readFile(files.summary, 'utf8'),
  };
}

/** `GITHUB_OUTPUT` holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

/** A real payload from @octokit/webhooks-examples. */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${name} ${action ?? ''} example`);
  return structuredClone(found);
}
