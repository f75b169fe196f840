import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Prop, TableModel } from '../../../src/model.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/terraform');
/** These tests are about loading; the posture rules (on every unprotected table) have tests of their own. */
const WITHOUT_POSTURE =
  'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n  provisioned-autoscaling: off\n';
const lintDeclarations = (dir: string, _config = '', paths?: string[]) =>
  lintWithConfig(dir, WITHOUT_POSTURE, paths);

function table(tables: readonly TableModel[], id: string, file?: string): TableModel {
  const found = tables.find((t) => t.id === id && (!file || t.source.file === file));
  if (!found)
    throw new Error(`no table ${id} among ${tables.map((t) => `${t.source.file}:${t.id}`).join(', ')}`);
  return found;
}

/** `value @ file:line` of a known prop, `? reason` of an unknown one. */
function at<T>(prop: Prop<T> | undefined): string {
  if (!prop) return 'absent';
  if (!prop.known) return `? ${prop.reason}`;
  const value = JSON.stringify(prop.value, (k, v: unknown) => (k === 'location' ? undefined : v));
  return `${value} @ ${prop.location.file}:${prop.location.line}`;
}

function errors(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.table ?? ''}`);
}

describe('modules called from a local path', () => {
  it("evaluates the module with the caller's arguments, count, for_each and create flags", async () => {
    const { tables, findings } = await lintDeclarations(path.join(FIXTURES, 'local-modules'));
    expect(tables.map((t) => `${t.source.file}:${t.id}`)).toEqual([
      'main.tf:module.orders.aws_dynamodb_table.this',
      'main.tf:module.payments.aws_dynamodb_table.this',
      'main.tf:module.tenants["acme"].aws_dynamodb_table.this',
      'main.tf:module.tenants["globex"].aws_dynamodb_table.this',
      // The module's directory is not read a second time as a root of its own.
    ]);
    const orders = table(tables, 'module.orders.aws_dynamodb_table.this');
    // Values the caller passes point at the caller; the module's own values at the module.
    expect(at(orders.name)).toBe('"orders" @ main.tf:4');
    expect(at(orders.keySchema)).toBe('[{"attribute":"orderId","role":"partition"}] @ main.tf:5');
    expect(at(orders.attributes)).toBe('[{"name":"orderId","type":"S"}] @ modules/table/main.tf:8');
    expect(orders.attributes.known && orders.attributes.value[0]?.location).toMatchObject({
      file: 'main.tf',
      line: 7,
    });
    expect(at(orders.pointInTimeRecovery)).toBe('true @ modules/table/main.tf:17');
    expect(at(orders.billingMode)).toBe('"PAY_PER_REQUEST" @ modules/table/main.tf:5');
    expect(orders.location).toMatchObject({ file: 'modules/table/main.tf', line: 1 });
    expect(orders.notes).toEqual(['declared through module.orders (source "./modules/table")']);

    // Each key of the caller's for_each is a table of its own, with its own `each.key`.
    const tenants = table(tables, 'module.tenants["globex"].aws_dynamodb_table.this');
    expect(at(tenants.name)).toBe('"tenant-globex" @ main.tf:26');
    expect(tenants.notes).toEqual(['declared through module.tenants (source "./modules/table")']);
    // The one mistake is the caller's, and is reported where it is written.
    expect(errors(findings)).toEqual([
      'main.tf:16 key-attribute-definitions module.payments.aws_dynamodb_table.this',
      'main.tf:18 key-attribute-definitions module.payments.aws_dynamodb_table.this',
    ]);
  });

  it('follows the examples of a reusable module to its root, wherever the lint starts', async () => {
    const root = path.join(FIXTURES, 'reusable-module');
    const basic = await lintDeclarations(root, '', ['examples/basic']);
    expect(basic.tables.map((t) => `${t.source.file}:${t.id}`)).toEqual([
      'examples/basic/main.tf:module.dynamodb_table.aws_dynamodb_table.this',
    ]);
    expect(basic.findings).toEqual([]);
    const [this_] = basic.tables;
    expect(at(this_?.keySchema)).toBe(
      '[{"attribute":"id","role":"partition"},{"attribute":"title","role":"sort"}] @ examples/basic/main.tf:13',
    );
    expect(this_?.globalIndexes.known && this_.globalIndexes.value.map((i) => at(i.keySchema))).toEqual([
      '[{"attribute":"title","role":"partition"},{"attribute":"age","role":"sort"}] @ examples/basic/main.tf:34',
    ]);

    // autoscaling_enabled = true selects the module's other resource.
    const scaled = await lintDeclarations(root, '', ['examples/autoscaling']);
    expect(scaled.tables.map((t) => t.id)).toEqual(['module.dynamodb_table.aws_dynamodb_table.autoscaled']);
    expect(at(scaled.tables[0]?.throughput?.read)).toBe('5 @ examples/autoscaling/main.tf:7');
    expect(scaled.findings).toEqual([]);
  });

  it('reads a module directory linted on its own as a root, its inputs unknown', async () => {
    const { tables, findings } = await lintDeclarations(path.join(FIXTURES, 'local-modules'), '', [
      'modules',
    ]);
    expect(tables.map((t) => `${t.source.file}:${t.id}`)).toEqual([
      'modules/table/main.tf:aws_dynamodb_table.this',
    ]);
    expect(at(tables[0]?.keySchema)).toBe(
      '? var.hash_key has no default and no .tfvars file in the directory sets it',
    );
    expect(findings).toEqual([]);
  });

  it('follows a registry module only when terraform init vendored it under .terraform/modules', async () => {
    const caller = [
      'module "sessions" {',
      '  source  = "example-org/table/aws"',
      '  version = "1.2.0"',
      '',
      '  hash_key = "sessionId"',
      '}',
      '',
    ].join('\n');
    const vendored = {
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'sessions',
            Source: 'registry.terraform.io/example-org/table/aws',
            Version: '1.2.0',
            Dir: '.terraform/modules/sessions',
          },
        ],
      }),
      '.terraform/modules/sessions/main.tf': [
        'resource "aws_dynamodb_table" "default" {',
        '  name         = "sessions"',
        '  billing_mode = "PAY_PER_REQUEST"',
        '  hash_key     = var.hash_key',
        '  attribute {',
        '    name = "id"',
        '    type = "S"',
        '  }',
        '}',
        'variable "hash_key" {}',
        '',
      ].join('\n'),
    };
    const absent = await lintDeclarations(await workspace({ 'main.tf': caller }));
    expect(absent.tables).toEqual([]);
    expect(absent.findings).toEqual([]);

    const present = await lintDeclarations(await workspace({ 'main.tf': caller, ...vendored }));
    expect(present.tables.map((t) => `${t.source.file}:${t.id}`)).toEqual([
      'main.tf:module.sessions.aws_dynamodb_table.default',
    ]);
    expect(errors(present.findings)).toEqual([
      '.terraform/modules/sessions/main.tf:6 key-attribute-definitions module.sessions.aws_dynamodb_table.default',
      'main.tf:5 key-attribute-definitions module.sessions.aws_dynamodb_table.default',
    ]);
  });

  it("fills what the caller's objects leave out from optional() defaults in the variable's type", async () => {
    const dir = await workspace({
      'main.tf': [
        'module "events" {',
        '  source  = "./table"',
        '  indexes = [{ name = "byCustomer", hash_key = "customerId" }]',
        '  table   = {}',
        '}',
        '',
      ].join('\n'),
      'table/main.tf': [
        'resource "aws_dynamodb_table" "this" {',
        '  name         = "events"',
        '  billing_mode = var.table.billing_mode',
        '  hash_key     = "id"',
        '  attribute {',
        '    name = "id"',
        '    type = "S"',
        '  }',
        '  attribute {',
        '    name = "customerId"',
        '    type = "S"',
        '  }',
        '  dynamic "global_secondary_index" {',
        '    for_each = var.indexes',
        '    content {',
        '      name            = global_secondary_index.value.name',
        '      hash_key        = global_secondary_index.value.hash_key',
        '      projection_type = global_secondary_index.value.projection_type',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
      'table/variables.tf': [
        'variable "table" {',
        '  type = object({',
        '    billing_mode = optional(string, "PAY_PER_REQUEST")',
        '  })',
        '}',
        'variable "indexes" {',
        '  type = list(object({',
        '    name            = string',
        '    hash_key        = string',
        '    projection_type = optional(string, "KEYS_ONLY")',
        '  }))',
        '}',
        '',
      ].join('\n'),
    });
    const { tables, findings } = await lintDeclarations(dir);
    expect(findings).toEqual([]);
    const [events] = tables;
    expect(at(events?.billingMode)).toBe('"PAY_PER_REQUEST" @ table/main.tf:3');
    expect(events?.globalIndexes.known && events.globalIndexes.value.map((i) => at(i.projection))).toEqual([
      '{"type":"KEYS_ONLY","nonKeyAttributes":[]} @ table/variables.tf:10',
    ]);
  });

  it('passes null to a variable as null, unless the variable is not nullable', async () => {
    const module = (nullable: string) =>
      [
        'resource "aws_dynamodb_table" "this" {',
        '  name         = "events"',
        '  billing_mode = var.billing_mode',
        '  hash_key     = "id"',
        '  attribute {',
        '    name = "id"',
        '    type = "S"',
        '  }',
        '}',
        'variable "billing_mode" {',
        '  default  = "PAY_PER_REQUEST"',
        `  nullable = ${nullable}`,
        '}',
        '',
      ].join('\n');
    const call = 'module "events" {\n  source       = "./table"\n  billing_mode = null\n}\n';
    const strict = await lintDeclarations(
      await workspace({ 'main.tf': call, 'table/main.tf': module('false') }),
    );
    expect(at(strict.tables[0]?.billingMode)).toBe('"PAY_PER_REQUEST" @ table/main.tf:3');
    // Null is "not set": the provider's default applies (PROVISIONED, which then needs capacity).
    const loose = await lintDeclarations(
      await workspace({ 'main.tf': call, 'table/main.tf': module('true') }),
    );
    expect(at(loose.tables[0]?.billingMode)).toBe('"PROVISIONED" @ table/main.tf:1');
  });

  it("honours suppressions in a module's files and reports its parse errors once", async () => {
    const table = [
      'resource "aws_dynamodb_table" "this" {',
      '  name         = var.name',
      '  billing_mode = "PAY_PER_REQUEST"',
      '  hash_key     = "pk"',
      '  attribute {',
      '    name = "pk"',
      '    type = "S"',
      '  }',
      '  # dynalint-ignore key-attribute-definitions -- kept for a planned index',
      '  attribute {',
      '    name = "status"',
      '    type = "S"',
      '  }',
      '}',
      'variable "name" {}',
      '',
    ].join('\n');
    const dir = await workspace({
      'main.tf':
        'module "a" {\n  source = "./table"\n  name   = "alpha"\n}\nmodule "b" {\n  source = "./table"\n  name   = "bravo"\n}\n',
      'other/main.tf': 'module "c" {\n  source = "../broken"\n}\nmodule "d" {\n  source = "../broken"\n}\n',
      'table/main.tf': table,
      'broken/main.tf': 'resource "aws_dynamodb_table" "t" {\n  name = \n}\n',
    });
    const { tables, findings } = await lintDeclarations(dir);
    expect(tables.map((t) => t.id)).toEqual([
      'module.a.aws_dynamodb_table.this',
      'module.b.aws_dynamodb_table.this',
    ]);
    expect(findings.map((f) => `${f.location.file}:${f.location.line} ${f.ruleId}`)).toEqual([
      'broken/main.tf:2 parse-error',
    ]);
  });

  it('stops at a module that calls itself', async () => {
    const dir = await workspace({
      'main.tf': [
        'module "again" {',
        '  source = "./"',
        '}',
        'resource "aws_dynamodb_table" "t" {',
        '  name     = "t"',
        '  hash_key = "pk"',
        '  attribute {',
        '    name = "pk"',
        '    type = "S"',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const { tables } = await lintDeclarations(dir);
    expect(tables.map((t) => t.id)).toEqual(['aws_dynamodb_table.t']);
  });
});
