/**
 * Reading the base revision from git: names with any byte but NUL (newlines, tabs), object contents
 * framed by their sizes, and a blob over the size cap reported as `file-skipped` without being read.
 */
import { describe, expect, it } from 'vitest';
import { loadBaseTables } from '../../src/diff/base.ts';
import { BatchParser } from '../../src/diff/git.ts';
import { fileStart } from '../../src/model.ts';
import { MAX_FILE_BYTES } from '../../src/shared/files.ts';
import { changeRepository } from '../helpers/git.ts';

function template(id: string, comment = ''): string {
  return `${comment}Resources:
  ${id}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
}

const base = (cwd: string) =>
  loadBaseTables({ cwd, ref: 'main', paths: [], ignore: [], fallback: fileStart('template.yaml') });

describe('the base revision', () => {
  it('reads files whose names hold newlines and tabs, each with its own contents', async () => {
    const dir = await changeRepository(
      {
        'infra/orders\ntable.yaml': template('Orders'),
        'infra/line\n.yaml': template('Lines'),
        'infra/tab\tname.yaml': template('Tabs'),
        'infra/plain.yaml': template('Plain'),
      },
      {},
    );
    const loaded = await base(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.tables.map((t) => [t.id, t.location.file]).sort()).toEqual([
      ['Lines', 'infra/line\n.yaml'],
      ['Orders', 'infra/orders\ntable.yaml'],
      ['Plain', 'infra/plain.yaml'],
      ['Tabs', 'infra/tab\tname.yaml'],
    ]);
  });

  it('reports a blob over the size cap as file-skipped, unread, and compares the other files', async () => {
    const padding = `# ${'x'.repeat(1023)}\n`.repeat(Math.ceil((MAX_FILE_BYTES + 1024 * 1024) / 1025));
    const dir = await changeRepository(
      { 'big.yaml': template('Big', padding), 'ok.yaml': template('Ok') },
      {},
    );
    const loaded = await base(dir);
    expect(loaded.tables.map((t) => t.id)).toEqual(['Ok']);
    expect(loaded.problems).toEqual([
      {
        ruleId: 'file-skipped',
        severity: 'warning',
        message:
          'big.yaml at main was not read (6.0 MB is over the 5 MB limit for one file), so changes to its tables are not checked',
        location: fileStart('big.yaml'),
      },
    ]);
  });
});

describe('git cat-file --batch output', () => {
  it('is framed by sizes: contents with newlines and header-like lines, split at every byte', () => {
    const contents = Buffer.from('line one\nabc123 blob 99\n\n');
    const output = Buffer.concat([
      Buffer.from(`abc123 blob ${contents.length}\n`),
      contents,
      Buffer.from('\nmain:gone.yaml missing\n'),
      Buffer.from('def456 blob 0\n\n'),
      Buffer.from('0a1b2c tree 3\nxyz\n'),
    ]);
    const seen: [string, string, string][] = [];
    const parser = new BatchParser((object, type, body) => seen.push([object, type, body.toString()]));
    for (const byte of output) parser.push(Buffer.from([byte]));
    parser.end();
    expect(seen).toEqual([
      ['abc123', 'blob', 'line one\nabc123 blob 99\n\n'],
      ['def456', 'blob', ''],
      ['0a1b2c', 'tree', 'xyz'],
    ]);
  });

  it('fails when the output ends inside an object', () => {
    const parser = new BatchParser(() => undefined);
    parser.push(Buffer.from('abc123 blob 10\nshort'));
    expect(() => parser.end()).toThrow('git cat-file output ended inside abc123');
  });
});
