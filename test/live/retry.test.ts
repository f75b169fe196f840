/** The SDK retry decisions: bounded attempts, injectable back-off, throttling retries capped run-wide. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/live/errors.ts';
import { collectPages } from '../../src/live/paginate.ts';
import { BoundedRetryStrategy, exponentialBackoff } from '../../src/live/retry.ts';
import { checkTableAnswer } from '../../src/live/validate.ts';
import { driftOptions } from '../../src/cli/drift-options.ts';

async function attempts(
  strategy: BoundedRetryStrategy,
  errorType: 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR',
) {
  let token = await strategy.acquireInitialRetryToken();
  const delays: number[] = [];
  for (;;) {
    try {
      token = await strategy.refreshRetryTokenForRetry(token, { errorType, error: new Error(errorType) });
      delays.push(token.getRetryDelay());
    } catch {
      return { tries: delays.length + 1, delays };
    }
  }
}

describe('BoundedRetryStrategy', () => {
  it('retries up to the attempt limit with the injected back-off', async () => {
    const strategy = new BoundedRetryStrategy(5, (n) => n * 10);
    expect(await attempts(strategy, 'SERVER_ERROR')).toEqual({ tries: 5, delays: [10, 20, 30, 40] });
    expect(await attempts(strategy, 'CLIENT_ERROR')).toEqual({ tries: 1, delays: [] });
  });

  it('stops retrying throttled requests once one was throttled through all its attempts', async () => {
    const strategy = new BoundedRetryStrategy(5, () => 0);
    expect((await attempts(strategy, 'THROTTLING')).tries).toBe(5);
    expect((await attempts(strategy, 'THROTTLING')).tries).toBe(1);
    // Other transient failures keep their retries.
    expect((await attempts(strategy, 'SERVER_ERROR')).tries).toBe(5);
  });

  it('draws the default back-off below an exponential ceiling capped at 5 s', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const delay = exponentialBackoff(attempt);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(5_000, 100 * 2 ** (attempt - 1)));
    }
  });
});

describe('collectPages', () => {
  it('follows tokens to the end', async () => {
    const pages: Record<string, { items: number[]; next: string | undefined }> = {
      start: { items: [1, 2], next: 'b' },
      b: { items: [3], next: 'c' },
      c: { items: [4], next: undefined },
    };
    expect(
      await collectPages('List', async (token) => pages[token ?? 'start'] as (typeof pages)['b']),
    ).toEqual([1, 2, 3, 4]);
  });

  it('stops at a token it has seen before, even in a longer cycle', async () => {
    let calls = 0;
    const cycle = ['a', 'b', 'c'];
    await expect(
      collectPages('ListTables', async () => ({ items: [calls], next: cycle[calls++ % 3] })),
    ).rejects.toThrow('ListTables repeated a pagination token it had already given');
    expect(calls).toBe(4);
  });
});

describe('classify', () => {
  it('takes an HTTP 5xx as a server failure whatever error type its body names', () => {
    const error = Object.assign(new Error('Requested resource not found'), {
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 500 },
    });
    expect(classify(error)).toEqual({
      kind: 'server',
      detail: 'HTTP 500 ResourceNotFoundException: Requested resource not found',
    });
    expect(classify(Object.assign(error, { $metadata: { httpStatusCode: 400 } })).kind).toBe('not-found');
  });
});

describe('--drift-timeout', () => {
  it('takes seconds, and refuses what is not a positive number', () => {
    expect(driftOptions({ drift: true, 'drift-timeout': '2.5' })).toMatchObject({ driftTimeoutMs: 2_500 });
    expect(driftOptions({ drift: true, 'drift-timeout': '0' })).toMatch(/--drift-timeout must be/);
    expect(driftOptions({ drift: true, 'drift-timeout': 'soon' })).toMatch(/--drift-timeout must be/);
    expect(driftOptions({ 'drift-timeout': '5' })).toBe('--drift-timeout needs --drift');
  });
});

describe('answer shapes', () => {
  it('accepts indexes keyed by several attributes per role, and refuses a table key of three', () => {
    const base = {
      TableName: 't',
      AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }],
    };
    const key = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ AttributeName: `k${i}`, KeyType: i < 2 ? 'HASH' : 'RANGE' }));
    expect(() =>
      checkTableAnswer({ ...base, GlobalSecondaryIndexes: [{ IndexName: 'g', KeySchema: key(4) }] }, 't'),
    ).not.toThrow();
    expect(() => checkTableAnswer({ ...base, KeySchema: key(3) }, 't')).toThrow(
      /KeySchema must NOT have more than 2 items/,
    );
  });
});
