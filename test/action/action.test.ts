import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.ts';
import { workspace, writeFiles } from '../helpers/workspace.ts';
import { GitHubApi } from './github-api.ts';
import { NODE_24, runAction, webhookExample, type ActionRunOptions } from './runner.ts';

const TOKEN = 'ghs_testtoken0123456789';

/**
 * A table with a low-cardinality partition key (line 5 of its declaration), protected by point-in-time
 * recovery and deletion protection so that the key is its one finding.
 */
function hotTable(i: number): string {
  return `  Table${i}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
      DeletionProtectionEnabled: true
`;
}

function hotTables(count: number): string {
  return `Resources:\n${Array.from({ length: count }, (_, i) => hotTable(i)).join('')}`;
}

/** A patch that adds every line of `text` (a new file). */
function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

const pullRequest = () => webhookExample('pull_request', 'opened');
const PR_NUMBER = (pullRequest().pull_request as { number: number }).number;

let api: GitHubApi;
beforeAll(async () => {
  api = await new GitHubApi().start();
});
afterAll(async () => {
  await api.stop();
});

function reset(): void {
  api.requests.length = 0;
  api.violations.length = 0;
  api.checkRuns.length = 0;
  api.comments.length = 0;
  api.issues.length = 0;
  api.pullFiles.clear();
  api.denied.clear();
  api.failOnce.clear();
  api.hang.clear();
  api.echoCredentials = false;
  api.htmlUrl = (repository) => `https://github.com/${repository}`;
}

async function prRun(dir: string, extra: Partial<ActionRunOptions> = {}) {
  return runAction({
    workspace: dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: pullRequest(),
    ...extra,
    inputs: {
      'change-safety': 'false',
      'only-new': 'false',
      'sarif-file': 'dynalint.sarif',
      ...(extra.inputs ?? {}),
    },
  });
}

describe.each([
  ['Node 20', process.execPath],
  ['Node 24', NODE_24],
])('the Action on a pull request (%s)', (_name, node) => {
  it('annotates 120 findings in 3 batches, with one comment, one summary and one SARIF file', async () => {
    reset();
    const text = hotTables(120);
    const dir = await workspace({ 'infra/tables.yaml': text });
    api.pullFiles.set(PR_NUMBER, [
      { filename: 'infra/tables.yaml', status: 'added', patch: addedPatch(text) },
    ]);
    const run = await prRun(dir, { node });
    expect(api.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(api.checkRuns).toHaveLength(1);
    const [check] = api.checkRuns;
    expect(check).toMatchObject({ name: 'dynalint', status: 'completed', conclusion: 'neutral' });
    const updates = api.requests.filter((r) => r.template.endsWith('/check-runs/{check_run_id}'));
    expect(
      updates.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length),
    ).toEqual([50, 50, 20]);
    expect(check?.annotations[0]).toMatchObject({
      path: 'infra/tables.yaml',
      start_line: 6,
      end_line: 6,
      annotation_level: 'warning',
      title: 'low-cardinality-key',
    });
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toMatch(/^<!-- dynalint:pull-request-comment key=default -->\n/);
    expect(run.summary).toContain('**120 problems**');
    expect(run.outputs).toMatchObject({
      findings: '120',
      errors: '0',
      warnings: '120',
      drift: '0',
      'sarif-file': 'dynalint.sarif',
    });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.summary.warnings).toBe(120);
    const sarif = JSON.parse(await readFile(path.join(dir, 'dynalint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(120);
    // The token appears once: in the command that tells the runner to mask it.
    expect(run.stdout.split(TOKEN)).toHaveLength(2);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });
});

describe('the sticky comment and stable fingerprints', () => {
  it('updates one comment across runs, keeps SARIF fingerprints when lines shift, and turns it all-clear', async () => {
    reset();
    const text = hotTables(2);
    const dir = await workspace({ 'tables.yaml': text });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'tables.yaml', status: 'added', patch: addedPatch(text) }]);
    await prRun(dir);
    const first = JSON.parse(await readFile(path.join(dir, 'dynalint.sarif'), 'utf8'));
    const shifted = `# Tables of the orders service\n\n${text}`;
    await writeFiles(dir, { 'tables.yaml': shifted });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'tables.yaml', status: 'added', patch: addedPatch(shifted) }]);
    await prRun(dir);
    const second = JSON.parse(await readFile(path.join(dir, 'dynalint.sarif'), 'utf8'));
    const fingerprints = (log: typeof first) =>
      log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints);
    expect(fingerprints(second)).toEqual(fingerprints(first));
    expect(second.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(
      first.runs[0].results[0].locations[0].physicalLocation.region.startLine + 2,
    );
    expect(api.comments).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'POST' && r.template.endsWith('/comments'))).toHaveLength(
      1,
    );

    await writeFiles(dir, { 'tables.yaml': text.replace(/status/g, 'orderId') });
    const clean = await prRun(dir);
    expect(clean.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toContain('All clear');
    expect(api.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' });
    expect(api.violations).toEqual([]);
  });

  it('creates no comment on a clean pull request', async () => {
    reset();
    const dir = await workspace({ 'tables.yaml': hotTables(1).replace(/status/g, 'orderId') });
    await prRun(dir);
    expect(api.comments).toEqual([]);
  });
});

describe('filtering and permissions', () => {
  it('annotates only findings on added lines, and counts the rest in the summary', async () => {
    reset();
    const text = hotTables(3);
    const dir = await workspace({ 'tables.yaml': text });
    // Only the third table's lines are added by the pull request.
    const start = text.split('\n').indexOf('  Table2:') + 1;
    const added = hotTable(2).replace(/\n$/, '').split('\n');
    api.pullFiles.set(PR_NUMBER, [
      {
        filename: 'tables.yaml',
        status: 'modified',
        patch: `@@ -${start - 1},0 +${start},${added.length} @@\n${added.map((l) => `+${l}`).join('\n')}`,
      },
    ]);
    const run = await prRun(dir);
    expect(api.checkRuns[0]?.annotations).toHaveLength(1);
    expect(api.checkRuns[0]?.annotations[0]).toMatchObject({ start_line: start + 4 });
    expect(run.summary).toContain('**3 problems**');
    expect(run.stdout).toContain(
      '2 findings outside the changed lines (filter: added) are in the summary only',
    );
    const all = await prRun(dir, { inputs: { filter: 'nofilter' } });
    expect(all.code).toBe(0);
    expect(api.checkRuns.at(-1)?.annotations).toHaveLength(3);
  });

  it('falls back to workflow commands and one notice when the token may not write checks or comments', async () => {
    reset();
    const text = hotTables(2);
    const dir = await workspace({ 'tables.yaml': text });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'tables.yaml', status: 'added', patch: addedPatch(text) }]);
    api.denied.add('checks');
    api.denied.add('comments');
    const run = await prRun(dir);
    expect(run.code).toBe(0);
    expect(
      run.stdout.match(/^::warning title=dynalint low-cardinality-key,file=tables\.yaml,line=6,endLine=6,/m),
    ).not.toBeNull();
    expect(run.stdout.match(/^::warning /gm)).toHaveLength(2);
    expect(run.stdout.match(/^::notice::/gm)).toHaveLength(1);
    expect(run.stdout).toContain('grant checks: write and pull-requests: write');
    expect(run.summary).toContain('**2 problems**');
    expect(api.violations).toEqual([]);
  });

  it('retries a transient GitHub server error', async () => {
    reset();
    const text = hotTables(1);
    const dir = await workspace({ 'tables.yaml': text });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'tables.yaml', status: 'added', patch: addedPatch(text) }]);
    api.failOnce.set('POST /repos/{owner}/{repo}/check-runs', 502);
    const run = await prRun(dir);
    expect(run.code).toBe(0);
    expect(api.requests.filter((r) => r.template === '/repos/{owner}/{repo}/check-runs')).toHaveLength(2);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(run.stdout).not.toContain('::warning::dynalint could not publish');
  });

  it('fails the step on errors, whatever the publishing', async () => {
    reset();
    const dir = await workspace({
      'bad.yaml':
        'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\n      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }\n',
    });
    api.denied.add('checks');
    const run = await prRun(dir, { inputs: { filter: 'nofilter' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=dynalint key-attribute-definitions,file=bad.yaml');
    expect(run.stdout).toMatch(/::error::dynalint found 1 problem; failing on error/);
  });

  it('rejects a bad input with a clear message', async () => {
    reset();
    const dir = await workspace({});
    const run = await prRun(dir, { inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::input "fail-on" must be one of error, warning, info, never (got "sometimes")',
    );
  });
});

describe('secrets in the log', () => {
  it('prints no token or credential, whatever GitHub and the endpoint answer', async () => {
    reset();
    const text = hotTables(60);
    const dir = await workspace({ 'tables.yaml': text });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'tables.yaml', status: 'added', patch: addedPatch(text) }]);
    // A GitHub (or proxy) that quotes the Authorization header in errors and puts credentials, the token
    // and a workflow command into the URLs it returns.
    api.echoCredentials = true;
    api.failOnce.set('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', 422);
    api.htmlUrl = (repository) =>
      `https://x-access-token:${TOKEN}@github.com/${repository}\n::set-output name=leak::${TOKEN}`;
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const run = await prRun(dir, {
      inputs: { drift: 'true', endpoint: 'http://127.0.0.1:9', 'fail-on': 'never' },
      env: {
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: secretKey,
        AWS_REGION: 'us-east-1',
      },
    });
    expect(run.code).toBe(0);
    const report = await readFile(run.outputs.report as string, 'utf8');
    const sarif = await readFile(path.join(dir, 'dynalint.sarif'), 'utf8');
    const everything = [run.stdout, run.stderr, run.summary, run.outputFile, report, sarif].join('\n');
    // The token appears once: in the command that tells the runner to mask it.
    expect(everything.split(TOKEN)).toHaveLength(2);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(everything).not.toContain(secretKey);
    expect(everything).not.toContain('x-access-token');
    expect(run.stdout).not.toMatch(/^::set-output/m);
    // A link that is no plain GitHub URL is not printed; the run was still concluded.
    expect(run.stdout).toMatch(/^dynalint: check run \(0 annotations\)$/m);
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' });
    expect(api.checkRuns[0]?.output?.summary).toContain('authorization token ***');
    expect(run.stdout).toContain(
      '::warning::dynalint: the check run is complete, but annotations 1–50 could not be published',
    );
    expect(api.violations).toEqual([]);
  });
});

describe('change safety on pull requests', () => {
  it("checks the change against the pull request's base commit", async () => {
    reset();
    const dir = await workspace({ 't.yaml': hotTables(1).replace(/status/g, 'orderId') });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    await git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');
    const base = await git(dir, 'rev-parse', 'HEAD');
    await writeFiles(dir, {
      't.yaml': hotTables(1)
        .replace(/status/g, 'orderId')
        .replace(
          'AttributeName: orderId, KeyType: HASH }]',
          'AttributeName: orderId, KeyType: HASH }, { AttributeName: sk, KeyType: RANGE }]',
        )
        .replace('AttributeType: S }]', 'AttributeType: S }, { AttributeName: sk, AttributeType: S }]'),
    });
    const event = pullRequest();
    (event.pull_request as { base: { sha: string } }).base.sha = base;
    const run = await runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName: 'pull_request',
      event,
      inputs: { filter: 'nofilter' },
    });
    expect(run.code).toBe(1);
    expect(api.checkRuns[0]?.annotations).toEqual([
      expect.objectContaining({
        title: 'table-replacement',
        annotation_level: 'failure',
        message: expect.stringContaining(`compared with ${base.slice(0, 7)}`),
      }),
    ]);
  });
});

describe('scheduled drift audits', () => {
  const template = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: orderId, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: orderId, AttributeType: S }]
`;
  const seed = (billing: string) =>
    JSON.stringify({
      tables: [
        {
          TableName: 'orders',
          KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
          ...(billing === 'PROVISIONED'
            ? {
                BillingMode: 'PROVISIONED',
                ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
              }
            : { BillingMode: 'PAY_PER_REQUEST' }),
        },
      ],
    });
  const audit = (dir: string, eventName = 'schedule') =>
    runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName,
      event: eventName === 'schedule' ? { schedule: '0 6 * * 1-5' } : webhookExample('workflow_dispatch'),
      inputs: {
        drift: 'true',
        endpoint: 'embedded',
        seed: 'deployed.json',
        'fail-on': 'never',
        code: 'false',
      },
    });

  it('opens one tracking issue, updates it, then comments and closes it when the drift is gone', async () => {
    reset();
    const dir = await workspace({ 'template.yaml': template, 'deployed.json': seed('PROVISIONED') });
    const first = await audit(dir);
    expect(first.code).toBe(0);
    expect(first.outputs.drift).toBe('1');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ state: 'open', labels: ['dynalint-drift'] });
    expect(api.issues[0]?.body).toContain('declared PAY_PER_REQUEST, live PROVISIONED');

    const second = await audit(dir, 'workflow_dispatch');
    expect(second.code).toBe(0);
    expect(api.issues).toHaveLength(1);
    expect(
      api.requests.filter(
        (r) => r.method === 'PATCH' && r.template === '/repos/{owner}/{repo}/issues/{issue_number}',
      ),
    ).toHaveLength(1);

    await writeFiles(dir, { 'deployed.json': seed('PAY_PER_REQUEST') });
    const third = await audit(dir);
    expect(third.outputs.drift).toBe('0');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.state).toBe('closed');
    expect(api.comments.map((c) => c.body)).toEqual([expect.stringContaining('No drift found any more')]);
    expect(api.violations).toEqual([]);

    const quiet = await audit(dir);
    expect(quiet.code).toBe(0);
    expect(api.issues).toHaveLength(1);
  });
});
