/**
 * The REST client the publishers share: `@actions/github`'s Octokit against `GITHUB_API_URL`, with
 * retries for 5xx answers, the throttling plugin's waits for primary and secondary rate limits (capped),
 * and a time limit on every request: an unanswered or trickling call can never hang the Action.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { logSafePath } from '../log-safe.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries per request for rate limits before giving up. */
const RATE_LIMIT_RETRIES = 2;
/** A rate limit that asks for a longer wait is not waited for: the publisher reports it instead. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Each request (connect, headers and body) must finish in this time. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface ClientOptions {
  readonly baseUrl: string;
  /** Multiplier (ms) of the retry back-off for 5xx answers; tests shorten it. */
  readonly retryAfterBaseValue?: number;
  /** Per-request time limit (default `REQUEST_TIMEOUT_MS`); tests shorten it. */
  readonly requestTimeoutMs?: number;
  /**
   * Spacing of write requests (POST, PATCH, PUT, DELETE). GitHub asks for at least a second between them,
   * the throttling plugin's default; tests talking to a local server set it from the environment.
   */
  readonly writeIntervalMs?: number;
}

/** Names the write spacing for a run (`DYNALINT_GITHUB_WRITE_INTERVAL_MS`): the test suite's local GitHub server needs none. */
export const WRITE_INTERVAL_VARIABLE = 'DYNALINT_GITHUB_WRITE_INTERVAL_MS';

/** The write spacing the environment asks for, when it names a whole number of milliseconds. */
export function writeIntervalFrom(env: NodeJS.ProcessEnv): { writeIntervalMs?: number } {
  const text = env[WRITE_INTERVAL_VARIABLE];
  const ms = text === undefined || !/^\d{1,6}$/.test(text) ? undefined : Number(text);
  return ms === undefined ? {} : { writeIntervalMs: ms };
}

type Fetch = typeof fetch;

/**
 * A request GitHub did not finish in time. Named `AbortError` so that Octokit passes it on as it is and the
 * retry plugin does not repeat it: a server that hangs once is not asked three more times.
 */
class GitHubTimeout extends Error {
  override readonly name = 'AbortError';
}

/**
 * `fetch` with a deadline on the whole exchange (the abort also ends a body still trickling in). After one
 * timeout, later requests fail at once: the Action's remaining publishers degrade instead of each waiting.
 */
export function timedFetch(inner: Fetch, timeoutMs: number): Fetch {
  let unresponsive: GitHubTimeout | undefined;
  return async (input, init) => {
    const { method = 'GET' } = init ?? {};
    const where = `${method} ${logSafePath(input instanceof Request ? input.url : String(input))}`;
    if (unresponsive) throw new GitHubTimeout(`${where} not sent: ${unresponsive.message}`);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      unresponsive = new GitHubTimeout(`GitHub did not answer ${where} within ${timeoutMs / 1000} s`);
      controller.abort(unresponsive);
    }, timeoutMs);
    // The deadline must not keep a finished Action alive.
    timer.unref();
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    return inner(input, { ...init, signal });
  };
}

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const rateLimited =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _client: unknown,
      retryCount: number,
    ): boolean => {
      const wait = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      core.info(
        `GitHub ${kind} on ${request.method} ${logSafePath(request.url)}; ${wait ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`}`,
      );
      return wait;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      request: {
        ...defaults.request,
        fetch: timedFetch(
          (defaults.request?.fetch as Fetch | undefined) ?? fetch,
          options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
        ),
      },
      retry: {
        retries: 3,
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
      throttle: {
        ...(options.writeIntervalMs !== undefined
          ? {
              write: new Bottleneck.Group({
                id: 'octokit-write',
                maxConcurrent: 1,
                minTime: options.writeIntervalMs,
              }),
            }
          : {}),
        onRateLimit: rateLimited('rate limit'),
        onSecondaryRateLimit: rateLimited('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/** The token may not do this (fork pull requests, missing `permissions:`). */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number } | undefined)?.status;
  return status === 403;
}
