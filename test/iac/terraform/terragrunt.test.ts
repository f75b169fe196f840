/** Terragrunt units: a terragrunt.hcl applying a module with inputs, read as the module's root. */
import { describe, expect, it } from 'vitest';
import type { Prop, TableModel } from '../../../src/model.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const WITHOUT_POSTURE = 'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n';

const MODULE = `variable "name" {
  type = string
}

variable "hash_key" {
  type = string
}

variable "billing_mode" {
  type    = string
  default = "PAY_PER_REQUEST"
}

resource "aws_dynamodb_table" "this" {
  name         = var.name
  billing_mode = var.billing_mode
  hash_key     = var.hash_key

  attribute {
    name = "id"
    type = "S"
  }
}
`;

const unit = (source: string, inputs: string, header = ''): string => `${header}terraform {
  source = "${source}"
}

locals {
  stage = "prod"
}

inputs = {
${inputs}
}
`;

function at<T>(prop: Prop<T> | undefined): string {
  if (!prop) return 'absent';
  if (!prop.known) return `? ${prop.reason}`;
  return `${JSON.stringify(prop.value, (k, v: unknown) => (k === 'location' ? undefined : v))} @ ${prop.location.file}:${prop.location.line}`;
}

function byFile(tables: readonly TableModel[], file: string): TableModel {
  const found = tables.find((t) => t.source.file === file);
  if (!found) throw new Error(`no table from ${file}`);
  return found;
}

describe('Terragrunt', () => {
  it("evaluates a unit's local module with its inputs, and models the dynamodb-table module from them", async () => {
    const dir = await workspace({
      'modules/table/main.tf': MODULE,
      'live/prod/orders/terragrunt.hcl': unit(
        '../../..//modules/table',
        '  name     = "orders-${local.stage}"\n  hash_key = "id"',
      ),
      'live/prod/payments/terragrunt.hcl': unit(
        '../../../modules/table',
        '  name     = "payments"\n  hash_key = "paymentId"',
      ),
      'live/prod/sessions/terragrunt.hcl': unit(
        'tfr:///terraform-aws-modules/dynamodb-table/aws?version=4.2.0',
        '  name       = "sessions"\n  hash_key   = "sessionId"\n  attributes = [{ name = "sessionId", type = "S" }]',
      ),
      // The parent configuration a unit includes sets what the unit's own inputs leave out.
      'live/dev/orders/terragrunt.hcl': unit(
        '../../../modules/table',
        '  name     = "orders-dev"\n  hash_key = "id"',
        'include "root" {\n  path = find_in_parent_folders()\n}\n\n',
      ),
      // An include that finds no file may set anything the unit leaves out.
      'live/dev/audit/terragrunt.hcl': unit(
        '../../../modules/table',
        '  name     = "audit-dev"\n  hash_key = "id"',
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\n',
      ),
      // Variable files passed with extra_arguments outrank the inputs: nothing is known.
      'live/dev/reports/terragrunt.hcl': `terraform {
  source = "../../../modules/table"

  extra_arguments "vars" {
    commands           = ["plan", "apply"]
    required_var_files = ["reports.tfvars"]
  }
}

inputs = {
  name     = "reports"
  hash_key = "id"
}
`,
      // Without a terraform.source (a parent configuration), a unit applies no module.
      'live/terragrunt.hcl':
        'remote_state {\n  backend = "s3"\n}\n\nlocals {\n  mode = "PAY_PER_REQUEST"\n}\n\ninputs = {\n  billing_mode = local.mode\n}\n',
      // Terragrunt's working copies of units and modules are not sources.
      'live/prod/orders/.terragrunt-cache/x1/y2/modules/table/main.tf': MODULE,
      'live/prod/orders/.terragrunt-cache/x1/y2/live/prod/orders/terragrunt.hcl': unit(
        '../../../modules/table',
        '  name     = "orders-${local.stage}"\n  hash_key = "id"',
      ),
    });
    const { tables, findings } = await lintWithConfig(dir, WITHOUT_POSTURE);
    expect(tables.map((t) => `${t.source.file}:${t.id}`).sort()).toEqual([
      'live/dev/audit/terragrunt.hcl:aws_dynamodb_table.this',
      'live/dev/orders/terragrunt.hcl:aws_dynamodb_table.this',
      'live/prod/orders/terragrunt.hcl:aws_dynamodb_table.this',
      'live/prod/payments/terragrunt.hcl:aws_dynamodb_table.this',
      'live/prod/sessions/terragrunt.hcl:aws_dynamodb_table.this',
    ]);
    const orders = byFile(tables, 'live/prod/orders/terragrunt.hcl');
    expect(at(orders.name)).toBe('"orders-prod" @ live/prod/orders/terragrunt.hcl:10');
    expect(at(orders.billingMode)).toBe('"PAY_PER_REQUEST" @ modules/table/main.tf:16');
    expect(orders.notes).toContain(
      'applied by Terragrunt from live/prod/orders/terragrunt.hcl (source "../../../modules/table")',
    );
    const sessions = byFile(tables, 'live/prod/sessions/terragrunt.hcl');
    expect(at(sessions.keySchema)).toBe(
      '[{"attribute":"sessionId","role":"partition"}] @ live/prod/sessions/terragrunt.hcl:11',
    );
    const dev = byFile(tables, 'live/dev/orders/terragrunt.hcl');
    expect(at(dev.billingMode)).toBe('"PAY_PER_REQUEST" @ live/terragrunt.hcl:6');
    const audit = byFile(tables, 'live/dev/audit/terragrunt.hcl');
    expect(at(audit.billingMode)).toMatch(/^\? .*whose include may set it/);
    // The one mistake: the unit's partition key is not among the module's attributes.
    expect(
      findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`),
    ).toEqual([
      'key-attribute-definitions live/prod/payments/terragrunt.hcl:11',
      'key-attribute-definitions modules/table/main.tf:20',
    ]);
  });
});
