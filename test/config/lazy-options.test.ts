/**
 * A rule's default options are read from its schema, not compiled from it: a run pays no schema compile for
 * options the user did not write, and gets what ajv's `useDefaults` would give.
 */
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import gsiCount from '../../rules/gsi-count.ts';
import { defaultOptions } from '../../src/config/defaults.ts';
import { ConfigError, ruleSetting } from '../../src/config/load.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('rule options', () => {
  it('fills a rule’s default options without compiling its schema', () => {
    const compile = vi.spyOn(Ajv.prototype, 'compile');
    const setting = ruleSetting(gsiCount);
    expect(setting.options).toEqual({ max: 5, quota: 20 });
    expect(compile).not.toHaveBeenCalled();
    // Data for a worker thread: the defaults travel with it.
    expect(structuredClone(setting).options).toEqual({ max: 5, quota: 20 });
  });

  it('gives every rule in the catalogue the defaults ajv’s useDefaults gives', () => {
    const ajv = new Ajv({ useDefaults: true, strict: false });
    const withOptions = catalogue.filter((rule) => rule.options);
    expect(withOptions.length).toBeGreaterThan(5);
    for (const rule of withOptions) {
      const filled: Record<string, unknown> = {};
      expect(ajv.compile(rule.options ?? {})(filled), rule.id).toBe(true);
      expect(defaultOptions(rule.options ?? {}), rule.id).toEqual(filled);
    }
  });

  it('fills nested defaults as ajv does: inside a defaulted object, and in items that are there', () => {
    const schema = {
      type: 'object',
      properties: {
        limits: {
          type: 'object',
          default: {},
          properties: { reads: { type: 'integer', default: 5 }, writes: { type: 'integer' } },
        },
        paths: { type: 'array', items: { type: 'object', properties: { glob: { default: '**' } } } },
        plain: { type: 'string' },
      },
    } as const;
    const ajv = new Ajv({ useDefaults: true, strict: false });
    const filled: Record<string, unknown> = {};
    ajv.compile(schema)(filled);
    expect(defaultOptions(schema)).toEqual(filled);
    expect(filled).toEqual({ limits: { reads: 5 } });
  });

  it('still refuses options the user wrote when the configuration is read', () => {
    expect(() => ruleSetting(gsiCount, undefined, { max: 'many' })).toThrow(ConfigError);
  });
});
