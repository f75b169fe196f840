import { describe, expect, it } from 'vitest';
import { cli, distCli } from '../helpers/cli.ts';
import { changeRepository, git } from '../helpers/git.ts';

interface Reported {
  ruleId: string;
  severity: string;
  message: string;
  location: { file: string; line: number };
}

const CHANGE_RULES = [
  'table-replacement',
  'gsi-update-limit',
  'table-removed',
  'ttl-attribute-change',
  'protection-weakened',
  'base-unavailable',
];

function table(
  options: {
    id?: string;
    properties?: string;
    policy?: string;
    type?: string;
  } = {},
): string {
  return `  ${options.id ?? 'Orders'}:
    Type: ${options.type ?? 'AWS::DynamoDB::Table'}
${options.policy ?? ''}    Properties:
      BillingMode: PAY_PER_REQUEST
${
  options.properties ??
  `      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
`
}`;
}

const template = (...tables: string[]) => `Resources:\n${tables.join('')}`;

async function changeFindings(
  base: Record<string, string>,
  head: Record<string, string | null>,
  args: string[] = [],
) {
  const dir = await changeRepository(base, head);
  const run = await cli(dir, ['--base', 'main', '--format', 'json', ...args]);
  const findings = (JSON.parse(run.stdout).findings as Reported[]).filter((f) =>
    CHANGE_RULES.includes(f.ruleId),
  );
  return { dir, run, findings, head };
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

const KEYS_PK_SK = `      KeySchema:
        - AttributeName: pk
          KeyType: HASH
        - AttributeName: sk
          KeyType: RANGE
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
        - AttributeName: sk
          AttributeType: S
`;

describe('table-replacement', () => {
  it('reports a key schema change that replaces a generated-name table and loses its data', async () => {
    const headText = template(table({ properties: KEYS_PK_SK }));
    const { findings } = await changeFindings({ 't.yaml': template(table()) }, { 't.yaml': headText });
    expect(findings).toHaveLength(1);
    const [finding] = findings as [Reported];
    expect(finding).toMatchObject({
      ruleId: 'table-replacement',
      severity: 'error',
      location: { file: 't.yaml' },
    });
    expect(finding.message).toBe(
      'Orders is replaced because its key schema changes (pk HASH → pk HASH, sk RANGE) (compared with main): CloudFormation creates a new, empty table and deletes the old one: its data is lost (no UpdateReplacePolicy: Retain).',
    );
    expect(lineOf(headText, finding.location.line)).toContain('KeySchema:');
  });

  it('says the deploy fails when the table has a custom name, and when a logical id is renamed', async () => {
    const named = (id: string, extra = '') =>
      table({
        id,
        properties: `      TableName: orders\n${extra}      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n`,
      });
    const { findings } = await changeFindings(
      { 't.yaml': template(named('Orders')) },
      { 't.yaml': template(named('OrdersV2')) },
    );
    expect(findings.map((f) => f.message)).toEqual([
      'OrdersV2 is replaced because its logical id changes from Orders to OrdersV2 (compared with main): the deploy fails: CloudFormation cannot replace a table with a custom TableName ("orders"), because the new table needs the name the old one holds.',
    ]);
  });

  it('reports LSI changes, key attribute type changes and a Table to GlobalTable switch', async () => {
    const withLsi = (sortType: string, lsi: string) =>
      table({
        properties: `${KEYS_PK_SK.replace('AttributeType: S\n        - AttributeName: sk\n          AttributeType: S', `AttributeType: S\n        - AttributeName: sk\n          AttributeType: ${sortType}`)}${lsi}`,
      });
    const lsi = (name: string) =>
      `      LocalSecondaryIndexes:\n        - IndexName: ${name}\n          KeySchema:\n            - AttributeName: pk\n              KeyType: HASH\n            - AttributeName: sk\n              KeyType: RANGE\n          Projection:\n            ProjectionType: ALL\n`;
    const { findings } = await changeFindings(
      { 't.yaml': template(withLsi('S', lsi('byA'))) },
      { 't.yaml': template(withLsi('N', lsi('byB'))) },
    );
    expect(findings.map((f) => f.message.split(' (compared')[0])).toEqual([
      'Orders is replaced because the type of key attribute "sk" changes from S to N',
      'Orders is replaced because its local secondary indexes change (an LSI can only be created with the table)',
    ]);
    const switched = await changeFindings(
      { 't.yaml': template(table()) },
      { 't.yaml': template(table({ type: 'AWS::DynamoDB::GlobalTable' })) },
    );
    expect(switched.findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        "changes type from AWS::DynamoDB::Table (at main) to AWS::DynamoDB::GlobalTable: CloudFormation cannot change a resource's type in place",
      ),
    ]);
  });

  it('stays quiet for in-place changes and for keys only known at deploy time', async () => {
    const { findings } = await changeFindings(
      { 't.yaml': template(table()) },
      {
        't.yaml': template(
          table({
            properties: `      KeySchema: !Ref Keys\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n      StreamSpecification:\n        StreamViewType: NEW_IMAGE\n`,
          }),
        ),
      },
    );
    expect(findings).toEqual([]);
  });
});

describe('gsi-update-limit', () => {
  const gsi = (name: string, key = `${name}pk`) =>
    `        - IndexName: ${name}\n          KeySchema:\n            - AttributeName: ${key}\n              KeyType: HASH\n          Projection:\n            ProjectionType: ALL\n`;
  const withGsis = (...indexes: string[]) =>
    table({
      properties: `      KeySchema:\n        - AttributeName: pk\n          KeyType: HASH\n      AttributeDefinitions:\n        - AttributeName: pk\n          AttributeType: S\n${indexes.length ? `      GlobalSecondaryIndexes:\n${indexes.join('')}` : ''}`,
    });

  it('reports two new indexes in one update, and a rename (delete + create)', async () => {
    const added = await changeFindings(
      { 't.yaml': template(withGsis(gsi('a'))) },
      { 't.yaml': template(withGsis(gsi('a'), gsi('b'), gsi('c'))) },
    );
    expect(added.findings.map((f) => [f.ruleId, f.message.split(' (compared')[0]])).toEqual([
      ['gsi-update-limit', 'This change creates b, c on Orders'],
    ]);
    const renamed = await changeFindings(
      { 't.yaml': template(withGsis(gsi('a'))) },
      { 't.yaml': template(withGsis(gsi('renamed', 'apk'))) },
    );
    expect(renamed.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^This change creates renamed and deletes a on Orders .*only one global secondary index per update/,
      ),
    ]);
  });

  it('counts a swapped index as two changes and accepts one new index', async () => {
    const { findings } = await changeFindings(
      { 't.yaml': template(withGsis(gsi('a'), gsi('b'))) },
      { 't.yaml': template(withGsis(gsi('a'), gsi('c'))).replace('c', 'c') },
    );
    expect(findings.map((f) => f.ruleId)).toEqual(['gsi-update-limit']);
    const one = await changeFindings(
      { 't.yaml': template(withGsis(gsi('a'))) },
      { 't.yaml': template(withGsis(gsi('a'), gsi('b'))) },
    );
    expect(one.findings).toEqual([]);
  });
});

describe('table-removed', () => {
  it('reports a removed table at its line in the base file, naming the revision', async () => {
    const baseText = template(table(), table({ id: 'Archive' }));
    const { findings } = await changeFindings({ 't.yaml': baseText }, { 't.yaml': template(table()) });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'table-removed',
        severity: 'error',
        location: expect.objectContaining({ file: 't.yaml', line: 12 }),
        message:
          'Archive (declared here at main) is removed: CloudFormation deletes the table and all its data. Deploy DeletionPolicy: Retain first to keep the table, or enable DeletionProtectionEnabled.',
      }),
    ]);
    expect(lineOf(baseText, 12)).toBe('  Archive:');
  });

  it('reports a whole deleted template, and nothing for a retained table', async () => {
    const deleted = await changeFindings(
      { 'a.yaml': template(table()), 'b.yaml': template(table({ id: 'Kept' })) },
      { 'a.yaml': null },
    );
    expect(deleted.findings.map((f) => [f.ruleId, f.location.file])).toEqual([['table-removed', 'a.yaml']]);
    const retained = await changeFindings(
      { 't.yaml': template(table({ policy: '    DeletionPolicy: Retain\n' })) },
      { 't.yaml': 'Resources: {}\n' },
    );
    expect(retained.findings).toEqual([]);
  });
});

describe('ttl-attribute-change and protection-weakened', () => {
  it('reports a renamed TTL attribute and weakened protections at the head lines', async () => {
    const settings = (ttl: string, on: boolean) =>
      `${KEYS_PK_SK}      TimeToLiveSpecification:\n        AttributeName: ${ttl}\n        Enabled: true\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: ${on}\n      DeletionProtectionEnabled: ${on}\n`;
    const headText = template(
      table({ properties: settings('expiresAt', false), policy: '    DeletionPolicy: Delete\n' }),
    );
    const { findings } = await changeFindings(
      {
        't.yaml': template(
          table({ properties: settings('ttl', true), policy: '    DeletionPolicy: Retain\n' }),
        ),
      },
      { 't.yaml': headText },
    );
    expect(findings.map((f) => [f.ruleId, f.severity, lineOf(headText, f.location.line).trim()])).toEqual([
      ['protection-weakened', 'warning', 'DeletionPolicy: Delete'],
      ['ttl-attribute-change', 'warning', 'TimeToLiveSpecification:'],
      ['protection-weakened', 'warning', 'PointInTimeRecoverySpecification:'],
      ['protection-weakened', 'warning', 'DeletionProtectionEnabled: false'],
    ]);
    expect(findings[1]?.message).toContain('from "ttl" to "expiresAt"');
  });
});

describe('CDK cloud assemblies', () => {
  it('compares synthesized templates between revisions', async () => {
    const manifest = JSON.stringify({
      version: '38.0.1',
      artifacts: {
        Shop: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Shop.template.json' } },
      },
    });
    const cdkTemplate = (keys: string[]) =>
      JSON.stringify(
        {
          Resources: {
            Orders1234: {
              Type: 'AWS::DynamoDB::Table',
              Properties: {
                BillingMode: 'PAY_PER_REQUEST',
                KeySchema: keys.map((k, i) => ({ AttributeName: k, KeyType: i ? 'RANGE' : 'HASH' })),
                AttributeDefinitions: keys.map((k) => ({ AttributeName: k, AttributeType: 'S' })),
              },
              UpdateReplacePolicy: 'Retain',
              DeletionPolicy: 'Retain',
              Metadata: { 'aws:cdk:path': 'Shop/Orders/Resource' },
            },
          },
        },
        null,
        1,
      );
    const { findings } = await changeFindings(
      { 'cdk.out/manifest.json': manifest, 'cdk.out/Shop.template.json': cdkTemplate(['pk']) },
      { 'cdk.out/Shop.template.json': cdkTemplate(['pk', 'sk']) },
    );
    expect(
      findings.map((f) => [f.ruleId, f.location.file, f.message.split(': ').slice(1).join(': ')]),
    ).toEqual([
      [
        'table-replacement',
        'cdk.out/Shop.template.json',
        'CloudFormation creates a new, empty table and keeps the old one (UpdateReplacePolicy: Retain): the data stays behind in a table the stack no longer uses.',
      ],
    ]);
    expect(findings[0]?.message).toContain('Shop/Orders (Orders1234) is replaced');
  });
});

describe('bad input', () => {
  it('reports a base revision that does not exist, and still lints', async () => {
    const { findings, run } = await changeFindings({ 't.yaml': template(table()) }, {}, [
      '--base',
      'no-such-branch',
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'base-unavailable',
        severity: 'warning',
        message: expect.stringContaining('base revision "no-such-branch" not found'),
      }),
    ]);
    expect(findings[0]?.message).toContain('fetch-depth: 0');
    expect(JSON.parse(run.stdout).summary.tables).toBe(1);
  });

  it('explains a shallow clone without the base commit', async () => {
    const origin = await changeRepository(
      { 't.yaml': template(table()) },
      { 't.yaml': template(table({ properties: KEYS_PK_SK })) },
    );
    const base = await git(origin, 'rev-parse', 'main');
    const clone = `${origin}-shallow`;
    await git(origin, 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${origin}`, clone);
    const run = await cli(clone, ['--base', base, '--format', 'json']);
    const reported = JSON.parse(run.stdout).findings as Reported[];
    expect(reported.filter((f) => f.ruleId === 'base-unavailable').map((f) => f.message)).toEqual([
      expect.stringContaining('this is a shallow clone without it'),
    ]);
  });

  it('reports a base file that does not parse and checks the others', async () => {
    const { findings } = await changeFindings(
      {
        'broken.yaml': 'Resources:\n  X:\n    Type: AWS::DynamoDB::Table\n    Properties: [\n',
        'ok.yaml': template(table()),
      },
      { 'broken.yaml': template(table({ id: 'X' })), 'ok.yaml': template(table({ properties: KEYS_PK_SK })) },
    );
    expect(findings.map((f) => [f.ruleId, f.location.file])).toEqual([
      ['base-unavailable', 'broken.yaml'],
      ['table-replacement', 'ok.yaml'],
    ]);
    expect(findings[0]?.message).toMatch(
      /^broken\.yaml at main could not be read \(YAML: .*\), so changes to its tables are not checked$/,
    );
  });

  it('reports a folder outside any repository', async () => {
    const { workspace } = await import('../helpers/workspace.ts');
    const dir = await workspace({ 't.yaml': template(table()) });
    const run = await cli(dir, ['--base', 'main', '--format', 'json']);
    // The table's own posture (no recovery, no deletion protection) is not what this test reads.
    const posture = new Set(['point-in-time-recovery', 'deletion-protection']);
    expect(
      (JSON.parse(run.stdout).findings as Reported[]).map((f) => f.ruleId).filter((id) => !posture.has(id)),
    ).toEqual(['base-unavailable']);
  });
});

describe('through dist/cli.js', () => {
  it('checks a change against origin/main in a clone', async () => {
    const origin = await changeRepository({ 't.yaml': template(table()) }, {});
    const clone = `${origin}-clone`;
    await git(origin, 'clone', '-q', `file://${origin}`, clone);
    await git(clone, 'checkout', '-q', '-b', 'feature');
    const { writeFiles } = await import('../helpers/workspace.ts');
    await writeFiles(clone, { 't.yaml': template(table({ properties: KEYS_PK_SK })) });
    const run = await distCli(clone, ['--base', 'origin/main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Orders is replaced because its key schema changes (pk HASH → pk HASH, sk RANGE) (compared with origin/main)',
    );
    expect(run.stdout).toMatch(/table-replacement\n/);
  });
});
