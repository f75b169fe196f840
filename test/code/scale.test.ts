/** The code scan's cost grows linearly with the calls in a file, however they are grouped into functions. */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/code/analyze.ts';
import { javascriptScanChains, javascriptScans, javascriptScansInOneFunction } from '../helpers/hostile.ts';

async function analyzeJs(text: string) {
  const started = performance.now();
  const analysis = await analyzeFile({
    display: 'scans.js',
    text,
    language: 'javascript',
    grammar: 'javascript',
  });
  return { analysis, ms: performance.now() - started };
}

describe('code scan scale', () => {
  it('scans 2,000 calls in one function in bounded time, each with its own table variable', async () => {
    const { analysis, ms } = await analyzeJs(javascriptScansInOneFunction(2_000));
    expect(ms).toBeLessThan(10_000);
    expect(analysis.uses).toHaveLength(2_000);
    expect(analysis.uses.at(-1)).toMatchObject({
      scope: 'handler',
      tableVariable: 'TABLE_9',
      details: { paginated: false },
    });
  });

  it('scans 2,000 calls in 2,000 functions in bounded time', async () => {
    const { analysis, ms } = await analyzeJs(javascriptScans(2_000));
    expect(ms).toBeLessThan(10_000);
    expect(analysis.uses).toHaveLength(2_000);
    expect(new Set(analysis.uses.map((u) => u.scope)).size).toBe(2_000);
  });

  it('still tells paging functions from single-page ones after remembering each function once', async () => {
    const text = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export async function pages() {
  let key;
  do {
    const page = await client.send(new ScanCommand({ TableName: 'a', ExclusiveStartKey: key }));
    await client.send(new ScanCommand({ TableName: 'b', ExclusiveStartKey: key }));
    key = page.LastEvaluatedKey;
  } while (key);
}
export async function once() {
  await client.send(new ScanCommand({ TableName: 'c' }));
  return client.send(new ScanCommand({ TableName: 'd' }));
}
`;
    const { analysis } = await analyzeJs(text);
    expect(analysis.uses.map((u) => [u.scope, u.details?.paginated])).toEqual([
      ['pages', true],
      ['pages', true],
      ['once', false],
      // The caller gets this response: whether it pages on is the caller's business.
      ['once', undefined],
    ]);
  });

  it('scans calls nested deep in expressions without walking their ancestors over and over', async () => {
    const { analysis, ms } = await analyzeJs(javascriptScanChains(40, 240));
    expect(ms).toBeLessThan(10_000);
    expect(analysis.uses).toHaveLength(9_600);
    expect(analysis.problems).toEqual([]);
  });

  it('skips a file nested thousands of levels deep with a finding, in bounded time', async () => {
    const text = `package orders\n\nfunc deep() {\n${'{ a = '.repeat(8_000)}1${' }'.repeat(8_000)}\n}\n`;
    const started = performance.now();
    const analysis = await analyzeFile({ display: 'deep.go', text, language: 'go', grammar: 'go' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(analysis.problems).toEqual([
      expect.objectContaining({
        ruleId: 'file-skipped',
        message: expect.stringContaining('nested more than'),
      }),
    ]);
  });
});
