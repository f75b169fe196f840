/**
 * A rule that throws is a defect in dynalint: both front doors must fail the run and name the rule, never
 * report "no problems". Every rule of the catalogue is patched to throw, and both entries run in process
 * over a folder with a table, code and a Terraform file, so every kind of rule has facts to run on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../src/rule.ts';
import { cli } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

vi.mock('../../rules/index.ts', async (importOriginal) => {
  const original = await importOriginal<{ rules: readonly Rule[] }>();
  return {
    rules: original.rules.map((rule) => ({
      ...rule,
      check: () => {
        throw new Error(`planted failure in ${rule.id}`);
      },
    })),
  };
});

const FILES = {
  'template.yaml': [
    'Resources:',
    '  Orders:',
    '    Type: AWS::DynamoDB::Table',
    '    Properties:',
    '      BillingMode: PAY_PER_REQUEST',
    '      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]',
    '      KeySchema: [{ AttributeName: pk, KeyType: HASH }]',
    '',
  ].join('\n'),
  'src/list.js': [
    "import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';",
    'const client = new DynamoDBClient({});',
    "export const list = () => client.send(new ScanCommand({ TableName: 'orders' }));",
    '',
  ].join('\n'),
};

describe('a rule that throws', () => {
  it('fails the CLI with exit 2 and names every broken rule', async () => {
    const dir = await workspace(FILES);
    const run = await cli(dir, ['.', '--format', 'json']);
    expect(run.code).toBe(2);
    for (const id of ['gsi-count', 'key-attribute-definitions', 'scan-usage']) {
      expect(run.stderr).toContain(`rule ${id} failed: planted failure in ${id}`);
    }
  });

  describe('in the Action', () => {
    const saved = { ...process.env };
    let stdout = '';
    beforeEach(() => {
      stdout = '';
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
      process.env = { ...saved };
      process.exitCode = undefined;
    });

    it('fails the step and names every broken rule', async () => {
      const dir = await workspace(FILES);
      process.env = {
        PATH: saved.PATH,
        GITHUB_WORKSPACE: dir,
        GITHUB_EVENT_NAME: 'push',
        INPUT_COMMENT: 'false',
        INPUT_SUMMARY: 'false',
        INPUT_ANNOTATIONS: 'off',
        RUNNER_TEMP: dir,
      };
      const { runAction } = await import('../../src/action/main.ts');
      await runAction(process.env);
      expect(process.exitCode).toBe(1);
      expect(stdout).toMatch(/::error::rule gsi-count failed: planted failure in gsi-count/);
      expect(stdout).toContain('rule scan-usage failed: planted failure in scan-usage');
    });
  });
});
