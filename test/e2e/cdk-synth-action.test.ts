/**
 * The Action (dist/action.js under Node 24, against the GitHub stand-in) with `cdk-synth: true` on a pull
 * request that edits a CDK stack: the app and its base are synthesized, and the changed `partitionKey`
 * line of the stack file — a line of the pull request's diff — carries the annotations.
 */
import { readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../action/github-api.ts';
import { NODE_24, runAction, webhookExample } from '../action/runner.ts';
import { changeRepository, git } from '../helpers/git.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TS_APP = path.join(ROOT, 'test/fixtures/cdk/ts-app');
const STACK = 'lib/catalog-stack.ts';

let api: GitHubApi;
beforeAll(async () => {
  api = await new GitHubApi().start();
});
afterAll(async () => {
  await api.stop();
});

describe('the Action with cdk-synth on a pull request', () => {
  it('annotates the changed partitionKey line of the stack with the replacement it causes', async () => {
    const stack = await readFile(path.join(TS_APP, STACK), 'utf8');
    const before = "      partitionKey: { name: 'productId', type: AttributeType.STRING },\n      billing";
    const after = "      partitionKey: { name: 'status', type: AttributeType.STRING },\n      billing";
    const changed = stack.replace(before, after);
    expect(changed).not.toBe(stack);
    const dir = await changeRepository(
      {
        '.gitignore': 'node_modules\n',
        '.dynalint.yml': 'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n',
        'cdk.json': await readFile(path.join(TS_APP, 'cdk.json'), 'utf8'),
        'bin/catalog.ts': await readFile(path.join(TS_APP, 'bin/catalog.ts'), 'utf8'),
        [STACK]: stack,
      },
      { [STACK]: changed },
    );
    // The workflow's `npm ci` step: the app's dependencies are installed in the working tree.
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const line = changed.split('\n').findIndex((text) => text.includes("name: 'status'")) + 1;
    const event = webhookExample('pull_request', 'opened');
    const pr = event.pull_request as {
      number: number;
      base: { sha: string; ref: string };
      head: { sha: string };
    };
    pr.base.sha = await git(dir, 'rev-parse', 'main');
    pr.base.ref = 'main';
    pr.head.sha = await git(dir, 'rev-parse', 'HEAD');
    api.pullFiles.set(pr.number, [
      {
        filename: STACK,
        status: 'modified',
        patch: `@@ -${line},1 +${line},1 @@\n-${before.split('\n')[0]}\n+${after.split('\n')[0]}`,
      },
    ]);

    const run = await runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName: 'pull_request',
      event,
      node: NODE_24,
      inputs: { 'cdk-synth': 'true' },
    });

    expect(api.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(api.checkRuns[0]?.conclusion).toBe('failure');
    // Errors first: the check run's annotations are capped, and failures must not be the ones left out.
    expect(api.checkRuns[0]?.annotations).toEqual([
      expect.objectContaining({
        path: STACK,
        start_line: line,
        title: 'table-replacement',
        annotation_level: 'failure',
      }),
      expect.objectContaining({ path: STACK, start_line: line, title: 'low-cardinality-key' }),
    ]);
    // The findings the base already had (its app was synthesized too) are not new.
    expect(run.outputs).toMatchObject({ 'new-findings': '2' });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.findings.length).toBeGreaterThan(2);
    expect(report.findings.every((f: { location: { file: string } }) => f.location.file === STACK)).toBe(
      true,
    );
  });
});
