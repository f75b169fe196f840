/**
 * The SDK's retry decisions, bounded: transient, server and throttling errors are retried up to
 * `maxAttempts` with exponential back-off and full jitter; once any request has been throttled through
 * all its attempts, later throttled requests are not retried at all, so an endpoint that always
 * throttles costs one request per table after the first. The delay function is injectable: tests
 * never sleep on real back-off.
 *
 * Implements the SDK's `RetryStrategyV2` shape structurally (the SDK reads only these members).
 */

/** Back-off before retry `attempt` (1-based), in milliseconds. */
export type RetryDelay = (attempt: number) => number;

/** 100 ms, 200 ms, 400 ms, … up to 5 s, each drawn uniformly below that ceiling. */
export const exponentialBackoff: RetryDelay = (attempt) =>
  Math.random() * Math.min(5_000, 100 * 2 ** (attempt - 1));

interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

interface RetryErrorInfo {
  readonly error?: unknown;
  readonly errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';
}

function token(count: number, delay: number): RetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => delay };
}

export class BoundedRetryStrategy {
  /** Set once a request was still throttled after every attempt. */
  private throttledOut = false;

  constructor(
    private readonly maxAttempts: number,
    private readonly delay: RetryDelay = exponentialBackoff,
  ) {}

  acquireInitialRetryToken(): Promise<RetryToken> {
    return Promise.resolve(token(0, 0));
  }

  /** A token for one more attempt; rejecting makes the SDK throw the request's last error. */
  refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const retries = previous.getRetryCount() + 1;
    if (info.errorType === 'CLIENT_ERROR') return Promise.reject(info.error);
    if (info.errorType === 'THROTTLING' && this.throttledOut) return Promise.reject(info.error);
    if (retries >= this.maxAttempts) {
      if (info.errorType === 'THROTTLING') this.throttledOut = true;
      return Promise.reject(info.error);
    }
    return Promise.resolve(token(retries, Math.max(0, this.delay(retries))));
  }

  recordSuccess(): void {}
}
