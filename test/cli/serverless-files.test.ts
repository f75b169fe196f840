/**
 * A Serverless Framework service whose tables live in files it includes with `${file(…)}` (the layout of
 * many tutorials: `resources:` lists `${file(resources/dynamodb-table.yml)}`), linted through the CLI.
 */
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';
import { changeRepository } from '../helpers/git.ts';
import { workspace } from '../helpers/workspace.ts';

const SERVICE = `service: notes-api

custom:
  stage: \${opt:stage, self:provider.stage}
  tableName: \${self:custom.stage}-notes

provider:
  name: aws
  runtime: nodejs20.x
  stage: dev
  environment:
    tableName: \${self:custom.tableName}

functions:
  create:
    handler: create.main

resources:
  - \${file(resources/api-gateway-errors.yml)}
  - \${file(resources/dynamodb-table.yml)}
`;

const TABLE = `Resources:
  NotesTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: \${self:custom.tableName}
      AttributeDefinitions:
        - AttributeName: userId
          AttributeType: S
        - AttributeName: noteId
          AttributeType: S
      KeySchema:
        - AttributeName: userId
          KeyType: HASH
        - AttributeName: noteId
          KeyType: RANGE
      BillingMode: PAY_PER_REQUEST
`;

const ERRORS = `Resources:
  GatewayResponseDefault4XX:
    Type: 'AWS::ApiGateway::GatewayResponse'
    Properties:
      ResponseType: DEFAULT_4XX
`;

/** These shapes are about loading; the posture rules have tests of their own. */
const WITHOUT_POSTURE = ['--rule', 'point-in-time-recovery=off', '--rule', 'deletion-protection=off'];

describe('Serverless ${file(…)} parts', () => {
  it('loads the included table once, as part of its service, with its variables resolved', async () => {
    const dir = await workspace({
      'serverless.yml': SERVICE,
      'resources/dynamodb-table.yml': TABLE,
      'resources/api-gateway-errors.yml': ERRORS,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.findings).toEqual([]);
    expect(report.summary.tables).toBe(1);
  });

  it('reports findings at their line in the included file', async () => {
    const dir = await workspace({
      'serverless.yml': SERVICE,
      'resources/dynamodb-table.yml': TABLE.replace(
        'AttributeName: noteId\n          KeyType',
        'AttributeName: note\n          KeyType',
      ),
      'resources/api-gateway-errors.yml': ERRORS,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.location.line, f.table])).toEqual([
      ['key-attribute-definitions', 'resources/dynamodb-table.yml', 9, 'NotesTable'],
      ['key-attribute-definitions', 'resources/dynamodb-table.yml', 14, 'NotesTable'],
    ]);
  });

  it('still lints a file that no service includes as a template of its own', async () => {
    const dir = await workspace({
      'serverless.yml': SERVICE.replace('  - ${file(resources/dynamodb-table.yml)}\n', ''),
      'resources/dynamodb-table.yml': TABLE.replace(/\$\{self:custom.tableName\}/, 'notes'),
      'resources/api-gateway-errors.yml': ERRORS,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    expect(report.summary.tables).toBe(1);
    expect(report.findings).toEqual([]);
  });

  it('compares an included table with its base revision, read from git', async () => {
    const base = {
      'serverless.yml': SERVICE,
      'resources/dynamodb-table.yml': TABLE,
      'resources/api-gateway-errors.yml': ERRORS,
    };
    const dir = await changeRepository(base, {
      'resources/dynamodb-table.yml': TABLE.replaceAll('noteId', 'createdAt'),
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE, '--base', 'main']);
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.table])).toEqual([
      ['table-replacement', 'resources/dynamodb-table.yml', 'NotesTable'],
    ]);
    expect(report.findings[0]?.message).toContain('key schema changes');
  });

  it.each([
    ['the stage', '${file(config/${self:custom.stage}.yml)}'],
    ['an option with a default', '${file(./config/${opt:stage, self:provider.stage}.yml)}'],
  ])('follows a ${file(…)} whose path is built from %s to a discovered file', async (_, settings) => {
    const dir = await workspace({
      'serverless.yml': SERVICE.replace(
        '  tableName: ${self:custom.stage}-notes\n',
        `  settings: ${settings}\n  tableName: \${self:custom.settings.table}\n`,
      ),
      'config/dev.yml': 'table: notes dev\n',
      'config/other.yml': 'table: other\n',
      'resources/dynamodb-table.yml': TABLE,
      'resources/api-gateway-errors.yml': ERRORS,
    });
    const report = await jsonReport(dir, ['.', '--no-code', ...WITHOUT_POSTURE]);
    // The name read from config/dev.yml is known, and not a valid table name.
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([
      ['index-limits', 'resources/dynamodb-table.yml', 5],
    ]);
    expect(report.findings[0]?.message).toContain('"notes dev"');
  });
});
