/** Which declared table a scan is attributed to, through the CLI: bindings, names, nearest template. */
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const handler = (
  variable: string,
): string => `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = () => client.send(new ScanCommand({ TableName: process.env.${variable} }));
`;

const table = (id: string, extra = ''): string => `  ${id}:
    Type: AWS::DynamoDB::Table
    Properties:${extra}
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: id
          AttributeType: S
      KeySchema:
        - AttributeName: id
          KeyType: HASH
`;

async function scans(files: Record<string, string>, args: string[] = ['.']) {
  const dir = await workspace(files);
  const report = await jsonReport(dir, args);
  return report.findings.filter((f) => f.ruleId === 'scan-usage');
}

describe('attribution of code scans to declared tables', () => {
  it('follows a SAM Globals environment variable bound with !Ref', async () => {
    const found = await scans({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        DATA: !Ref Store
Resources:
${table('Store')}`,
      'src/list.mjs': handler('DATA'),
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.table).toBe('Store');
    expect(found[0]?.message).toContain('Store (template.yaml:8)');
  });

  it("follows a function's own Environment bound with !GetAtt …Arn", async () => {
    const found = await scans({
      'template.yaml': `Resources:
${table('Ledger')}  Reader:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          LEDGER_ARN: !GetAtt Ledger.Arn
`,
      'reader.js': handler('LEDGER_ARN'),
    });
    expect(found.map((f) => f.table)).toEqual(['Ledger']);
  });

  it('follows serverless.yml provider.environment, by Ref and by the same ${self:…} text', async () => {
    const found = await scans({
      'serverless.yml': `service: billing
provider:
  name: aws
  environment:
    INVOICES: { Ref: InvoiceStore }
custom:
  receipts: receipts-\${sls:stage}
functions:
  settle:
    handler: settle.handler
    environment:
      RECEIPTS: \${self:custom.receipts}
resources:
  Resources:
${table('InvoiceStore')
  .split('\n')
  .map((l) => (l ? `  ${l}` : l))
  .join('\n')}${table('ReceiptStore', '\n      TableName: ${self:custom.receipts}')
        .split('\n')
        .map((l) => (l ? `  ${l}` : l))
        .join('\n')}`,
      'settle.py': `import os
import boto3

client = boto3.client("dynamodb")


def invoices():
    return client.scan(TableName=os.environ["INVOICES"])


def receipts():
    return client.scan(TableName=os.environ.get("RECEIPTS"))
`,
    });
    expect(found.map((f) => f.table)).toEqual(['InvoiceStore', 'ReceiptStore']);
  });

  it('binds a serverless.yml variable computed from the service name to the table that names itself by it', async () => {
    const service = (name: string, environment: string, tableName: string): string => `service: ${name}
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs18.x
  environment:
${environment}
resources:
  Resources:
${table('TodosDynamoDbTable', `\n      TableName: ${tableName}`)
  .split('\n')
  .map((l) => (l ? `  ${l}` : l))
  .join('\n')}`;
    const found = await scans({
      // The table names itself by the variable: the same source, whatever it resolves to.
      'by-source/serverless.yml': service(
        'todos',
        '    DYNAMODB_TABLE: ${self:service}-${sls:stage}',
        '${self:provider.environment.DYNAMODB_TABLE}',
      ),
      'by-source/todos/list.js': handler('DYNAMODB_TABLE'),
      // The same holds when the value is only known at deploy time.
      'deploy-time/serverless.yml': service(
        'notes',
        '    NOTES_TABLE: ${env:NOTES_TABLE}',
        '${self:provider.environment.NOTES_TABLE}',
      ),
      'deploy-time/list.js': handler('NOTES_TABLE'),
      // Two spellings that resolve to the same name (the stage defaults to dev).
      'by-value/serverless.yml': `${service(
        'ledger',
        "    LEDGER: ledger-${opt:stage, 'dev'}",
        '${self:custom.ledgerTable}',
      )}custom:\n  ledgerTable: \${self:service}-\${sls:stage}\n`,
      'by-value/list.js': handler('LEDGER'),
      // A different resolved name binds nothing.
      'other-value/serverless.yml': service(
        'audit',
        '    AUDIT_LOG: audit-archive-${sls:stage}',
        '${self:service}-${sls:stage}',
      ),
      'other-value/list.js': handler('AUDIT_LOG'),
    });
    const byFile = Object.fromEntries(found.map((f) => [f.location.file, f]));
    expect(byFile['by-source/todos/list.js']?.table).toBe('TodosDynamoDbTable');
    expect(byFile['by-source/todos/list.js']?.message).toContain(
      'TodosDynamoDbTable (by-source/serverless.yml:',
    );
    expect(byFile['deploy-time/list.js']?.table).toBe('TodosDynamoDbTable');
    expect(byFile['by-value/list.js']?.table).toBe('TodosDynamoDbTable');
    expect(byFile['other-value/list.js']?.table).toBeUndefined();
    expect(byFile['other-value/list.js']?.message).toContain('the table named by AUDIT_LOG');
  });

  it('binds a variable to the table whose TableName is the same expression (!Sub, !Join, !Ref Parameter)', async () => {
    const found = await scans({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        BOOKS: !Sub "\${AWS::StackName}-ledger"
        TRAIL: !Join ["-", [!Ref AWS::StackName, audit]]
        COLD_STORE: !Sub "\${AWS::StackName}-archive-v2"
        PEOPLE: !Ref UsersTableName
Parameters:
  UsersTableName:
    Type: String
Resources:
${table('Ledger', '\n      TableName: !Sub "${AWS::StackName}-ledger"')}${table(
        'Audit',
        '\n      TableName: !Join ["-", [!Ref AWS::StackName, audit]]',
      )}${table('Archive', '\n      TableName: !Sub "${AWS::StackName}-archive"')}${table(
        'Users',
        '\n      TableName: !Ref UsersTableName',
      )}`,
      'src/users.mjs': handler('PEOPLE'),
      'src/ledger.mjs': handler('BOOKS'),
      'src/audit.mjs': handler('TRAIL'),
      'src/archive.mjs': handler('COLD_STORE'),
    });
    const byFile = Object.fromEntries(found.map((f) => [f.location.file, f.table]));
    expect(byFile).toEqual({
      'src/ledger.mjs': 'Ledger',
      'src/audit.mjs': 'Audit',
      'src/users.mjs': 'Users',
      // A different expression is not the same table, and the variable's name says none.
      'src/archive.mjs': undefined,
    });
  });

  it('matches an environment variable named after the table when nothing binds it', async () => {
    const found = await scans({
      'infra/template.yaml': `Resources:\n${table('InvoicesTable')}`,
      'app/list.js': handler('INVOICES_TABLE_NAME'),
    });
    expect(found.map((f) => f.table)).toEqual(['InvoicesTable']);
  });

  it('prefers the template nearest the code, and attributes nothing on a tie', async () => {
    const template = `Resources:\n${table('OrdersTable', '\n      TableName: orders')}`;
    const code = `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const all = () => client.send(new ScanCommand({ TableName: 'orders' }));
`;
    const found = await scans({
      'services/a/template.yaml': template,
      'services/b/template.yaml': template,
      'services/a/src/list.js': code,
      'tools/list.js': code,
    });
    const byFile = Object.fromEntries(found.map((f) => [f.location.file, f]));
    expect(byFile['services/a/src/list.js']?.message).toContain('OrdersTable (services/a/template.yaml:2)');
    expect(byFile['tools/list.js']?.table).toBeUndefined();
    expect(byFile['tools/list.js']?.message).toContain("table 'orders'");
  });

  it("never blames a sibling service's table: code belongs to its own deployment unit", async () => {
    const service = (name: string, tableId: string, bound: boolean): string => `service: ${name}
provider:
  name: aws
  environment:
    DYNAMODB_TABLE: ${bound ? `{ Ref: ${tableId} }` : `\${self:service}-\${sls:stage}`}
resources:
  Resources:
${table(tableId)
  .split('\n')
  .map((l) => (l ? `  ${l}` : l))
  .join('\n')}`;
    const found = await scans({
      'assets-service/serverless.yml': service('assets', 'AssetsTable', true),
      'assets-service/list.js': handler('DYNAMODB_TABLE'),
      'todos-service/serverless.yml': service('todos', 'TodosTable', false),
      'todos-service/todos/list.js': handler('DYNAMODB_TABLE'),
      'tools/report.js': handler('DYNAMODB_TABLE'),
    });
    const byFile = Object.fromEntries(found.map((f) => [f.location.file, f]));
    expect(byFile['assets-service/list.js']?.table).toBe('AssetsTable');
    // Its own unit binds nothing to DYNAMODB_TABLE: which table it is stays unsaid.
    expect(byFile['todos-service/todos/list.js']?.table).toBeUndefined();
    expect(byFile['todos-service/todos/list.js']?.message).toContain('the table named by DYNAMODB_TABLE');
    // Outside every unit, the one binding in the repository still applies.
    expect(byFile['tools/report.js']?.table).toBe('AssetsTable');
  });

  it('names no table when the code computes it', async () => {
    const found = await scans({
      'template.yaml': `Resources:\n${table('OrdersTable')}`,
      'list.js': `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const all = (tenant) => client.send(new ScanCommand({ TableName: \`orders-\${tenant}\` }));
`,
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.table).toBeUndefined();
    expect(found[0]?.message).toContain('every item of a table');
  });

  it('--no-code skips application code', async () => {
    const found = await scans(
      { 'template.yaml': `Resources:\n${table('OrdersTable')}`, 'list.js': handler('ORDERS_TABLE') },
      ['.', '--no-code'],
    );
    expect(found).toEqual([]);
  });
});
