/**
 * A broken endpoint never produces drift and never holds the run: each fault finishes within a bound,
 * with findings that say which tables were not checked and why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.ts';
import type { DriftOptions } from '../../src/live/index.ts';
import { faultyDynamoDb, healthyTable, type Fault, type FaultyDynamoDb } from '../helpers/faulty-dynamodb.ts';
import { lintWithDrift } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

/** Tables exactly as the faulty endpoint's healthy answers describe them: any drift would be false. */
function template(count: number): string {
  const lines = ['Resources:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  Table${i}:`,
      '    Type: AWS::DynamoDB::Table',
      '    Properties:',
      `      TableName: table-${i}`,
      '      BillingMode: PAY_PER_REQUEST',
      '      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]',
      '      KeySchema: [{ AttributeName: pk, KeyType: HASH }]',
      '      TimeToLiveSpecification: { AttributeName: expires, Enabled: true }',
      '      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }',
      '      Tags: [{ Key: team, Value: data }]',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Compares tags too, so ListTagsOfResource is asked. */
const TAGS_CONFIG = 'rules:\n  schema-drift: [warning, { tags: true }]\n';

/** Findings that claim something about the live tables: none may come from a broken endpoint. */
const DRIFT_RULES = new Set(['schema-drift', 'table-missing', 'unmanaged-table', 'protection-weakened']);

let endpoint: FaultyDynamoDb | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function driftAgainst(fault: Fault, tables: number, options: Partial<DriftOptions> = {}) {
  endpoint = await faultyDynamoDb(fault);
  const dir = await workspace({ 'template.yaml': template(tables) });
  const started = performance.now();
  const result = await lintWithDrift(
    dir,
    { endpoint: endpoint.endpoint, retryDelay: () => 0, reportUnmanaged: true, ...options },
    TAGS_CONFIG,
  );
  return { result, ms: performance.now() - started };
}

function drift(findings: readonly Finding[]): string[] {
  return findings.filter((f) => DRIFT_RULES.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
}

function notChecked(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.ruleId === 'live-not-checked').map((f) => f.message);
}

describe('a faulty DynamoDB endpoint', () => {
  it('repeating pagination tokens: tags and the table list stop at the repeat', async () => {
    const { result, ms } = await driftAgainst({ mode: 'repeat-token' }, 3);
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    expect(endpoint?.counts.get('ListTables')).toBeLessThanOrEqual(2);
    expect(endpoint?.counts.get('ListTagsOfResource')).toBeLessThanOrEqual(6);
    expect(notChecked(result.findings).sort()).toEqual([
      expect.stringMatching(/^tags not checked for 3 tables .*repeated a pagination token/),
      expect.stringMatching(/^unmanaged tables not listed: .*ListTables repeated a pagination token/),
    ]);
  });

  it('a trickling answer is cut off by the per-request total timeout', async () => {
    const { result, ms } = await driftAgainst({ mode: 'trickle', everyMs: 20 }, 2, { timeoutMs: 300 });
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId.startsWith('live-')).map((f) => f.message)).toEqual([
      expect.stringMatching(/^drift not checked: cannot reach http:\/\/127\.0\.0\.1:\d+/),
    ]);
  });

  it('a trickling answer is cut off by the drift timeout, and every table says it was not checked', async () => {
    const { result, ms } = await driftAgainst({ mode: 'trickle', everyMs: 20 }, 3, {
      timeoutMs: 60_000,
      driftTimeoutMs: 500,
      concurrency: 1,
    });
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    expect(notChecked(result.findings)).toEqual(
      expect.arrayContaining([
        'Table0: live table table-0 not checked: the drift timeout (0.5 s) ran out before it was described; raise --drift-timeout',
        'Table1: live table table-1 not checked: the drift timeout (0.5 s) ran out before it was described; raise --drift-timeout',
        'Table2: live table table-2 not checked: the drift timeout (0.5 s) ran out before it was described; raise --drift-timeout',
      ]),
    );
  });

  it('constant throttling: retries are capped, each table is reported, and the run ends quickly', async () => {
    const { result, ms } = await driftAgainst({ mode: 'throttle-always' }, 40, { concurrency: 8 });
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    const throttled = result.findings.filter(
      (f) => f.ruleId === 'live-error' && /live table .* still throttled/.test(f.message),
    );
    expect(throttled).toHaveLength(40);
    // One request per table once the first ran out of attempts, plus at most a few in flight meanwhile.
    expect(endpoint?.counts.get('DescribeTable')).toBeLessThan(40 + 8 * 5);
  });

  it('HTTP 500 naming ResourceNotFoundException is a server failure, not a missing table', async () => {
    const { result, ms } = await driftAgainst({ mode: '500-not-found' }, 2);
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'live-error').map((f) => f.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Table0: live table table-0 not described: .*failed \(HTTP 500/),
      ]),
    );
  });
});

describe('malformed answers are not believed', () => {
  const table = healthyTable('table-0');
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an empty Table', { DescribeTable: { Table: {} } }, /invalid Table: the answer has no TableName/],
    ['no Table at all', { DescribeTable: {} }, /DescribeTable returned no Table/],
    [
      'KeySchema as a string',
      { DescribeTable: { Table: { ...table, KeySchema: 'pk' } } },
      /KeySchema must be array/,
    ],
    ['no KeySchema', { DescribeTable: { Table: { ...table, KeySchema: undefined } } }, /has no KeySchema/],
    [
      'an unknown billing mode',
      { DescribeTable: { Table: { ...table, BillingModeSummary: { BillingMode: 'FREE' } } } },
      /BillingModeSummary\.BillingMode is "FREE", not one of PROVISIONED, PAY_PER_REQUEST/,
    ],
    [
      'an answer about another table',
      { DescribeTable: { Table: healthyTable('someone-else') } },
      /answered about another table \(someone-else\)/,
    ],
  ];

  it.each(cases)('%s: the table is not checked, with the reason', async (_what, bodies, reason) => {
    const { result, ms } = await driftAgainst({ mode: 'malformed', bodies }, 1, { reportUnmanaged: false });
    expect(ms).toBeLessThan(10_000);
    expect(drift(result.findings)).toEqual([]);
    expect(notChecked(result.findings)).toEqual([expect.stringMatching(reason)]);
    expect(result.findings.find((f) => f.ruleId === 'live-not-checked')?.message).toMatch(
      /^Table0: live table table-0 not checked: /,
    );
  });

  it('empty TTL and backup answers leave those settings unchecked, and nothing else', async () => {
    const { result } = await driftAgainst(
      {
        mode: 'malformed',
        bodies: { DescribeTimeToLive: {}, DescribeContinuousBackups: {}, ListTagsOfResource: { Tags: 'x' } },
      },
      1,
      { reportUnmanaged: false },
    );
    expect(drift(result.findings)).toEqual([]);
    expect(notChecked(result.findings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^TTL not checked for 1 table .*no TimeToLiveDescription/),
        expect.stringMatching(
          /^point-in-time recovery not checked for 1 table .*no ContinuousBackupsDescription/,
        ),
        expect.stringMatching(/^tags not checked for 1 table .*invalid Tags/),
      ]),
    );
  });
});
