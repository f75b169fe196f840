/**
 * bench/iac: 1,000 CloudFormation templates × 10 tables, and 500 Terraform files (100 modules). Prints, from
 * one run, the whole-CLI time and the parse-only time of the same files, and their ratio (target ≤ 1.5×).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { CORPUS_ROOT, ROOT, ms, timeCommand, type Timing } from '../lib.ts';
import { writeCloudFormationCorpus } from './generate.ts';
import { writeTerraformCorpus } from './generate-terraform.ts';

const TEMPLATES = Number(process.env.BENCH_TEMPLATES ?? 1000);

export async function benchIac(): Promise<void> {
  const corpus = path.join(CORPUS_ROOT, 'iac');
  const files = await writeCloudFormationCorpus(corpus, TEMPLATES);
  const bytes = (await Promise.all(files.map((f) => stat(f)))).reduce((sum, s) => sum + s.size, 0);
  const baseline = await buildParseOnly();
  const relative = files.map((f) => path.relative(ROOT, f));
  const cloudformation = timeCli(corpus, 'iac-report.json');
  const parseOnly = timeCommand(process.execPath, [baseline, 'positions', ...relative]);
  const plain = timeCommand(process.execPath, [baseline, 'plain', ...relative]);
  const mb = bytes / 1024 / 1024;
  console.log(
    `bench/iac: ${files.length} CloudFormation templates × 10 tables (${mb.toFixed(1)} MB; 3/4 YAML, 1/4 JSON), median of 5 runs`,
  );
  console.log(
    `  dynalint whole CLI (node dist/cli.js)          ${ms(cloudformation.medianMs)}  (${throughput(mb, files.length, cloudformation.medianMs)})`,
  );
  console.log(`  parse only: yaml parseDocument + jsonc tree     ${ms(parseOnly.medianMs)}`);
  console.log(`  parse only: yaml parse + JSON.parse (to JS)     ${ms(plain.medianMs)}`);
  console.log(
    `  ratio CLI / position-preserving parse          ${(cloudformation.medianMs / parseOnly.medianMs).toFixed(2)}× (target ≤ 1.5×)`,
  );
  console.log(
    `  ratio CLI / plain parse                        ${(cloudformation.medianMs / plain.medianMs).toFixed(2)}×`,
  );
  await benchTerraform(baseline);
}

/** Bundles the parse-only baseline (bench/iac/parse-only.ts) as its own script; returns its path. */
export async function buildParseOnly(): Promise<string> {
  const baseline = path.join(CORPUS_ROOT, 'parse-only.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'bench/iac/parse-only.ts')],
    outfile: baseline,
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);",
    },
  });
  return baseline;
}

/** The same measurements on the Terraform corpus: the CLI against a tree-sitter parse of the same files. */
async function benchTerraform(baseline: string): Promise<void> {
  const corpus = path.join(CORPUS_ROOT, 'terraform');
  const files = await writeTerraformCorpus(corpus);
  const bytes = (await Promise.all(files.map((f) => stat(f)))).reduce((sum, s) => sum + s.size, 0);
  const mb = bytes / 1024 / 1024;
  const tfFiles = files.filter((f) => f.endsWith('.tf')).length;
  const cli = timeCli(corpus, 'terraform-report.json');
  const parseOnly = timeCommand(process.execPath, [
    baseline,
    'terraform',
    ...files.map((f) => path.relative(ROOT, f)),
  ]);
  console.log(
    `bench/iac: ${tfFiles} Terraform .tf files + ${files.length - tfFiles} .tfvars in 100 modules × 8 tables (${mb.toFixed(1)} MB), median of 5 runs`,
  );
  console.log(
    `  dynalint whole CLI (node dist/cli.js)          ${ms(cli.medianMs)}  (${throughput(mb, files.length, cli.medianMs)})`,
  );
  console.log(
    `  parse only: tree-sitter Terraform grammar      ${ms(parseOnly.medianMs)}  (${throughput(mb, files.length, parseOnly.medianMs)})`,
  );
  console.log(
    `  ratio CLI / position-preserving parse          ${(cli.medianMs / parseOnly.medianMs).toFixed(2)}×`,
  );
}

/** The whole CLI on a corpus, its JSON report written under the corpus root. */
function timeCli(corpus: string, report: string): Timing {
  return timeCommand(
    process.execPath,
    [
      'dist/cli.js',
      path.relative(ROOT, corpus),
      '--format',
      'json',
      '--output',
      path.join(CORPUS_ROOT, report),
    ],
    { okCodes: [0, 1] },
  );
}

function throughput(mb: number, files: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  return `${(mb / seconds).toFixed(1)} MB/s, ${Math.round(files / seconds)} files/s`;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIac();
