/** The run context and key the Action derives from the event and the environment. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/event.ts';
import { keyMarker, runKey } from '../../src/action/key.ts';
import { workspace } from '../helpers/workspace.ts';
import { webhookExample } from './runner.ts';

async function contextOf(event: unknown) {
  const dir = await workspace();
  const file = path.join(dir, 'event.json');
  await writeFile(file, JSON.stringify(event));
  return readRunContext({ GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: 'pull_request' });
}

describe('fork detection', () => {
  it('tells a same-repository pull request, a fork and a deleted fork apart', async () => {
    const event = webhookExample('pull_request', 'opened');
    const pr = event.pull_request as { head: { repo: { full_name: string } | null }; base: { ref: string } };
    expect((await contextOf(event)).pullRequest).toMatchObject({ fromFork: false, baseRef: pr.base.ref });
    pr.head.repo = { ...pr.head.repo, full_name: 'a-contributor/Hello-World' };
    expect((await contextOf(event)).pullRequest?.fromFork).toBe(true);
    pr.head.repo = null;
    expect((await contextOf(event)).pullRequest?.fromFork).toBe(true);
  });
});

describe('runKey', () => {
  it('derives the key from the workflow, the job and the matrix values', () => {
    expect(runKey({ workflow: 'CI', job: 'lint' })).toEqual({ id: 'CI / lint' });
    expect(runKey({ workflow: 'CI', job: 'lint', matrix: 'null' })).toEqual({ id: 'CI / lint' });
    expect(
      runKey({ workflow: 'Drift', job: 'drift', matrix: '{"account":"1111","region":"eu-west-1","n":2}' }),
    ).toEqual({ id: 'Drift / drift / 1111, eu-west-1, 2', label: '1111, eu-west-1, 2' });
    expect(runKey({ key: ' prod ', workflow: 'CI', matrix: '{"a":"b"}' })).toEqual({
      id: 'prod',
      label: 'prod',
    });
    expect(runKey({})).toEqual({ id: 'default' });
  });

  it('cannot end its hidden marker early', () => {
    expect(keyMarker('pull-request-comment', { id: 'x --> <b>"' })).toBe(
      '<!-- dynalint:pull-request-comment key=x%20--%3E%20%3Cb%3E%22 -->',
    );
  });
});
