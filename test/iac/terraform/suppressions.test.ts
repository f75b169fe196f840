import { describe, expect, it } from 'vitest';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

/** A table whose partition key `status` and index key `type` are both low-cardinality. */
function table(aboveResource: string, aboveIndexKey: string): string {
  return `${aboveResource}resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "status"

  attribute {
    name = "status"
    type = "S"
  }
  attribute {
    name = "type"
    type = "S"
  }

  global_secondary_index {
    name            = "byType"
${aboveIndexKey}    hash_key        = "type"
    projection_type = "ALL"
  }

  # Protected, so only the key rules have something to say.
  deletion_protection_enabled = true
  point_in_time_recovery {
    enabled = true
  }
}
`;
}

async function findings(text: string) {
  const result = await lintWithConfig(await workspace({ 'main.tf': text }));
  return result.findings.map((f) => `${f.ruleId}@${f.location.line}`);
}

describe('inline suppressions in HCL', () => {
  it('reports both keys without a directive', async () => {
    expect(await findings(table('', ''))).toEqual(['low-cardinality-key@4', 'low-cardinality-key@17']);
  });

  it('silences a rule over the whole resource from the line above it', async () => {
    const text = table(
      '# dynalint-ignore low-cardinality-key -- status and type are sharded by the writer\n',
      '',
    );
    expect(await findings(text)).toEqual([]);
  });

  it('silences only the attribute below, with // comments too', async () => {
    const text = table('', '    // dynalint-ignore low-cardinality-key -- reports only, a few reads a day\n');
    expect(await findings(text)).toEqual(['low-cardinality-key@4']);
  });

  it('leaves other rules alone', async () => {
    const text = table('# dynalint-ignore gsi-count -- not this rule\n', '');
    // …and says the directive silences nothing.
    expect(await findings(text)).toEqual([
      'unused-suppression@1',
      'low-cardinality-key@5',
      'low-cardinality-key@18',
    ]);
  });

  it('reports a directive without a reason and silences nothing', async () => {
    const text = table('# dynalint-ignore low-cardinality-key\n', '');
    expect(await findings(text)).toEqual([
      'invalid-suppression@1',
      'low-cardinality-key@5',
      'low-cardinality-key@18',
    ]);
  });
});
