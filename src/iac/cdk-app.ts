/**
 * CDK apps as they are committed: a `cdk.json`. With `--cdk-synth` the app is synthesized into a temporary
 * folder and its assembly loaded like a committed `cdk.out`, its tables mapped to the app's source lines;
 * a failure is a `cdk-synth-failed` finding at `cdk.json` and the other files are still linted. Without
 * it, an app whose cloud assembly (`cdk.out`, or the `output` it names) is not there yields no table; one
 * `cdk-not-synthesized` finding says what to run, rather than a silent "0 tables".
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileStart, type LoadProblem, type LoadResult } from '../model.ts';
import { decode, type SourceFile } from '../shared/files.ts';
import { assemblyFiles, loadAssembly } from './cdk.ts';
import { readCdkJson, stderrTail, synthesize, type CdkAppSettings } from './cdk-synth.ts';
import { formatLoad, type FormatIo, type TableFormat } from './format.ts';

export const cdkAppFormat: TableFormat = {
  name: 'CDK app (cdk.json)',
  sourceFormats: ['cdk'],
  deployer: 'cloudformation',
  candidate: (name) => name === 'cdk.json',
  async load(files, io) {
    const problems: LoadProblem[] = [];
    const results: LoadResult[] = [];
    const consumed: string[] = files.map((file) => file.path);
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (!bytes) continue;
      const settings = readCdkJson(decode(bytes));
      const committed = path.join(path.dirname(file.path), settings.output, 'manifest.json');
      if (io.cdkSynth) {
        // The synthesized assembly is the app as it is now; a committed one may be stale and would double every table.
        consumed.push(...(await assemblyFiles(committed)));
        const app = await synthesizeApp(file, settings, io, problems);
        results.push(...app.results);
        consumed.push(...app.consumed);
      } else if (!(await exists(committed))) {
        problems.push(notSynthesized(file, settings));
      }
    }
    return formatLoad(results, problems, consumed);
  },
};

async function synthesizeApp(
  file: SourceFile,
  settings: CdkAppSettings,
  io: FormatIo,
  problems: LoadProblem[],
): Promise<{ results: LoadResult[]; consumed: string[] }> {
  const appFolder = path.dirname(file.path);
  const location = fileStart(file.display);
  if (!settings.app) {
    problems.push({
      ruleId: 'cdk-synth-failed',
      severity: 'warning',
      message:
        'This cdk.json names no `app` command, so the app cannot be synthesized and its tables are not linted: add the command that runs the app (e.g. `"app": "npx ts-node --prefer-ts-exts bin/app.ts"`).',
      location,
      key: 'no-app',
    });
    return { results: [], consumed: [] };
  }
  const checkout = io.checkoutFolder ? await io.checkoutFolder(appFolder) : undefined;
  if (io.checkoutFolder && !checkout) {
    problems.push({
      ruleId: 'cdk-synth-failed',
      severity: 'warning',
      message:
        'The CDK app could not be copied out of this revision to synthesize it, so its tables are not linted.',
      location,
      key: 'checkout',
    });
    return { results: [], consumed: [] };
  }
  const timeout = io.cdkSynth?.timeoutSeconds;
  const outcome = await synthesize(
    checkout?.path ?? appFolder,
    { ...settings, app: settings.app },
    timeout,
  ).finally(() => checkout?.cleanup());
  if (!outcome.ok) {
    const tail = stderrTail(outcome.stderr);
    const how =
      outcome.reason === 'timeout'
        ? `did not finish within ${timeout ?? 300} s and was stopped`
        : outcome.exitCode !== undefined && outcome.exitCode !== 0
          ? `failed (exit code ${outcome.exitCode})`
          : 'wrote no cloud assembly';
    problems.push({
      ruleId: 'cdk-synth-failed',
      severity: 'warning',
      message: `Synthesizing this CDK app (\`${settings.app}\`) ${how}, so its tables are not linted${tail ? `; its error output ends: ${tail}` : ''}`,
      location,
      key: outcome.reason,
    });
    return { results: [], consumed: [] };
  }
  try {
    const folder = path.posix.dirname(file.display);
    const assembly = await loadAssembly(
      {
        path: path.join(outcome.assembly, 'manifest.json'),
        display: path.posix.join(folder, settings.output, 'manifest.json'),
      },
      io,
      problems,
      { displayFolder: path.posix.join(folder, settings.output), appFolder },
    );
    return { results: assembly.results, consumed: [] };
  } finally {
    await outcome.cleanup();
  }
}

function notSynthesized(file: SourceFile, settings: CdkAppSettings): LoadProblem {
  const folder = path.posix.dirname(file.display);
  const assembly = folder === '.' ? settings.output : `${folder}/${settings.output}`;
  return {
    ruleId: 'cdk-not-synthesized',
    severity: 'info',
    message: `This CDK app has no synthesized cloud assembly (${assembly}/ is missing), so its tables are not linted: run dynalint with \`--cdk-synth\` to synthesize it into a temporary folder, or run \`npx cdk synth\`${folder === '.' ? '' : ` in ${folder}`} and lint the assembly (\`npx dynalint ${assembly}\`).`,
    location: fileStart(file.display),
  };
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
