/** `--help` is printed from the option table the parser reads: it cannot miss an option or a format. */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS, helpText, parseArgsConfig } from '../../src/cli/options.ts';
import { LANGUAGES } from '../../src/code/languages.ts';
import { FORMATS } from '../../src/iac/index.ts';

describe('command-line options', () => {
  it('lists every option the parser accepts, with its short form', () => {
    const help = helpText();
    for (const option of CLI_OPTIONS) {
      expect(help).toContain(`--${option.name}`);
      if ('short' in option) expect(help).toContain(`-${option.short}, --${option.name}`);
    }
  });

  it('names every format and language of the registries', () => {
    const help = helpText().replace(/\s+/g, ' ');
    for (const format of FORMATS) expect(help).toContain(format.name);
    for (const language of LANGUAGES) expect(help).toContain(language.name);
    expect(help).toContain('Terraform');
  });

  it('keeps every help line within 80 columns', () => {
    expect(
      helpText()
        .split('\n')
        .filter((line) => line.length > 80),
    ).toEqual([]);
  });

  it('parses what the help documents', () => {
    const { values } = parseArgs({
      args: ['-f', 'json', '--rule', 'gsi-count=off', '--drift', '--var', 'a=b', '--var', 'c=d'],
      options: parseArgsConfig(),
      allowPositionals: true,
    });
    expect(values).toMatchObject({
      format: 'json',
      rule: ['gsi-count=off'],
      drift: true,
      var: ['a=b', 'c=d'],
    });
  });
});
