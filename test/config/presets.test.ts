/** Presets: `extends: dynalint:<preset>` (and the older `preset` key), and `dynalint rules --preset`. */
import { describe, expect, it } from 'vitest';
import { rules as catalogue } from '../../rules/index.ts';
import { ConfigError, loadConfig } from '../../src/config/load.ts';
import { inPreset, presetOf } from '../../src/rule.ts';
import { cli } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

async function enabled(config: string): Promise<string[]> {
  const dir = await workspace({ '.dynalint.yml': config });
  return [...(await loadConfig(catalogue, { cwd: dir })).rules.keys()];
}

const idsIn = (preset: 'recommended' | 'strict' | 'all') =>
  catalogue.filter((rule) => inPreset(rule, preset)).map((rule) => rule.id);

describe('presets', () => {
  it('nest: recommended ⊂ strict ⊂ all, with encryption-key only from strict on', () => {
    expect(idsIn('recommended')).not.toContain('encryption-key');
    expect(idsIn('strict')).toEqual(expect.arrayContaining([...idsIn('recommended'), 'encryption-key']));
    expect(idsIn('all')).toEqual(catalogue.map((rule) => rule.id));
    const optIn = catalogue.find((r) => r.id === 'unmanaged-table');
    expect(optIn && presetOf(optIn)).toBe('all');
  });

  it('turns rules on by extends, and takes the preset key as its alias', async () => {
    expect(await enabled('extends: dynalint:recommended\n')).toEqual(idsIn('recommended'));
    expect(await enabled('extends: dynalint:strict\n')).toEqual(idsIn('strict'));
    expect(await enabled('extends: dynalint:all\n')).toEqual(idsIn('all'));
    expect(await enabled('preset: strict\n')).toEqual(idsIn('strict'));
    expect(await enabled('extends: dynalint:strict\npreset: strict\n')).toEqual(idsIn('strict'));
  });

  it('lets rules turn a strict rule on under recommended, with options', async () => {
    const dir = await workspace({
      '.dynalint.yml': 'rules:\n  encryption-key: [error, { require: aws-managed }]\n',
    });
    const config = await loadConfig(catalogue, { cwd: dir });
    expect(config.rules.get('encryption-key')).toEqual({
      severity: 'error',
      options: { require: 'aws-managed' },
      configured: true,
    });
  });

  it('rejects an unknown preset and extends disagreeing with preset, naming the line', async () => {
    const unknownPreset = await workspace({ '.dynalint.yml': 'extends: dynalint:paranoid\n' });
    await expect(loadConfig(catalogue, { cwd: unknownPreset })).rejects.toThrow(
      /\.dynalint\.yml:1:\d+: "extends" must be one of "dynalint:recommended", "dynalint:strict", "dynalint:all"/,
    );
    const disagreeing = await workspace({ '.dynalint.yml': 'extends: dynalint:all\npreset: recommended\n' });
    const error = await loadConfig(catalogue, { cwd: disagreeing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\.dynalint\.yml:2:\d+: .*disagree/);
  });

  it('lists the rules of a preset with dynalint rules --preset', async () => {
    const dir = await workspace();
    const strict = await cli(dir, ['rules', '--preset', 'strict']);
    expect(strict.code).toBe(0);
    const listed = strict.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(listed).toEqual(idsIn('strict'));
    const recommended = await cli(dir, ['rules', '--preset', 'dynalint:recommended']);
    expect(recommended.stdout).not.toContain('encryption-key');
    const json = JSON.parse((await cli(dir, ['rules', '--preset', 'strict', '--format', 'json'])).stdout) as {
      id: string;
      preset?: string;
    }[];
    expect(json.find((r) => r.id === 'encryption-key')?.preset).toBe('strict');
    const wrong = await cli(dir, ['rules', '--preset', 'paranoid']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--preset must be one of recommended, strict, all');
  });
});
