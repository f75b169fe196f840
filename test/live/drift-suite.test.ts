/**
 * The drift suite, run against both real local servers: dynalite (always) and AWS's DynamoDB Local
 * (needs java; fails loudly without it). Declared tables are CloudFormation YAML through the real
 * loaders; live tables are created with the SDK; findings come from the real pipeline. Settings a
 * server does not keep are compared only where it keeps them, and a test per gap proves the gap is
 * real (so the list cannot silently go stale).
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftOptions } from '../../src/live/index.ts';
import type { LiveSetting } from '../../src/live/normalize.ts';
import type { Finding, Severity } from '../../src/model.ts';
import {
  createLiveTable,
  startDynalite,
  type TableInput,
  startDynamoDbLocal,
  type LocalServer,
} from '../helpers/dynamodb-servers.ts';
import { lintWithDrift } from '../helpers/lint.ts';
import { lineText, renderTemplate } from '../helpers/rule-tester.ts';
import { workspace } from '../helpers/workspace.ts';

const DRIFT_RULES = new Set([
  'schema-drift',
  'table-missing',
  'unmanaged-table',
  'drift-unmapped',
  'live-error',
]);

const SERVERS: readonly { name: string; start: () => Promise<LocalServer>; keeps: readonly LiveSetting[] }[] =
  [
    { name: 'dynalite', start: startDynalite, keeps: [] },
    { name: 'DynamoDB Local', start: startDynamoDbLocal, keeps: ['stream', 'ttl', 'deletionProtection'] },
  ];

interface Expected {
  readonly ruleId: string;
  /** Text of the reported line of the template. */
  readonly near: string;
  readonly message: string | RegExp;
  readonly severity?: Severity;
}

interface DriftCase {
  readonly name: string;
  /** Declared `Properties`; `TableName` is filled in unless `unnamed`. */
  readonly declared: Record<string, unknown>;
  /** CreateTable input of the live table (TableName filled in); absent: not created. */
  readonly live?: Readonly<Record<string, unknown>>;
  readonly liveTtl?: string;
  readonly unnamed?: boolean;
  readonly resources?: Record<string, unknown>;
  readonly config?: (name: string) => string;
  readonly vars?: Record<string, string>;
  /** Settings the server must keep for this case to mean anything. */
  readonly needs?: readonly LiveSetting[];
  readonly expected: readonly Expected[];
}

const KEYS = {
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
};
const ON_DEMAND = { BillingMode: 'PAY_PER_REQUEST', ...KEYS } as const;
const PROVISIONED = {
  BillingMode: 'PROVISIONED',
  ...KEYS,
  ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
} as const;

const gsi = (name: string, hash: string, projection: string) => ({
  IndexName: name,
  KeySchema: [{ AttributeName: hash, KeyType: 'HASH' }],
  Projection: { ProjectionType: projection },
});
const withAttributes = (...names: string[]) => [
  ...KEYS.AttributeDefinitions,
  ...names.map((n) => ({ AttributeName: n, AttributeType: 'S' })),
];
const lsi = (sortKey: string) => ({
  IndexName: 'byTime',
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: sortKey, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'KEYS_ONLY' },
});

const CASES: readonly DriftCase[] = [
  {
    name: 'a table that matches its declaration has no drift',
    declared: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('status', 'time'),
      GlobalSecondaryIndexes: [gsi('byStatus', 'status', 'ALL')],
      LocalSecondaryIndexes: [lsi('time')],
    },
    live: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('status', 'time'),
      GlobalSecondaryIndexes: [gsi('byStatus', 'status', 'ALL')],
      LocalSecondaryIndexes: [lsi('time')],
    },
    expected: [],
  },
  {
    name: 'key schema',
    declared: ON_DEMAND,
    live: {
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'KeySchema',
        message: 'key schema: declared pk + sk, live pk.',
        severity: 'error',
      },
    ],
  },
  {
    name: 'key attribute type',
    declared: ON_DEMAND,
    live: {
      ...ON_DEMAND,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
    },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'AttributeName: sk',
        message: 'attribute sk: declared type S, live N',
        severity: 'error',
      },
    ],
  },
  {
    name: 'global indexes missing, extra and with another projection',
    declared: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('a', 'b'),
      GlobalSecondaryIndexes: [gsi('byA', 'a', 'ALL'), gsi('byB', 'b', 'KEYS_ONLY')],
    },
    live: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('a', 'c'),
      GlobalSecondaryIndexes: [gsi('byA', 'a', 'KEYS_ONLY'), gsi('byC', 'c', 'ALL')],
    },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'GlobalSecondaryIndexes',
        message: 'global index byC: live, not declared',
        severity: 'error',
      },
      {
        ruleId: 'schema-drift',
        near: 'Projection',
        message: 'global index byA projection: declared ALL, live KEYS_ONLY',
        severity: 'error',
      },
      {
        ruleId: 'schema-drift',
        near: 'IndexName: byB',
        message: 'global index byB: declared, not live',
        severity: 'error',
      },
    ],
  },
  {
    name: 'local index key schema',
    declared: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('time'),
      LocalSecondaryIndexes: [lsi('time')],
    },
    live: {
      ...ON_DEMAND,
      AttributeDefinitions: withAttributes('other'),
      LocalSecondaryIndexes: [lsi('other')],
    },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'KeySchema',
        message: 'local index byTime key schema: declared pk + time, live pk + other',
      },
    ],
  },
  {
    name: 'billing mode',
    declared: ON_DEMAND,
    live: PROVISIONED,
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'BillingMode',
        message: 'billing mode: declared PAY_PER_REQUEST, live PROVISIONED',
        severity: 'warning',
      },
    ],
  },
  {
    name: 'provisioned throughput',
    declared: PROVISIONED,
    live: { ...PROVISIONED, ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'ProvisionedThroughput',
        message: 'provisioned throughput: declared 5 read / 5 write, live 10 read / 5 write',
        severity: 'warning',
      },
    ],
  },
  {
    name: 'autoscaled throughput is not compared',
    declared: PROVISIONED,
    live: { ...PROVISIONED, ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } },
    resources: {
      ReadTarget: {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
          ServiceNamespace: 'dynamodb',
          ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
          ResourceId: { 'Fn::Sub': 'table/${Table}' },
          MinCapacity: 5,
          MaxCapacity: 100,
        },
      },
    },
    expected: [],
  },
  {
    name: 'a declared table that does not exist',
    declared: ON_DEMAND,
    expected: [
      { ruleId: 'table-missing', near: 'Table:', message: /Table is declared, but no live table .* exists/ },
    ],
  },
  {
    name: 'a table without a name is unmapped, with the fix',
    declared: ON_DEMAND,
    unnamed: true,
    expected: [
      {
        ruleId: 'drift-unmapped',
        near: 'Table:',
        message:
          /Table not checked for drift: it sets no table name.*map it in the configuration \(tables: \{ Table: <physical name> \}/,
        severity: 'info',
      },
    ],
  },
  {
    name: 'the tables map fills ${stage} from --var',
    declared: ON_DEMAND,
    unnamed: true,
    live: PROVISIONED,
    config: (name) => `tables:\n  Table: ${name.replace(/-qa$/, '')}-\${stage}\n`,
    vars: { stage: 'qa' },
    expected: [
      { ruleId: 'schema-drift', near: 'BillingMode', message: 'billing mode: declared PAY_PER_REQUEST' },
    ],
  },
  {
    name: 'a placeholder no --var fills is unmapped',
    declared: ON_DEMAND,
    unnamed: true,
    config: () => 'tables:\n  Table: orders-${stage}\n',
    expected: [
      {
        ruleId: 'drift-unmapped',
        near: 'Table:',
        message: /tables\.Table uses \$\{stage\}, which no --var sets.*pass --var stage=VALUE/,
      },
    ],
  },
  {
    name: 'stream',
    needs: ['stream'],
    declared: { ...ON_DEMAND, StreamSpecification: { StreamViewType: 'NEW_IMAGE' } },
    live: { ...ON_DEMAND, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } },
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'StreamSpecification',
        message: 'stream: declared enabled (NEW_IMAGE), live enabled (KEYS_ONLY)',
        severity: 'warning',
      },
    ],
  },
  {
    name: 'TTL',
    needs: ['ttl'],
    declared: { ...ON_DEMAND, TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } },
    live: ON_DEMAND,
    liveTtl: 'ttl',
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'TimeToLiveSpecification',
        message: 'TTL: declared enabled on expiresAt, live enabled on ttl',
      },
    ],
  },
  {
    name: 'TTL left at its default',
    needs: ['ttl'],
    declared: ON_DEMAND,
    live: ON_DEMAND,
    liveTtl: 'expiresAt',
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'Table:',
        message: 'TTL: declared disabled (not set; the default), live enabled on expiresAt',
      },
    ],
  },
  {
    name: 'deletion protection',
    needs: ['deletionProtection'],
    declared: { ...ON_DEMAND, DeletionProtectionEnabled: true },
    live: ON_DEMAND,
    expected: [
      {
        ruleId: 'schema-drift',
        near: 'DeletionProtectionEnabled',
        message: 'deletion protection: declared enabled, live disabled',
      },
    ],
  },
];

let tableCount = 0;

function tableName(caseName: string): string {
  tableCount += 1;
  return `${caseName.replace(/[^\w]+/g, '-').slice(0, 40)}-${tableCount}-qa`;
}

async function lintDrift(
  server: LocalServer,
  files: Record<string, string>,
  drift: Partial<DriftOptions> = {},
  configYaml = '',
  schemaDriftOptions?: Record<string, unknown>,
) {
  const yaml = schemaDriftOptions
    ? `${configYaml}rules:\n  schema-drift: [error, ${JSON.stringify(schemaDriftOptions)}]\n`
    : configYaml;
  return lintWithDrift(await workspace(files), { endpoint: server.endpoint, ...drift }, yaml);
}

const driftFindings = (findings: readonly Finding[]) => findings.filter((f) => DRIFT_RULES.has(f.ruleId));

describe.each(SERVERS)('drift against $name', ({ name, start, keeps }) => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await start();
    console.info(`drift suite: running against ${server.name} at ${server.endpoint}`);
  }, 90_000);
  afterAll(async () => server?.stop());

  for (const c of CASES) {
    const missing = (c.needs ?? []).filter((s) => !keeps.includes(s));
    if (missing.length > 0) continue;
    it(c.name, async () => {
      const liveName = tableName(c.name);
      if (c.live) await createLiveTable(server, { ...c.live, TableName: liveName }, c.liveTtl);
      const properties = c.unnamed ? c.declared : { TableName: liveName, ...c.declared };
      const files = renderTemplate({ name: c.name, properties, resources: c.resources ?? {} }, 'yaml');
      const result = await lintDrift(server, files, { vars: c.vars ?? {} }, c.config?.(liveName) ?? '');
      const findings = driftFindings(result.findings);
      expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toHaveLength(c.expected.length);
      for (const [i, expected] of c.expected.entries()) {
        const finding = findings[i] as Finding;
        expect(finding.ruleId).toBe(expected.ruleId);
        expect(lineText(files, finding)).toContain(expected.near);
        if (typeof expected.message === 'string') expect(finding.message).toContain(expected.message);
        else expect(finding.message).toMatch(expected.message);
        if (expected.severity) expect(finding.severity).toBe(expected.severity);
      }
    });
  }

  for (const setting of (['stream', 'ttl', 'deletionProtection'] as const).filter(
    (s) => !keeps.includes(s),
  )) {
    it(`does not keep ${setting} (so ${setting} drift is compared only on servers that do)`, async () => {
      const liveName = tableName(`gap-${setting}`);
      const input: TableInput = {
        TableName: liveName,
        ...ON_DEMAND,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
        DeletionProtectionEnabled: true,
      };
      if (setting === 'ttl') {
        await expect(createLiveTable(server, input, 'expiresAt')).rejects.toThrow();
        return;
      }
      await createLiveTable(server, input);
      const { Table } = await server.client.send(new DescribeTableCommand({ TableName: liveName }));
      expect(
        setting === 'stream' ? Table?.StreamSpecification : Table?.DeletionProtectionEnabled,
      ).toBeUndefined();
    });
  }

  it('reports each operation the server lacks once, as not checked', async () => {
    const names = [tableName('notes-a'), tableName('notes-b')];
    for (const liveName of names) await createLiveTable(server, { TableName: liveName, ...ON_DEMAND });
    const template = renderTemplate(
      {
        name: 'notes',
        properties: { TableName: names[0], ...ON_DEMAND },
        resources: {
          Other: { Type: 'AWS::DynamoDB::Table', Properties: { TableName: names[1], ...ON_DEMAND } },
        },
      },
      'yaml',
    );
    const result = await lintDrift(server, template, {}, '', { tags: true });
    const notes = result.findings.filter((f) => f.ruleId === 'live-not-checked').map((f) => f.message);
    // Both lack DescribeContinuousBackups; DynamoDB Local also refuses tagging, while dynalite answers
    // ListTagsOfResource (with no tags), so tags are compared there.
    const expected =
      name === 'DynamoDB Local' ? ['point-in-time recovery', 'tags'] : ['point-in-time recovery'];
    expect(notes).toHaveLength(expected.length);
    for (const [i, what] of expected.entries()) {
      expect(notes[i]).toMatch(
        new RegExp(`^${what} not checked: the endpoint \\(http://127\\.0\\.0\\.1:\\d+\\) does not support`),
      );
    }
    expect(driftFindings(result.findings)).toEqual([]);
  });

  it('reports live tables no declaration maps to, with --report-unmanaged', async () => {
    const [declared, stray] = [tableName('managed'), tableName('stray')];
    await createLiveTable(server, { TableName: declared, ...ON_DEMAND });
    await createLiveTable(server, { TableName: stray, ...ON_DEMAND });
    const files = renderTemplate(
      { name: 'managed', properties: { TableName: declared, ...ON_DEMAND } },
      'yaml',
    );
    const result = await lintDrift(server, files, { reportUnmanaged: true });
    const unmanaged = result.findings.filter((f) => f.ruleId === 'unmanaged-table').map((f) => f.message);
    expect(unmanaged).toContain(`Live table ${stray} is not declared in the linted infrastructure code.`);
    expect(unmanaged.some((m) => m.includes(declared))).toBe(false);
    const without = await lintDrift(server, files);
    expect(without.findings.filter((f) => f.ruleId === 'unmanaged-table')).toEqual([]);
  });
});
