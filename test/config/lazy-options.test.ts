/** A rule's default options are filled in when the rule first reads them: a run without tables compiles no schema. */
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import gsiCount from '../../rules/gsi-count.ts';
import { ConfigError, ruleSetting } from '../../src/config/load.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('rule options', () => {
  it('compiles a rule’s schema on the first read of its default options, once', () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const setting = ruleSetting(gsiCount);
    expect(compile).not.toHaveBeenCalled();
    expect(setting.options).toEqual({ max: 5, quota: 20 });
    expect(setting.options).toBe(setting.options);
    expect(compile).toHaveBeenCalledTimes(1);
    // Data for a worker thread: the defaults travel with it.
    expect(structuredClone(setting).options).toEqual({ max: 5, quota: 20 });
  });

  it('still refuses options the user wrote when the configuration is read', () => {
    expect(() => ruleSetting(gsiCount, undefined, { max: 'many' })).toThrow(ConfigError);
  });
});
