/**
 * Pairs the tables of the base revision with those of the head: by file and logical id (or resource
 * address), condition branch by condition branch; then a head table that records its earlier id (a
 * Terraform `moved` block) with the base table of that id; then a table whose logical id changed but whose
 * literal physical name did not is the same table, renamed; then one that moved to another file keeps its id.
 */
import { valueOf, type ChangePair, type TableModel } from '../model.ts';

function key(table: TableModel): string {
  return `${table.source.file}\u0000${table.id}`;
}

function groupBy(tables: readonly TableModel[], by: (t: TableModel) => string): Map<string, TableModel[]> {
  const groups = new Map<string, TableModel[]>();
  for (const table of tables) groups.set(by(table), [...(groups.get(by(table)) ?? []), table]);
  return groups;
}

export function pairTables(base: readonly TableModel[], head: readonly TableModel[]): ChangePair[] {
  const pairs: ChangePair[] = [];
  const baseGroups = groupBy(base, key);
  const headGroups = groupBy(head, key);
  const unmatchedBase = new Map([...baseGroups].filter(([k]) => !headGroups.has(k)));
  const unmatchedHead = new Map([...headGroups].filter(([k]) => !baseGroups.has(k)));

  const pairGroups = (baseModels: readonly TableModel[], headModels: readonly TableModel[]): void => {
    for (const model of headModels) {
      // The same condition branch when both revisions have it; otherwise the base's first model.
      const counterpart = baseModels.find((b) => b.variant === model.variant) ?? baseModels[0];
      pairs.push({ ...(counterpart ? { base: counterpart } : {}), head: model });
    }
  };
  for (const [k, headModels] of headGroups) {
    const baseModels = baseGroups.get(k);
    if (baseModels) pairGroups(baseModels, headModels);
  }

  // A rename the source records; a renamed logical id with an unchanged literal table name; then an id
  // moved to another file.
  const byName = (t: TableModel): string | undefined => {
    const name = valueOf(t.name);
    return name === undefined ? undefined : `name\u0000${name}`;
  };
  const byId = (t: TableModel): string => `id\u0000${t.id}`;
  const matchers: {
    base: (t: TableModel) => string | undefined;
    head: (t: TableModel) => string | undefined;
  }[] = [
    {
      base: byId,
      head: (t) => {
        const earlier = t.movedFrom?.find((id) =>
          [...unmatchedBase.values()].flat().some((b) => b.id === id),
        );
        return earlier === undefined ? undefined : `id\u0000${earlier}`;
      },
    },
    { base: byName, head: byName },
    { base: byId, head: byId },
  ];
  for (const identity of matchers) {
    const candidates = groupBy(
      [...unmatchedBase.values()].flat().filter((t) => identity.base(t) !== undefined),
      (t) => identity.base(t) as string,
    );
    for (const [k, headModels] of [...unmatchedHead]) {
      const id = identity.head(headModels[0] as TableModel);
      const baseModels = id === undefined ? undefined : candidates.get(id);
      const baseKeys = new Set(baseModels?.map(key));
      if (!baseModels || baseKeys.size !== 1) continue;
      pairGroups(baseModels, headModels);
      unmatchedHead.delete(k);
      unmatchedBase.delete([...baseKeys][0] as string);
      candidates.delete(id as string);
    }
  }

  for (const headModels of unmatchedHead.values())
    for (const model of headModels) pairs.push({ head: model });
  for (const baseModels of unmatchedBase.values())
    for (const model of baseModels) pairs.push({ base: model });
  return pairs;
}
