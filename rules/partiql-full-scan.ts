import { declaredTableOf, targetLabel } from '../src/code/attribute.ts';
import { allowOnlyOptions, globMatcher } from '../src/code/file-globs.ts';
import { parseSelect, type PartiqlSelect } from '../src/code/partiql.ts';
import type { KeyElement, TableModel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

export default defineRule({
  id: 'partiql-full-scan',
  kind: 'code',
  description:
    'A PartiQL SELECT does not pin the partition key with = or IN, so DynamoDB runs it as a full-table scan.',
  severity: 'warning',
  messages: {
    noWhere:
      'SELECT without a WHERE clause reads every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by.',
    partitionKeyNotPinned:
      "SELECT's WHERE clause does not pin the partition key {{partitionKey}} with = or IN, so DynamoDB scans every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by.",
    nothingPinned:
      "SELECT's WHERE clause pins no attribute with = or IN, so it cannot name a partition: DynamoDB scans every item of {{target}} ({{library}}). Add the partition key to the WHERE clause (`pk = ?`), or query an index keyed on what you filter by.",
  },
  options: allowOnlyOptions('`scripts/**`'),
  check({ uses, tables, options, report }) {
    const allowed = globMatcher(options.allow);
    const ranks = new Map<string, number>();
    for (const use of uses) {
      const statement = use.details?.statement;
      if (use.operation !== 'ExecuteStatement' || typeof statement !== 'string') continue;
      if (allowed(use.location.file)) continue;
      const select = parseSelect(statement);
      if (!select) continue;
      const table = declaredTableOf(use, tables);
      const target = `${targetLabel(use, table)}${select.index ? ` (index ${select.index})` : ''}`;
      const partitionKey = table ? partitionKeyOf(table, select.index) : undefined;
      // Interpolated parts that could add or reshape a WHERE clause leave nothing certain to claim.
      if (!select.certain) continue;
      const problem = problemOf(select, partitionKey);
      if (!problem) continue;
      const scope = use.scope ?? '<module>';
      const key = `${use.location.file}\u0000${scope}`;
      const rank = (ranks.get(key) ?? 0) + 1;
      ranks.set(key, rank);
      report({
        ...(table ? { table } : {}),
        property: `${use.location.file}:${scope}:ExecuteStatement:${'#'.repeat(rank)}`,
        location: use.location,
        messageId: problem.messageId,
        data: { target, library: use.library, ...(partitionKey !== undefined ? { partitionKey } : {}) },
      });
    }
  },
});

/** Why the SELECT reads every item, if it does. */
function problemOf(
  select: PartiqlSelect,
  partitionKey: string | undefined,
): { messageId: 'noWhere' | 'partitionKeyNotPinned' | 'nothingPinned' } | undefined {
  if (!select.hasWhere) return { messageId: 'noWhere' };
  if (partitionKey !== undefined) {
    return select.pinned.includes(partitionKey) ? undefined : { messageId: 'partitionKeyNotPinned' };
  }
  return select.pinned.length === 0 ? { messageId: 'nothingPinned' } : undefined;
}

/** The partition key of the table, or of the named index, when the template says. */
function partitionKeyOf(table: TableModel, index: string | undefined): string | undefined {
  let keys: readonly KeyElement[] | undefined;
  if (index) {
    const indexes = [
      ...(table.globalIndexes.known ? table.globalIndexes.value : []),
      ...(table.localIndexes.known ? table.localIndexes.value : []),
    ];
    const found = indexes.find((i) => i.name.known && i.name.value === index);
    keys = found?.keySchema.known ? found.keySchema.value : undefined;
  } else {
    keys = table.keySchema.known ? table.keySchema.value : undefined;
  }
  return keys?.find((k) => k.role === 'partition')?.attribute;
}
