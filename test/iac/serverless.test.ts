import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../src/iac/load.ts';
import { valueOf } from '../../src/model.ts';

describe('Serverless Framework', () => {
  it('reads resources.Resources, resolves ${self:}, the stage and option defaults, leaves others unknown', () => {
    const text = `service: payments
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
custom:
  capacity: 5
  table: payments-\${sls:stage}
  mode: PROVISIONED
resources:
  Resources:
    Payments:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${self:custom.table}
        BillingMode: \${self:custom.mode}
        ProvisionedThroughput:
          ReadCapacityUnits: \${self:custom.capacity}
          WriteCapacityUnits: \${env:WCU}
        KeySchema: [{ AttributeName: id, KeyType: HASH }]
        AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const result = loadTemplateText(text, 'serverless.yml');
    expect(result.problems).toEqual([]);
    const [table] = result.tables;
    expect(table?.source).toEqual({ file: 'serverless.yml', format: 'serverless', stack: 'payments' });
    // `--stage` is not given when linting: `${opt:stage, 'dev'}` is its default, and `${sls:stage}` follows it.
    expect(valueOf(table?.name)).toBe('payments-dev');
    expect(valueOf(table?.billingMode)).toBe('PROVISIONED');
    expect(valueOf(table?.throughput?.read)).toBe(5);
    expect(table?.throughput?.write).toMatchObject({
      known: false,
      reason: expect.stringContaining('${env:WCU}'),
    });
  });

  it('merges a list of resources parts and skips file references', () => {
    const text = `service: shop
provider: { name: aws }
resources:
  - \${file(resources/other.yml)}
  - Resources:
      A:
        Type: AWS::DynamoDB::Table
        Properties:
          KeySchema: [{ AttributeName: id, KeyType: HASH }]
          AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
  - Resources:
      B:
        Type: AWS::DynamoDB::Table
        Properties:
          KeySchema: [{ AttributeName: id, KeyType: HASH }]
          AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const result = loadTemplateText(text, 'serverless.yaml');
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.id, t.location.line])).toEqual([
      ['A', 6],
      ['B', 12],
    ]);
  });

  it('keeps CloudFormation pseudo parameters in Fn::Sub apart from Serverless variables', () => {
    const text = `service: s
provider: { name: aws }
resources:
  Resources:
    T:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: !Sub '\${AWS::StackName}-t'
        KeySchema: [{ AttributeName: id, KeyType: HASH }]
        AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const [table] = loadTemplateText(text, 'serverless.yml').tables;
    expect(table?.name).toMatchObject({ known: false, reason: 'Fn::Sub uses ${AWS::StackName}' });
  });

  it('resolves nested variables, self chains, option fallbacks and the sls:stage default', () => {
    const text = `service: s
provider:
  name: aws
  environment:
    TABLE: \${self:custom.names.\${sls:stage}}
custom:
  stage: \${opt:stage, self:provider.stage, "qa"}
  names:
    dev: orders-dev
  region: \${opt:region}
  token: \${env:TOKEN, 'fallback'}
resources:
  Resources:
    T:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${self:provider.environment.TABLE}
        SSESpecification:
          SSEEnabled: true
          KMSMasterKeyId: \${self:custom.stage}-\${self:custom.region}
        Tags:
          - Key: token
            Value: \${self:custom.token}
          - Key: missing
            Value: \${self:custom.nothing}
        KeySchema: [{ AttributeName: id, KeyType: HASH }]
        AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const result = loadTemplateText(text, 'serverless.yml');
    expect(result.problems).toEqual([]);
    const [table] = result.tables;
    expect(valueOf(table?.name)).toBe('orders-dev');
    expect(valueOf(table?.sse)?.kmsKey).toMatchObject({
      known: false,
      reason: 'Serverless variable ${opt:region} is only known at deploy time',
    });
    expect(valueOf(table?.tags)?.map((t) => [t.key, t.value.known])).toEqual([
      ['token', false],
      ['missing', false],
    ]);
  });

  it('follows ${file(…)} parts and ${file(…):key} values through the reader, pointing into the file', () => {
    const files: Record<string, string> = {
      'resources/tables.yml': `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: \${self:custom.tableName}
      BillingMode: \${file(config.json):billing}
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`,
      'config.json': '{ "billing": "PAY_PER_REQUEST" }',
      'broken.yml': 'Resources: [',
    };
    const text = `service: shop
provider: { name: aws, stage: prod }
custom:
  tableName: \${sls:stage}-orders
resources:
  - \${file(resources/tables.yml)}
  - \${file(./missing.yml)}
  - \${file(broken.yml)}
`;
    const read = (reference: string) => {
      const name = reference.replace(/^\.\//, '');
      const found = files[name];
      return found === undefined ? undefined : { text: found, file: `svc/${name}` };
    };
    const result = loadTemplateText(text, 'svc/serverless.yml', { readServiceFile: read });
    expect(result.problems).toMatchObject([{ ruleId: 'parse-error', location: { file: 'svc/broken.yml' } }]);
    const [table] = result.tables;
    expect(table?.source).toMatchObject({ file: 'svc/serverless.yml', format: 'serverless', stack: 'shop' });
    expect(table?.location).toMatchObject({ file: 'svc/resources/tables.yml', line: 2 });
    expect(table?.name).toMatchObject({
      known: true,
      value: 'prod-orders',
      location: { file: 'svc/resources/tables.yml', line: 5 },
    });
    expect(valueOf(table?.billingMode)).toBe('PAY_PER_REQUEST');
  });

  it('reads one resource from an included file by key, and falls back past a path the service does not set', () => {
    const tables = `UsersTable:
  Type: AWS::DynamoDB::Table
  Properties:
    TableName: \${self:custom.userTable}
    BillingMode: PROVISIONED
    ProvisionedThroughput:
      ReadCapacityUnits: \${self:custom.throughputs.\${self:custom.stage}, self:custom.throughputs.default}
      WriteCapacityUnits: 1
    KeySchema: [{ AttributeName: id, KeyType: HASH }]
    AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const text = `service: users
provider: { name: aws, stage: dev }
custom:
  stage: "\${opt:stage, self: provider.stage}"
  userTable: users-\${self:custom.stage}
  throughputs:
    prod: 5
    default: 2
resources:
  Resources:
    UsersTable: \${file(resources/dynamodb-tables.yml):UsersTable}
`;
    const result = loadTemplateText(text, 'serverless.yml', {
      readServiceFile: (reference) =>
        reference === 'resources/dynamodb-tables.yml'
          ? { text: tables, file: 'resources/dynamodb-tables.yml' }
          : undefined,
    });
    expect(result.problems).toEqual([]);
    const [table] = result.tables;
    expect(table?.id).toBe('UsersTable');
    expect(table?.location).toMatchObject({ file: 'resources/dynamodb-tables.yml', line: 2 });
    expect(valueOf(table?.name)).toBe('users-dev');
    expect(valueOf(table?.throughput?.read)).toBe(2);
  });

  it('says which file could not be read when a value comes from a missing file', () => {
    const text = `service: items
provider: { name: aws }
resources:
  Resources:
    Items:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${file(env.configs.yml):dynamoTable}
        KeySchema: [{ AttributeName: id, KeyType: HASH }]
        AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
`;
    const [table] = loadTemplateText(text, 'serverless.yml', { readServiceFile: () => undefined }).tables;
    expect(table?.name).toMatchObject({
      known: false,
      reason: 'Serverless variable ${file(env.configs.yml):dynamoTable}: env.configs.yml could not be read',
    });
  });

  it('leaves variables that refer to each other unknown, and a file that includes itself unexpanded', () => {
    const text = `service: loops
provider: { name: aws }
custom:
  a: \${self:custom.b}
  b: x-\${self:custom.a}
resources:
  - \${file(self.yml)}
`;
    const self = `Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: \${self:custom.a}
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
  More: \${file(self.yml):Resources}
`;
    const result = loadTemplateText(text, 'serverless.yml', {
      readServiceFile: (reference) =>
        reference === 'self.yml' ? { text: self, file: 'self.yml' } : undefined,
    });
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.id, t.name?.known])).toEqual([['T', false]]);
    expect(result.tables[0]?.name).toMatchObject({ reason: expect.stringContaining('nested too deeply') });
  });
});
