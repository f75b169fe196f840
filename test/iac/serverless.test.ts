import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../src/iac/load.ts';
import { valueOf } from '../../src/model.ts';

describe('Serverless Framework', () => {
  it('reads resources.Resources, resolves literal ${self:} and leaves other variables unknown', () => {
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
    expect(table?.name).toMatchObject({ known: false, reason: expect.stringContaining('${sls:stage}') });
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
});
