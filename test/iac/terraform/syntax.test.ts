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

  it('reads numbers, booleans and null', async () => {
    expect(await valueOf('v = -3\n')).toBe(-3);
    expect(await valueOf('v = 2.5\n')).toBe(2.5);
    expect(await valueOf('v = true\n')).toBe(true);
    expect(await valueOf('v = null\n')).toBe(null);

    expect(await valueOf('v = [for s in ["a"] : s]\n')).toBe(
      '? a for expression is not evaluated statically',
    );
    expect(await valueOf('v = aws_kms_key.main.arn\n')).toBe(
      '? aws_kms_key.main.arn is known only after apply',
    );
  });

  it('reads integer literals with an exponent, outside strings and comments', async () => {
    expect(await valueOf('v = 1e3\n')).toBe(1000);
    expect(await valueOf('v = 2.5E-1\n')).toBe(0.25);
    expect(await valueOf('# 1e3\nv = [1E+2, 5e-1, "4e2"]\n')).toBe('list');
    const config = await parse('# cost 1e3\nv = { a = 1e3, b = "1e3 ${x} 1e3" }\nw = -4e2\n');
    const v = attributeOf(config.body, 'v');
    if (!v) throw new Error('no v');
    const value = evaluate(v.value, SCOPE);
    if (value.kind !== 'map') throw new Error(value.kind);
    expect(value.entries.map((e) => (e.value.kind === 'scalar' ? e.value.value : e.value.kind))).toEqual([
      1000,
      'unknown',
    ]);
    const w = attributeOf(config.body, 'w');
    expect(w && evaluate(w.value, SCOPE)).toMatchObject({ kind: 'scalar', value: -400 });
    // Positions are those of the text as written.
    expect(w?.location).toMatchObject({ line: 3, column: 1, endColumn: 8 });
  });

  it('evaluates operators and conditionals over known operands', async () => {
    expect(await valueOf('v = 1 + 2 * 3\n')).toBe(7);
    expect(await valueOf('v = true && !false ? "on" : "off"\n')).toBe('on');
    expect(await valueOf('v = null == null\n')).toBe(true);
    expect(await valueOf('v = "a" != "a" || 3 >= 4\n')).toBe(false);
    expect(await valueOf('v = { a = 1 }.a\n')).toBe(
      '? an expression with indexes is not evaluated statically',
    );
    expect(await valueOf('v = var.flag ? 1 : 0\n')).toBe('? var.flag is not declared in this module');
    expect(await valueOf('v = aws_kms_key.k.arn == null\n')).toBe(
      '? aws_kms_key.k.arn is known only after apply',
    );
    expect(await valueOf('v = "x" + 1\n')).toBe('? an operand of + is not a number');
  });

  it('runs the pure functions modules use on their inputs', async () => {
    expect(await valueOf('v = length([1, 2]) > 0 ? lookup({ a = "x" }, "a", "d") : "none"\n')).toBe('x');
    expect(await valueOf('v = lookup({ a = "x" }, "b", "d")\n')).toBe('d');
    // try(…) moves past reads of what does not exist, not past values unknown until Terraform runs.
    const withLocal = await parse(
      'locals {\n  o = { a = 1 }\n}\nv = try(local.o.b, local.o.a, 2)\nw = try([local.o.b], [])\nu = try(data.x.y, 1)\n',
    );
    const local = attributeOf(withLocal.body.blocks[0]?.body, 'o');
    const scope: Scope = {
      module: { variable: () => undefined, local: () => (local ? evaluate(local.value, SCOPE) : undefined) },
    };
    const read = (name: string) => {
      const attribute = attributeOf(withLocal.body, name);
      return attribute && evaluate(attribute.value, scope);
    };
    expect(read('v')).toMatchObject({ kind: 'scalar', value: 1 });
    expect(read('w')).toMatchObject({ kind: 'list', items: [] });
    expect(read('u')).toMatchObject({
      kind: 'unknown',
      reason: 'data.x.y is read from a data source when Terraform runs',
    });
    expect(await valueOf('v = coalesce(null, "", "b")\n')).toBe('b');
    expect(await valueOf('v = length(merge({ a = 1 }, { b = 2, a = 3 }))\n')).toBe(2);
    expect(await valueOf('v = length(concat(["a"], compact(["b", "", null])))\n')).toBe(2);
    expect(await valueOf('v = contains(keys({ a = 1 }), "a")\n')).toBe(true);
    expect(await valueOf('v = join("-", [lower("A"), upper("b")])\n')).toBe('a-B');
    expect(await valueOf('v = formatdate("YYYY", timestamp())\n')).toBe(
      '? formatdate(…) is not evaluated statically',
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
