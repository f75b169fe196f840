import { describe, expect, it } from 'vitest';
import { WRITE_INTERVAL_VARIABLE, writeIntervalFrom } from '../../src/action/github/client.ts';

describe('the write spacing of GitHub requests', () => {
  it('keeps the throttling default (a second, as GitHub asks) unless the environment names milliseconds', () => {
    expect(writeIntervalFrom({})).toEqual({});
    expect(writeIntervalFrom({ [WRITE_INTERVAL_VARIABLE]: '0' })).toEqual({ writeIntervalMs: 0 });
    expect(writeIntervalFrom({ [WRITE_INTERVAL_VARIABLE]: '250' })).toEqual({ writeIntervalMs: 250 });
  });

  it.each(['', '-1', '1.5', 'soon', '10000000'])('ignores %j', (text) => {
    expect(writeIntervalFrom({ [WRITE_INTERVAL_VARIABLE]: text })).toEqual({});
  });
});
