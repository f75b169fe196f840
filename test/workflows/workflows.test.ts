/**
 * Workflow files and the Action's metadata, validated without GitHub: `@actions/workflow-parser` is not
 * installed, so the YAML is parsed strictly and checked against the parts of the workflow schema a
 * mistake would break (triggers, jobs, steps, permissions, expressions), and every `with:` given to this
 * Action — in workflows and in the documentation's examples — names an input action.yml declares.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');

interface ActionMetadata {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata;

type Step = Record<string, unknown>;
interface Job {
  'runs-on'?: unknown;
  uses?: string;
  steps?: Step[];
  permissions?: unknown;
  strategy?: unknown;
}

const PERMISSION_SCOPES = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]);
const STEP_KEYS = new Set([
  'id',
  'if',
  'name',
  'uses',
  'run',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
  'working-directory',
]);

/** Problems with one workflow file, in words. */
function workflowProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length) return document.errors.map((e) => `${file}: ${e.message}`);
  const workflow = document.toJS() as { on?: unknown; jobs?: Record<string, Job>; permissions?: unknown };
  if (workflow.on === undefined) problems.push(`${file}: no "on" trigger`);
  if (!workflow.jobs || Object.keys(workflow.jobs).length === 0) problems.push(`${file}: no jobs`);
  problems.push(...permissionProblems(file, workflow.permissions));
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${file}: jobs.${id}`;
    if (!/^[A-Za-z_][\w-]*$/.test(id)) problems.push(`${where}: not a valid job id`);
    if (job.uses) continue; // a reusable workflow call
    if (job['runs-on'] === undefined) problems.push(`${where}: no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) problems.push(`${where}: no steps`);
    problems.push(...permissionProblems(where, job.permissions));
    for (const [i, step] of (job.steps ?? []).entries()) {
      const at = `${where}.steps[${i}]`;
      if ('uses' in step === 'run' in step) problems.push(`${at}: needs exactly one of uses and run`);
      for (const key of Object.keys(step))
        if (!STEP_KEYS.has(key)) problems.push(`${at}: unknown key ${key}`);
      const uses = step.uses;
      if (typeof uses === 'string' && !/^(\.\/.*|[\w.-]+\/[\w./-]+@[\w.-]+|docker:\/\/.+)$/.test(uses))
        problems.push(`${at}: "${uses}" is not ./path, owner/repo@ref or docker://image`);
      if (uses === './') problems.push(...inputProblems(at, step.with));
    }
  }
  for (const match of text.matchAll(/\$\{\{(.*?)\}\}/g)) {
    if (!match[1]?.trim()) problems.push(`${file}: an empty expression`);
  }
  if ((text.match(/\$\{\{/g) ?? []).length !== (text.match(/\}\}/g) ?? []).length)
    problems.push(`${file}: unbalanced \${{ }}`);
  return problems;
}

function permissionProblems(where: string, permissions: unknown): string[] {
  if (permissions === undefined || permissions === 'read-all' || permissions === 'write-all') return [];
  if (typeof permissions !== 'object' || permissions === null) return [`${where}: bad permissions`];
  return Object.entries(permissions).flatMap(([scope, level]) => [
    ...(PERMISSION_SCOPES.has(scope) ? [] : [`${where}: unknown permission ${scope}`]),
    ...(['read', 'write', 'none'].includes(String(level)) ? [] : [`${where}: ${scope}: ${String(level)}`]),
  ]);
}

/** `with:` keys given to this Action must be its inputs; its required inputs must be given. */
function inputProblems(where: string, given: unknown): string[] {
  const keys = Object.keys((given as Record<string, unknown> | undefined) ?? {});
  return [
    ...keys
      .filter((key) => !(key in action.inputs))
      .map((key) => `${where}: "${key}" is not an input of action.yml`),
    ...Object.entries(action.inputs)
      .filter(([name, input]) => input.required && input.default === undefined && !keys.includes(name))
      .map(([name]) => `${where}: required input "${name}" missing`),
  ];
}

/** The `with:` keys under each `uses: dynalint/dynalint@…` in Markdown examples (often partial YAML). */
function documentedInputs(markdown: string): { line: number; keys: string[] }[] {
  const lines = markdown.split('\n');
  const found: { line: number; keys: string[] }[] = [];
  lines.forEach((line, i) => {
    const uses = /^(\s*)(?:- )?uses: dynalint\/dynalint@\S+/.exec(line);
    if (!uses) return;
    const indent = line.indexOf('uses:');
    const withLine = lines[i + 1] ?? '';
    if (withLine.indexOf('with:') !== indent) return found.push({ line: i + 1, keys: [] });
    const keys: string[] = [];
    for (const next of lines.slice(i + 2)) {
      const key = /^(\s*)([\w-]+):/.exec(next);
      if (!key || (key[1]?.length ?? 0) <= indent) break;
      keys.push(key[2] as string);
    }
    found.push({ line: i + 1, keys });
  });
  return found;
}

describe('workflow files', () => {
  const files = existsSync(WORKFLOWS) ? readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)) : [];

  it('include CI that runs .ci/run and tests the Action from this checkout', () => {
    const ci = parse(readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8')) as { jobs: Record<string, Job> };
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps ?? []);
    expect(steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
    expect(steps.some((s) => s.uses === './')).toBe(true);
  });

  it.each(files)('%s is a valid workflow', (file) => {
    expect(workflowProblems(file, readFileSync(path.join(WORKFLOWS, file), 'utf8'))).toEqual([]);
  });

  it('the checker finds the mistakes it is for', () => {
    const mistakes = `on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions: { checks: writ }
    steps:
      - uses: ./
        run: echo both
        with: { fail-on: error, fail_on: error }
      - uses: actions/checkout
`;
    expect(workflowProblems('broken.yml', mistakes)).toEqual([
      'broken.yml: jobs.lint: checks: writ',
      'broken.yml: jobs.lint.steps[0]: needs exactly one of uses and run',
      'broken.yml: jobs.lint.steps[0]: "fail_on" is not an input of action.yml',
      'broken.yml: jobs.lint.steps[1]: "actions/checkout" is not ./path, owner/repo@ref or docker://image',
    ]);
    const duplicateJob = `${mistakes}  lint:\n    runs-on: ubuntu-latest\n`;
    expect(workflowProblems('broken.yml', duplicateJob)).toEqual([
      expect.stringContaining('Map keys must be unique'),
    ]);
  });
});

describe('action.yml', () => {
  it('runs dist/action.js on node24 and describes every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
    expect(action.inputs.matrix?.default).toBe('${{ toJSON(matrix) }}');
  });

  it('documentation examples give the Action only inputs it has', () => {
    const pages = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)];
    const problems: string[] = [];
    let examples = 0;
    for (const page of pages.filter((p) => p.endsWith('.md'))) {
      for (const example of documentedInputs(readFileSync(path.join(ROOT, page), 'utf8'))) {
        examples += 1;
        for (const key of example.keys)
          if (!(key in action.inputs)) problems.push(`${page}:${example.line}: "${key}" is not an input`);
      }
    }
    expect(examples).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });
});
