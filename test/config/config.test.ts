import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { ConfigError, loadConfig } from '../../src/config/load.ts';
import { inPreset } from '../../src/rule.ts';
import { workspace } from '../helpers/workspace.ts';

async function load(
  files: Record<string, string>,
  options: { configPath?: string; ruleOverrides?: string[]; sub?: string } = {},
) {
  const dir = await workspace(files);
  return loadConfig(catalogue, { cwd: options.sub ? `${dir}/${options.sub}` : dir, ...options });
}

async function failure(files: Record<string, string>, options = {}): Promise<string> {
  try {
    await load(files, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('defaults to the recommended preset with default severities and options', async () => {
    const config = await load({});
    expect(config.file).toBeUndefined();
    expect([...config.rules.keys()]).toEqual(
      catalogue.filter((r) => inPreset(r, 'recommended')).map((r) => r.id),
    );
    expect(config.rules.get('gsi-count')).toEqual({
      severity: 'warning',
      options: { max: 5, quota: 20 },
      configured: false,
    });
  });

  it('reads .dynalint.yml: severities, [severity, options], off, ignore globs', async () => {
    const config = await load({
      '.dynalint.yml':
        'rules:\n  gsi-count: [error, { max: 8 }]\n  low-cardinality-key: off\n  billing-mode: info\nignore:\n  - legacy/**\n',
    });
    expect(config.file).toBe('.dynalint.yml');
    expect(config.rules.get('gsi-count')).toEqual({
      severity: 'error',
      options: { max: 8, quota: 20 },
      configured: true,
    });
    expect(config.rules.has('low-cardinality-key')).toBe(false);
    expect(config.rules.get('billing-mode')?.severity).toBe('info');
    expect(config.ignore).toEqual(['legacy/**']);
  });

  it('reads .dynalint.json and the dynalint key of package.json, nearest folder first', async () => {
    expect(
      (await load({ '.dynalint.json': '{ "rules": { "gsi-count": "off" } }' })).rules.has('gsi-count'),
    ).toBe(false);
    const nested = await load(
      {
        'package.json': '{ "name": "x", "dynalint": { "rules": { "billing-mode": "warning" } } }',
        'infra/.keep': '',
      },
      { sub: 'infra' },
    );
    expect(nested.file).toBe('../package.json');
    expect(nested.rules.get('billing-mode')?.severity).toBe('warning');
    expect(nested.ignore).toEqual([]);
  });

  it('skips a package.json that names dynalint only as a dependency or a bin', async () => {
    const config = await load(
      {
        '.dynalint.yml': 'rules:\n  gsi-count: off\n',
        'app/package.json': '{ "name": "app", "devDependencies": { "dynalint": "^1.0.0" } }',
        'app/infra/.keep': '',
      },
      { sub: 'app/infra' },
    );
    expect(config.file).toBe('../../.dynalint.yml');
    expect(config.rules.has('gsi-count')).toBe(false);
  });

  it('rebases ignore globs onto the working directory', async () => {
    const config = await load(
      { '.dynalint.yml': 'ignore: [legacy/**]\n', 'infra/.keep': '' },
      { sub: 'infra' },
    );
    expect(config.ignore).toEqual(['../legacy/**']);
  });

  it('turns on opt-in rules with preset all', async () => {
    const config = await load({ '.dynalint.yml': 'preset: all\n' });
    expect(config.rules.size).toBe(catalogue.length);
  });

  it('lets --rule override the file', async () => {
    const config = await load(
      { '.dynalint.yml': 'rules:\n  gsi-count: off\n' },
      { ruleOverrides: ['gsi-count=error', 'billing-mode=off'] },
    );
    expect(config.rules.get('gsi-count')?.severity).toBe('error');
    expect(config.rules.has('billing-mode')).toBe(false);
  });

  it('names the unknown key, its file and line', async () => {
    expect(await failure({ '.dynalint.yml': 'rules: {}\nignores: [x]\n' })).toBe(
      '.dynalint.yml:2:1: unknown key "ignores"',
    );
  });

  it('names a misspelt rule and suggests the right one', async () => {
    expect(await failure({ '.dynalint.yml': 'rules:\n  gsi-cout: warning\n' })).toBe(
      '.dynalint.yml:2:3: unknown rule "gsi-cout" (did you mean "gsi-count"?); `dynalint rules` lists them',
    );
  });

  it('names bad severities and bad rule options with their line', async () => {
    expect(await failure({ '.dynalint.yml': 'rules:\n  gsi-count: loud\n' })).toMatch(
      /^\.dynalint\.yml:2:14: "rules\.gsi-count" must/,
    );
    expect(
      await failure({
        '.dynalint.json': '{\n  "rules": {\n    "gsi-count": ["warning", { "max": "many" }]\n  }\n}\n',
      }),
    ).toBe('.dynalint.json:3:39: "rules.gsi-count.1.max" must be integer');
    expect(await failure({ '.dynalint.yml': 'rules:\n  gsi-count: [warning, { maximum: 3 }]\n' })).toBe(
      '.dynalint.yml:2:26: unknown key "rules.gsi-count.1.maximum"',
    );
    expect(
      await failure({ '.dynalint.yml': 'rules:\n  low-cardinality-key: [warning, { patterns: ["("] }]\n' }),
    ).toMatch(
      /^\.dynalint\.yml:2:47: "rules\.low-cardinality-key\.1\.patterns\.0" must match format "regex"/,
    );
  });

  it('reports a config file that does not parse', async () => {
    expect(await failure({ '.dynalint.yml': 'rules: [\n' })).toMatch(/^\.dynalint\.yml:2:1: YAML:/);
  });

  it('reports a --config file that does not exist', async () => {
    expect(await failure({}, { configPath: 'missing.yml' })).toBe(
      'cannot read configuration file missing.yml',
    );
  });
});
