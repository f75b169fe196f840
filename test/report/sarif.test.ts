import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const require = createRequire(import.meta.url);
/** The official SARIF 2.1.0 JSON Schema, as shipped with Microsoft's SARIF Multitool. */
const SCHEMA_PATH = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const MULTITOOL = path.join(path.dirname(SCHEMA_PATH), 'Sarif.Multitool');

const TEMPLATE = `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema:
        - AttributeName: status
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: status
          AttributeType: S
        - AttributeName: unused
          AttributeType: S
`;

async function sarifFor(files: Record<string, string>) {
  const dir = await workspace(files);
  const run = await cli(dir, ['--format', 'sarif']);
  return { dir, log: JSON.parse(run.stdout) };
}

describe('SARIF report', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const { log } = await sarifFor({
      'infra/template.yaml': TEMPLATE,
      'broken.yaml': 'Resources:\n  X: AWS::DynamoDB::Table: [\n',
    });
    const schema = JSON.parse(await readFile(SCHEMA_PATH, 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // billing-mode, deletion-protection, point-in-time-recovery, low-cardinality-key,
    // key-attribute-definitions and the parse error.
    expect(log.runs[0].results.length).toBe(6);
  });

  it("passes Microsoft's SARIF Multitool validation without errors or warnings", async () => {
    const { dir } = await sarifFor({ 'template.yaml': TEMPLATE });
    const run = await cli(dir, ['--format', 'sarif', '--output', 'out.sarif']);
    expect(run.code).toBe(1);
    await promisify(execFile)(
      MULTITOOL,
      ['validate', 'out.sarif', '--output', 'validation.sarif', '--level', 'Error;Warning;Note'],
      { cwd: dir },
    );
    const validation = JSON.parse(await readFile(path.join(dir, 'validation.sarif'), 'utf8'));
    const problems = validation.runs.flatMap((r: { results?: { level?: string; ruleId: string }[] }) =>
      (r.results ?? []).filter((x) => x.level === 'error' || x.level === 'warning'),
    );
    expect(problems).toEqual([]);
  });

  it('describes every rule with a help link and maps severities to levels', async () => {
    const { log } = await sarifFor({ 'template.yaml': TEMPLATE });
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('dynalint');
    const rule = driver.rules.find((r: { id: string }) => r.id === 'key-attribute-definitions');
    expect(rule).toMatchObject({
      helpUri: 'https://github.com/dynalint/dynalint/blob/main/rules/key-attribute-definitions.md',
      defaultConfiguration: { level: 'error' },
    });
    const levels = log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]);
    expect(levels).toEqual([
      ['billing-mode', 'error'],
      ['deletion-protection', 'warning'],
      ['point-in-time-recovery', 'warning'],
      ['low-cardinality-key', 'warning'],
      ['key-attribute-definitions', 'error'],
    ]);
  });

  it("names each posture rule's equivalents in other tools: tags, relationships and taxonomies", async () => {
    const { log } = await sarifFor({ 'template.yaml': TEMPLATE });
    const run = log.runs[0];
    const pitr = run.tool.driver.rules.find((r: { id: string }) => r.id === 'point-in-time-recovery');
    expect(pitr.properties.tags).toEqual(
      expect.arrayContaining(['checkov:CKV_AWS_28', 'trivy:AVD-AWS-0024', 'cdk-nag:AwsSolutions-DDB3']),
    );
    expect(pitr.relationships).toContainEqual({
      target: { id: 'CKV_AWS_28', toolComponent: { name: 'Checkov' } },
      kinds: ['relevant'],
    });
    // Every relationship points at a taxon the run declares.
    const taxa = new Set(
      run.taxonomies.flatMap((t: { name: string; taxa: { id: string }[] }) =>
        t.taxa.map((taxon) => `${t.name}/${taxon.id}`),
      ),
    );
    for (const rule of run.tool.driver.rules) {
      for (const r of rule.relationships ?? []) {
        expect(taxa.has(`${r.target.toolComponent.name}/${r.target.id}`)).toBe(true);
      }
    }
  });

  it('uses exclusive end columns and partial fingerprints that survive moved lines', async () => {
    const first = await sarifFor({ 'template.yaml': TEMPLATE });
    const second = await sarifFor({ 'template.yaml': `# header\n\n${TEMPLATE}` });
    const fingerprints = (log: typeof first.log) =>
      log.runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) =>
          r.partialFingerprints['dynalintFingerprint/v1'],
      );
    expect(fingerprints(second.log)).toEqual(fingerprints(first.log));
    const hotKey = first.log.runs[0].results.find(
      (r: { ruleId: string }) => r.ruleId === 'low-cardinality-key',
    );
    const region = hotKey.locations[0].physicalLocation.region;
    const text = TEMPLATE.split('\n')[region.startLine - 1] as string;
    expect(text.slice(region.startColumn - 1, region.endColumn - 1)).toBe('AttributeName: status');
  });

  it('replaces lone UTF-16 surrogates so the file is valid UTF-8 JSON the Multitool accepts', async () => {
    // `\\ud800` escapes in double-quoted YAML: a logical id and a table name with lone surrogates.
    const dir = await workspace({
      'template.yaml': TEMPLATE.replace('  Orders:', '  "Orders\\ud800":').replace(
        '    Properties:\n',
        '    Properties:\n      TableName: "orders\\udc00-\\ud83d"\n',
      ),
    });
    const run = await cli(dir, ['--format', 'sarif', '--output', 'out.sarif']);
    expect(run.code).toBe(1);
    const bytes = await readFile(path.join(dir, 'out.sarif'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    const log = JSON.parse(text);
    const messages: string[] = log.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(messages).toContainEqual(expect.stringContaining('Orders\uFFFD'));
    expect(
      log.runs[0].results.map((r: { properties?: { table?: string } }) => r.properties?.table),
    ).toContain('Orders\uFFFD');
    await promisify(execFile)(
      MULTITOOL,
      ['validate', 'out.sarif', '--output', 'validation.sarif', '--level', 'Error;Warning;Note'],
      { cwd: dir },
    );
    const validation = JSON.parse(await readFile(path.join(dir, 'validation.sarif'), 'utf8'));
    expect(
      validation.runs.flatMap((r: { results?: { level?: string }[] }) =>
        (r.results ?? []).filter((x) => x.level === 'error' || x.level === 'warning'),
      ),
    ).toEqual([]);
  });

  it('writes the same bytes for the same input', async () => {
    const dir = await workspace({ 'template.yaml': TEMPLATE });
    await writeFile(path.join(dir, '.keep'), '');
    const a = await cli(dir, ['-f', 'sarif']);
    const b = await cli(dir, ['-f', 'sarif']);
    expect(a.stdout).toBe(b.stdout);
  });
});
