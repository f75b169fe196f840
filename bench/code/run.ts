/**
 * Code-scan benchmark: generates a 10,000-file mixed-language corpus (bench/.corpus/code, gitignored) and
 * times, on the same files and in one run:
 *   - dynalint's whole CLI (`node dist/cli.js`), which reads, prefilters and AST-confirms every scan;
 *   - `rg -l -i scan` (ripgrep, from PATH or Debian's package fetched as bench/scaling does; the ratio is
 *     skipped when neither is available), the floor for "find the word";
 *   - ESLint with `no-restricted-syntax` on `NewExpression[callee.name='ScanCommand']` over the JS/TS part.
 * Prints medians and the ratios. `--shape sdk-examples` times a tree shaped like a large SDK examples
 * repository instead (bench/.corpus/code-sdk-examples; see sdk-corpus.ts).
 * Usage: node --import tsx bench/code/run.ts [--files N] [--runs N] [--shape app|sdk-examples]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, ROOT, median } from '../lib.ts';
import { generateCorpus, type CorpusOptions, type CorpusStats } from './corpus.ts';
import { generateSdkExamplesCorpus } from './sdk-corpus.ts';
import { ripgrep } from '../ripgrep.ts';

export type CorpusShape = 'app' | 'sdk-examples';

const SHAPES: Readonly<
  Record<
    CorpusShape,
    { folder: string; generate: (root: string, options: CorpusOptions) => Promise<CorpusStats> }
  >
> = {
  app: { folder: 'code', generate: generateCorpus },
  'sdk-examples': { folder: 'code-sdk-examples', generate: generateSdkExamplesCorpus },
};

let CORPUS = path.join(CORPUS_ROOT, SHAPES.app.folder);

interface Timed {
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
}

function time(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: CORPUS, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/** One warm-up (the file cache), then `runs` runs: the median time, with the output of one run. */
function timed(runs: number, run: () => Timed): Timed {
  run();
  const results = Array.from({ length: runs }, run);
  return { ...(results[0] as Timed), ms: median(results.map((r) => r.ms)) };
}

function newest(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (latest, entry) => Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

function ensureBuilt(): void {
  const worker = path.join(ROOT, 'dist/code-worker.js');
  const built = existsSync(worker) ? statSync(worker).mtimeMs : 0;
  if (built >= Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'rules')))) return;
  console.log('building dist/ …');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** ESLint's flat config for the corpus: the TypeScript parser for .ts/.tsx, one syntax rule. */
function writeEslintConfig(): void {
  const parser = pathToFileURL(path.join(ROOT, 'node_modules/typescript-eslint/dist/index.js')).href;
  writeFileSync(
    path.join(CORPUS, 'eslint.config.mjs'),
    `import tseslint from ${JSON.stringify(parser)};
const rules = {
  'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='ScanCommand']", message: 'Scan' }],
};
export default [
  { files: ['**/*.js', '**/*.mjs'], rules },
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, rules },
];
`,
  );
}

export async function benchCode(files = 10_000, runs = 5, shape: CorpusShape = 'app'): Promise<void> {
  CORPUS = path.join(CORPUS_ROOT, SHAPES[shape].folder);
  ensureBuilt();
  // On PATH, or Debian's package unpacked into bench/.corpus (as bench/scaling does).
  const rg = ripgrep();
  console.log(`generating ${files} files into ${path.relative(ROOT, CORPUS)} …`);
  const corpus = await SHAPES[shape].generate(CORPUS, { files });
  // Its own repository: every tool reads the same files and honours the same (absent) ignore rules.
  execFileSync('git', ['init', '-q', CORPUS]);
  writeEslintConfig();
  console.log(
    `corpus: ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${corpus.scanFiles} with a DynamoDB Scan, ${corpus.decoyFiles} saying "scan" otherwise; ${JSON.stringify(corpus.byLanguage)}`,
  );
  console.log(
    `machine: ${availableParallelism()} cores, Node ${process.version}; ${runs} runs each after a warm-up\n`,
  );

  const cli = path.join(ROOT, 'dist/cli.js');
  const dynalint = timed(runs, () =>
    time(process.execPath, [cli, '.', '--format', 'json', '--fail-on', 'never'], {
      ...process.env,
      NODE_DEBUG: 'dynalint',
    }),
  );
  const findings = (JSON.parse(dynalint.stdout) as { findings: { ruleId: string }[] }).findings.filter(
    (f) => f.ruleId === 'scan-usage',
  ).length;
  const scanLine = dynalint.stderr.split('\n').find((line) => line.includes('code scan:')) ?? '';

  const ripgrepRun = rg ? timed(runs, () => time(rg, ['-l', '-i', 'scan', '.'])) : undefined;
  const ripgrepFiles = ripgrepRun?.stdout.split('\n').filter(Boolean).length ?? 0;

  const eslintBin = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const eslint = timed(1, () =>
    time(process.execPath, [
      eslintBin,
      '--format',
      'json',
      '--no-warn-ignored',
      // A tree may have no file of one of the extensions (an SDK examples tree has no .tsx).
      '--no-error-on-unmatched-pattern',
      '**/*.js',
      '**/*.mjs',
      '**/*.ts',
      '**/*.tsx',
    ]),
  );
  const eslintReports = (JSON.parse(eslint.stdout) as { messages: unknown[] }[]).reduce(
    (sum, file) => sum + file.messages.length,
    0,
  );

  const row = (name: string, ms: number, note: string): string =>
    `${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms   ${note}`;
  console.log(row('dynalint (whole CLI, AST-confirmed)', dynalint.ms, `${findings} scan-usage findings`));
  if (ripgrepRun)
    console.log(
      row('rg -l -i scan', ripgrepRun.ms, `${ripgrepFiles} files listed (word match, unconfirmed)`),
    );
  else console.log('rg -l -i scan: ripgrep is unavailable, so this ratio is skipped');
  console.log(row('eslint no-restricted-syntax (JS/TS)', eslint.ms, `${eslintReports} ScanCommand reports`));
  if (ripgrepRun)
    console.log(`\ndynalint / ripgrep: ${(dynalint.ms / ripgrepRun.ms).toFixed(1)}× (target ≤ 8×)`);
  console.log(`eslint / dynalint:  ${(eslint.ms / dynalint.ms).toFixed(1)}× faster (target ≥ 20×)`);
  console.log(`dynalint's own account: ${scanLine.replace(/^DYNALINT \d+: /, '')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '5' },
      shape: { type: 'string', default: 'app' },
    },
  });
  if (!(values.shape in SHAPES)) throw new Error(`--shape must be one of ${Object.keys(SHAPES).join(', ')}`);
  await benchCode(Number(values.files), Number(values.runs), values.shape as CorpusShape);
}
