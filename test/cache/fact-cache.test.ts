/**
 * `--cache`: per-file facts are reused while a file, dynalint's version and the configuration stay the
 * same, and never otherwise. To see which facts a run used, a test plants a marker problem in a cached
 * record: it is reported only when that record was reused.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/meta.ts';
import { cacheFilePath, readFactCache, writeFactCache } from '../../src/shared/fact-cache.ts';
import { FactStore } from '../../src/shared/facts.ts';
import { cli } from '../helpers/cli.ts';
import { tableTemplate } from '../helpers/templates.ts';
import { workspace } from '../helpers/workspace.ts';

const TEMPLATE = tableTemplate({
  attributes: ['unused'],
  properties: '      StreamSpecification:\n        StreamViewType: NEW_IMAGES\n',
});

const HANDLER = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = async () => client.send(new ScanCommand({ TableName: 'orders' }));
`;

const FILES = { 'template.yaml': TEMPLATE, 'src/handler.js': HANDLER };
const QUIET = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];
const MARKER = 'planted in the cache';

interface Reported {
  readonly ruleId: string;
  readonly message: string;
  readonly location: { readonly file: string; readonly line: number };
}

async function lint(dir: string, args: string[] = []): Promise<Reported[]> {
  const run = await cli(dir, ['--format', 'json', '--fail-on', 'never', ...QUIET, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { findings: Reported[] }).findings;
}

/** Adds a marker problem to every cached record of `file`, as if an earlier run had found it there. */
async function plantMarker(cacheFile: string, file: string): Promise<number> {
  const store = await readFactCache(cacheFile, VERSION);
  let planted = 0;
  const records = store.records({ unused: true }).map(([key, record]): [string, unknown] => {
    if (!key.includes(`\u0000${file}\u0000`)) return [key, record];
    planted += 1;
    const marker = {
      ruleId: 'load-error',
      severity: 'error',
      message: MARKER,
      location: { file, line: 1, column: 1 },
    };
    const withMarker = <T extends { problems: unknown[] }>(facts: T): T => ({
      ...facts,
      problems: [...facts.problems, marker],
    });
    // A code file's analysis holds its problems; an IaC file's judgement holds them in its load result.
    const facts = record as { problems: unknown[] } | { result: { problems: unknown[] } };
    return [key, 'result' in facts ? { ...facts, result: withMarker(facts.result) } : withMarker(facts)];
  });
  await writeFactCache(cacheFile, VERSION, everyRecordUsed(records));
  return planted;
}

/** A store that writes `records` as they are. */
function everyRecordUsed(records: [string, unknown][]): FactStore {
  const store = new FactStore();
  for (const [key, record] of records) store.set(key, record);
  return store;
}

const markers = (findings: readonly Reported[]) => findings.filter((f) => f.message === MARKER);

describe('--cache', () => {
  it('a second run reports the same findings, from the cached facts of every file', async () => {
    const dir = await workspace(FILES);
    const plain = await lint(dir);
    // A schema finding is located through the table's declaration, which the cache stores as data.
    expect(plain.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['scan-usage', 'resource-schema']));
    expect(await lint(dir, ['--cache'])).toEqual(plain);
    const cacheFile = path.join(dir, '.dynalintcache');
    const written = await stat(cacheFile);
    expect(await lint(dir, ['--cache'])).toEqual(plain);
    // Every fact came from the file: it is left as it was, not rewritten.
    expect((await stat(cacheFile)).mtimeMs).toBe(written.mtimeMs);
    expect(await plantMarker(cacheFile, 'template.yaml')).toBe(1);
    expect(await plantMarker(cacheFile, 'src/handler.js')).toBe(1);
    const reused = await lint(dir, ['--cache']);
    expect(
      markers(reused)
        .map((f) => f.location.file)
        .sort(),
    ).toEqual(['src/handler.js', 'template.yaml']);
    expect(reused.filter((f) => f.message !== MARKER)).toEqual(plain);
  });

  it('recalls a judged template only where its tables would be kept the same way', async () => {
    // Without code files, a run keeps no tables once they are judged; the cached judgement says so.
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    await lint(dir, ['--cache']);
    await plantMarker(path.join(dir, '.dynalintcache'), 'template.yaml');
    expect(markers(await lint(dir, ['--cache']))).toHaveLength(1);
    // Application code reads the tables: that judgement is not recalled, and the Scan is attributed.
    await writeFile(path.join(dir, 'src-handler.js'), HANDLER);
    const withCode = await lint(dir, ['--cache']);
    expect(markers(withCode)).toEqual([]);
    expect(withCode).toEqual(await lint(dir));
    expect(withCode.find((f) => f.ruleId === 'scan-usage')?.message).toMatch(/Orders|orders/);
  });

  it('parses an edited file again and reuses the others', async () => {
    const dir = await workspace(FILES);
    await lint(dir, ['--cache']);
    const cacheFile = path.join(dir, '.dynalintcache');
    await plantMarker(cacheFile, 'template.yaml');
    await plantMarker(cacheFile, 'src/handler.js');
    await writeFile(path.join(dir, 'template.yaml'), TEMPLATE.replace('unused', 'stale'));
    const edited = await lint(dir, ['--cache']);
    expect(markers(edited).map((f) => f.location.file)).toEqual(['src/handler.js']);
    const definitions = edited.filter((f) => f.ruleId === 'key-attribute-definitions');
    expect(definitions.map((f) => f.message).join('\n')).toContain('"stale"');
    expect(edited.filter((f) => f.message !== MARKER)).toEqual(await lint(dir));
  });

  it('ignores a corrupt or truncated cache file, and replaces it', async () => {
    const dir = await workspace(FILES);
    const plain = await lint(dir);
    const cacheFile = path.join(dir, '.dynalintcache');
    await lint(dir, ['--cache']);
    const written = await readFile(cacheFile);
    for (const damaged of [
      Buffer.from('not a cache'),
      written.subarray(0, written.length - 7),
      Buffer.concat([written.subarray(0, 60), Buffer.from([1, 2, 3]), written.subarray(63)]),
    ]) {
      await writeFile(cacheFile, damaged);
      expect(await lint(dir, ['--cache'])).toEqual(plain);
      // Replaced by a whole cache of this run's facts.
      expect((await readFactCache(cacheFile, VERSION)).records({ unused: true }).length).toBe(2);
      expect(await lint(dir, ['--cache'])).toEqual(plain);
    }
  });

  it('runs writing the same cache at once each finish with the same findings and leave a whole cache', async () => {
    const dir = await workspace(FILES);
    const plain = await lint(dir);
    const runs = await Promise.all(Array.from({ length: 4 }, () => lint(dir, ['--cache'])));
    for (const findings of runs) expect(findings).toEqual(plain);
    expect(
      (await readFactCache(path.join(dir, '.dynalintcache'), VERSION)).records({ unused: true }),
    ).toHaveLength(2);
    expect(await lint(dir, ['--cache'])).toEqual(plain);
  });

  it('does not reuse facts from another version of dynalint or another configuration', async () => {
    const dir = await workspace(FILES);
    const cacheFile = path.join(dir, '.dynalintcache');
    await lint(dir, ['--cache']);
    await plantMarker(cacheFile, 'template.yaml');
    expect(markers(await lint(dir, ['--cache', '--rule', 'scan-usage=off']))).toEqual([]);
    await lint(dir, ['--cache']);
    await plantMarker(cacheFile, 'template.yaml');
    const store = await readFactCache(cacheFile, VERSION);
    await writeFactCache(cacheFile, `${VERSION}-next`, everyRecordUsed(store.records({ unused: true })));
    expect(markers(await lint(dir, ['--cache']))).toEqual([]);
    await plantMarker(cacheFile, 'template.yaml');
    expect(markers(await lint(dir, ['--cache']))).toHaveLength(1);
  });

  it('--cache-location names the file, or a folder that gets one file per working directory', async () => {
    const dir = await workspace({ ...FILES, 'cache/.keep': '' });
    await lint(dir, ['--cache', '--cache-location', 'my-cache']);
    expect((await readFactCache(path.join(dir, 'my-cache'), VERSION)).records({ unused: true }).length).toBe(
      2,
    );
    await lint(dir, ['--cache', '--cache-location', 'cache']);
    const inFolder = cacheFilePath(dir, 'cache');
    expect(path.dirname(inFolder)).toBe(path.join(dir, 'cache'));
    expect((await readFactCache(inFolder, VERSION)).records({ unused: true }).length).toBe(2);
    expect(cacheFilePath(dir, 'new-folder/')).toMatch(/new-folder[\\/]\.cache_/);
  });
});
