/**
 * `target.push(...items)` passes every item as an argument: past about 100,000 items (a large repository's
 * file list, a generated file's findings) that overflows the stack. This appends one at a time.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
