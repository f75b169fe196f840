/** A CDK app committed without its cloud assembly (the `cdk init` default ignores cdk.out). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const APP = {
  'infra/cdk.json': '{ "app": "npx ts-node --prefer-ts-exts bin/app.ts", "context": {} }\n',
  'infra/lib/stack.ts': [
    "import { Stack } from 'aws-cdk-lib';",
    "import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';",
    'export class OrdersStack extends Stack {',
    '  constructor(scope, id) {',
    '    super(scope, id);',
    "    new Table(this, 'Orders', { partitionKey: { name: 'pk', type: AttributeType.STRING } });",
    '  }',
    '}',
    '',
  ].join('\n'),
};

describe('a CDK app without cdk.out', () => {
  it('says once, at cdk.json, that the app must be synthesized and what to lint then', async () => {
    const dir = await workspace(APP);
    const report = await jsonReport(dir, ['.']);
    expect(report.findings.filter((f) => f.ruleId === 'cdk-not-synthesized')).toEqual([
      expect.objectContaining({
        severity: 'info',
        location: expect.objectContaining({ file: 'infra/cdk.json', line: 1 }),
        message: expect.stringContaining(
          'run dynalint with `--cdk-synth` to synthesize it into a temporary folder, or run `npx cdk synth` in infra and lint the assembly (`npx dynalint infra/cdk.out`)',
        ),
      }),
    ]);
    expect(report.summary.tables).toBe(0);
  });

  it('says nothing once the assembly is there, and honours the output folder cdk.json names', async () => {
    const dir = await workspace({
      ...APP,
      'infra/cdk.json': '{ "app": "node bin/app.js", "output": "build/cdk" }\n',
    });
    const missing = await jsonReport(dir, ['.']);
    expect(missing.findings.find((f) => f.ruleId === 'cdk-not-synthesized')?.message).toContain(
      'infra/build/cdk/',
    );
    await mkdir(path.join(dir, 'infra/build/cdk'), { recursive: true });
    await writeFile(
      path.join(dir, 'infra/build/cdk/manifest.json'),
      '{ "version": "36.0.0", "artifacts": {} }\n',
    );
    const synthesized = await jsonReport(dir, ['.']);
    expect(synthesized.findings.filter((f) => f.ruleId === 'cdk-not-synthesized')).toEqual([]);
  });
});
