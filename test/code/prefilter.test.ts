import { describe, expect, it } from 'vitest';
import { mentionsOperation } from '../../src/code/prefilter.ts';

describe('operation prefilter', () => {
  it.each([
    'client.scan(',
    'new ScanCommand(',
    'ExecuteStatementCommand',
    'execute_statement(',
    'x.Scan()',
    'paginateScan',
  ])('keeps %s', (text) => expect(mentionsOperation(Buffer.from(text))).toBe(true));
  it.each(['cancel()', 'canvas', 'can = 1', 'execute()', 'executeQuery', 'scAn', ''])(
    'rules out %s',
    (text) => expect(mentionsOperation(Buffer.from(text))).toBe(false),
  );
});
