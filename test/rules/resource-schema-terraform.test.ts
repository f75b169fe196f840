/**
 * resource-schema on Terraform: one probe per constraint of the AWS provider's schema (each asserting the
 * finding and the line it points at) and valid counterparts that must stay silent, through the real
 * Terraform loader (native HCL and the JSON syntax).
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/resource-schema.ts';
import { findingsOf, ruleTester, type InvalidTesterCase, type TesterCase } from '../helpers/tester.ts';

/** A valid on-demand table; `body` adds (or overrides by appearing later in a probe's own lines) settings. */
const table = (body = '', name = 'orders') => `resource "aws_dynamodb_table" "${name}" {
  name         = "${name}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
${body}
}
`;

const tf = (text: string) => ({ 'infra/main.tf': text });

/** An invalid case: the valid table plus `body`, one finding on the line holding `near`. */
const probe = (name: string, body: string, near: string, message: string): InvalidTesterCase => ({
  name,
  files: tf(table(body)),
  errors: [{ near, message }],
});

const gsi = (extra: string) => `
  attribute {
    name = "status"
    type = "S"
  }
  global_secondary_index {
    name            = "byStatus"
    hash_key        = "status"
    projection_type = "INCLUDE"
${extra}
  }`;

const valid: TesterCase[] = [
  {
    name: 'every optional argument and block well formed',
    files: tf(
      table(`
  ${gsi('    non_key_attributes = ["a", "b"]')}
  local_secondary_index {
    name               = "byDate"
    range_key          = "status"
    projection_type    = "KEYS_ONLY"
  }
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  table_class      = "STANDARD_INFREQUENT_ACCESS"
  deletion_protection_enabled = true
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = 35
  }
  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/abc"
  }
  on_demand_throughput {
    max_read_request_units  = 100
    max_write_request_units = 50
  }
  replica {
    region_name      = "us-west-2"
    consistency_mode = "EVENTUAL"
  }
  tags = { team = "orders" }
  timeouts {
    create = "30m"
  }
  lifecycle {
    prevent_destroy = true
  }
  depends_on = [aws_kms_key.orders]`),
    ),
  },
  {
    name: 'capacities and flags written as strings, converted as Terraform does',
    files: tf(`resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  hash_key       = "pk"
  read_capacity  = "5"
  write_capacity = 5
  stream_enabled = "true"
  stream_view_type = "KEYS_ONLY"
  attribute {
    name = "pk"
    type = "S"
  }
}
`),
  },
  {
    name: 'values only known at apply time are not judged',
    files: tf(`variable "view" {}
variable "days" {}
variable "class" {}
variable "indexes" {}
${table(`
  stream_enabled   = true
  stream_view_type = var.view
  table_class      = var.class
  point_in_time_recovery {
    enabled                 = true
    recovery_period_in_days = var.days
  }
  dynamic "global_secondary_index" {
    for_each = var.indexes
    content {
      name            = global_secondary_index.value.name
      hash_key        = "pk"
      projection_type = "whatever the variable says"
    }
  }`)}`),
  },
  {
    name: 'a resource with for_each: each instance with its own each.value',
    files: tf(`resource "aws_dynamodb_table" "by_class" {
  for_each     = { hot = "STANDARD", cold = "STANDARD_INFREQUENT_ACCESS" }
  name         = "orders-\${each.key}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  table_class  = each.value
  attribute {
    name = "pk"
    type = "S"
  }
}
`),
  },
  {
    name: 'dynamic blocks over a literal collection',
    files: tf(
      table(`
  dynamic "attribute" {
    for_each = ["status", "date"]
    content {
      name = attribute.value
      type = "S"
    }
  }`),
    ),
  },
  {
    name: 'the JSON syntax, blocks written as an object and as a list',
    files: {
      'infra/main.tf.json': JSON.stringify(
        {
          resource: {
            aws_dynamodb_table: {
              orders: {
                name: 'orders',
                billing_mode: 'PAY_PER_REQUEST',
                hash_key: 'pk',
                attribute: [{ name: 'pk', type: 'S' }],
                point_in_time_recovery: { enabled: true },
                tags: { team: 'orders' },
              },
            },
          },
        },
        null,
        2,
      ),
    },
  },
  {
    name: 'replica, index and legacy global table resources well formed',
    files: tf(`${table()}
resource "aws_dynamodb_table_replica" "west" {
  provider             = aws.west
  global_table_arn     = aws_dynamodb_table.orders.arn
  table_class_override = "STANDARD"
}

resource "aws_dynamodb_global_secondary_index" "by_date" {
  table_name = aws_dynamodb_table.orders.name
  index_name = "byDate"
  projection {
    projection_type = "ALL"
  }
  key_schema {
    attribute_name = "date"
    attribute_type = "S"
    key_type       = "HASH"
  }
}

resource "aws_dynamodb_global_table" "orders" {
  name = "orders"
  replica {
    region_name = "us-east-1"
  }
}
`),
  },
];

const invalid: InvalidTesterCase[] = [
  // Unknown arguments and blocks.
  {
    name: 'an unknown argument beside real ones',
    files: tf(table('  table_clas = "STANDARD"')),
    errors: [
      {
        near: 'table_clas',
        message:
          'aws_dynamodb_table.orders: the resource has no argument or block "table_clas" (did you mean "table_class"?)',
      },
    ],
  },
  {
    name: 'an unknown argument in a nested block',
    files: tf(table('  ttl {\n    attribute_name = "expiresAt"\n    enable = true\n  }')),
    errors: [
      { near: 'enable', message: 'ttl[0] has no argument or block "enable" (did you mean "enabled"?)' },
    ],
  },
  {
    name: 'an unknown block type',
    files: tf(table('  point_in_time_recover {\n    enabled = true\n  }')),
    errors: [
      {
        near: 'point_in_time_recover {',
        message: 'has no argument or block "point_in_time_recover" (did you mean "point_in_time_recovery"?)',
      },
    ],
  },
  // Required arguments.
  {
    name: 'a table without name',
    files: tf(`resource "aws_dynamodb_table" "orders" {
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
}
`),
    errors: [
      {
        near: 'resource "aws_dynamodb_table" "orders"',
        message:
          'aws_dynamodb_table.orders: the resource is missing "name", which the AWS provider requires.',
      },
    ],
  },
  probe(
    'point_in_time_recovery without enabled',
    '  point_in_time_recovery {\n    recovery_period_in_days = 7\n  }',
    'point_in_time_recovery {',
    'point_in_time_recovery[0] is missing "enabled"',
  ),
  probe(
    'a global secondary index without projection_type',
    '  global_secondary_index {\n    name     = "byStatus"\n    hash_key = "pk"\n  }',
    'global_secondary_index {',
    'is missing "projection_type"',
  ),
  probe(
    'import_table without s3_bucket_source',
    '  import_table {\n    input_format = "CSV"\n  }',
    'import_table {',
    'import_table[0] is missing "s3_bucket_source"',
  ),
  probe(
    'stream_enabled = true without stream_view_type',
    '  stream_enabled = true',
    'stream_enabled',
    'sets stream_enabled = true without stream_view_type',
  ),
  // Enums.
  {
    name: 'an invalid stream_view_type',
    files: tf(table('  stream_enabled   = true\n  stream_view_type = "NEW"')),
    errors: [
      {
        near: 'stream_view_type',
        message:
          'stream_view_type of aws_dynamodb_table.orders is "NEW"; the allowed values are , NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY',
      },
    ],
  },
  probe(
    'an invalid table_class',
    '  table_class = "INFREQUENT_ACCESS"',
    'table_class',
    'the allowed values are STANDARD, STANDARD_INFREQUENT_ACCESS',
  ),
  {
    name: 'a projection_type in the wrong case',
    files: tf(table(gsi('').replace('"INCLUDE"', '"all"'))),
    errors: [
      {
        near: 'projection_type',
        message: 'global_secondary_index[0].projection_type of aws_dynamodb_table.orders is "all"',
      },
    ],
  },
  {
    name: 'an invalid local index projection_type',
    files: tf(
      table(
        '  local_secondary_index {\n    name            = "byDate"\n    range_key       = "pk"\n    projection_type = "NONE"\n  }',
      ),
    ),
    errors: [{ near: 'projection_type', message: 'the allowed values are ALL, INCLUDE, KEYS_ONLY' }],
  },
  {
    name: 'an invalid replica consistency_mode',
    files: tf(
      table('  replica {\n    region_name      = "us-west-2"\n    consistency_mode = "STRONGLY"\n  }'),
    ),
    errors: [{ near: 'consistency_mode', message: 'the allowed values are EVENTUAL, STRONG' }],
  },
  {
    name: 'an invalid import_table input_format',
    files: tf(
      table(
        '  import_table {\n    input_format = "JSON"\n    s3_bucket_source {\n      bucket = "imports"\n    }\n  }',
      ),
    ),
    errors: [{ near: 'input_format', message: 'the allowed values are CSV, DYNAMODB_JSON, ION' }],
  },
  // Types.
  {
    name: 'read_capacity that is not a number',
    files: tf(table('  read_capacity = "five"')),
    errors: [
      {
        near: 'read_capacity',
        message: 'read_capacity of aws_dynamodb_table.orders is "five"; it must be an integer.',
      },
    ],
  },
  probe(
    'write_capacity that is not a whole number',
    '  write_capacity = 2.5',
    'write_capacity',
    'is 2.5; it must be an integer.',
  ),
  probe(
    'a flag that is not a boolean',
    '  deletion_protection_enabled = "yes"',
    'deletion_protection_enabled',
    'it must be a boolean (true or false)',
  ),
  probe(
    'tags as a list',
    '  tags = ["team"]',
    'tags',
    'tags of aws_dynamodb_table.orders is a list; it must be a map.',
  ),
  // Ranges, lengths and counts.
  {
    name: 'recovery_period_in_days above 35',
    files: tf(
      table(
        '  point_in_time_recovery {\n    enabled                 = true\n    recovery_period_in_days = 36\n  }',
      ),
    ),
    errors: [{ near: 'recovery_period_in_days', message: 'is 36; the maximum is 35.' }],
  },
  {
    name: 'recovery_period_in_days below 1',
    files: tf(
      table(
        '  point_in_time_recovery {\n    enabled                 = true\n    recovery_period_in_days = 0\n  }',
      ),
    ),
    errors: [{ near: 'recovery_period_in_days', message: 'is 0; the minimum is 1.' }],
  },
  {
    name: 'an attribute name over 255 characters',
    files: tf(table(`  attribute {\n    name = "${'a'.repeat(256)}"\n    type = "S"\n  }`)),
    errors: [
      { near: 'aaaa', message: 'attribute[1].name of aws_dynamodb_table.orders is 256 characters long' },
    ],
  },
  {
    name: 'more than 20 non_key_attributes in one index',
    files: tf(
      table(gsi(`    non_key_attributes = [${Array.from({ length: 21 }, (_, i) => `"a${i}"`).join(', ')}]`)),
    ),
    errors: [{ near: 'non_key_attributes', message: 'has 21 items; at most 20 are allowed' }],
  },
  {
    name: 'a block the provider allows once, written twice',
    files: tf(table('  ttl {\n    attribute_name = "a"\n  }\n  ttl {\n    attribute_name = "b"\n  }')),
    errors: [
      {
        near: 'ttl {',
        message: 'aws_dynamodb_table.orders: ttl is written 2 times; the AWS provider allows at most 1.',
      },
    ],
  },
  {
    name: 'for_each: the instance whose each.value is invalid, at the value in the collection',
    files: tf(`resource "aws_dynamodb_table" "by_class" {
  for_each     = {
    hot  = "STANDARD"
    cold = "COLD"
  }
  name         = "orders-\${each.key}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  table_class  = each.value
  attribute {
    name = "pk"
    type = "S"
  }
}
`),
    errors: [
      { near: 'cold = "COLD"', message: 'table_class of aws_dynamodb_table.by_class["cold"] is "COLD"' },
    ],
  },
  // The JSON syntax.
  {
    name: 'the JSON syntax: an unknown argument and an invalid value, at their lines',
    files: {
      'infra/main.tf.json': JSON.stringify(
        {
          resource: {
            aws_dynamodb_table: {
              orders: {
                name: 'orders',
                billing_mode: 'PAY_PER_REQUEST',
                hash_key: 'pk',
                attribute: { name: 'pk', type: 'S' },
                point_in_time_recovery: { enabled: true, recovery_period_in_days: 99 },
                stream_enabeld: true,
              },
            },
          },
        },
        null,
        2,
      ),
    },
    errors: [
      { near: 'recovery_period_in_days', message: 'the maximum is 35' },
      {
        near: 'stream_enabeld',
        message: 'has no argument or block "stream_enabeld" (did you mean "stream_enabled"?)',
      },
    ],
  },
  // Resources that configure the table from outside.
  {
    name: 'a replica resource with an invalid table_class_override',
    files: tf(`${table()}
resource "aws_dynamodb_table_replica" "west" {
  global_table_arn     = aws_dynamodb_table.orders.arn
  table_class_override = "INFREQUENT"
}
`),
    errors: [
      {
        near: 'table_class_override',
        message: 'table_class_override of aws_dynamodb_table_replica.west is "INFREQUENT"',
      },
    ],
  },
  {
    name: 'an index resource with an invalid key_type and no index_name',
    files: tf(`${table()}
resource "aws_dynamodb_global_secondary_index" "by_date" {
  table_name = aws_dynamodb_table.orders.name
  key_schema {
    attribute_name = "date"
    attribute_type = "S"
    key_type       = "PARTITION"
  }
}
`),
    errors: [
      {
        near: 'resource "aws_dynamodb_global_secondary_index"',
        message: 'aws_dynamodb_global_secondary_index.by_date: the resource is missing "index_name"',
      },
      { near: 'key_type', message: 'the allowed values are HASH, RANGE' },
    ],
  },
  {
    name: 'a legacy global table without replica',
    files: tf(`${table()}
resource "aws_dynamodb_global_table" "orders" {
  name = "orders"
}
`),
    errors: [
      {
        near: 'resource "aws_dynamodb_global_table"',
        message: 'aws_dynamodb_global_table.orders: the resource is missing "replica"',
      },
    ],
  },
];

ruleTester(rule, { valid, invalid });

describe('resource-schema on Terraform: each error is an error', () => {
  it('reports at error severity with the Terraform address as the table', async () => {
    const { findings } = await findingsOf(rule, {
      name: 'severity',
      files: tf(table('  table_class = "COLD"')),
    });
    expect(findings.map((f) => [f.severity, f.table, f.location.file])).toEqual([
      ['error', 'aws_dynamodb_table.orders', 'infra/main.tf'],
    ]);
  });
});
