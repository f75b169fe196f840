/**
 * Paging through a list operation without trusting the endpoint to end it: a token seen before (a
 * loop) or more pages than any real account has stops the listing with an `InvalidAnswerError`.
 */
import { appendAll } from '../shared/append.ts';
import { InvalidAnswerError } from './validate.ts';

/** More pages than this is an endpoint that never ends a listing (10,000 pages of 100 tables). */
export const MAX_PAGES = 10_000;

export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | undefined;
}

export async function collectPages<T>(
  operation: string,
  fetch: (token: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await fetch(token);
    appendAll(all, page.items);
    token = page.next;
    if (!token) return all;
    if (seen.has(token)) {
      throw new InvalidAnswerError(`${operation} repeated a pagination token it had already given`);
    }
    if (pages >= MAX_PAGES) throw new InvalidAnswerError(`${operation} gave more than ${MAX_PAGES} pages`);
    seen.add(token);
  }
}
