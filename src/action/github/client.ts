/**
 * The REST client the publishers share: `@actions/github`'s Octokit against `GITHUB_API_URL`, with
 * retries for 5xx answers and the throttling plugin's waits for primary and secondary rate limits.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries per request for rate limits before giving up (each waits as long as GitHub asks). */
const RATE_LIMIT_RETRIES = 2;

export interface ClientOptions {
  readonly baseUrl: string;
  /** Multiplier (ms) of the retry back-off for 5xx answers; tests shorten it. */
  readonly retryAfterBaseValue?: number;
}

export function createClient(token: string, options: ClientOptions): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      retry: {
        retries: 3,
        ...(options.retryAfterBaseValue !== undefined
          ? { retryAfterBaseValue: options.retryAfterBaseValue }
          : {}),
      },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _client: unknown,
          retryCount: number,
        ) => {
          core.info(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _client: unknown,
          retryCount: number,
        ) => {
          core.info(
            `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`,
          );
          return retryCount < RATE_LIMIT_RETRIES;
        },
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
