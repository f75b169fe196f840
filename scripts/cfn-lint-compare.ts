/**
 * resource-schema and cfn-lint side by side on the rule's single-defect probes (test/rules/resource-schema-
 * probes.ts): each probe is written as a YAML template, cfn-lint (on PATH, or `CFN_LINT=…`) lints them all
 * in one run, dynalint's rule runs on each in memory, and a Markdown table says who caught what.
 *
 *   node --import tsx scripts/cfn-lint-compare.ts [output directory]
 *
 * The valid probes are run too: a finding on one of them is a false positive and is listed after the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rule from '../rules/resource-schema.ts';
import { findingsFor, renderTemplate, type RuleCase } from '../test/helpers/rule-tester.ts';
import { invalid, valid } from '../test/rules/resource-schema-probes.ts';

interface CfnLintMatch {
  readonly Rule: { readonly Id: string };
  readonly Filename: string;
}

/** Rules every probe trips that say nothing about its defect (an unused parameter, an empty output). */
const IGNORED = new Set(['W2001', 'I3011', 'W3011', 'I3042']);

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function yamlCases(cases: readonly RuleCase[]): RuleCase[] {
  return cases.filter((c) => !c.files && (!c.formats || c.formats.includes('yaml')));
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'cfn-lint-compare-'));
  const probes = [
    ...yamlCases(invalid).map((c) => ({ probe: c, defect: true })),
    ...yamlCases(valid).map((c) => ({ probe: c, defect: false })),
  ];
  const rendered = probes.map(({ probe }) => renderTemplate(probe, 'yaml'));
  const files = probes.map(({ probe, defect }, i) => {
    const file = path.join(out, defect ? 'invalid' : 'valid', `${slug(probe.name)}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Object.values(rendered[i] as Record<string, string>)[0] as string);
    return file;
  });
  const cfnLint = process.env.CFN_LINT ?? 'cfn-lint';
  const version = spawnSync(cfnLint, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const run = spawnSync(cfnLint, ['--format', 'json', '--', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || !run.stdout.trim().startsWith('[')) {
    throw new Error(`cfn-lint did not run: ${run.error?.message ?? run.stderr}`);
  }
  const matches = JSON.parse(run.stdout) as CfnLintMatch[];
  const byFile = new Map<string, Set<string>>();
  for (const match of matches) {
    if (IGNORED.has(match.Rule.Id)) continue;
    const ids = byFile.get(path.resolve(match.Filename)) ?? new Set();
    ids.add(match.Rule.Id);
    byFile.set(path.resolve(match.Filename), ids);
  }
  const rows: string[] = [];
  const falsePositives: string[] = [];
  const counts = { both: 0, cfnLint: 0, dynalint: 0, neither: 0 };
  for (const [i, { probe, defect }] of probes.entries()) {
    const lint = [...(byFile.get(path.resolve(files[i] as string)) ?? [])].sort();
    const { findings } = await findingsFor(rule, rendered[i] as Record<string, string>, probe.options);
    const ours = [...new Set(findings.map((f) => f.messageId))].sort();
    if (!defect) {
      if (lint.length) falsePositives.push(`${probe.name}: cfn-lint ${lint.join(', ')}`);
      if (ours.length) falsePositives.push(`${probe.name}: dynalint ${ours.join(', ')}`);
      continue;
    }
    const key =
      lint.length && ours.length ? 'both' : lint.length ? 'cfnLint' : ours.length ? 'dynalint' : 'neither';
    counts[key] += 1;
    rows.push(`| ${probe.name} | ${lint.join(', ') || '—'} | ${ours.join(', ') || '—'} |`);
  }
  console.log(`${version}, ${rows.length} single-defect probes (templates in ${out})\n`);
  console.log('| Probe | cfn-lint | dynalint `resource-schema` |\n| --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log(
    `\nBoth: ${counts.both}; only cfn-lint: ${counts.cfnLint}; only dynalint: ${counts.dynalint}; neither: ${counts.neither}.`,
  );
  console.log(
    falsePositives.length
      ? `Findings on valid probes:\n${falsePositives.map((f) => `- ${f}`).join('\n')}`
      : 'No finding on any of the valid probes from either tool.',
  );
}

await main();
