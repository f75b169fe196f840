/**
 * Input written to exhaust time or memory: each case finishes quickly, reads what it can, and says with a
 * finding where it stopped; one hostile file never hides its neighbours' findings.
 */
import { describe, expect, it } from 'vitest';
import { EvaluationBudget } from '../../src/iac/budget.ts';
import { evaluate } from '../../src/iac/evaluate.ts';
import { loadTemplateText } from '../../src/iac/load.ts';
import { parseYamlSource } from '../../src/iac/yaml-source.ts';
import { fileStart, unknown, valueOf, type Prop } from '../../src/model.ts';
import {
  TERRAFORM_TABLE,
  cfnAliasJoinChain,
  cfnConditionChain,
  cfnFindInMapChain,
  cfnManyBranches,
  terraformDeepNesting,
  terraformLocalChain,
  yamlManyScalarAliases,
  yamlTables,
  yamlWideAnchor,
} from '../helpers/hostile.ts';
import { lintWithConfig } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

/** Generous for a shared machine; the unbounded versions of these inputs take minutes or never end. */
const BOUND_MS = 10_000;

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const unknownProp = unknown('absent', fileStart('absent'));

function reason<T>(prop: Prop<T> | undefined): string | undefined {
  return prop && !prop.known ? prop.reason : undefined;
}

describe('YAML aliases', () => {
  it('skips a file whose aliases expand a large anchored map many times', () => {
    const { value, ms } = timed(() => loadTemplateText(yamlWideAnchor(2_000, 9_000), 'wide.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.tables).toEqual([]);
    expect(value.problems).toMatchObject([
      { ruleId: 'file-skipped', message: expect.stringMatching(/aliases expand to more than [\d,]+ nodes/) },
    ]);
  });

  it('skips the reported 20,000-key anchored map with 9,000 aliases (4.3 GB expanded) in bounded time', () => {
    // Measured at about 0.9 s of CPU through the CLI, as much as the same file without aliases: the
    // alias bound stops conversion early and the rest is the YAML parse of the 400 KB file.
    const { value, ms } = timed(() => loadTemplateText(yamlWideAnchor(20_000, 9_000), 'wide.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toMatchObject([
      { ruleId: 'file-skipped', message: expect.stringMatching(/aliases expand to more than [\d,]+ nodes/) },
    ]);
  });

  it('resolves thousands of aliases after a long document in linear time', () => {
    const { value, ms } = timed(() => loadTemplateText(yamlManyScalarAliases(100_000, 9_999), 'long.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toEqual([]);
    expect(value.tables).toHaveLength(1);
  });

  it('loads thousands of tables sharing one aliased property map, each with the shared values', () => {
    const { value, ms } = timed(() => loadTemplateText(yamlTables(4_000, true), 'shared.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toEqual([]);
    expect(value.tables).toHaveLength(4_000);
    const last = value.tables.at(-1);
    expect(last?.id).toBe('Table3999');
    expect(valueOf(last?.billingMode ?? unknownProp)).toBe('PAY_PER_REQUEST');
  });

  it('shares one converted node among the aliases of an anchor', () => {
    const parsed = parseYamlSource('a: &x { k: v }\nb: *x\nc: *x\n', 'shared.yaml');
    const root = parsed.root;
    expect(root?.kind).toBe('map');
    if (root?.kind !== 'map') return;
    const [a, b, c] = root.entries.map((e) => e.value);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('resolves an alias to the closest anchor of that name before it', () => {
    const parsed = parseYamlSource('a: &x one\nb: *x\nc: &x two\nd: *x\n', 'redefined.yaml');
    const values = parsed.root?.kind === 'map' ? parsed.root.entries.map((e) => e.value) : [];
    expect(values.map((v) => (v.kind === 'scalar' ? v.value : v.kind))).toEqual(['one', 'one', 'two', 'two']);
  });

  it('skips a file nested deeper than the reader recurses, in YAML and JSON', () => {
    const depth = 20_000;
    const yaml = `Resources:\n  A: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
    const json = `{"Resources": {"A": ${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
    for (const [text, file] of [
      [yaml, 'deep.yaml'],
      [json, 'deep.json'],
    ] as const) {
      const { value, ms } = timed(() => loadTemplateText(text, file));
      expect(ms).toBeLessThan(BOUND_MS);
      expect(value.problems).toMatchObject([
        { ruleId: 'file-skipped', message: expect.stringContaining('nested more than') },
      ]);
    }
  });
});

describe('CloudFormation evaluation', () => {
  it('evaluates conditions that reuse each other exponentially once each', () => {
    const { value, ms } = timed(() => loadTemplateText(cfnConditionChain(40), 'conditions.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toEqual([]);
    // C40 is true exactly when Stage is prod: one table per branch, each with its billing mode.
    expect(value.tables.map((t) => [t.variant, valueOf(t.billingMode)])).toEqual([
      ['C40', 'PAY_PER_REQUEST'],
      ['not C40', 'PROVISIONED'],
    ]);
  });

  it('evaluates FindInMap/Join chains that reuse the previous value once per node, and bounds the text', () => {
    const small = timed(() => loadTemplateText(cfnFindInMapChain(4), 'chain.yaml'));
    expect(valueOf(small.value.tables[0]?.name ?? unknownProp)).toBe('x'.repeat(16));
    const { value, ms } = timed(() => loadTemplateText(cfnFindInMapChain(28), 'chain.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(reason(value.tables[0]?.name)).toMatch(/longer than \d+ characters/);
  });

  it('evaluates a chain of anchors that reuse the previous one twice without copying it', () => {
    const { value, ms } = timed(() => loadTemplateText(cfnAliasJoinChain(16), 'anchors.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toEqual([]);
    expect(reason(value.tables[0]?.name)).toMatch(/longer than \d+ characters/);
    const deeper = timed(() => loadTemplateText(cfnAliasJoinChain(28), 'anchors.yaml'));
    expect(deeper.ms).toBeLessThan(BOUND_MS);
    expect(deeper.value.problems).toMatchObject([{ ruleId: 'file-skipped' }]);
  });

  it('reports evaluation-limit when a file needs more evaluation than its budget', () => {
    const { value, ms } = timed(() => loadTemplateText(cfnManyBranches(600, 100), 'branches.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.problems).toMatchObject([
      { ruleId: 'evaluation-limit', severity: 'info', location: { file: 'branches.yaml', line: 1 } },
    ]);
    const tagValues = (index: number): (string | undefined)[] =>
      (valueOf(value.tables[index]?.tags ?? unknownProp) ?? []).map((tag) => reason(tag.value));
    // Past the budget a tag's value is unknown; tables read before it keep their known values.
    expect(tagValues(value.tables.length - 1)).toContain('evaluation limit reached for this file');
    expect(tagValues(0).every((r) => r === undefined)).toBe(true);
  });

  it('turns a mapping entry that names itself into an unknown value, not a loop', () => {
    const text = `Mappings:\n  M:\n    K:\n      V: !FindInMap [M, K, V]\n${yamlTables(1).replace('    Properties:\n', '    Properties:\n      TableName: !FindInMap [M, K, V]\n')}`;
    const { value, ms } = timed(() => loadTemplateText(text, 'cycle.yaml'));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.tables[0]?.name?.known).toBe(false);
  });

  it('stops evaluating once the budget is spent', () => {
    const parsed = parseYamlSource('!Join ["", [a, b]]', 'x.yaml');
    const node = parsed.root;
    if (!node) throw new Error('no root');
    const spent = new EvaluationBudget(0);
    expect(evaluate(node, { budget: spent })).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('evaluation limit'),
    });
    expect(spent.exhausted).toBe(true);
    expect(evaluate(node, { budget: new EvaluationBudget(10) })).toMatchObject({
      kind: 'scalar',
      value: 'ab',
    });
  });
});

describe('Terraform', () => {
  it('evaluates locals that reuse each other exponentially, through toset, in bounded time', async () => {
    const dir = await workspace({ 'main.tf': terraformLocalChain(40) });
    const started = performance.now();
    const result = await lintWithConfig(dir);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(result.tables).toHaveLength(1);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads small shared locals exactly: toset drops the repeated copies', async () => {
    const dir = await workspace({
      'main.tf': terraformLocalChain(3).replace(
        'for_each     = toset(local.l3)',
        'for_each     = toset(local.l1)',
      ),
    });
    const result = await lintWithConfig(dir);
    expect(result.tables[0]?.notes).toEqual([expect.stringContaining('for_each over ?:')]);
  });

  it('skips a file nested 2,000 levels deep and still loads its siblings', async () => {
    const dir = await workspace({ 'deep.tf': terraformDeepNesting(2_000), 'main.tf': TERRAFORM_TABLE });
    const started = performance.now();
    const result = await lintWithConfig(dir);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(result.tables.map((t) => t.id)).toEqual(['aws_dynamodb_table.plain']);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'file-skipped',
        message: expect.stringContaining('nested more than'),
      }),
    );
    expect(result.findings.filter((f) => f.location.file === 'main.tf').length).toBeGreaterThan(0);
  });

  it('leaves a local unknown past a long chain of locals instead of overflowing the stack', async () => {
    const chain = Array.from({ length: 2_000 }, (_, i) => `  l${i + 1} = "\${local.l${i}}-"`);
    const deep = '['.repeat(200);
    const nested = Array.from(
      { length: 50 },
      (_, i) => `  n${i + 1} = ${deep}local.n${i}${deep.replace(/\[/g, ']')}`,
    );
    const dir = await workspace({
      'locals.tf': ['locals {', '  l0 = "a"', '  n0 = "a"', ...chain, ...nested, '}', ''].join('\n'),
      'chained.tf': TERRAFORM_TABLE.replace('"plain" {', '"chained" {').replace(
        'name         = "plain"',
        'name         = local.l2000\n  tags         = { deep = local.n50 }',
      ),
      'main.tf': TERRAFORM_TABLE,
    });
    const started = performance.now();
    const result = await lintWithConfig(dir);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    const chained = result.tables.find((t) => t.id === 'aws_dynamodb_table.chained');
    expect(chained?.name).toMatchObject({
      known: false,
      reason: expect.stringMatching(/more than \d+ other locals/),
    });
    expect(result.findings.filter((f) => f.location.file === 'main.tf').length).toBeGreaterThan(0);
  });

  it('reports evaluation-limit naming the module once its evaluation budget is spent', async () => {
    // 40,000 attribute blocks from one dynamic block, each name built from 40 interpolations: more work
    // than a module is allowed, while every value stays small.
    const tens = `[${Array.from({ length: 10 }, (_, i) => `"k${i}"`).join(', ')}]`;
    const name = '${attribute.value}'.repeat(40);
    const dir = await workspace({
      'modules/big/main.tf': [
        'locals {',
        `  l1 = ${tens}`,
        '  l2 = concat(local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1, local.l1)',
        '  l3 = concat(local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2, local.l2)',
        '  l4 = concat(local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3, local.l3)',
        '  many = concat(local.l4, local.l4, local.l4, local.l4)',
        '}',
        'resource "aws_dynamodb_table" "big" {',
        '  name         = "big"',
        '  billing_mode = "PAY_PER_REQUEST"',
        '  hash_key     = "pk"',
        '  dynamic "attribute" {',
        '    for_each = local.many',
        '    content {',
        `      name = "${name}"`,
        '      type = "S"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
      'main.tf': `module "big" {\n  source = "./modules/big"\n}\n${TERRAFORM_TABLE}`,
    });
    const started = performance.now();
    const result = await lintWithConfig(dir);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(result.tables.map((t) => t.id).sort()).toEqual([
      'aws_dynamodb_table.plain',
      'module.big.aws_dynamodb_table.big',
    ]);
    const limits = result.findings.filter((f) => f.ruleId === 'evaluation-limit');
    expect(limits).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining('the module in "modules/big"'),
        location: expect.objectContaining({ file: 'modules/big/main.tf' }),
      }),
    ]);
  });

  it('skips a deeply nested .tf.json file and still loads its siblings', async () => {
    const deep = `{"locals": {"deep": ${'['.repeat(5_000)}1${']'.repeat(5_000)}}}`;
    const dir = await workspace({ 'deep.tf.json': deep, 'main.tf': TERRAFORM_TABLE });
    const result = await lintWithConfig(dir);
    expect(result.tables.map((t) => t.id)).toEqual(['aws_dynamodb_table.plain']);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'file-skipped',
        location: expect.objectContaining({ file: 'deep.tf.json' }),
      }),
    );
  });
});
