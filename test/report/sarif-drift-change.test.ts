/**
 * Every SARIF dynalint writes passes Microsoft's SARIF Multitool validation, including drift findings
 * (a live table no file declares has a logical location, never an ARN or URL as a file URI), change
 * findings and `baselineState`.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';

const require = createRequire(import.meta.url);
const MULTITOOL = path.join(
  path.dirname(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json')),
  'Sarif.Multitool',
);

const table = (keys: string) => `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      KeySchema: [${keys}]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }, { AttributeName: sk, AttributeType: S }]
`;
const SEED = JSON.stringify({
  tables: ['orders', 'legacy-import'].map((TableName) => ({
    TableName,
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    BillingMode: 'PROVISIONED',
    ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
  })),
});

async function problems(dir: string, file: string): Promise<unknown[]> {
  await promisify(execFile)(
    MULTITOOL,
    ['validate', file, '--output', 'validation.sarif', '--level', 'Error;Warning;Note'],
    { cwd: dir },
  );
  const validation = JSON.parse(await readFile(path.join(dir, 'validation.sarif'), 'utf8'));
  return validation.runs.flatMap((r: { results?: { level?: string }[] }) =>
    (r.results ?? []).filter((x) => x.level === 'error' || x.level === 'warning'),
  );
}

describe('SARIF of drift and change findings', () => {
  it('validates with the Multitool, with logical locations for live tables', async () => {
    const dir = await changeRepository(
      { 'template.yaml': table('{ AttributeName: pk, KeyType: HASH }'), 'deployed.json': SEED },
      {
        'template.yaml': table('{ AttributeName: pk, KeyType: HASH }, { AttributeName: sk, KeyType: RANGE }'),
      },
    );
    const run = await cli(dir, [
      '--base',
      'main',
      '--drift',
      '--endpoint',
      'embedded',
      '--seed',
      'deployed.json',
      '--report-unmanaged',
      '--fail-on',
      'never',
      '--format',
      'sarif',
      '--output',
      'out.sarif',
    ]);
    expect(run.code).toBe(0);
    const log = JSON.parse(await readFile(path.join(dir, 'out.sarif'), 'utf8'));
    const results = log.runs[0].results as {
      ruleId: string;
      baselineState?: string;
      locations: {
        physicalLocation?: { artifactLocation: { uri: string } };
        logicalLocations?: { name: string; fullyQualifiedName: string }[];
      }[];
    }[];
    const rules = new Set(results.map((r) => r.ruleId));
    for (const id of ['table-replacement', 'schema-drift', 'unmanaged-table']) expect(rules).toContain(id);
    const unmanaged = results.find((r) => r.ruleId === 'unmanaged-table');
    expect(unmanaged?.locations).toEqual([
      { logicalLocations: [{ name: 'legacy-import', fullyQualifiedName: 'embedded/legacy-import' }] },
    ]);
    const uris = results.flatMap((r) =>
      r.locations.flatMap((l) => (l.physicalLocation ? [l.physicalLocation.artifactLocation.uri] : [])),
    );
    expect(uris.every((uri) => !/^(arn:|embedded\/|https?:)/.test(uri))).toBe(true);
    expect(results.find((r) => r.ruleId === 'table-replacement')?.baselineState).toBe('new');
    expect(await problems(dir, 'out.sarif')).toEqual([]);
  });
});
