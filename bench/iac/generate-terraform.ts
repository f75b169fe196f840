/**
 * A realistic Terraform corpus: 100 service directories, each a module of five `.tf` files (four declaring
 * two tables each — keys, GSIs written out or through `dynamic` blocks over locals, an LSI, TTL, point-in-time
 * recovery, KMS encryption from a variable, tags, autoscaling targets, one module call — and `variables.tf`)
 * plus a `terraform.tfvars`: 500 `.tf` files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const DIRECTORIES = 100;
const TABLE_FILES = 4;

function attribute(name: string, type = 'S'): string {
  return `  attribute {\n    name = "${name}"\n    type = "${type}"\n  }\n`;
}

function table(d: number, f: number, i: number): string {
  const n = d * 100 + f * 10 + i;
  const provisioned = n % 3 === 0;
  const gsiCount = n % 4;
  const written = Array.from({ length: gsiCount }, (_, g) =>
    [
      '  global_secondary_index {',
      `    name            = "GSI${g + 1}"`,
      `    hash_key        = "GSI${g + 1}PK"`,
      `    range_key       = "GSI${g + 1}SK"`,
      `    projection_type = "${g % 2 ? 'INCLUDE' : 'ALL'}"`,
      ...(g % 2 ? ['    non_key_attributes = ["amount", "currency"]'] : []),
      ...(provisioned ? ['    read_capacity   = 5', '    write_capacity  = 5'] : []),
      '  }',
      '',
    ].join('\n'),
  ).join('');
  const dynamicIndexes =
    n % 5 === 0
      ? `  dynamic "global_secondary_index" {
    for_each = local.shared_indexes
    content {
      name            = global_secondary_index.value.name
      hash_key        = global_secondary_index.value.hash_key
      projection_type = "KEYS_ONLY"${provisioned ? '\n      read_capacity   = 5\n      write_capacity  = 5' : ''}
    }
  }

`
      : '';
  const attributes = [
    attribute('PK'),
    attribute('SK'),
    attribute('createdAt', 'N'),
    ...Array.from({ length: gsiCount }, (_, g) => attribute(`GSI${g + 1}PK`) + attribute(`GSI${g + 1}SK`)),
    ...(dynamicIndexes ? [attribute('tenantId'), attribute('email')] : []),
  ].join('');
  const name = `table_${f}_${i}`;
  const autoscaling = provisioned
    ? ['Read', 'Write']
        .map(
          (dimension) => `resource "aws_appautoscaling_target" "${name}_${dimension.toLowerCase()}" {
  service_namespace  = "dynamodb"
  resource_id        = "table/\${aws_dynamodb_table.${name}.name}"
  scalable_dimension = "dynamodb:table:${dimension}CapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}

resource "aws_appautoscaling_policy" "${name}_${dimension.toLowerCase()}" {
  name               = "${name}-${dimension.toLowerCase()}"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.${name}_${dimension.toLowerCase()}.resource_id
  scalable_dimension = aws_appautoscaling_target.${name}_${dimension.toLowerCase()}.scalable_dimension
  service_namespace  = aws_appautoscaling_target.${name}_${dimension.toLowerCase()}.service_namespace

  target_tracking_scaling_policy_configuration {
    predefined_metric_specification {
      predefined_metric_type = "DynamoDB${dimension}CapacityUtilization"
    }
    target_value = 70
  }
}
`,
        )
        .join('\n')
    : '';
  return `# Table ${i} of service ${d}: ${provisioned ? 'provisioned, autoscaled' : 'on demand'}.
resource "aws_dynamodb_table" "${name}" {
  name         = "\${local.prefix}-${name}"
  billing_mode = "${provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST'}"
${provisioned ? '  read_capacity  = 10\n  write_capacity = 10\n' : ''}  hash_key     = "PK"
  range_key    = "SK"

${attributes}
${written}${dynamicIndexes}  local_secondary_index {
    name            = "byCreated"
    range_key       = "createdAt"
    projection_type = "KEYS_ONLY"
  }

  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = var.stage == "prod"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }

  deletion_protection_enabled = true

  tags = merge(local.tags, {
    Table = "${name}"
  })

  lifecycle {
    prevent_destroy = true
  }
}

${autoscaling}`;
}

function moduleCall(d: number): string {
  return `module "audit" {
  source  = "terraform-aws-modules/dynamodb-table/aws"
  version = "~> 4.0"

  name      = "\${local.prefix}-audit"
  hash_key  = "entityId"
  range_key = "at"
  attributes = [
    { name = "entityId", type = "S" },
    { name = "at", type = "N" },
  ]
  point_in_time_recovery_enabled = true
  tags                           = local.tags
}

output "audit_table_${d}" {
  value = module.audit.dynamodb_table_id
}
`;
}

function variables(d: number): string {
  return `variable "stage" {
  type        = string
  description = "Deployment stage"
  default     = "dev"
}

variable "kms_key_arn" {
  type        = string
  description = "Key for table encryption"
}

locals {
  prefix = "service-${d}-\${var.stage}"
  tags = {
    Team    = "team-${d % 7}"
    Service = "service-${d}"
    Stage   = var.stage
  }
  shared_indexes = [
    { name = "byTenant", hash_key = "tenantId" },
    { name = "byEmail", hash_key = "email" },
  ]
}

data "aws_caller_identity" "current" {}

output "account_id" {
  value = data.aws_caller_identity.current.account_id
}
`;
}

/** Writes the corpus under `dir` (replacing it) and returns the paths of every file written. */
export async function writeTerraformCorpus(dir: string): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  const files: string[] = [];
  const write = async (file: string, text: string): Promise<void> => {
    await writeFile(file, text);
    files.push(file);
  };
  for (let d = 0; d < DIRECTORIES; d++) {
    const folder = path.join(dir, `service-${d}`);
    await mkdir(folder, { recursive: true });
    for (let f = 0; f < TABLE_FILES; f++) {
      const tables = [table(d, f, 0), table(d, f, 1)].join('\n');
      await write(path.join(folder, `tables-${f}.tf`), f === 0 ? `${tables}\n${moduleCall(d)}` : tables);
    }
    await write(path.join(folder, 'variables.tf'), variables(d));
    await write(
      path.join(folder, 'terraform.tfvars'),
      `stage       = "${d % 2 ? 'prod' : 'dev'}"\nkms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/${d}"\n`,
    );
  }
  return files;
}
