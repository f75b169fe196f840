/** The Action's inputs, read through @actions/core as the runner passes them (`INPUT_<NAME>`). */
import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.ts';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function read(inputs: Record<string, string>) {
  process.env = Object.fromEntries([
    ...Object.entries(saved).filter(([key]) => !key.startsWith('INPUT_')),
    ...Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  ]);
  return readInputs({ text: (name) => core.getInput(name), boolean: (name) => core.getBooleanInput(name) });
}

describe('action inputs', () => {
  it('gives defaults for every input left unset', () => {
    expect(read({})).toEqual({
      paths: [],
      failOn: 'error',
      annotations: 'auto',
      comment: true,
      summary: true,
      reportUnmanaged: false,
      code: true,
      cdkSynth: false,
      changeSafety: true,
      token: '',
    });
  });

  it('reads YAML booleans as core.getBooleanInput does', () => {
    const inputs = read({
      comment: 'False',
      code: 'FALSE',
      summary: 'true',
      'change-safety': 'false',
      'cdk-synth': 'True',
    });
    expect(inputs).toMatchObject({
      comment: false,
      code: false,
      summary: true,
      changeSafety: false,
      cdkSynth: true,
    });
  });

  it.each([
    [{ comment: 'yes please' }, 'input "comment" must be true or false (got "yes please")'],
    [{ 'cdk-synth': 'always' }, 'input "cdk-synth" must be true or false (got "always")'],
    [{ 'fail-on': 'fatal' }, 'input "fail-on" must be one of error, warning, info, never (got "fatal")'],
    [{ annotations: 'all' }, 'input "annotations" must be one of auto, checks, commands, off (got "all")'],
    [{ filter: 'lines' }, 'input "filter" must be one of added, diff_context, file, nofilter (got "lines")'],
    [{ drift: 'true', 'report-unmanaged': 'maybe' }, 'input "report-unmanaged" must be true or false'],
    [{ 'report-unmanaged': 'true' }, 'input "report-unmanaged" needs "drift: true"'],
    [{ endpoint: 'http://localhost:8000' }, 'input "endpoint" needs "drift: true"'],
    [{ drift: 'true', endpoint: 'localhost:8000' }, 'input "endpoint" must be an http(s) URL'],
    [{ drift: 'true', vars: 'stage' }, 'input "vars" expects key=value'],
  ])('rejects %o', (inputs, message) => {
    const result = read(inputs);
    expect(typeof result).toBe('string');
    expect(result).toContain(message);
  });

  it('turns report-unmanaged into its own typed setting with drift', () => {
    const inputs = read({
      drift: 'true',
      'report-unmanaged': 'true',
      stacks: 'a, b',
      'aws-region': 'eu-west-1',
    });
    expect(inputs).toMatchObject({
      reportUnmanaged: true,
      drift: { stacks: ['a', 'b'], region: 'eu-west-1', vars: {} },
    });
  });
});
