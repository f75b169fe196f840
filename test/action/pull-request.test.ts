/**
 * The Action judges the change, not the repository (dist/action.js under Node 24, against the
 * OpenAPI-validating GitHub stand-in, with real webhook payloads): only new findings decide and get
 * annotated; a shallow checkout's base commit is fetched; matrix jobs keep their own comments and issues;
 * fork pull requests and the workflow-command limit get one exact notice.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRepository, git } from '../helpers/git.ts';
import { workspace } from '../helpers/workspace.ts';
import { GitHubApi } from './github-api.ts';
import { ACTION, NODE_24, runAction, webhookExample } from './runner.ts';

const HOT_TABLE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
`;
/** CloudFormation rejects a key attribute without a definition: an error. */
const BROKEN_TABLE = `  Invoices:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: invoiceId, KeyType: HASH }]
`;
const SCAN_HANDLER = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = () => client.send(new ScanCommand({ TableName: 'orders', FilterExpression: 'a = :a' }));
`;
/**
 * These tests are about which findings count; the posture rules (on every unprotected table) and
 * filter-expression (a second finding on every filtered scan) stay out.
 */
const WITHOUT_POSTURE =
  'rules:\n  point-in-time-recovery: off\n  deletion-protection: off\n  filter-expression: off\n';
const BASE = {
  'infra/tables.yaml': HOT_TABLE,
  'src/list.js': SCAN_HANDLER,
  'README.md': '# Orders\n',
  '.dynalint.yml': WITHOUT_POSTURE,
};

let api: GitHubApi;
beforeAll(async () => {
  api = await new GitHubApi().start();
});
afterAll(async () => {
  await api.stop();
});

function reset(): void {
  for (const list of [api.requests, api.violations, api.checkRuns, api.comments, api.issues]) list.length = 0;
  api.pullFiles.clear();
  api.denied.clear();
}

/** The webhook's pull request, pointed at this repository's commits. */
function pullRequestEvent(base: string, head: string, fork = false): Record<string, unknown> {
  const event = webhookExample('pull_request', 'opened');
  const pr = event.pull_request as {
    number: number;
    base: { sha: string; ref: string };
    head: { sha: string; repo: { full_name: string } };
  };
  pr.base.sha = base;
  pr.base.ref = 'main';
  pr.head.sha = head;
  if (fork) pr.head.repo = { ...pr.head.repo, full_name: 'a-contributor/Hello-World' };
  return event;
}

const PR_NUMBER = (webhookExample('pull_request', 'opened').pull_request as { number: number }).number;

async function prRun(dir: string, inputs: Record<string, string> = {}, fork = false) {
  const base = await git(dir, 'rev-parse', 'main').catch(() => '0'.repeat(40));
  const head = await git(dir, 'rev-parse', 'HEAD');
  return runAction({
    workspace: dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: pullRequestEvent(base, head, fork),
    node: NODE_24,
    inputs: { filter: 'file', ...inputs },
  });
}

describe('only new findings decide a pull request', () => {
  it('passes a README-only change on a repository with findings, and says how many already exist', async () => {
    reset();
    const dir = await changeRepository(BASE, { 'README.md': '# Orders service\n' });
    api.pullFiles.set(PR_NUMBER, [
      { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-# Orders\n+# Orders service' },
    ]);
    const run = await prRun(dir);
    expect(api.violations).toEqual([]);
    expect(run.code).toBe(0);
    expect(api.checkRuns).toEqual([expect.objectContaining({ name: 'dynalint', conclusion: 'success' })]);
    expect(api.checkRuns[0]?.annotations).toEqual([]);
    expect(api.checkRuns[0]?.output?.title).toBe('No new problems');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toContain('✅ No new findings, 2 existing (already on main).');
    expect(api.comments[0]?.body).toContain('<details><summary>2 findings already on main</summary>');
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '0' });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.findings.map((f: { baselineState: string }) => f.baselineState)).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });

  it('comments the access patterns a clean change adds', async () => {
    reset();
    const getter = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const one = (id) => client.send(new GetItemCommand({ TableName: 'Orders', Key: { status: { S: id } } }));
`;
    const dir = await changeRepository(BASE, { 'src/get.js': getter });
    api.pullFiles.set(PR_NUMBER, [{ filename: 'src/get.js', status: 'added', patch: '@@ -0,0 +1,3 @@' }]);
    const run = await prRun(dir);
    expect(run.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toContain('- adds a GetItem on Orders at src/get.js:3');
  });

  it('fails a change that adds one error, annotating only the new line', async () => {
    reset();
    const dir = await changeRepository(BASE, { 'infra/tables.yaml': `${HOT_TABLE}${BROKEN_TABLE}` });
    api.pullFiles.set(PR_NUMBER, [
      {
        filename: 'infra/tables.yaml',
        status: 'modified',
        patch: `@@ -7,0 +8,5 @@\n${BROKEN_TABLE.trimEnd()
          .split('\n')
          .map((l) => `+${l}`)
          .join('\n')}`,
      },
    ]);
    const run = await prRun(dir);
    expect(api.violations).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::dynalint found 1 new problem; failing on error/);
    expect(api.checkRuns[0]?.conclusion).toBe('failure');
    expect(api.checkRuns[0]?.annotations).toEqual([
      expect.objectContaining({
        path: 'infra/tables.yaml',
        start_line: 12,
        title: 'key-attribute-definitions',
      }),
    ]);
    const comment = api.comments[0]?.body ?? '';
    expect(comment).toContain('**1 new problem** (1 error, 0 warnings, 0 infos)');
    // The new error comes before the collapsed existing findings.
    expect(comment.indexOf('Invoices')).toBeLessThan(comment.indexOf('<details>'));
  });
});

describe('shallow checkouts', () => {
  it("fetches the pull request's base commit into a depth-1 clone, then judges against it", async () => {
    reset();
    const origin = await changeRepository(BASE, { 'README.md': '# Orders service\n' });
    const base = await git(origin, 'rev-parse', 'main');
    const clone = `${origin}-shallow`;
    await git(origin, 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${origin}`, clone);
    await expect(git(clone, 'cat-file', '-e', `${base}^{commit}`)).rejects.toThrow();
    const run = await runAction({
      workspace: clone,
      apiUrl: api.url,
      eventName: 'pull_request',
      event: pullRequestEvent(base, await git(clone, 'rev-parse', 'HEAD')),
      node: NODE_24,
      inputs: { filter: 'nofilter' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`fetched the base commit ${base.slice(0, 7)}`);
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('base-unavailable');
    expect(report.findings.every((f: { baselineState: string }) => f.baselineState === 'unchanged')).toBe(
      true,
    );
  });

  it('reports a base it cannot fetch as one warning on a real file, with a short id, without failing', async () => {
    reset();
    const dir = await changeRepository(BASE, {});
    const missing = 'abcdef0123456789abcdef0123456789abcdef01';
    const run = await runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName: 'pull_request',
      event: pullRequestEvent(missing, await git(dir, 'rev-parse', 'HEAD')),
      node: NODE_24,
      inputs: { filter: 'nofilter', 'fail-on': 'warning' },
    });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    const unavailable = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'base-unavailable');
    expect(unavailable).toEqual([
      expect.objectContaining({
        severity: 'warning',
        location: expect.objectContaining({ file: '.dynalint.yml' }),
      }),
    ]);
    expect(unavailable[0].message).toContain('"abcdef0"');
    expect(run.stdout).not.toContain(missing.slice(0, 12));
    expect(api.checkRuns[0]?.annotations).toContainEqual(
      expect.objectContaining({
        path: '.dynalint.yml',
        title: 'base-unavailable',
        annotation_level: 'warning',
      }),
    );
    // Without a base, the existing warnings count (fail-on: warning); the base-unavailable alone never does.
    expect(run.code).toBe(1);
    const clean = await changeRepository(
      { 't.yaml': HOT_TABLE.replace(/status/g, 'orderId'), '.dynalint.yml': WITHOUT_POSTURE },
      {},
    );
    const quiet = await runAction({
      workspace: clean,
      apiUrl: api.url,
      eventName: 'pull_request',
      event: pullRequestEvent(missing, await git(clean, 'rev-parse', 'HEAD')),
      node: NODE_24,
      inputs: { filter: 'nofilter', 'fail-on': 'warning' },
    });
    expect(quiet.code).toBe(0);
    expect(api.violations).toEqual([]);
  });
});

describe('fork pull requests and the workflow-command limit', () => {
  const manyTables = (count: number) =>
    `Resources:\n${Array.from({ length: count }, (_, i) => HOT_TABLE.split('\n').slice(1).join('\n').replace('Orders', `Table${i}`)).join('')}`;

  it('annotates a fork pull request through workflow commands and says where the report is', async () => {
    reset();
    const dir = await changeRepository(
      { 'README.md': '# x\n', '.dynalint.yml': WITHOUT_POSTURE },
      { 'infra/tables.yaml': manyTables(2) },
    );
    const run = await prRun(dir, { 'sarif-file': 'dynalint.sarif', filter: 'nofilter' }, true);
    expect(run.code).toBe(0);
    expect(api.checkRuns).toEqual([]);
    expect(api.comments).toEqual([]);
    expect(
      run.stdout.match(/^::warning title=dynalint low-cardinality-key,file=infra\/tables\.yaml/gm),
    ).toHaveLength(2);
    const notices = run.stdout.match(/^::notice::.*$/gm) ?? [];
    expect(notices).toEqual([
      '::notice::dynalint: this pull request comes from a fork, so GitHub gives this run a read-only token: the findings are annotated through workflow commands, and the full report is in the job summary and in the SARIF file dynalint.sarif.',
    ]);
    expect(run.stdout).not.toContain('grant');
    expect(run.summary).toContain('**2 new problems**');
  });

  it('says how many of 25 warnings workflow commands could not show, and where they are', async () => {
    reset();
    const dir = await changeRepository(
      { 'README.md': '# x\n', '.dynalint.yml': WITHOUT_POSTURE },
      { 'infra/tables.yaml': manyTables(25) },
    );
    const run = await prRun(dir, { annotations: 'commands', filter: 'nofilter' });
    expect(run.stdout.match(/^::warning title=/gm)).toHaveLength(25);
    const notices = run.stdout.match(/^::notice::.*$/gm) ?? [];
    expect(notices).toEqual([
      '::notice::dynalint: 15 findings could not be annotated (GitHub shows 10 workflow-command annotations of each type per step): all 25 are in the job summary.',
    ]);
    // The notice comes before the annotations, so it is never the one GitHub drops.
    expect(run.stdout.indexOf('::notice::')).toBeLessThan(run.stdout.indexOf('::warning title='));
  });
});

describe('matrix jobs', () => {
  const template = (name: string) => `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: ${name}
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: orderId, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: orderId, AttributeType: S }]
`;
  const seed = (billing: 'PROVISIONED' | 'PAY_PER_REQUEST') =>
    JSON.stringify({
      tables: [
        {
          TableName: 'orders',
          KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
          BillingMode: billing,
          ...(billing === 'PROVISIONED'
            ? { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }
            : {}),
        },
      ],
    });
  const audit = (dir: string, account: string, seedFile: string) =>
    runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName: 'schedule',
      event: { schedule: '0 6 * * 1-5' },
      node: NODE_24,
      inputs: {
        drift: 'true',
        endpoint: 'embedded',
        seed: seedFile,
        'fail-on': 'never',
        code: 'false',
        matrix: JSON.stringify({ account }),
      },
      env: { GITHUB_WORKFLOW: 'DynamoDB drift', GITHUB_JOB: 'drift' },
    });

  it('keeps one issue per matrix key: the clean account does not close the drifted one', async () => {
    reset();
    const dir = await workspace({
      'template.yaml': template('orders'),
      'prod.json': seed('PROVISIONED'),
      'staging.json': seed('PAY_PER_REQUEST'),
    });
    const prod = await audit(dir, 'prod', 'prod.json');
    expect(prod.outputs.drift).toBe('1');
    const staging = await audit(dir, 'staging', 'staging.json');
    expect(staging.outputs.drift).toBe('0');
    expect(api.issues).toEqual([
      expect.objectContaining({
        state: 'open',
        labels: ['dynalint-drift'],
        title: expect.stringContaining('(prod)'),
      }),
    ]);
    expect(api.issues[0]?.body).toMatch(
      /^<!-- dynalint:drift-tracking-issue key=DynamoDB%20drift%20%2F%20drift%20%2F%20prod -->\n/,
    );
    // prod again, then staging drifts too: two issues, each updated by its own job only.
    await audit(dir, 'prod', 'prod.json');
    await audit(dir, 'staging', 'prod.json');
    expect(api.issues.map((i) => [i.title.match(/\((\w+)\)/)?.[1], i.state])).toEqual([
      ['prod', 'open'],
      ['staging', 'open'],
    ]);
    await audit(dir, 'staging', 'staging.json');
    expect(api.issues.map((i) => i.state)).toEqual(['open', 'closed']);
    expect(api.violations).toEqual([]);
  });

  it('keeps the last drift list when the endpoint cannot be reached, notes it with a date, and fails the job', async () => {
    reset();
    const dir = await workspace({ 'template.yaml': template('orders'), 'prod.json': seed('PROVISIONED') });
    await audit(dir, 'prod', 'prod.json');
    const listed = api.issues[0]?.body;
    expect(listed).toContain('declared PAY_PER_REQUEST, live PROVISIONED');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const unreachable = await runAction({
      workspace: dir,
      apiUrl: api.url,
      eventName: 'schedule',
      event: { schedule: '0 6 * * 1-5' },
      node: NODE_24,
      inputs: {
        drift: 'true',
        endpoint: `http://127.0.0.1:${port}`,
        'fail-on': 'never',
        code: 'false',
        matrix: JSON.stringify({ account: 'prod' }),
      },
      env: {
        GITHUB_WORKFLOW: 'DynamoDB drift',
        GITHUB_JOB: 'drift',
        AWS_ACCESS_KEY_ID: 'AKIADYNALINTEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'example-secret',
        AWS_REGION: 'us-east-1',
      },
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toMatch(
      /::error::dynalint could not check drift: drift not checked: cannot reach/,
    );
    expect(api.issues).toEqual([expect.objectContaining({ state: 'open', body: listed })]);
    expect(api.comments.map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^⚠️ Could not check on \d{4}-\d\d-\d\dT[\d:.]+Z \(\[run\]\(.*\)\): drift not checked: cannot reach .*The drift listed above is the last known\.$/,
      ),
    ]);
    expect(api.violations).toEqual([]);
  });

  it('takes over the comment an older version left, unless the run has a key of its own', async () => {
    reset();
    const dir = await changeRepository(
      { 'README.md': '# x\n', '.dynalint.yml': WITHOUT_POSTURE },
      { 'infra/tables.yaml': HOT_TABLE },
    );
    api.comments.push({
      id: 1,
      issue: PR_NUMBER,
      body: '<!-- dynalint:pull-request-comment -->\n## dynalint\n\nold',
    });
    await prRun(dir);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).toMatch(
      /^<!-- dynalint:pull-request-comment key=default -->\n## dynalint\n/,
    );
    api.comments.splice(0, 1, {
      id: 1,
      issue: PR_NUMBER,
      body: '<!-- dynalint:pull-request-comment -->\nold',
    });
    await prRun(dir, { key: 'prod' });
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- dynalint:pull-request-comment -->',
      '<!-- dynalint:pull-request-comment key=prod -->',
    ]);
    expect(api.violations).toEqual([]);
  });

  it('keeps one comment and one check run per key on the same pull request', async () => {
    reset();
    const dir = await changeRepository(
      { 'README.md': '# x\n', '.dynalint.yml': WITHOUT_POSTURE },
      { 'infra/tables.yaml': HOT_TABLE },
    );
    await prRun(dir, { key: 'prod' });
    await prRun(dir, { key: 'staging' });
    await prRun(dir, { key: 'prod' });
    expect(api.checkRuns.map((r) => r.name)).toEqual([
      'dynalint (prod)',
      'dynalint (staging)',
      'dynalint (prod)',
    ]);
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- dynalint:pull-request-comment key=prod -->',
      '<!-- dynalint:pull-request-comment key=staging -->',
    ]);
    expect(api.comments[0]?.body).toContain('## dynalint (prod)');
    expect(api.violations).toEqual([]);
  });
});

describe('the committed files alone', () => {
  it('lints from a copy of dist/ without node_modules, and rejects "endpoint: embedded" up front', async () => {
    reset();
    const copy = await mkdtemp(path.join(tmpdir(), 'dynalint-action-copy-'));
    try {
      await cp(path.dirname(ACTION), path.join(copy, 'dist'), { recursive: true });
      const dir = await workspace({
        'template.yaml': HOT_TABLE,
        'deployed.json': '{"tables": []}',
        '.dynalint.yml': WITHOUT_POSTURE,
      });
      const action = path.join(copy, 'dist', 'action.js');
      const lint = await runAction({
        workspace: dir,
        apiUrl: api.url,
        eventName: 'push',
        event: {},
        node: NODE_24,
        action,
        inputs: { 'fail-on': 'never' },
      });
      expect(lint.code).toBe(0);
      expect(lint.outputs.findings).toBe('1');
      const embedded = await runAction({
        workspace: dir,
        apiUrl: api.url,
        eventName: 'schedule',
        event: { schedule: '0 6 * * *' },
        node: NODE_24,
        action,
        inputs: { drift: 'true', endpoint: 'embedded', seed: 'deployed.json' },
      });
      expect(embedded.code).toBe(1);
      expect(embedded.stdout).toContain('::error::input "endpoint: embedded" needs the dynalite package');
      expect(embedded.stdout).not.toContain('Cannot find package');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('monorepos', () => {
  it('lints from working-directory with its configuration, and annotates repository paths', async () => {
    reset();
    const dir = await changeRepository(
      { 'README.md': '# monorepo\n' },
      {
        'services/orders/infra/tables.yaml': `${HOT_TABLE}${BROKEN_TABLE}`,
        'services/orders/.dynalint.yml': `${WITHOUT_POSTURE}  low-cardinality-key: off\n`,
        'services/billing/tables.yaml': HOT_TABLE,
      },
    );
    const run = await prRun(dir, {
      'working-directory': 'services/orders',
      filter: 'nofilter',
      'sarif-file': 'orders.sarif',
    });
    expect(run.code).toBe(1);
    expect(api.checkRuns[0]?.annotations).toEqual([
      expect.objectContaining({
        path: 'services/orders/infra/tables.yaml',
        title: 'key-attribute-definitions',
      }),
    ]);
    const sarif = JSON.parse(await readFile(path.join(dir, 'orders.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['services/orders/infra/tables.yaml']);
    expect(api.violations).toEqual([]);

    const outside = await prRun(dir, { 'working-directory': '../elsewhere' });
    expect(outside.stdout).toContain(
      '::error::input "working-directory" must be a folder inside the workspace (got "../elsewhere")',
    );
  });
});
