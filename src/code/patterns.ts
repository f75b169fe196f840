/**
 * The access-pattern map (`dynalint patterns`): per declared table, each index with its keys and the code
 * locations that read it, operation counts, Scans, indexes no code reads, and the write amplification its
 * GSIs cause. Built from the same attributed uses the rules read; `version` and the field names are the
 * stable `accessPatterns` section of the JSON report (docs/json-report.md).
 */
import {
  tableLabel,
  type CodeUse,
  type IndexModel,
  type KeyElement,
  type Projection,
  type TableModel,
} from '../model.ts';
import { declaredIndexes, INDEX_READS, indexRead } from './access.ts';
import { declaredTableOf } from './attribute.ts';

export interface CallSite {
  readonly operation: CodeUse['operation'];
  readonly file: string;
  readonly line: number;
  /** The function the call is in (`<module>` at the top level). */
  readonly scope: string;
}

export interface PatternKeys {
  readonly partition?: string;
  readonly sort?: string;
}

export interface IndexPattern {
  readonly name: string;
  readonly kind: 'global' | 'local';
  readonly keys: PatternKeys | null;
  /** `ALL`, `KEYS_ONLY`, `INCLUDE`; null when not known. */
  readonly projection: string | null;
  readonly readers: readonly CallSite[];
}

export interface WriteAmplification {
  /** Write calls on the table (PutItem, UpdateItem, DeleteItem, batch and transaction writes). */
  readonly writes: number;
  /** Index writes they cause: per write, the GSIs its written attributes reach (all GSIs when not known). */
  readonly indexWrites: number;
  /** (writes + indexWrites) / writes, two decimals; 1 + GSI count at most. */
  readonly factor: number;
  /** `attributes` when every write names what it writes; `index-count` when some fall back to 1 + GSI count. */
  readonly basis: 'attributes' | 'index-count' | 'mixed';
}

export interface TablePattern {
  /** The table's id (logical id, Terraform address). */
  readonly table: string;
  /** How messages name it (the CDK construct path with the id). */
  readonly label: string;
  readonly file: string;
  readonly line: number;
  readonly keys: PatternKeys | null;
  /** Uses of the table by operation, in the order of `DataOperation`'s first appearance. */
  readonly operations: Readonly<Record<string, number>>;
  /** Query/Scan/PartiQL reads of the table itself (no index). */
  readonly tableReaders: readonly CallSite[];
  readonly indexes: readonly IndexPattern[];
  /** Reads naming an index the table does not declare (each one a finding: DynamoDB rejects them). */
  readonly undeclaredIndexReaders: readonly (CallSite & { readonly index: string })[];
  /** Reads whose index name is computed at run time. */
  readonly computedIndexReaders: readonly CallSite[];
  readonly scans: readonly CallSite[];
  /**
   * GSIs no linted call reads; null when it cannot be told (no code uses the table, an index name is
   * computed at run time, or the indexes are only known at deploy time).
   */
  readonly unreadIndexes: readonly string[] | null;
  readonly writeAmplification: WriteAmplification | null;
}

export interface AccessPatterns {
  readonly version: 1;
  readonly tables: readonly TablePattern[];
  /** Calls no declared table could be tied to, by operation. */
  readonly unattributed: Readonly<Record<string, number>>;
}

const WRITES = new Set<CodeUse['operation']>([
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);

export function accessPatterns(tables: readonly TableModel[], uses: readonly CodeUse[]): AccessPatterns {
  const byTable = new Map<string, { table: TableModel; uses: CodeUse[] }>();
  for (const table of tables) {
    const key = `${table.source.file}\u0000${table.id}`;
    if (!byTable.has(key)) byTable.set(key, { table, uses: [] });
  }
  const unattributed: Record<string, number> = {};
  for (const use of uses) {
    const table = declaredTableOf(use, tables);
    const entry = table && byTable.get(`${table.source.file}\u0000${table.id}`);
    if (entry) entry.uses.push(use);
    else unattributed[use.operation] = (unattributed[use.operation] ?? 0) + 1;
  }
  return {
    version: 1,
    tables: [...byTable.values()].map(({ table, uses: tableUses }) => tablePattern(table, tableUses)),
    unattributed,
  };
}

function tablePattern(table: TableModel, uses: readonly CodeUse[]): TablePattern {
  const indexes = declaredIndexes(table);
  const reads = uses.filter((use) => INDEX_READS.has(use.operation));
  const named = reads.map(indexRead);
  const operations: Record<string, number> = {};
  for (const use of uses) operations[use.operation] = (operations[use.operation] ?? 0) + 1;
  const readersOf = (name: string | null): CallSite[] =>
    reads.filter((use) => indexRead(use) === name).map(callSite);
  const canTell = uses.length > 0 && indexes !== undefined && !named.includes(undefined);
  return {
    table: table.id,
    label: tableLabel(table),
    file: table.source.file,
    line: table.location.line,
    keys: table.keySchema.known ? keysOf(table.keySchema.value) : null,
    operations,
    tableReaders: readersOf(null),
    indexes: (indexes ?? []).map((index) => ({
      name: index.indexName,
      kind: index.kind,
      keys: index.keySchema.known ? keysOf(index.keySchema.value) : null,
      projection: index.projection?.known ? index.projection.value.type : null,
      readers: readersOf(index.indexName),
    })),
    undeclaredIndexReaders: reads.flatMap((use) => {
      const index = indexRead(use);
      return typeof index === 'string' && !indexes?.some((i) => i.indexName === index)
        ? [{ ...callSite(use), index }]
        : [];
    }),
    computedIndexReaders: reads.filter((use) => indexRead(use) === undefined).map(callSite),
    scans: uses.filter((use) => use.operation === 'Scan' || use.operation === 'ParallelScan').map(callSite),
    unreadIndexes: canTell
      ? (indexes ?? [])
          .filter((index) => index.kind === 'global' && !named.includes(index.indexName))
          .map((index) => index.indexName)
      : null,
    writeAmplification: amplification(
      uses.filter((use) => WRITES.has(use.operation)),
      (indexes ?? []).filter((index) => index.kind === 'global'),
    ),
  };
}

function callSite(use: CodeUse): CallSite {
  return {
    operation: use.operation,
    file: use.location.file,
    line: use.location.line,
    scope: use.scope ?? '<module>',
  };
}

function keysOf(elements: readonly KeyElement[]): PatternKeys {
  const partition = elements.find((key) => key.role === 'partition')?.attribute;
  const sort = elements.find((key) => key.role === 'sort')?.attribute;
  return { ...(partition !== undefined ? { partition } : {}), ...(sort !== undefined ? { sort } : {}) };
}

/**
 * Writes × (1 + the GSIs each write reaches). A PutItem reaches a GSI when it writes the index's
 * partition key (an item without it is not in the sparse index); an UpdateItem when it writes one of
 * the index's keys or projected attributes. Any other write, or one whose attributes are not known,
 * counts every GSI.
 */
function amplification(writes: readonly CodeUse[], gsis: readonly IndexModel[]): WriteAmplification | null {
  if (writes.length === 0) return null;
  let indexWrites = 0;
  let exact = 0;
  for (const write of writes) {
    const written = write.writtenAttributes;
    const reached =
      written && (write.operation === 'PutItem' || write.operation === 'UpdateItem')
        ? gsis.filter((gsi) => reaches(write.operation, written, gsi)).length
        : undefined;
    if (reached !== undefined) exact += 1;
    indexWrites += reached ?? gsis.length;
  }
  return {
    writes: writes.length,
    indexWrites,
    factor: Math.round(((writes.length + indexWrites) / writes.length) * 100) / 100,
    basis: exact === writes.length ? 'attributes' : exact === 0 ? 'index-count' : 'mixed',
  };
}

function reaches(operation: CodeUse['operation'], written: readonly string[], gsi: IndexModel): boolean {
  // Unknown keys: the index may be reached.
  if (!gsi.keySchema.known) return true;
  const keys = gsi.keySchema.value.map((key) => key.attribute);
  if (operation === 'PutItem') {
    const partition = gsi.keySchema.value.find((key) => key.role === 'partition')?.attribute;
    return partition === undefined || written.includes(partition);
  }
  const projection: Projection | undefined = gsi.projection?.known ? gsi.projection.value : undefined;
  if (!projection || projection.type === 'ALL') return written.length > 0;
  const projected = projection.type === 'INCLUDE' ? [...keys, ...projection.nonKeyAttributes] : keys;
  return written.some((attribute) => projected.includes(attribute));
}

/** A read or write a change adds or removes: `adds a Query on OrdersTable.byCustomer at src/orders.ts:42`. */
export interface AccessChange {
  readonly change: 'adds' | 'removes';
  readonly operation: CodeUse['operation'];
  /** `OrdersTable`, `OrdersTable.byCustomer`; an index name computed at run time reads `OrdersTable.?`. */
  readonly target: string;
  readonly file: string;
  readonly line: number;
}

/**
 * The access patterns the head adds or removes compared with the base: calls tied to declared tables,
 * identified by table, index, operation, file and function (not line, so moved code is no change). Calls
 * tied to no table are left out: they would appear and vanish with attribution, not with the code.
 */
export function accessChanges(
  head: { readonly tables: readonly TableModel[]; readonly uses: readonly CodeUse[] },
  base: { readonly tables: readonly TableModel[]; readonly uses: readonly CodeUse[] },
): AccessChange[] {
  const patternsOf = (side: typeof head): Map<string, { use: CodeUse; target: string }[]> => {
    const byKey = new Map<string, { use: CodeUse; target: string }[]>();
    for (const use of side.uses) {
      const table = declaredTableOf(use, side.tables);
      if (!table) continue;
      const index = indexRead(use);
      const target = `${table.id}${index === null ? '' : `.${index ?? '?'}`}`;
      const key = `${target}\u0000${use.operation}\u0000${use.location.file}\u0000${use.scope ?? ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { use, target }]);
    }
    return byKey;
  };
  const before = patternsOf(base);
  const after = patternsOf(head);
  const changes: AccessChange[] = [];
  const compare = (from: typeof before, to: typeof after, change: AccessChange['change']): void => {
    for (const [key, calls] of to) {
      // Several calls of one kind in one function: only the ones beyond the other side's count changed.
      for (const { use, target } of calls.slice(from.get(key)?.length ?? 0))
        changes.push({
          change,
          operation: use.operation,
          target,
          file: use.location.file,
          line: use.location.line,
        });
    }
  };
  compare(before, after, 'adds');
  compare(after, before, 'removes');
  return changes;
}
