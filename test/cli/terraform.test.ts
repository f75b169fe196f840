/**
 * `dynalint` on folders of Terraform as a user runs it: in-process through `main()`, and as the shipped
 * bundle (`node dist/cli.js`, which loads the brotli-compressed Terraform grammar from dist/wasm).
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, distCli, jsonReport, type JsonReport } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';
import { workspace } from '../helpers/workspace.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/terraform');

/**
 * A copy of the Terraform fixtures: a repository of several modules, a plan and one broken directory. The
 * posture rules are off: they would report most fixture tables, and have their own tests
 * (test/rules/posture-*.test.ts); these tests read what the loaders make of the fixtures.
 */
async function repository(): Promise<string> {
  const dir = await workspace({
    '.dynalint.yml':
      'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n  gsi-projection-all: off\n  provisioned-autoscaling: off\n  gsi-write-capacity: off\n  global-table-replicas: off\n',
  });
  await cp(FIXTURES, path.join(dir, 'infra'), { recursive: true });
  return dir;
}

function summary(report: JsonReport): string[] {
  return report.findings.map((f) =>
    `${f.location.file}:${f.location.line} ${f.ruleId} ${f.table ?? ''}`.trim(),
  );
}

const EXPECTED = [
  'infra/autoscaling/main.tf:30 billing-mode aws_dynamodb_table.inventory',
  'infra/autoscaling/main.tf:31 low-cardinality-key aws_dynamodb_table.inventory',
  'infra/dynamic-blocks/main.tf:4 low-cardinality-key aws_dynamodb_table.orders',
  // One instance of a for_each over a variable's default map: named by its key.
  'infra/for-each-instances/variables.tf:18 key-attribute-definitions aws_dynamodb_table.this["customers"]',
  'infra/for-each-instances/variables.tf:20 key-attribute-definitions aws_dynamodb_table.this["customers"]',
  'infra/invalid/broken/main.tf:10 parse-error',
  'infra/invalid/good/main.tf:4 low-cardinality-key aws_dynamodb_table.status',
  // A local module called with a partition key its attributes do not define: reported at the call.
  'infra/local-modules/main.tf:16 key-attribute-definitions module.payments.aws_dynamodb_table.this',
  'infra/local-modules/main.tf:18 key-attribute-definitions module.payments.aws_dynamodb_table.this',
  'infra/module-usage/main.tf:20 low-cardinality-key module.orders',
  // The configuration the plan was made from: the same finding as in the plan.
  'infra/plan-source/main.tf:82 low-cardinality-key aws_dynamodb_table.events',
  'infra/plan/plan.json:1 low-cardinality-key aws_dynamodb_table.events',
  'infra/variables/main.tf:4 billing-mode aws_dynamodb_table.ledger',
];

describe('dynalint on Terraform', () => {
  it('reports the findings of every directory at their lines (main)', async () => {
    const dir = await repository();
    const report = await jsonReport(dir, ['infra']);
    expect(summary(report)).toEqual(EXPECTED);
    expect(report.summary).toMatchObject({ errors: 7, warnings: 6 });
    // 37 tables in the fixtures' configurations (resources, module calls, .tofu files, one per key of a
    // known for_each), 4 in the plan.
    expect(report.summary.tables).toBe(41);
  });

  it('prints text findings and fails on errors', async () => {
    const dir = await repository();
    const run = await cli(dir, ['infra/variables']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('infra/variables/main.tf');
    expect(run.stdout).toContain(
      'aws_dynamodb_table.ledger is PAY_PER_REQUEST but sets provisioned capacity',
    );
  });

  it('gives the same report from the bundle (node dist/cli.js)', async () => {
    const dir = await repository();
    const run = await distCli(dir, ['infra', '--format', 'json', '--fail-on', 'never']);
    expect(run.code, run.stderr).toBe(0);
    expect(summary(JSON.parse(run.stdout) as JsonReport)).toEqual(EXPECTED);
  });
});

describe('dynalint --base on Terraform', () => {
  const orders = (rangeKey: string, billing = 'var.billing') => `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = ${billing}
  hash_key     = "customerId"
  range_key    = "${rangeKey}"

  attribute {
    name = "customerId"
    type = "S"
  }
  attribute {
    name = "${rangeKey}"
    type = "S"
  }
}
`;
  const variables = 'variable "billing" {\n  default = "PAY_PER_REQUEST"\n}\n';

  it('reports a replacement at the changed key, reading the base revision with its variables', async () => {
    const dir = await changeRepository(
      { 'infra/main.tf': orders('createdAt'), 'infra/variables.tf': variables },
      { 'infra/main.tf': orders('orderId') },
    );
    const run = await cli(dir, ['--base', 'main', '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(run.stdout) as JsonReport;
    const replaced = report.findings.filter((f) => f.ruleId === 'table-replacement');
    expect(replaced.map((f) => [f.location.file, f.location.line])).toEqual([['infra/main.tf', 4]]);
    expect(replaced[0]?.message).toContain(
      'aws_dynamodb_table.orders is replaced because its key schema changes',
    );
  });

  it('reports a table removed from the configuration', async () => {
    const dir = await changeRepository(
      { 'infra/main.tf': orders('createdAt'), 'infra/variables.tf': variables },
      { 'infra/main.tf': null },
    );
    const run = await cli(dir, ['--base', 'main', '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => f.ruleId)).toContain('table-removed');
  });
});
