/**
 * With a cache, a code file whose bytes could hold neither a DynamoDB call nor a mapped class is not read
 * again while git lists it and its stamp (size, times, inode) is the same; any change to it is read.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { resolveConfig } from '../../src/config/load.ts';
import { run } from '../../src/run.ts';
import { FactStore } from '../../src/shared/facts.ts';
import { git } from '../helpers/git.ts';
import { tableTemplate } from '../helpers/templates.ts';
import { workspace } from '../helpers/workspace.ts';

const HANDLER = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
export const list = () => new DynamoDBClient({}).send(new ScanCommand({ TableName: 'orders' }));
`;

const FILES = {
  'template.yaml': tableTemplate({}),
  'src/handler.js': HANDLER,
  'src/quiet.js': 'export const sum = (a, b) => a + b;\n',
  'src/format.py': 'def shout(text):\n    return text.upper()\n',
};

function quietRecords(facts: FactStore): string[] {
  return facts
    .records()
    .map(([key]) => key.split('\u0000'))
    .filter((parts) => parts.at(-2) === 'quiet')
    .map((parts) => parts.at(-1) ?? '')
    .sort();
}

describe('--cache and quiet code files', () => {
  it('does not read an unchanged quiet file again, and reads it once it changes', async () => {
    const dir = await workspace(FILES);
    await git(dir, 'init', '-q');
    // A file changed in the last two seconds has no stamp: it could change again within its timestamp.
    await sleep(2100);
    const config = resolveConfig(catalogue, undefined, dir, dir);
    const lint = (facts: FactStore) => run({ cwd: dir, paths: ['.'], config, facts });
    const plain = await run({ cwd: dir, paths: ['.'], config });
    const facts = new FactStore();
    expect((await lint(facts)).findings).toEqual(plain.findings);
    expect(quietRecords(facts)).toEqual(['src/format.py', 'src/quiet.js']);
    const { hits, misses } = facts.lookups;
    // Recalled: both quiet files, the handler's analysis and the template's judgement. The one miss is the
    // handler's quiet record, which it never has: it is read, and its analysis found by its bytes.
    expect((await lint(facts)).findings).toEqual(plain.findings);
    expect(facts.lookups.hits - hits).toBe(4);
    expect(facts.lookups.misses - misses).toBe(1);

    await writeFile(path.join(dir, 'src/quiet.js'), HANDLER.replace('list', 'listAgain'));
    const edited = await lint(facts);
    expect(edited.findings).toEqual((await run({ cwd: dir, paths: ['.'], config })).findings);
    expect(edited.findings.filter((f) => f.location.file === 'src/quiet.js').map((f) => f.ruleId)).toContain(
      'scan-usage',
    );
  });
});
