/** What change rules ask of a pair of table models: comparable signatures of keys and indexes. */
import type { IndexModel, KeyElement, Prop } from '../model.ts';

/** `partition:pk,sort:sk` — order-sensitive, as DynamoDB key schemas are. */
export function keySignature(keys: readonly KeyElement[]): string {
  return keys.map((k) => `${k.role}:${k.attribute}`).join(',');
}

/** An index as the service sees it: name, key and projection. */
export function indexSignature(index: IndexModel): string | undefined {
  if (!index.name.known || !index.keySchema.known) return undefined;
  const projection = index.projection?.known
    ? `${index.projection.value.type}:${[...index.projection.value.nonKeyAttributes].sort().join('|')}`
    : index.projection
      ? undefined
      : '';
  if (projection === undefined) return undefined;
  return `${index.name.value}|${keySignature(index.keySchema.value)}|${projection}`;
}

/** Index name → signature, or undefined when some index is not fully known. */
export function indexSignatures(indexes: Prop<readonly IndexModel[]>): Map<string, string> | undefined {
  if (!indexes.known) return undefined;
  const signatures = new Map<string, string>();
  for (const index of indexes.value) {
    const signature = indexSignature(index);
    if (signature === undefined || !index.name.known) return undefined;
    signatures.set(index.name.value, signature);
  }
  return signatures;
}

/** Both values known and different. */
export function changed<T>(before: Prop<T> | undefined, after: Prop<T> | undefined): boolean {
  return before?.known === true && after?.known === true && before.value !== after.value;
}
