import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexModel, Prop, TableModel } from '../../../src/model.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/terraform');
/** These tests are about loading; the posture rules (on every unprotected table) have tests of their own. */
const WITHOUT_POSTURE =
  'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n  provisioned-autoscaling: off\n';
const lintDeclarations = (dir: string, _config = '', paths?: string[]) =>
  lintWithConfig(dir, WITHOUT_POSTURE, paths);

async function tablesIn(fixture: string): Promise<TableModel[]> {
  const result = await lintDeclarations(path.join(FIXTURES, fixture));
  expect(result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'load-error')).toEqual([]);
  return result.tables;
}

function table(tables: readonly TableModel[], id: string): TableModel {
  const found = tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id} among ${tables.map((t) => t.id).join(', ')}`);
  return found;
}

/** `aws_dynamodb_table.this` over `forEach`, keyed by `pk`, with `settings` (9 lines and one per setting). */
function keyedTables(forEach: string, settings: string[]): string[] {
  return [
    'resource "aws_dynamodb_table" "this" {',
    `  for_each = ${forEach}`,
    '  name     = each.key',
    '  hash_key = "pk"',
    ...settings.map((setting) => `  ${setting}`),
    '  attribute {',
    '    name = "pk"',
    '    type = "S"',
    '  }',
    '}',
  ];
}

/** `value @ line` of a known prop, `? reason` of an unknown one: compact and exact. */
function at<T>(prop: Prop<T> | undefined): string {
  if (!prop) return 'absent';
  if (!prop.known) return `? ${prop.reason}`;
  return `${JSON.stringify(prop.value, (k, v: unknown) => (k === 'location' ? undefined : v))} @ ${prop.location.line}${prop.defaulted ? ' (default)' : ''}`;
}

function indexes(prop: Prop<readonly IndexModel[]>): string[] {
  if (!prop.known) throw new Error(`indexes unknown: ${prop.reason}`);
  return prop.value.map((i) => {
    const keys = i.keySchema.known
      ? i.keySchema.value.map((k) => `${k.role}:${k.attribute}@${k.location.line}`)
      : ['?'];
    return `${at(i.name)} ${keys.join(' ')}${i.autoscaled ? ' autoscaled' : ''}`;
  });
}

describe('aws_dynamodb_table', () => {
  it('fills the provider defaults, marked as defaults at the resource', async () => {
    const tables = await tablesIn('invalid/good');
    const status = table(tables, 'aws_dynamodb_table.status');
    expect(status.resourceType).toBe('aws_dynamodb_table');
    expect(status.source).toEqual({ file: 'main.tf', format: 'terraform' });
    expect(status.location).toMatchObject({ file: 'main.tf', line: 1, column: 1, endLine: 10 });
    expect(at(status.billingMode)).toBe('"PAY_PER_REQUEST" @ 3');
    expect(at(status.stream)).toBe('{"enabled":false} @ 1 (default)');
    expect(at(status.ttl)).toBe('{"enabled":false} @ 1 (default)');
    expect(at(status.pointInTimeRecovery)).toBe('false @ 1 (default)');
    expect(at(status.sse)).toBe('{"enabled":false} @ 1 (default)');
    expect(at(status.tableClass)).toBe('"STANDARD" @ 1 (default)');
    expect(at(status.deletionProtection)).toBe('false @ 1 (default)');
    expect(at(status.tags)).toBe('[] @ 1 (default)');
    expect(status.deletionPolicy).toBeUndefined();
  });

  it('defaults billing to PROVISIONED when billing_mode is not written', async () => {
    const dir = await workspace({
      'main.tf':
        'resource "aws_dynamodb_table" "t" {\n  name     = "t"\n  hash_key = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
    });
    const [t] = (await lintDeclarations(dir)).tables;
    expect(at(t?.billingMode)).toBe('"PROVISIONED" @ 1 (default)');
  });

  it('reads provisioned capacity and links autoscaling targets to the table and its indexes', async () => {
    const tables = await tablesIn('autoscaling');
    const inventory = table(tables, 'aws_dynamodb_table.inventory');
    expect(inventory.autoscaled).toBe(true);
    expect(at(inventory.throughput?.read)).toBe('10 @ 4');
    expect(indexes(inventory.globalIndexes)).toEqual([
      '"byWarehouse" @ 22 partition:warehouseId@23 autoscaled',
      '"byCategory" @ 30 partition:category@31',
    ]);
    // A target that spells the table name out links by name.
    expect(table(tables, 'aws_dynamodb_table.prices').autoscaled).toBe(true);
  });

  it('links replica resources through their provider alias, and legacy global tables by name', async () => {
    const tables = await tablesIn('global-tables');
    const users = table(tables, 'aws_dynamodb_table.users');
    if (!users.replicas?.known) throw new Error('replicas unknown');
    expect(
      users.replicas.value.map((r) => [at(r.region), at(r.pointInTimeRecovery), r.location.line]),
    ).toEqual([
      ['"eu-west-1" @ 24', 'true @ 25', 23],
      ['"us-west-2" @ 34', 'true @ 37', 34],
    ]);
    // propagate_tags = true: the replica carries the table's tags.
    expect(at(users.replicas.value[0]?.tags)).toBe(
      '[{"key":"Team","value":{"known":true,"value":"identity"}}] @ 29',
    );
    for (const id of ['aws_dynamodb_table.accounts_east', 'aws_dynamodb_table.accounts_west']) {
      const accounts = table(tables, id);
      expect(accounts.notes).toEqual([
        'aws_dynamodb_global_table.accounts (global tables version 2017.11.29) replicates it in us-east-1, us-west-2',
      ]);
      expect(accounts.replicas?.known && accounts.replicas.value.map((r) => at(r.region))).toEqual([
        '"us-east-1" @ 73',
        '"us-west-2" @ 77',
      ]);
    }
  });
});

describe('values', () => {
  it('resolves var.x from defaults, terraform.tfvars and *.auto.tfvars; -var-file choices that differ stay unknown', async () => {
    const tables = await tablesIn('variables');
    const ledger = table(tables, 'aws_dynamodb_table.ledger');
    expect(at(ledger.name)).toBe('"ledger" @ 2'); // terraform.tfvars (no default)
    expect(at(ledger.billingMode)).toBe('"PAY_PER_REQUEST" @ 3'); // terraform.tfvars over the default
    expect(at(ledger.throughput?.read)).toBe('5 @ 4'); // the default
    expect(at(ledger.tableClass)).toBe('"STANDARD_INFREQUENT_ACCESS" @ 8'); // storage.auto.tfvars
    expect(at(ledger.stream)).toBe('{"enabled":true,"viewType":"NEW_AND_OLD_IMAGES"} @ 9');
    expect(at(ledger.deletionProtection)).toBe(
      '? var.deletion_protection differs between dev.tfvars and prod.tfvars (one is chosen with -var-file)',
    );
  });

  it('expands dynamic blocks over literal collections and points at the collection items', async () => {
    const tables = await tablesIn('dynamic-blocks');
    const orders = table(tables, 'aws_dynamodb_table.orders');
    expect(at(orders.attributes)).toBe(
      '[{"name":"pk","type":"S"},{"name":"customerId","type":"S"},{"name":"status","type":"S"},{"name":"createdAt","type":"N"}] @ 23',
    );
    // attribute.key is the map key: its location is the entry in the variable's default.
    expect(orders.attributes.known && orders.attributes.value.map((a) => a.location.line)).toEqual([
      11, 12, 13, 14,
    ]);
    expect(indexes(orders.globalIndexes)).toEqual([
      '"byCustomer" @ 3 partition:customerId@3 sort:createdAt@3',
      '"byStatus" @ 4 partition:status@4 sort:createdAt@4',
    ]);
  });

  it('leaves the index set unknown when a dynamic block iterates over an unknown value', async () => {
    const reports = table(await tablesIn('dynamic-blocks'), 'aws_dynamodb_table.reports');
    expect(at(reports.globalIndexes)).toBe(
      '? the for_each of dynamic "global_secondary_index" is not known: var.report_indexes has no default and no .tfvars file in the directory sets it',
    );
  });

  it('reads templates of known parts and locals', async () => {
    const dir = await workspace({
      'main.tf': [
        'locals {',
        '  prefix = "shop-${var.env}"',
        '}',
        'variable "env" {',
        '  default = "prod"',
        '}',
        'resource "aws_dynamodb_table" "t" {',
        '  name     = "${local.prefix}-orders"',
        '  hash_key = "id"',
        '  tags     = merge(local.tags, { Team = "x" })',
        '  attribute {',
        '    name = "id"',
        '    type = "S"',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const [t] = (await lintDeclarations(dir)).tables;
    expect(at(t?.name)).toBe('"shop-prod-orders" @ 8');
    expect(at(t?.tags)).toBe('? local.tags is not declared in this module');
  });

  it('makes one model per key of a known for_each, one with a note for count, and none for count = 0', async () => {
    const tables = await tablesIn('count-for-each');
    expect(tables.map((t) => t.id)).toEqual([
      'aws_dynamodb_table.shards',
      'aws_dynamodb_table.tenants["acme"]',
      'aws_dynamodb_table.tenants["globex"]',
      'aws_dynamodb_table.archive',
    ]);
    const shards = table(tables, 'aws_dynamodb_table.shards');
    expect(shards.notes).toEqual(['count = 3: one model stands for every instance']);
    expect(at(shards.name)).toBe('? count.index differs per instance (count = 3)');
    const globex = table(tables, 'aws_dynamodb_table.tenants["globex"]');
    expect(at(globex.name)).toBe('"tenant-globex" @ 26');
    expect(globex.notes ?? []).toEqual([]);
    expect(table(tables, 'aws_dynamodb_table.archive').notes).toEqual([
      'count is set (var.archive has no default and no .tfvars file in the directory sets it): one model stands for every instance',
    ]);
  });

  it('gives each key of a for_each over a known map or set its own model and values', async () => {
    const dir = path.join(FIXTURES, 'for-each-instances');
    const { tables, findings } = await lintDeclarations(dir);
    expect(tables.map((t) => t.id)).toEqual([
      'aws_dynamodb_table.this["orders"]',
      'aws_dynamodb_table.this["customers"]',
      'aws_dynamodb_table.events["clicks"]',
      'aws_dynamodb_table.events["views"]',
      'aws_dynamodb_table.tenant',
    ]);
    const orders = table(tables, 'aws_dynamodb_table.this["orders"]');
    expect(at(orders.name)).toBe('"shop-orders" @ 8');
    // Values from the variable's default point at the default, where they are written.
    expect(at(orders.keySchema)).toBe(
      '[{"attribute":"orderId","role":"partition"},{"attribute":"createdAt","role":"sort"}] @ 10',
    );
    expect(orders.keySchema.known && orders.keySchema.value[1]?.location).toMatchObject({
      file: 'variables.tf',
      line: 11,
    });
    expect(at(table(tables, 'aws_dynamodb_table.events["views"]').name)).toBe('"views-events" @ 25');
    // An unknown for_each stays one model that says why.
    expect(table(tables, 'aws_dynamodb_table.tenant').notes).toEqual([
      'for_each is set (var.tenants has no default and no .tfvars file in the directory sets it): one model stands for every instance',
    ]);
    // Only the instance whose key is not among its attributes is wrong; it is named, at its values.
    expect(
      findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId} ${f.table ?? ''} ${f.location.file}:${f.location.line}`),
    ).toEqual([
      'key-attribute-definitions aws_dynamodb_table.this["customers"] variables.tf:18',
      'key-attribute-definitions aws_dynamodb_table.this["customers"] variables.tf:20',
    ]);
  });

  it('attaches a replica resource to the for_each instance its global_table_arn names', async () => {
    const dir = await workspace({
      'main.tf': [
        'provider "aws" {',
        '  alias  = "west"',
        '  region = "us-west-2"',
        '}',
        '',
        'locals {',
        '  tables  = toset(["orders", "users"])',
        '  replica = { orders = true }',
        '}',
        '',
        ...keyedTables('local.tables', [
          'billing_mode     = "PAY_PER_REQUEST"',
          'stream_enabled   = true',
          'stream_view_type = "NEW_AND_OLD_IMAGES"',
        ]),
        '',
        'resource "aws_dynamodb_table_replica" "west" {',
        '  provider               = aws.west',
        '  for_each               = local.replica',
        '  global_table_arn       = aws_dynamodb_table.this[each.key].arn',
        '  point_in_time_recovery = each.value',
        '}',
        '',
      ].join('\n'),
    });
    const { tables } = await lintDeclarations(dir);
    const replicas = (id: string) => {
      const found = table(tables, id).replicas;
      return found?.known
        ? found.value.map((r) => `${at(r.region)} pitr ${at(r.pointInTimeRecovery)}`)
        : found;
    };
    expect(replicas('aws_dynamodb_table.this["orders"]')).toEqual(['"us-west-2" @ 24 pitr true @ 8']);
    expect(replicas('aws_dynamodb_table.this["users"]') ?? []).toEqual([]);
  });

  it('marks only the for_each instance an autoscaling target names as autoscaled', async () => {
    const dir = await workspace({
      'main.tf': [
        ...keyedTables('toset(["orders", "users"])', [
          'billing_mode   = "PROVISIONED"',
          'read_capacity  = 5',
          'write_capacity = 5',
        ]),
        '',
        'resource "aws_appautoscaling_target" "orders_read" {',
        '  service_namespace  = "dynamodb"',
        '  scalable_dimension = "dynamodb:table:ReadCapacityUnits"',
        '  resource_id        = "table/${aws_dynamodb_table.this["orders"].name}"',
        '  min_capacity       = 5',
        '  max_capacity       = 100',
        '}',
        '',
      ].join('\n'),
    });
    const { tables } = await lintDeclarations(dir);
    expect(tables.map((t) => `${t.id} ${t.autoscaled === true}`)).toEqual([
      'aws_dynamodb_table.this["orders"] true',
      'aws_dynamodb_table.this["users"] false',
    ]);
  });

  it('reads the JSON syntax (.tf.json) with interpolated references', async () => {
    const sessions = table(await tablesIn('json-syntax'), 'aws_dynamodb_table.sessions');
    expect(at(sessions.name)).toBe('"sessions-prod" @ 8');
    expect(indexes(sessions.globalIndexes)).toEqual(['"byUser" @ 16 partition:userId@17']);
    expect(at(sessions.ttl)).toBe('{"enabled":true,"attribute":"expiresAt"} @ 20');
    expect(at(sessions.tags)).toBe('[{"key":"Stage","value":{"known":true,"value":"prod"}}] @ 21');
  });
});

describe('terraform-aws-modules/dynamodb-table', () => {
  it('maps the module inputs (before 6.0) into the table model', async () => {
    const tables = await tablesIn('module-usage');
    expect(tables.map((t) => t.id)).toEqual(['module.orders', 'module.carts', 'module.profiles']);
    const orders = table(tables, 'module.orders');
    expect(at(orders.name)).toBe('"orders-dev" @ 7');
    expect(at(orders.keySchema)).toBe(
      '[{"attribute":"customerId","role":"partition"},{"attribute":"orderId","role":"sort"}] @ 8',
    );
    expect(
      orders.attributes.known && orders.attributes.value.map((a) => `${a.name}@${a.location.line}`),
    ).toEqual(['customerId@12', 'orderId@13', 'status@14']);
    expect(indexes(orders.globalIndexes)).toEqual(['"byStatus" @ 19 partition:status@20 autoscaled']);
    expect(orders.autoscaled).toBe(true);
    expect(at(orders.pointInTimeRecovery)).toBe('true @ 37');
    expect(at(orders.sse)).toBe('{"enabled":true,"type":"KMS"} @ 38');
    expect(at(orders.ttl)).toBe('{"enabled":true,"attribute":"expiresAt"} @ 39');
    expect(at(orders.deletionProtection)).toBe('false @ 3 (default)');
    expect(orders.tags?.known && orders.tags.value.map((t) => t.key)).toEqual(['Team', 'Name']);
  });

  it('makes one table per key of a for_each over the module', async () => {
    const dir = await workspace({
      'tables.tf': [
        'locals {',
        '  tables = {',
        '    orders   = { hash_key = "orderId" }',
        '    invoices = { hash_key = "invoiceId" }',
        '  }',
        '}',
        '',
        'module "tables" {',
        '  source   = "terraform-aws-modules/dynamodb-table/aws"',
        '  version  = "~> 4.0"',
        '  for_each = local.tables',
        '',
        '  name       = each.key',
        '  hash_key   = each.value.hash_key',
        '  attributes = [{ name = each.value.hash_key, type = "S" }]',
        '}',
        '',
      ].join('\n'),
    });
    const { tables, findings } = await lintDeclarations(dir);
    // each.key points at the key, where the element is written.
    expect(tables.map((t) => `${t.id} ${at(t.name)}`)).toEqual([
      'module.tables["orders"] "orders" @ 3',
      'module.tables["invoices"] "invoices" @ 4',
    ]);
    expect(at(table(tables, 'module.tables["invoices"]').keySchema)).toBe(
      '[{"attribute":"invoiceId","role":"partition"}] @ 4',
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('maps the 6.0 inputs, with index names from map keys and the 6.0 defaults', async () => {
    const carts = table(await tablesIn('module-usage'), 'module.carts');
    expect(at(carts.billingMode)).toBe('"PAY_PER_REQUEST" @ 47 (default)');
    expect(indexes(carts.globalIndexes)).toEqual(['"byUser" @ 59 partition:userId@60']);
    expect(at(carts.pointInTimeRecovery)).toBe('true @ 66');
    expect(at(carts.deletionProtection)).toBe('true @ 47 (default)');
    expect(at(carts.sse)).toBe('{"enabled":true,"type":"KMS"} @ 47 (default)');
  });

  it('leaves defaults that changed between versions unknown when the version is not pinned', async () => {
    const profiles = table(await tablesIn('module-usage'), 'module.profiles');
    expect(at(profiles.deletionProtection)).toMatch(
      /^\? the module's default for deletion_protection_enabled changed in version 6\.0/,
    );
    expect(at(profiles.pointInTimeRecovery)).toBe('false @ 71 (default)');
  });
});

describe('a reusable module read as a root', () => {
  it('leaves inputs without a value unknown and drops resources whose count is known to be 0', async () => {
    const result = await lintDeclarations(path.join(FIXTURES, 'reusable-module'), '', [
      'main.tf',
      'variables.tf',
    ]);
    expect(result.findings).toEqual([]);
    expect(result.tables.map((t) => t.id)).toEqual(['aws_dynamodb_table.this']);
    const [only] = result.tables;
    expect(at(only?.keySchema)).toBe(
      '? var.hash_key defaults to null and no .tfvars file in the directory sets it',
    );
    expect(at(only?.name)).toBe('? var.name defaults to null and no .tfvars file in the directory sets it');
    expect(at(only?.billingMode)).toBe('"PAY_PER_REQUEST" @ 6');
    expect(at(only?.attributes)).toBe('[] @ 2 (default)');
  });

  it('points a finding about what a dynamic block leaves out at its content', async () => {
    const dir = await workspace({
      'variables.tf': [
        'variable "local_secondary_indexes" {',
        '  default = [',
        '    { name = "byDate", projection_type = "ALL" },',
        '  ]',
        '}',
        '',
      ].join('\n'),
      'main.tf': [
        'resource "aws_dynamodb_table" "t" {',
        '  name         = "t"',
        '  billing_mode = "PAY_PER_REQUEST"',
        '  hash_key     = "pk"',
        '  range_key    = "sk"',
        '  attribute {',
        '    name = "pk"',
        '    type = "S"',
        '  }',
        '  attribute {',
        '    name = "sk"',
        '    type = "S"',
        '  }',
        '  dynamic "local_secondary_index" {',
        '    for_each = var.local_secondary_indexes',
        '    content {',
        '      name            = local_secondary_index.value.name',
        '      projection_type = local_secondary_index.value.projection_type',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const { findings } = await lintDeclarations(dir);
    const shape = findings.find((f) =>
      f.message.includes('needs exactly one partition key and one sort key'),
    );
    expect(shape?.location).toMatchObject({ file: 'main.tf', line: 16, endLine: 19 });
  });
});

describe('Terraform 0.11 syntax', () => {
  it('keeps the type of a lone interpolation and reads nested blocks written as list arguments', async () => {
    const result = await lintDeclarations(path.join(FIXTURES, 'legacy-syntax'));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const legacy = table(result.tables, 'aws_dynamodb_table.legacy');
    expect(at(legacy.name)).toBe('"legacy" @ 13');
    expect(at(legacy.throughput?.read)).toBe('5 @ 14');
    expect(at(legacy.tags)).toBe('[] @ 18');
    // `["${local.attributes}"]` is a list holding a list (0.11 flattened it): not read as definitions.
    expect(at(legacy.attributes)).toBe('? an item of attribute is not an object');
    expect(at(table(result.tables, 'aws_dynamodb_table.listed').attributes)).toBe(
      '[{"name":"pk","type":"S"}] @ 25',
    );
  });
});
