/**
 * What access-pattern rules and the `patterns` map share: a declared table's indexes and keys as the code
 * can address them, which uses read which index, and stable identities for calls.
 */
import type { CodeUse, IndexModel, KeyElement, TableModel } from '../model.ts';

/** Operations that read through a key condition or a whole table/index, and may name an index. */
export const INDEX_READS: ReadonlySet<CodeUse['operation']> = new Set([
  'Query',
  'Scan',
  'ParallelScan',
  'ExecuteStatement',
]);

/** The table's indexes (global then local) when the declaration states every one and its name; else undefined. */
export function declaredIndexes(
  table: TableModel,
): readonly (IndexModel & { readonly indexName: string })[] | undefined {
  if (!table.globalIndexes.known || !table.localIndexes.known) return undefined;
  const indexes = [...table.globalIndexes.value, ...table.localIndexes.value];
  if (indexes.some((index) => !index.name.known)) return undefined;
  return indexes.map((index) => ({ ...index, indexName: index.name.known ? index.name.value : '' }));
}

/** The key schema a read addresses: the table's, or the named index's; undefined when not known. */
export function keysOf(table: TableModel, index: string | undefined): readonly KeyElement[] | undefined {
  if (index === undefined) return table.keySchema.known ? table.keySchema.value : undefined;
  const found = declaredIndexes(table)?.find((i) => i.indexName === index);
  return found?.keySchema.known ? found.keySchema.value : undefined;
}

/** `partition key customerId, sort key createdAt`. */
export function describeKeys(keys: readonly KeyElement[]): string {
  return keys.map((key) => `${key.role} key ${key.attribute}`).join(', ');
}

/** The index name a use reads, when it names one literally; `null` for the base table; undefined when unknown. */
export function indexRead(use: CodeUse): string | null | undefined {
  if (!use.index) return null;
  return use.index.known ? use.index.value : undefined;
}

/**
 * Stable identities for calls: `file:scope:operation:a`, `…:b` for the second such call in one scope, so
 * a finding keeps its fingerprint when code above it moves.
 */
export class CallIdentities {
  private readonly ranks = new Map<string, number>();

  of(use: CodeUse, tag: string = use.operation): string {
    const scope = use.scope ?? '<module>';
    const key = `${use.location.file}\u0000${scope}\u0000${tag}`;
    const rank = (this.ranks.get(key) ?? 0) + 1;
    this.ranks.set(key, rank);
    return `${use.location.file}:${scope}:${tag}:${ordinal(rank)}`;
  }
}

/** 1 → a, 26 → z, 27 → aa: the rank of a call among the same operation's calls in one scope. */
export function ordinal(rank: number): string {
  let text = '';
  for (let n = rank; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}

/** Uses that share a call (a batch over several tables is one use per table): one per location. */
export function onePerCall(uses: readonly CodeUse[]): CodeUse[] {
  const seen = new Set<string>();
  return uses.filter((use) => {
    const key = `${use.location.file}:${use.location.line}:${use.location.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
