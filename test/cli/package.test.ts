/**
 * What `npx dynalint` installs: the packed package runs from its own files alone — the bundle, its
 * worker and the compressed grammars — with no dependency but dynalite (for `--endpoint embedded`).
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workspace, writeFiles } from '../helpers/workspace.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('the published package', () => {
  it('lints IaC, Terraform and code from the packed files, with no node_modules', async () => {
    const dir = await workspace();
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    const [packed] = JSON.parse(stdout) as {
      filename: string;
      files: { path: string }[];
      unpackedSize: number;
    }[];
    if (!packed) throw new Error('npm pack printed nothing');
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli.js',
        'dist/action.js',
        'dist/code-worker.js',
        'action.yml',
        'rules/gsi-count.md',
      ]),
    );
    expect(
      files.filter((f) => f.startsWith('dist/wasm/') && f.endsWith('.wasm.br')).length,
    ).toBeGreaterThanOrEqual(10);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    expect(packed.unpackedSize).toBeLessThan(5 * 1024 * 1024);

    const installed = path.join(dir, 'installed');
    await mkdir(installed);
    await run('tar', ['-xzf', path.join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    const project = path.join(dir, 'project');
    await writeFiles(project, {
      'template.yaml':
        'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      KeySchema: [{ AttributeName: status, KeyType: HASH }]\n      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]\n',
      'main.tf':
        'resource "aws_dynamodb_table" "t" {\n  name = "tasks"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n  attribute {\n    name = "unused"\n    type = "S"\n  }\n}\n',
      'app.py':
        'import boto3\n\ndef handler(event, context):\n    return boto3.resource("dynamodb").Table("t").scan()\n',
    });
    const result = await run(process.execPath, [path.join(installed, 'dist/cli.js'), '--format', 'json'], {
      cwd: project,
    }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(result.stdout) as {
      findings: { ruleId: string; location: { file: string } }[];
    };
    expect(report.findings.map((f) => [f.ruleId, f.location.file]).sort()).toEqual([
      ['deletion-protection', 'main.tf'],
      ['deletion-protection', 'template.yaml'],
      ['key-attribute-definitions', 'main.tf'],
      ['low-cardinality-key', 'template.yaml'],
      ['point-in-time-recovery', 'main.tf'],
      ['point-in-time-recovery', 'template.yaml'],
      ['scan-usage', 'app.py'],
    ]);
  });
});
