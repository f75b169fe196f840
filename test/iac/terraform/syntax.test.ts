import { describe, expect, it } from 'vitest';
import { evaluate, type Scope } from '../../../src/iac/terraform/evaluate.ts';
import { hclParser, parseHcl } from '../../../src/iac/terraform/hcl.ts';
import { attributeOf, type ConfigFile } from '../../../src/iac/terraform/tree.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const SCOPE: Scope = { module: { variable: () => undefined, local: () => undefined } };

async function parse(text: string): Promise<ConfigFile> {
  const parsed = parseHcl(await hclParser(), text, 'main.tf');
  if (!('body' in parsed)) throw new Error(parsed.message);
  return parsed;
}

async function valueOf(text: string): Promise<unknown> {
  const config = await parse(text);
  const attribute = attributeOf(config.body, 'v');
  if (!attribute) throw new Error('no attribute v');
  const value = evaluate(attribute.value, SCOPE);
  return value.kind === 'scalar' ? value.value : value.kind === 'unknown' ? `? ${value.reason}` : value.kind;
}

describe('HCL front end', () => {
  it('reads string escapes and template escapes', async () => {
    expect(await valueOf('v = "a\\"b\\n\\u00e9 $${x} %%{y}"\n')).toBe('a"b\né ${x} %{y}');
  });

  it('reads heredocs, stripping indentation for <<-', async () => {
    expect(await valueOf('v = <<EOT\nline one\n  line two\nEOT\n')).toBe('line one\n  line two\n');
    expect(await valueOf('v = <<-EOT\n    a\n      b\n    EOT\n')).toBe('a\n  b\n');
  });

  it('reads numbers, booleans and null, and leaves operators unknown', async () => {
    expect(await valueOf('v = -3\n')).toBe(-3);
    expect(await valueOf('v = 2.5\n')).toBe(2.5);
    expect(await valueOf('v = true\n')).toBe(true);
    expect(await valueOf('v = null\n')).toBe(null);
    expect(await valueOf('v = 1 + 2\n')).toBe('? an operator expression is not evaluated statically');
    expect(await valueOf('v = [for s in ["a"] : s]\n')).toBe(
      '? a for expression is not evaluated statically',
    );
    expect(await valueOf('v = aws_kms_key.main.arn\n')).toBe(
      '? aws_kms_key.main.arn is known only after apply',
    );
  });

  it('keeps exact positions of blocks, labels and attributes', async () => {
    const config = await parse(
      '# dynalint-ignore gsi-count -- why\nresource "aws_dynamodb_table" "t" {\n  name = "x"\n}\n',
    );
    const [block] = config.body.blocks;
    expect(block?.labels).toEqual(['aws_dynamodb_table', 't']);
    expect(block?.location).toMatchObject({ line: 2, column: 1, endLine: 4, endColumn: 1 });
    expect(block?.body.attributes[0]?.location).toMatchObject({
      line: 3,
      column: 3,
      endLine: 3,
      endColumn: 12,
    });
    expect(config.comments.map((c) => c.location.line)).toEqual([1]);
  });

  it('reports the first syntax error at the line the parser stopped', async () => {
    const parsed = parseHcl(await hclParser(), 'a = 1\nb = = 2\nc = 3\n', 'main.tf');
    expect(parsed).toMatchObject({ location: { file: 'main.tf', line: 2 } });
    expect('message' in parsed && parsed.message).toMatch(/^HCL: /);
  });
});

describe('invalid input', () => {
  it('reports invalid HCL as a parse error and goes on with the other directories', async () => {
    const dir = await workspace({
      'broken/main.tf': 'resource "aws_dynamodb_table" "t" {\n  name = "t"\n  attribute {\n',
      'good/main.tf':
        'resource "aws_dynamodb_table" "ok" {\n  name         = "ok"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
    });
    const result = await lintWithConfig(dir);
    const problems = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(problems.map((p) => [p.location.file, p.location.line, p.severity])).toEqual([
      ['broken/main.tf', 4, 'error'],
    ]);
    expect(result.tables.map((t) => t.id)).toEqual(['aws_dynamodb_table.ok']);
  });

  it('reads the other files of a directory when one does not parse', async () => {
    const dir = await workspace({
      'variables.tf': 'variable "x" {\n  default = \n}\n',
      'main.tf':
        'resource "aws_dynamodb_table" "t" {\n  name     = "t"\n  hash_key = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
    });
    const result = await lintWithConfig(dir);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.location.file)).toEqual([
      'variables.tf',
    ]);
    expect(result.tables).toHaveLength(1);
  });

  it('skips directories whose files never mention DynamoDB without parsing them', async () => {
    const dir = await workspace({ 'network/main.tf': 'this is { not HCL at all\n' });
    const result = await lintWithConfig(dir);
    expect(result.findings).toEqual([]);
    expect(result.summary.files).toBe(0);
  });
});
