import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableModel } from '../../../src/model.ts';
import { lintWithConfig } from '../../helpers/lint.ts';
import { workspace } from '../../helpers/workspace.ts';

const PLAN = path.resolve(import.meta.dirname, '../../fixtures/terraform/plan/plan.json');

const text = await readFile(PLAN, 'utf8');
// package.json: a JSON file that is neither a plan nor a template is skipped unread.
const result = await lintWithConfig(await workspace({ 'plan.json': text, 'package.json': '{"name":"x"}' }));
const byId = new Map(result.tables.map((t) => [t.id, t] as [string, TableModel]));

describe('Terraform plan JSON', () => {
  it('reads every planned table under its full address, with what the plan does to it', () => {
    expect([...byId.keys()].sort()).toEqual([
      'aws_dynamodb_table.events',
      'aws_dynamodb_table.orders',
      'aws_dynamodb_table.sessions',
      'module.audit.aws_dynamodb_table.this[0]',
    ]);
    expect(byId.get('aws_dynamodb_table.orders')?.plannedActions).toEqual(['delete', 'create']);
    expect(byId.get('aws_dynamodb_table.sessions')?.plannedActions).toEqual(['update']);
    expect(byId.get('aws_dynamodb_table.events')?.plannedActions).toEqual(['create']);
    for (const table of byId.values())
      expect(table.source).toEqual({ file: 'plan.json', format: 'terraform-plan' });
  });

  it('keeps the planned values, positioned in the plan file', () => {
    const orders = byId.get('aws_dynamodb_table.orders') as TableModel;
    if (!orders.keySchema.known) throw new Error('key unknown');
    expect(orders.keySchema.value.map((k) => `${k.role}:${k.attribute}`)).toEqual([
      'partition:customerId',
      'sort:orderId',
    ]);
    const sort = orders.keySchema.value[1];
    // terraform show -json prints one line: the column is exact.
    expect(text.slice((sort?.location.column ?? 0) - 1).startsWith('"range_key":"orderId"')).toBe(true);
    expect(orders.pointInTimeRecovery).toMatchObject({ known: true, value: true });
    // Not configured, so known only after apply in the plan: the provider's default.
    expect(orders.sse).toMatchObject({ known: true, value: { enabled: false }, defaulted: true });
    const sessions = byId.get('aws_dynamodb_table.sessions') as TableModel;
    expect(sessions.ttl).toMatchObject({ known: true, value: { enabled: true, attribute: 'expiresAt' } });
  });

  it('links autoscaling targets the plan spells out', () => {
    expect(byId.get('aws_dynamodb_table.events')?.autoscaled).toBe(true);
  });

  it('reports rule findings at the plan file with the resource address', () => {
    const finding = result.findings.find((f) => f.ruleId === 'low-cardinality-key');
    expect(finding?.location.file).toBe('plan.json');
    expect(finding?.message).toContain('aws_dynamodb_table.events');
    expect(text.slice((finding?.location.column ?? 0) - 1).startsWith('"hash_key":"status"')).toBe(true);
    // The empty range_key the provider reports for the index is not a key attribute.
    expect(result.findings.filter((f) => f.ruleId === 'key-attribute-definitions')).toEqual([]);
  });

  it('reports a plan file that is not valid JSON as a parse error', async () => {
    const broken = await workspace({ 'plan.json': text.slice(0, 2000) });
    const problems = (await lintWithConfig(broken)).findings.filter((f) => f.ruleId === 'parse-error');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.location.file).toBe('plan.json');
  });
});
