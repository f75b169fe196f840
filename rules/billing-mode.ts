import type { TableModel, Throughput } from '../src/model.ts';
import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule, type ReportFunction } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MODES = new Set(['PROVISIONED', 'PAY_PER_REQUEST']);

const MESSAGES = {
  unknownMode: '{{billingMode}} "{{mode}}" of {{table}} is not PROVISIONED or PAY_PER_REQUEST.',
  noCapacity:
    '{{table}} is PROVISIONED but sets no read and write capacity; the deployment fails. Set {{provisionedThroughput}}, or {{onDemand}} for on-demand.',
  noCapacityByDefault:
    '{{table}} defaults to PROVISIONED (no {{billingMode}}) but sets no read and write capacity; the deployment fails. Set {{provisionedThroughput}}, or {{onDemand}} for on-demand.',
  indexNoCapacity:
    'Global index {{index}} of {{table}} sets no provisioned capacity, but the table is PROVISIONED; every GSI of a provisioned table needs its own {{provisionedThroughput}}.',
  indexNoCapacityByDefault:
    'Global index {{index}} of {{table}} sets no provisioned capacity, but the table defaults to PROVISIONED (no {{billingMode}}); every GSI of a provisioned table needs its own {{provisionedThroughput}}.',
  onDemandCapacity:
    '{{table}} is PAY_PER_REQUEST but sets provisioned capacity; DynamoDB rejects {{capacityUnits}} on on-demand tables. Remove {{provisionedThroughput}} (use {{onDemandThroughput}} to cap spend).',
  indexOnDemandCapacity:
    "Global index {{index}} of {{table}} sets provisioned capacity, but the table is PAY_PER_REQUEST; remove the index's {{provisionedThroughput}}.",
};
type Report = ReportFunction<keyof typeof MESSAGES>;

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

export default defineRule({
  id: 'billing-mode',
  kind: 'table',
  description:
    'PROVISIONED tables need capacity on the table and every GSI; PAY_PER_REQUEST tables must not set provisioned capacity.',
  severity: 'error',
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      if (table.resourceType === 'AWS::Serverless::SimpleTable' || !table.billingMode.known) continue;
      const mode = table.billingMode.value;
      if (!MODES.has(mode)) {
        report({
          table,
          property: 'BillingMode',
          location: table.billingMode.location,
          messageId: 'unknownMode',
          data: { billingMode: vocabularyOf(table).billingMode, mode, table: tableLabel(table) },
        });
        continue;
      }
      if (mode === 'PROVISIONED') checkProvisioned(table, report);
      else checkOnDemand(table, report);
    }
  },
});

function checkProvisioned(table: TableModel, report: Report): void {
  const words = vocabularyOf(table);
  const byDefault = table.billingMode.known && table.billingMode.defaulted === true;
  const data = {
    table: tableLabel(table),
    billingMode: words.billingMode,
    provisionedThroughput: words.provisionedThroughput,
    onDemand: words.onDemand,
  };
  if (!hasCapacity(table.throughput, table.autoscaled)) {
    report({
      table,
      property: 'ProvisionedThroughput',
      location: table.throughput?.location ?? table.billingMode.location,
      messageId: byDefault ? 'noCapacityByDefault' : 'noCapacity',
      data,
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
      messageId: byDefault ? 'indexNoCapacityByDefault' : 'indexNoCapacity',
      data: { ...data, index: name },
    });
  }
}

function checkOnDemand(table: TableModel, report: Report): void {
  const words = vocabularyOf(table);
  const data = {
    table: tableLabel(table),
    capacityUnits: words.capacityUnits,
    provisionedThroughput: words.provisionedThroughput,
    onDemandThroughput: words.onDemandThroughput,
  };
  if (table.throughput && !table.autoscaled && setsCapacity(table.throughput)) {
    report({
      table,
      property: 'ProvisionedThroughput',
      location: table.throughput.location,
      messageId: 'onDemandCapacity',
      data,
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
      messageId: 'indexOnDemandCapacity',
      data: { ...data, index: name },
    });
  }
}
