import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateKind } from '../../src/discover/detect.ts';
import { walk } from '../../src/discover/walk.ts';
import { jsonReport } from '../helpers/cli.ts';
import { git } from '../helpers/git.ts';
import { lintWithConfig } from '../helpers/lint.ts';
import { workspace } from '../helpers/workspace.ts';

const TABLE = `Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
      DeletionProtectionEnabled: true
`;

async function walked(dir: string, paths: string[] = ['.'], ignore: string[] = []): Promise<string[]> {
  const result = await walk(paths, { cwd: dir, ignore, classify: candidateKind });
  return result.files.map((f) => f.display).sort();
}

describe('discovery', () => {
  it('honours .gitignore files at every level, with negation', async () => {
    const dir = await workspace({
      '.gitignore': 'build/\n*.generated.yaml\n!keep.generated.yaml\n',
      'infra/.gitignore': 'local.yaml\n',
      'infra/a.yaml': TABLE,
      'infra/local.yaml': TABLE,
      'build/b.yaml': TABLE,
      'x.generated.yaml': TABLE,
      'keep.generated.yaml': TABLE,
    });
    await mkdir(path.join(dir, '.git'));
    expect(await walked(dir)).toEqual(['infra/a.yaml', 'keep.generated.yaml']);
  });

  it('applies the repository .gitignore when walking a subfolder, unless that folder itself is ignored', async () => {
    const dir = await workspace({
      '.gitignore': 'cdk.out\nsecret.yaml\n',
      'app/secret.yaml': TABLE,
      'app/ok.yaml': TABLE,
      'cdk.out/Stack.template.json': '{}',
    });
    await mkdir(path.join(dir, '.git'));
    expect(await walked(path.join(dir), ['app'])).toEqual(['app/ok.yaml']);
    expect(await walked(dir, ['cdk.out'])).toEqual(['cdk.out/Stack.template.json']);
    expect(await walked(dir)).toEqual(['app/ok.yaml']);
  });

  it('skips dependency and build folders and config ignore globs', async () => {
    const dir = await workspace({
      'node_modules/pkg/template.yaml': TABLE,
      'vendor/x.yaml': TABLE,
      '.aws-sam/build/template.yaml': TABLE,
      'legacy/old.yaml': TABLE,
      'src/keep.yaml': TABLE,
      'src/skip.template.json': '{}',
    });
    expect(await walked(dir, ['.'], ['legacy/**', '**/*.template.json'])).toEqual(['src/keep.yaml']);
  });

  it('follows symbolic links inside the root but never out of it', async () => {
    const outside = await workspace({ 'escape.yaml': TABLE });
    const dir = await workspace({ 'real/a.yaml': TABLE });
    await symlink(path.join(dir, 'real'), path.join(dir, 'inside'));
    await symlink(outside, path.join(dir, 'outside'));
    await symlink(path.join(dir, 'real', 'a.yaml'), path.join(dir, 'link.yaml'));
    await symlink(dir, path.join(dir, 'real', 'loop'));
    expect(await walked(dir)).toEqual(['inside/a.yaml', 'link.yaml', 'real/a.yaml']);
  });

  it('reads a file named on the command line even when it is ignored or oddly named', async () => {
    const dir = await workspace({ '.gitignore': '*.cfn\n', 'stack.cfn': TABLE });
    expect(await walked(dir, ['stack.cfn'])).toEqual(['stack.cfn']);
    const result = await lintWithConfig(dir, '', ['stack.cfn']);
    expect(result.tables.map((t) => t.id)).toEqual(['T']);
  });

  it('reports paths that do not exist', async () => {
    const dir = await workspace();
    const result = await walk(['nope', '.'], { cwd: dir, classify: candidateKind });
    expect(result.missing).toEqual(['nope']);
  });

  it('detects templates by content, not by name, and skips other YAML and JSON unparsed', async () => {
    const dir = await workspace({
      'deploy/stack.json': JSON.stringify({
        Resources: { T: { Type: 'AWS::DynamoDB::Table', Properties: {} } },
      }),
      'infra/whatever.yml': TABLE,
      '.github/workflows/ci.yml': 'on: push\njobs: { a: { runs-on: x, steps: [{ run: "echo {" }] } }\n',
      'package.json': '{ "name": "x", "version": "1.0.0" }',
      'broken-but-unrelated.yaml': 'a: [unclosed\n',
    });
    const result = await lintWithConfig(dir);
    expect(result.summary.files).toBe(2);
    expect(result.tables.map((t) => t.source.file).sort()).toEqual([
      'deploy/stack.json',
      'infra/whatever.yml',
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });
});

const SCAN_HANDLER = `const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({});
exports.handler = () => client.send(new ScanCommand({ TableName: process.env.TABLE_NAME }));
`;

describe('discovery in a git repository', () => {
  it('lists what git tracks (even under an ignore pattern) and untracked files git does not ignore', async () => {
    const dir = await workspace({
      '.gitignore': '*.js\nbuild/\n',
      'app/sendmessage/sendmessageLambda.js': SCAN_HANDLER,
      'app/compiled.js': SCAN_HANDLER,
      'app/new-handler.ts': SCAN_HANDLER,
      'app/template.yaml': TABLE,
      'build/template.yaml': TABLE,
      'legacy/old.yaml': TABLE,
      'node_modules/pkg/handler.ts': SCAN_HANDLER,
    });
    await git(dir, 'init', '-q');
    await git(
      dir,
      'add',
      '.gitignore',
      'app/template.yaml',
      'legacy/old.yaml',
      'node_modules/pkg/handler.ts',
    );
    await git(dir, 'add', '-f', 'app/sendmessage/sendmessageLambda.js');
    expect(await walked(dir, ['.'], ['legacy/**'])).toEqual([
      'app/new-handler.ts',
      'app/sendmessage/sendmessageLambda.js',
      'app/template.yaml',
    ]);
    expect(await walked(path.join(dir, 'app'))).toEqual([
      'new-handler.ts',
      'sendmessage/sendmessageLambda.js',
      'template.yaml',
    ]);
    // Naming an ignored folder still reads it.
    expect(await walked(dir, ['build'])).toEqual(['build/template.yaml']);
    const report = await jsonReport(dir);
    expect(report.findings.filter((f) => f.ruleId === 'scan-usage').map((f) => f.location.file)).toEqual([
      'app/new-handler.ts',
      'app/sendmessage/sendmessageLambda.js',
    ]);
  });

  it('does not code-scan build outputs: CDK assets, SAM builds, bundles; their templates are still read', async () => {
    const files = {
      'lambda/list.js': SCAN_HANDLER,
      'cdk.out/asset.3f2a/index.js': SCAN_HANDLER,
      'cdk.out/Stack.template.json': '{}',
      '.aws-sam/build/List/list.js': SCAN_HANDLER,
      'web/app.min.js': SCAN_HANDLER,
      'web/vendor.bundle.js': SCAN_HANDLER,
    };
    const plain = await workspace({
      ...files,
      // An esbuild bundle committed beside its source: its name says nothing, its helpers do.
      'dist/index.js': `var __commonJS = (cb, mod) => function __require() { return mod; };\n${SCAN_HANDLER}`,
    });
    expect(await walked(plain)).toEqual(['cdk.out/Stack.template.json', 'dist/index.js', 'lambda/list.js']);
    const report = await jsonReport(plain);
    expect(report.findings.filter((f) => f.ruleId === 'scan-usage').map((f) => f.location.file)).toEqual([
      'lambda/list.js',
    ]);
    const tracked = await workspace(files);
    await git(tracked, 'init', '-q');
    await git(tracked, 'add', '-A');
    expect(await walked(tracked)).toEqual(['cdk.out/Stack.template.json', 'lambda/list.js']);
  });
});

describe('bad input does not stop the run', () => {
  it('lints every good file beside broken and oversized ones', async () => {
    const dir = await workspace({
      'a/broken.yaml': `${TABLE}      Bad: [\n`,
      'b/good.yaml': TABLE.replace(/pk/g, 'status'),
      'c/broken.json': '{ "Resources": { "T": { "Type": "AWS::DynamoDB::Table" } ',
    });
    await writeFile(path.join(dir, 'big.yaml'), `# AWS::DynamoDB::Table\n${'x: 1\n'.repeat(1_200_000)}`);
    const result = await lintWithConfig(dir);
    expect(result.findings.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([
      ['parse-error', 'a/broken.yaml', 11],
      ['low-cardinality-key', 'b/good.yaml', 6],
      ['file-skipped', 'big.yaml', 1],
      ['parse-error', 'c/broken.json', 1],
    ]);
    expect(result.findings.find((f) => f.ruleId === 'file-skipped')?.message).toMatch(/over the 5 MB limit/);
  });
});
