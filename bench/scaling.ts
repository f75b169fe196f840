/**
 * bench/scaling: how dynalint's cost grows with the repository. For each size, the whole CLI's wall time,
 * CPU time (user + system) and peak RSS, each the median of `--runs` runs (default 3), beside a floor
 * measured in the same run on the same files: a single-threaded position-preserving parse for IaC
 * (bench/iac/parse-only.ts), `rg -l -i scan` for code (Debian's ripgrep fetched into bench/.corpus when rg is not
 * installed; skipped, and said so, where that fails).
 * At 1,000 templates it also times a `--cache` second run and a `--base` run with one file changed,
 * against the plain run; each code size a `--cache` second run. Default sizes: 100 and 1,000 templates, 1,000 and 10,000 code files; `--full`
 * adds 10,000 templates and 50,000 code files. `DYNALINT_BENCH_CLI` runs another build than dist/cli.js.
 * CPU time and peak RSS come from GNU time (/usr/bin/time); without it only wall time is shown.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './code/corpus.ts';
import { writeCloudFormationCorpus } from './iac/generate.ts';
import { buildParseOnly } from './iac/run.ts';
import { CORPUS_ROOT, ROOT, median } from './lib.ts';
import { ripgrep } from './ripgrep.ts';

const TIME = '/usr/bin/time';
const CLI = process.env.DYNALINT_BENCH_CLI ?? path.join(ROOT, 'dist/cli.js');
const DYNALINT = [CLI, '.', '--format', 'json', '--fail-on', 'never'];

interface Usage {
  readonly wallMs: number;
  /** Undefined without GNU time. */
  readonly cpuMs?: number;
  readonly peakMiB?: number;
}

/** One run of a command in `cwd`, measured by GNU time when it is installed. */
function measureOnce(cwd: string, command: string, args: readonly string[]): Usage {
  const usageFile = path.join(CORPUS_ROOT, 'usage.txt');
  const gnuTime = existsSync(TIME);
  const started = process.hrtime.bigint();
  const result = gnuTime
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', usageFile, command, ...args], { cwd, stdio: 'ignore' })
    : spawnSync(command, args, { cwd, stdio: 'ignore' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status} in ${cwd}`);
  if (!gnuTime) return { wallMs };
  const [user = 0, system = 0, kb = 0] = execFileSync('tail', ['-n', '1', usageFile], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, peakMiB: kb / 1024 };
}

/** Medians of `runs` runs, each measure on its own (after one unmeasured run that warms the file cache). */
function measure(runs: number, cwd: string, command: string, args: readonly string[]): Usage {
  measureOnce(cwd, command, args);
  const all = Array.from({ length: runs }, () => measureOnce(cwd, command, args));
  const of = (pick: (u: Usage) => number | undefined): number | undefined => {
    const values = all.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  const cpuMs = of((u) => u.cpuMs);
  const peakMiB = of((u) => u.peakMiB);
  return {
    wallMs: of((u) => u.wallMs) ?? 0,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    ...(peakMiB !== undefined ? { peakMiB } : {}),
  };
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '     –' : `${(ms / 1000).toFixed(2).padStart(6)}s`;
}

function row(label: string, usage: Usage, floor?: Usage): string {
  const ratio = (a: number | undefined, b: number | undefined): string =>
    a === undefined || b === undefined ? '    –' : `${(a / b).toFixed(2).padStart(5)}×`;
  const peak = usage.peakMiB === undefined ? '      –' : `${usage.peakMiB.toFixed(0).padStart(5)} MiB`;
  // How many cores the run kept busy on average.
  const cores = usage.cpuMs === undefined ? '    ' : (usage.cpuMs / usage.wallMs).toFixed(2);
  return `  ${label.padEnd(34)} wall ${seconds(usage.wallMs)}  cpu ${seconds(usage.cpuMs)} (${cores}/wall)  peak ${peak}${
    floor
      ? `  vs floor: wall ${ratio(usage.wallMs, floor.wallMs)} cpu ${ratio(usage.cpuMs, floor.cpuMs)}`
      : ''
  }`;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

async function iacPoint(templates: number, runs: number, parseOnly: string, extras: boolean): Promise<void> {
  const corpus = path.join(CORPUS_ROOT, `scaling-iac-${templates}`);
  const files = await writeCloudFormationCorpus(corpus, templates);
  const floor = measure(runs, corpus, process.execPath, [
    parseOnly,
    'positions',
    ...files.map((f) => path.relative(corpus, f)),
  ]);
  const plain = measure(runs, corpus, process.execPath, DYNALINT);
  console.log(`${templates} CloudFormation templates × 10 tables`);
  console.log(row('parse only (floor)', floor));
  console.log(row('dynalint', plain, floor));
  if (!extras) return;
  const cache = path.join(CORPUS_ROOT, 'scaling.dynalintcache');
  await rm(cache, { force: true });
  const cachedArgs = [...DYNALINT, '--cache', '--cache-location', cache];
  const cached = measure(runs, corpus, process.execPath, cachedArgs);
  console.log(`${row('dynalint --cache (second run)', cached, floor)}  vs plain ${ratioOf(cached, plain)}`);
  git(corpus, 'init', '-q', '-b', 'main');
  git(corpus, 'add', '-A');
  git(corpus, 'commit', '-q', '-m', 'base');
  const changed = files[0] as string;
  await writeFile(changed, (await readFile(changed, 'utf8')).replace('PAY_PER_REQUEST', 'PROVISIONED'));
  git(corpus, 'commit', '-q', '-am', 'head');
  const pr = measure(runs, corpus, process.execPath, [...DYNALINT, '--base', 'HEAD~1']);
  console.log(`${row('dynalint --base (1 file changed)', pr, floor)}  vs plain ${ratioOf(pr, plain)}`);
}

function ratioOf(usage: Usage, plain: Usage): string {
  const cpu =
    usage.cpuMs !== undefined && plain.cpuMs !== undefined
      ? ` cpu ${(usage.cpuMs / plain.cpuMs).toFixed(2)}×`
      : '';
  return `wall ${(usage.wallMs / plain.wallMs).toFixed(2)}×${cpu}`;
}

async function codePoint(files: number, runs: number, rg: string | undefined): Promise<void> {
  const corpus = path.join(CORPUS_ROOT, `scaling-code-${files}`);
  const stats = await generateCorpus(corpus, { files });
  // Its own repository: rg and dynalint honour the same (absent) ignore rules.
  git(corpus, 'init', '-q');
  const floor = rg ? measure(runs, corpus, rg, ['-l', '-i', 'scan', '.']) : undefined;
  const plain = measure(runs, corpus, process.execPath, DYNALINT);
  const cache = path.join(CORPUS_ROOT, 'scaling-code.dynalintcache');
  await rm(cache, { force: true });
  const cached = measure(runs, corpus, process.execPath, [...DYNALINT, '--cache', '--cache-location', cache]);
  console.log(`${stats.files} code files (${(stats.bytes / 1024 / 1024).toFixed(1)} MB)`);
  if (floor) console.log(row('rg -l -i scan (floor)', floor));
  console.log(row('dynalint', plain, floor));
  console.log(`${row('dynalint --cache (second run)', cached, floor)}  vs plain ${ratioOf(cached, plain)}`);
}

export async function benchScaling(options: { full?: boolean; runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 3;
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build, or set DYNALINT_BENCH_CLI`);
  const parseOnly = await buildParseOnly();
  const rg = ripgrep();
  console.log(
    `bench/scaling: medians of ${runs} runs (after a warm-up)${existsSync(TIME) ? '' : '; no GNU time at /usr/bin/time: wall time only'}`,
  );
  for (const templates of options.full ? [100, 1000, 10_000] : [100, 1000]) {
    await iacPoint(templates, runs, parseOnly, templates === 1000);
  }
  if (!rg) console.log('rg (ripgrep) is unavailable: the code floor and its ratio are skipped');
  for (const files of options.full ? [1000, 10_000, 50_000] : [1000, 10_000]) {
    await codePoint(files, runs, rg);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { full: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } },
  });
  await benchScaling({ full: values.full, runs: Number(values.runs) });
}
