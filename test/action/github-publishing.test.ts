/**
 * The Action's GitHub publishers against the OpenAPI-validating stand-in, in process: every request has a
 * deadline, the check run is concluded whatever happens to its annotations, 20,000 findings send a bounded
 * number of annotations, and the sticky comment is only ever the token's own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_REQUEST, MAX_ANNOTATIONS, publishCheckRun } from '../../src/action/github/checks.ts';
import { createClient } from '../../src/action/github/client.ts';
import { publishStickyComment } from '../../src/action/github/comment.ts';
import { syncTrackingIssue } from '../../src/action/github/issue.ts';
import type { Finding, Severity } from '../../src/model.ts';
import { GitHubApi } from './github-api.ts';

const TOKEN = 'ghs_publishing0123456789';
const repository = { owner: 'Codertocat', repo: 'Hello-World' };
const MARKER = '<!-- dynalint:pull-request-comment key=default -->';

let api: GitHubApi;
beforeAll(async () => {
  api = await new GitHubApi().start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  for (const list of [api.requests, api.violations, api.checkRuns, api.comments, api.issues]) list.length = 0;
  api.failOnce.clear();
  api.hang.clear();
  api.identity = 'github-actions[bot]';
});

function finding(i: number, severity: Severity): Finding {
  return {
    ruleId: 'low-cardinality-key',
    messageId: 'lowCardinality',
    severity,
    message: `table ${i}: the partition key "status" has few distinct values`,
    location: { file: 'infra/tables.yaml', line: i + 1, column: 1, endLine: i + 1, endColumn: 10 },
    fingerprint: `f${i}`,
  };
}

function checkRun(annotations: readonly Finding[]) {
  return {
    repository,
    headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    annotations,
    conclusion: 'neutral' as const,
    output: { title: `${annotations.length} problems`, summary: '## dynalint\n\nThe findings.' },
    repositoryPath: (file: string) => file,
    elsewhere: 'the job summary',
  };
}

const client = (requestTimeoutMs?: number) =>
  createClient(TOKEN, {
    baseUrl: api.url,
    retryAfterBaseValue: 1,
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
  });

describe('GitHub API requests', () => {
  it('time out when GitHub does not answer, and later requests fail at once', async () => {
    api.hang.add('POST /repos/{owner}/{repo}/check-runs');
    const github = client(300);
    const started = performance.now();
    await expect(publishCheckRun(github, checkRun([finding(1, 'warning')]))).rejects.toThrow(
      'GitHub did not answer POST /repos/Codertocat/Hello-World/check-runs within 0.3 s',
    );
    // Not retried: a hung server is not asked three more times.
    expect(api.requests.filter((r) => r.template.endsWith('/check-runs'))).toHaveLength(1);
    const next = performance.now();
    await expect(
      publishStickyComment(github, {
        repository,
        pullNumber: 1,
        body: 'report',
        allClear: 'clear',
        marker: MARKER,
      }),
    ).rejects.toThrow(/not sent: GitHub did not answer POST/);
    expect(performance.now() - next).toBeLessThan(200);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('the check run', () => {
  it('is completed with a conclusion and a summary that says what failed when GitHub refuses a batch', async () => {
    api.failOnce.set('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', 422);
    const outcome = await publishCheckRun(
      client(),
      checkRun(Array.from({ length: 120 }, (_, i) => finding(i, 'warning'))),
    );
    expect(api.checkRuns).toHaveLength(1);
    const [run] = api.checkRuns;
    expect(run).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(run?.annotations).toEqual([]);
    expect(run?.output?.summary).toContain(
      'annotations 1–50 could not be published (422: Server Error), so 120 findings are not annotated: all are in the job summary.',
    );
    expect(outcome).toMatchObject({ annotated: 0, omitted: 120, failure: expect.stringContaining('422') });
    expect(api.violations).toEqual([]);
  });

  it('sends at most MAX_ANNOTATIONS of 20,000 findings, the errors first, and counts the rest', async () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding(i, i % 1000 === 999 ? 'error' : 'warning'),
    );
    const started = performance.now();
    const outcome = await publishCheckRun(client(), checkRun(findings));
    const seconds = (performance.now() - started) / 1000;
    const updates = api.requests.filter((r) => r.template.endsWith('/check-runs/{check_run_id}'));
    expect(updates).toHaveLength(MAX_ANNOTATIONS / ANNOTATIONS_PER_REQUEST);
    const [run] = api.checkRuns;
    expect(run?.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(
      run?.annotations.slice(0, 20).map((a) => (a as { annotation_level: string }).annotation_level),
    ).toEqual(Array(20).fill('failure'));
    expect(run).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(run?.output?.summary).toContain(
      `${20_000 - MAX_ANNOTATIONS} more findings are not annotated (a check run gets at most ${MAX_ANNOTATIONS} annotations from dynalint): all are in the job summary.`,
    );
    expect(outcome).toMatchObject({ annotated: MAX_ANNOTATIONS, omitted: 20_000 - MAX_ANNOTATIONS });
    // Octokit paces writes a second apart: the cap bounds the time (20,000 findings once took 438 s).
    expect(seconds).toBeLessThan(20);
    expect(api.violations).toEqual([]);
  }, 40_000);
});

describe('the sticky comment and the tracking issue', () => {
  it("edit only the token's own comment, never a person's that carries the marker", async () => {
    api.comments.push({
      id: 1,
      issue: 7,
      body: `${MARKER}\nI pasted dynalint's marker here`,
      author: { login: 'octocat', type: 'User' },
    });
    const github = client();
    const first = await publishStickyComment(github, {
      repository,
      pullNumber: 7,
      body: 'two problems',
      allClear: 'clear',
      marker: MARKER,
    });
    expect(first).toBe('created');
    expect(api.comments[0]?.body).toBe(`${MARKER}\nI pasted dynalint's marker here`);
    expect(api.comments).toHaveLength(2);
    const second = await publishStickyComment(github, {
      repository,
      pullNumber: 7,
      body: 'one problem',
      allClear: 'clear',
      marker: MARKER,
    });
    expect(second).toBe('updated');
    expect(api.comments.map((c) => c.body)).toEqual([
      `${MARKER}\nI pasted dynalint's marker here`,
      `${MARKER}\none problem`,
    ]);
    expect(api.violations).toEqual([]);
  });

  it("matches a personal token's own login, and not a bot's comment then", async () => {
    api.identity = 'octocat';
    api.comments.push({
      id: 1,
      issue: 7,
      body: `${MARKER}\nold report`,
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    api.comments.push({
      id: 2,
      issue: 7,
      body: `${MARKER}\nmy report`,
      author: { login: 'octocat', type: 'User' },
    });
    const outcome = await publishStickyComment(client(), {
      repository,
      pullNumber: 7,
      body: 'new report',
      allClear: 'clear',
      marker: MARKER,
    });
    expect(outcome).toBe('updated');
    expect(api.comments.map((c) => c.body)).toEqual([`${MARKER}\nold report`, `${MARKER}\nnew report`]);
  });

  it('never closes an issue someone else opened with the tracking marker', async () => {
    const marker = '<!-- dynalint:drift-tracking-issue key=default -->';
    api.issues.push({
      number: 5,
      title: 'Drift?',
      body: `${marker}\nasking about drift`,
      state: 'open',
      labels: ['dynalint-drift'],
      author: { login: 'octocat', type: 'User' },
    });
    const outcome = await syncTrackingIssue(client(), {
      repository,
      title: 'DynamoDB drift',
      body: undefined,
      resolvedComment: 'No drift found any more',
      marker,
    });
    expect(outcome).toEqual({ action: 'none' });
    expect(api.issues[0]?.state).toBe('open');
    expect(api.comments).toEqual([]);
  });
});
