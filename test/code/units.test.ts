/** Deployment units: which folder a declaring file deploys, and which unit holds a code file. */
import { describe, expect, it } from 'vitest';
import { enclosingUnit, unitOf } from '../../src/code/units.ts';

describe('deployment units', () => {
  it.each([
    ['template.yaml', ''],
    ['services/a/serverless.yml', 'services/a'],
    ['app/cdk.out/Stack.template.json', 'app'],
    ['app/cdk.out/assembly-Prod/Stack.template.json', 'app'],
    ['api/.aws-sam/build/template.yaml', 'api'],
    ['infra/main.tf', 'infra'],
  ])('%s deploys %j', (file, unit) => {
    expect(unitOf(file)).toBe(unit);
  });

  it('puts a code file in the deepest unit that holds it, and in none outside them all', () => {
    const units = ['', 'services/a', 'services/a/worker', 'services/ab'];
    expect(enclosingUnit('services/a/src/list.js', units)).toBe('services/a');
    expect(enclosingUnit('services/a/worker/run.py', units)).toBe('services/a/worker');
    expect(enclosingUnit('services/abc/x.js', units)).toBe('');
    expect(enclosingUnit('services/abc/x.js', units.slice(1))).toBeUndefined();
  });
});
