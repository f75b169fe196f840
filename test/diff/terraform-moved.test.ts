import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';

interface Reported {
  ruleId: string;
  message: string;
  location: { file: string; line: number };
}

/** A table whose physical name is not known statically, so only its address identifies it. */
const tableBlock = (label: string) => `resource "aws_dynamodb_table" "${label}" {
  name         = var.table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
}
`;

const variable = 'variable "table_name" {}\n';

const moduleCall = (label: string) => `module "${label}" {
  source     = "./modules/table"
  table_name = var.table_name
}
`;

async function changeFindings(base: Record<string, string>, head: Record<string, string | null>) {
  const dir = await changeRepository(base, head);
  const run = await cli(dir, ['--base', 'main', '--format', 'json']);
  return (JSON.parse(run.stdout).findings as Reported[])
    .filter((f) => f.ruleId === 'table-removed')
    .map((f) => `${f.location.file}:${f.location.line} ${f.message.split(' (declared')[0]}`);
}

describe('Terraform moved blocks under --base', () => {
  it('reports a table renamed without a moved block as removed', async () => {
    expect(
      await changeFindings(
        { 'main.tf': variable + tableBlock('orders') },
        { 'main.tf': variable + tableBlock('sales') },
      ),
    ).toEqual(['main.tf:2 aws_dynamodb_table.orders']);
  });

  it('pairs a table renamed with a moved block with its old address', async () => {
    const moved = 'moved {\n  from = aws_dynamodb_table.orders\n  to   = aws_dynamodb_table.sales\n}\n';
    expect(
      await changeFindings(
        { 'main.tf': variable + tableBlock('orders') },
        { 'main.tf': variable + tableBlock('sales') + moved },
      ),
    ).toEqual([]);
  });

  it('follows a moved module to the tables it declares', async () => {
    const module = { 'modules/table/main.tf': variable + tableBlock('this') };
    const moved = 'moved {\n  from = module.orders\n  to   = module.sales\n}\n';
    expect(
      await changeFindings(
        { 'main.tf': variable + moduleCall('orders'), ...module },
        { 'main.tf': variable + moduleCall('sales') + moved },
      ),
    ).toEqual([]);
    expect(
      await changeFindings(
        { 'main.tf': variable + moduleCall('orders'), ...module },
        { 'main.tf': variable + moduleCall('sales') },
      ),
    ).toEqual(['modules/table/main.tf:2 module.orders.aws_dynamodb_table.this']);
  });

  it('pairs a table moved into a for_each with its instance, and reports a dropped key as removed', async () => {
    const keyed = (keys: string) => `variable "table_name" {}
resource "aws_dynamodb_table" "this" {
  for_each     = toset([${keys}])
  name         = "\${var.table_name}-\${each.key}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }
}
`;
    const moved =
      'moved {\n  from = aws_dynamodb_table.orders\n  to   = aws_dynamodb_table.this["orders"]\n}\n';
    expect(
      await changeFindings(
        { 'main.tf': variable + tableBlock('orders') },
        { 'main.tf': keyed('"orders", "invoices"') + moved },
      ),
    ).toEqual([]);
    expect(
      await changeFindings({ 'main.tf': keyed('"orders", "invoices"') }, { 'main.tf': keyed('"orders"') }),
    ).toEqual(['main.tf:2 aws_dynamodb_table.this["invoices"]']);
  });
});
