import type { TableModel, Throughput } from '../src/model.ts';
import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule, type ReportFunction } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MODES = new Set(['PROVISIONED', 'PAY_PER_REQUEST']);

function hasCapacity(throughput: Throughput | undefined, autoscaled: boolean | undefined): boolean {
  if (!throughput) return false;
  // GlobalTable write capacity and autoscaled settings carry no fixed numbers.
  if (autoscaled && throughput.read === undefined && throughput.write === undefined) return true;
  return throughput.read !== undefined && throughput.write !== undefined;
}

/** Some capacity number is known to be non-zero (unknown numbers are left alone). */
function setsCapacity(throughput: Throughput | undefined): boolean {
  return [throughput?.read, throughput?.write].some((v) => v?.known && v.value !== 0);
}

export default defineRule<'table', Record<string, never>>({
  id: 'billing-mode',
  kind: 'table',
  description:
    'PROVISIONED tables need capacity on the table and every GSI; PAY_PER_REQUEST tables must not set provisioned capacity.',
  severity: 'error',
  check({ tables, report }) {
    for (const table of tables) {
      if (table.resourceType === 'AWS::Serverless::SimpleTable' || !table.billingMode.known) continue;
      const mode = table.billingMode.value;
      if (!MODES.has(mode)) {
        report({
          table,
          property: 'BillingMode',
          location: table.billingMode.location,
          message: `${vocabularyOf(table).billingMode} "${mode}" of ${tableLabel(table)} is not PROVISIONED or PAY_PER_REQUEST.`,
        });
        continue;
      }
      if (mode === 'PROVISIONED') checkProvisioned(table, report);
      else checkOnDemand(table, report);
    }
  },
});

function checkProvisioned(table: TableModel, report: ReportFunction): void {
  const words = vocabularyOf(table);
  const how =
    table.billingMode.known && table.billingMode.defaulted
      ? `defaults to PROVISIONED (no ${vocabularyOf(table).billingMode})`
      : 'is PROVISIONED';
  if (!hasCapacity(table.throughput, table.autoscaled)) {
    report({
      table,
      property: 'ProvisionedThroughput',
      location: table.throughput?.location ?? table.billingMode.location,
      message: `${tableLabel(table)} ${how} but sets no read and write capacity; the deployment fails. Set ${words.provisionedThroughput}, or ${words.onDemand} for on-demand.`,
    });
  }
  if (!table.globalIndexes.known) return;
  for (const index of table.globalIndexes.value) {
    if (hasCapacity(index.throughput, index.autoscaled)) continue;
    const name = index.name.known ? index.name.value : '(unnamed)';
    report({
      table,
      property: `index:${name}:ProvisionedThroughput`,
      location: indexLocation(index),
      message: `Global index ${name} of ${tableLabel(table)} sets no provisioned capacity, but the table ${how}; every GSI of a provisioned table needs its own ${words.provisionedThroughput}.`,
    });
  }
}

function checkOnDemand(table: TableModel, report: ReportFunction): void {
  const words = vocabularyOf(table);
  if (table.throughput && !table.autoscaled && setsCapacity(table.throughput)) {
    report({
      table,
      property: 'ProvisionedThroughput',
      location: table.throughput.location,
      message: `${tableLabel(table)} is PAY_PER_REQUEST but sets provisioned capacity; DynamoDB rejects ${words.capacityUnits} on on-demand tables. Remove ${words.provisionedThroughput} (use ${words.onDemandThroughput} to cap spend).`,
    });
  }
  if (!table.globalIndexes.known) return;
  for (const index of table.globalIndexes.value) {
    if (!index.throughput || index.autoscaled || !setsCapacity(index.throughput)) continue;
    const name = index.name.known ? index.name.value : '(unnamed)';
    report({
      table,
      property: `index:${name}:ProvisionedThroughput`,
      location: index.throughput.location,
      message: `Global index ${name} of ${tableLabel(table)} sets provisioned capacity, but the table is PAY_PER_REQUEST; remove the index's ${words.provisionedThroughput}.`,
    });
  }
}
