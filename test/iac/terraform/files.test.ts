import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prop, TableModel } from '../../../src/model.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/terraform/opentofu');

function table(tables: readonly TableModel[], id: string): TableModel {
  const found = tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id} among ${tables.map((t) => t.id).join(', ')}`);
  return found;
}

function at<T>(prop: Prop<T> | undefined): string {
  if (!prop) return 'absent';
  if (!prop.known) return `? ${prop.reason}`;
  const value = JSON.stringify(prop.value, (k, v: unknown) => (k === 'location' ? undefined : v));
  return `${value} @ ${prop.location.file}:${prop.location.line}`;
}

describe('OpenTofu files, override files and moved blocks', () => {
  it('reads .tofu and .tofu.json, and a .tofu file replaces the .tf file of the same name', async () => {
    const { tables, findings } = await lintWithConfig(FIXTURE);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(tables.map((t) => `${t.source.file}:${t.id}`).sort()).toEqual([
      'capacity.tofu:aws_dynamodb_table.audit',
      'main.tofu:aws_dynamodb_table.locks',
      'state.tofu.json:aws_dynamodb_table.state_index',
    ]);
    const locks = table(tables, 'aws_dynamodb_table.locks');
    expect(at(locks.name)).toBe('"tofu-locks" @ main.tofu:2');
    expect(at(locks.attributes)).toBe('[{"name":"LockID","type":"S"}] @ main.tofu:6');
    expect(at(table(tables, 'aws_dynamodb_table.state_index').keySchema)).toBe(
      '[{"attribute":"Key","role":"partition"}] @ state.tofu.json:7',
    );
  });

  it('merges override files into the blocks they name, argument by argument and block type by type', async () => {
    const { tables } = await lintWithConfig(FIXTURE);
    const locks = table(tables, 'aws_dynamodb_table.locks');
    expect(at(locks.deletionProtection)).toBe('true @ main_override.tofu:2');
    expect(at(locks.pointInTimeRecovery)).toBe('true @ main_override.tofu:4');
    expect(at(locks.billingMode)).toBe('"PAY_PER_REQUEST" @ main.tofu:3');
    const audit = table(tables, 'aws_dynamodb_table.audit');
    // `locals` merge name by name: the override's capacity (written 1e3) wins.
    expect(at(audit.throughput?.read)).toBe('1000 @ capacity.tofu:8');
    expect(at(audit.throughput?.write)).toBe('25 @ capacity.tofu:9');
    // A nested block in an override replaces every block of that type, dynamic ones included.
    expect(at(audit.ttl)).toBe('{"enabled":false} @ override.tf:2');
    expect(at(audit.pointInTimeRecovery)).toBe('false @ capacity.tofu:17');
  });

  it('merges a JSON override file into a native block, nested blocks included', async () => {
    const dir = await workspace({
      'main.tf': [
        'resource "aws_dynamodb_table" "orders" {',
        '  name         = "orders"',
        '  billing_mode = "PAY_PER_REQUEST"',
        '  hash_key     = "pk"',
        '  attribute {',
        '    name = "pk"',
        '    type = "S"',
        '  }',
        '}',
        '',
      ].join('\n'),
      'generated_override.tf.json': JSON.stringify(
        {
          resource: {
            aws_dynamodb_table: {
              orders: { name: 'orders-v2', attribute: [{ name: 'pk', type: 'N' }] },
            },
          },
        },
        null,
        2,
      ),
    });
    const { tables } = await lintWithConfig(dir);
    expect(tables.map((t) => `${t.source.file}:${t.id}`)).toEqual(['main.tf:aws_dynamodb_table.orders']);
    expect(at(tables[0]?.name)).toBe('"orders-v2" @ generated_override.tf.json:5');
    expect(at(tables[0]?.attributes)).toBe('[{"name":"pk","type":"N"}] @ generated_override.tf.json:6');
  });

  it('records the address a moved block renamed a table from', async () => {
    const { tables } = await lintWithConfig(FIXTURE);
    expect(table(tables, 'aws_dynamodb_table.audit').movedFrom).toEqual(['aws_dynamodb_table.audit_log']);
    expect(table(tables, 'aws_dynamodb_table.locks').movedFrom).toBeUndefined();
  });
});
