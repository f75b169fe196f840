/**
 * Pull-request mode lints the head and the base: a file whose git blob is the same at both is loaded once,
 * its facts keyed by path and blob id (the id `git ls-tree` lists, computed for the working tree as
 * `git hash-object` does). Findings are those of a run that loads both sides in full.
 */
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { resolveConfig } from '../../src/config/load.ts';
import { run } from '../../src/run.ts';
import { FactStore } from '../../src/shared/facts.ts';
import { changeRepository, git } from '../helpers/git.ts';
import { tableTemplate } from '../helpers/templates.ts';

function template(table: string, billing: string): string {
  return tableTemplate({ table, billing });
}

const HANDLER = (table: string) => `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
export const list = () => new DynamoDBClient({}).send(new ScanCommand({ TableName: '${table}' }));
`;

const BASE = {
  'orders.yaml': template('Orders', 'PAY_PER_REQUEST'),
  'users.yaml': template('Users', 'PAY_PER_REQUEST'),
  'src/orders.js': HANDLER('orders'),
  'src/users.js': HANDLER('users'),
};
const HEAD = {
  'users.yaml': template(
    'Users',
    'PROVISIONED\n      ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }',
  ),
  'src/users.js': HANDLER('accounts'),
};

/** The files each stored fact is about, with its blob id (keys are kind, path, blob id). */
function factFiles(facts: FactStore): string[] {
  return facts
    .records()
    .map(([key]) => key.split('\u0000').slice(-2).join(' '))
    .sort();
}

describe('pull-request mode', () => {
  it('loads a file the change left alone once, for the head and the base', async () => {
    const dir = await changeRepository(BASE, HEAD);
    const config = resolveConfig(catalogue, undefined, dir, dir);
    const facts = new FactStore();
    const shared = await run({ cwd: dir, paths: ['.'], config, base: 'main', facts });
    const blob = async (revision: string, file: string) =>
      `${file} ${await git(dir, 'rev-parse', `${revision}:${file}`)}`;
    expect(factFiles(facts)).toEqual(
      (
        await Promise.all([
          blob('HEAD', 'orders.yaml'),
          blob('HEAD', 'src/orders.js'),
          blob('HEAD', 'users.yaml'),
          blob('main', 'users.yaml'),
          blob('HEAD', 'src/users.js'),
          blob('main', 'src/users.js'),
        ])
      ).sort(),
    );
    // The same findings (new and existing) as a run whose base has a store of its own.
    const separate = await run({ cwd: dir, paths: ['.'], config, base: 'main', facts: new FactStore() });
    expect(shared.findings).toEqual(separate.findings);
    expect(shared.findings.some((f) => f.baselineState === 'new')).toBe(true);
    expect(shared.findings.some((f) => f.baselineState === 'unchanged')).toBe(true);
  });
});
