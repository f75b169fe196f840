import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../src/iac/load.ts';
import { valueOf, type TableModel } from '../../src/model.ts';

function load(text: string, file = 'template.yaml') {
  return loadTemplateText(text, file);
}

function only(text: string, file?: string): TableModel {
  const result = load(text, file);
  expect(result.problems).toEqual([]);
  expect(result.tables).toHaveLength(1);
  return result.tables[0] as TableModel;
}

const MINIMAL = `
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
        - AttributeName: sk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
        - AttributeName: sk
          KeyType: RANGE
`;

describe('CloudFormation YAML', () => {
  it('reads keys, attributes and defaults with exact locations', () => {
    const table = only(MINIMAL);
    expect(table.id).toBe('Orders');
    expect(table.source).toEqual({ file: 'template.yaml', format: 'cloudformation' });
    expect(table.location).toMatchObject({ line: 3, column: 3 });
    expect(valueOf(table.keySchema)?.map((k) => [k.attribute, k.role, k.location.line])).toEqual([
      ['pk', 'partition', 13],
      ['sk', 'sort', 15],
    ]);
    expect(valueOf(table.attributes)?.map((a) => [a.name, a.type])).toEqual([
      ['pk', 'S'],
      ['sk', 'S'],
    ]);
    expect(table.billingMode).toMatchObject({
      known: true,
      value: 'PAY_PER_REQUEST',
      location: { line: 6, column: 7 },
    });
    expect(table.pointInTimeRecovery).toMatchObject({ known: true, value: false, defaulted: true });
    expect(table.deletionPolicy).toMatchObject({ known: true, value: 'Delete', defaulted: true });
    expect(table.globalIndexes).toMatchObject({ known: true, value: [], defaulted: true });
  });

  it('parses every short-form intrinsic tag and treats deploy-time values as unknown', () => {
    const text = `
Parameters:
  Env: { Type: String }
  Bucket: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Both: !And [!Condition IsProd, !Not [!Equals [!Ref Env, dev]]]
  Either: !Or [!Condition IsProd, !Equals [!Ref Env, qa]]
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Join ['-', [!Ref Env, !Select [0, !Split [',', 'orders,x']]]]
      BillingMode: !FindInMap [Missing, !Ref Env, Mode]
      SSESpecification:
        SSEEnabled: true
        KMSMasterKeyId: !ImportValue shared-key
      StreamSpecification:
        StreamViewType: !GetAtt Other.StreamViewType
      Tags:
        - Key: user-data
          Value: !Base64 'hello'
        - Key: az
          Value: !Select [0, !GetAZs '']
        - Key: cidr
          Value: !Select [0, !Cidr ['10.0.0.0/16', 2, 8]]
        - Key: sub
          Value: !Sub
            - 'x-\${v}'
            - v: !GetAtt [Other, Arn]
        - Key: t
          Value: !Transform { Name: AWS::Include, Parameters: { Location: !Sub 's3://\${Bucket}/x' } }
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
`;
    const table = only(text);
    expect(table.name).toMatchObject({ known: false, reason: expect.stringContaining('Env') });
    expect(table.billingMode).toMatchObject({ known: false });
    expect(table.stream).toMatchObject({ known: false });
    const sse = valueOf(table.sse);
    expect(sse?.enabled).toBe(true);
    expect(sse?.kmsKey).toMatchObject({ known: false });
    const tags = valueOf(table.tags) ?? [];
    expect(tags.map((t) => [t.key, t.value.known])).toEqual([
      ['user-data', false],
      ['az', false],
      ['cidr', false],
      ['sub', false],
      ['t', false],
    ]);
  });

  it('evaluates literal Sub, Join, Select, Split and FindInMap over Mappings', () => {
    const text = `
Mappings:
  Stage:
    prod: { Mode: PROVISIONED, Read: 10 }
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Sub
        - '\${Prefix}-orders-\${!Literal}'
        - Prefix: !Join ['', [!Select [1, !Split ['/', 'a/shop/b']], '']]
      BillingMode: !FindInMap [Stage, prod, Mode]
      ProvisionedThroughput:
        ReadCapacityUnits: !FindInMap [Stage, prod, Read]
        WriteCapacityUnits: '5'
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
    const table = only(text);
    expect(valueOf(table.name)).toBe('shop-orders-${Literal}');
    expect(valueOf(table.billingMode)).toBe('PROVISIONED');
    expect(valueOf(table.throughput?.read)).toBe(10);
    expect(valueOf(table.throughput?.write)).toBe(5);
  });

  it('resolves a parameter only when AllowedValues pins it to one value', () => {
    const text = `
Parameters:
  Mode: { Type: String, AllowedValues: [PAY_PER_REQUEST], Default: PAY_PER_REQUEST }
  Name: { Type: String, Default: orders }
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Ref Name
      BillingMode: !Ref Mode
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
    const table = only(text);
    expect(valueOf(table.billingMode)).toBe('PAY_PER_REQUEST');
    expect(table.name).toMatchObject({ known: false, reason: 'Ref Name is only known at deploy time' });
  });

  it('checks each reachable condition branch and never an impossible one', () => {
    const text = `
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsNotProd: !Not [!Condition IsProd]
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: !If [IsProd, PROVISIONED, PAY_PER_REQUEST]
      AttributeDefinitions:
        - { AttributeName: pk, AttributeType: S }
        - !If [IsProd, { AttributeName: gsi1pk, AttributeType: S }, !Ref AWS::NoValue]
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      GlobalSecondaryIndexes:
        - !If
          - IsNotProd
          - !Ref AWS::NoValue
          - IndexName: gsi1
            KeySchema: [{ AttributeName: gsi1pk, KeyType: HASH }]
            Projection: { ProjectionType: ALL }
`;
    const result = load(text);
    const variants = [...result.tables].sort((a, b) => String(a.variant).localeCompare(String(b.variant)));
    expect(
      variants.map((t) => [t.variant, valueOf(t.billingMode), valueOf(t.globalIndexes)?.length]),
    ).toEqual([
      ['IsNotProd', 'PAY_PER_REQUEST', 0],
      ['IsProd', 'PROVISIONED', 1],
    ]);
    for (const table of result.tables) {
      expect(valueOf(table.attributes)?.length).toBe(1 + (valueOf(table.globalIndexes)?.length ?? 0));
    }
  });

  it('leaves Fn::If unknown when there are too many branches to enumerate', () => {
    const conditions = Array.from({ length: 6 }, (_, i) => `  C${i}: !Equals [!GetAtt X.Y${i}, a]`).join(
      '\n',
    );
    const ifs = Array.from(
      { length: 6 },
      (_, i) => `        - !If [C${i}, { Key: k${i}, Value: v }, !Ref AWS::NoValue]`,
    ).join('\n');
    const text = `
Conditions:
${conditions}
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      Tags:
${ifs}
`;
    const table = only(text);
    expect(table.variant).toBeUndefined();
    expect(table.tags).toMatchObject({
      known: false,
      reason: expect.stringContaining('depends on condition'),
    });
  });

  it('links Application Auto Scaling targets to the table and its indexes', () => {
    const text = `
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }, { AttributeName: g, AttributeType: S }]
      GlobalSecondaryIndexes:
        - IndexName: byG
          KeySchema: [{ AttributeName: g, KeyType: HASH }]
          Projection: { ProjectionType: ALL }
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
  TableRead:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      ResourceId: !Sub table/\${Orders}
      MinCapacity: 5
      MaxCapacity: 50
  IndexWrite:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ScalableDimension: dynamodb:index:WriteCapacityUnits
      ResourceId: !Join ['/', [table, !Ref Orders, index, byG]]
      MinCapacity: 5
      MaxCapacity: 50
`;
    const table = only(text);
    expect(table.autoscaled).toBe(true);
    expect(valueOf(table.globalIndexes)?.[0]?.autoscaled).toBe(true);
  });

  it('reads the same model from JSON as from YAML', () => {
    const yaml = only(MINIMAL);
    const json = only(
      JSON.stringify(
        {
          Resources: {
            Orders: {
              Type: 'AWS::DynamoDB::Table',
              Properties: {
                BillingMode: 'PAY_PER_REQUEST',
                AttributeDefinitions: [
                  { AttributeName: 'pk', AttributeType: 'S' },
                  { AttributeName: 'sk', AttributeType: 'S' },
                ],
                KeySchema: [
                  { AttributeName: 'pk', KeyType: 'HASH' },
                  { AttributeName: 'sk', KeyType: 'RANGE' },
                ],
              },
            },
          },
        },
        null,
        2,
      ),
      'template.json',
    );
    const shape = (t: TableModel) => ({
      keys: valueOf(t.keySchema)?.map((k) => [k.attribute, k.role]),
      attributes: valueOf(t.attributes)?.map((a) => [a.name, a.type]),
      billing: valueOf(t.billingMode),
    });
    expect(shape(json)).toEqual(shape(yaml));
    expect(json.billingMode.location).toMatchObject({ line: 6, column: 9 });
  });

  it('reads JSON intrinsics as intrinsics', () => {
    const table = only(
      JSON.stringify({
        Resources: {
          T: {
            Type: 'AWS::DynamoDB::Table',
            Properties: {
              TableName: { 'Fn::Sub': '${AWS::StackName}-t' },
              BillingMode: { 'Fn::If': ['C', 'PROVISIONED', { Ref: 'AWS::NoValue' }] },
              KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
              AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
            },
          },
        },
      }),
      'template.json',
    );
    expect(table.name).toMatchObject({ known: false });
  });
});

describe('SAM', () => {
  it('models SimpleTable defaults, ProvisionedThroughput and Globals SSE', () => {
    const text = `
Transform: AWS::Serverless-2016-10-31
Globals:
  SimpleTable:
    SSESpecification:
      SSEEnabled: true
Resources:
  Sessions:
    Type: AWS::Serverless::SimpleTable
  Counters:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: { Name: counterId, Type: Number }
      ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 }
      Tags: { team: core }
`;
    const result = load(text);
    expect(result.problems).toEqual([]);
    const [sessions, counters] = result.tables as [TableModel, TableModel];
    expect(sessions.source.format).toBe('sam');
    expect(valueOf(sessions.keySchema)?.map((k) => k.attribute)).toEqual(['id']);
    expect(valueOf(sessions.attributes)?.map((a) => a.type)).toEqual(['S']);
    expect(sessions.billingMode).toMatchObject({ value: 'PAY_PER_REQUEST', defaulted: true });
    expect(valueOf(sessions.sse)?.enabled).toBe(true);
    expect(valueOf(counters.attributes)?.map((a) => [a.name, a.type])).toEqual([['counterId', 'N']]);
    expect(valueOf(counters.billingMode)).toBe('PROVISIONED');
    expect(valueOf(counters.tags)?.map((t) => [t.key, valueOf(t.value)])).toEqual([['team', 'core']]);
  });
});

describe('GlobalTable', () => {
  it('reads replicas with their own settings and autoscaled write capacity', () => {
    const text = `
Resources:
  Items:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      BillingMode: PROVISIONED
      WriteProvisionedThroughputSettings:
        WriteCapacityAutoScalingSettings: { MinCapacity: 1, MaxCapacity: 10, TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      Replicas:
        - Region: us-east-1
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
          DeletionProtectionEnabled: true
        - Region: eu-west-1
          TableClass: STANDARD_INFREQUENT_ACCESS
`;
    const table = only(text);
    expect(table.autoscaled).toBe(true);
    const replicas = valueOf(table.replicas) ?? [];
    expect(
      replicas.map((r) => [
        valueOf(r.region),
        valueOf(r.pointInTimeRecovery),
        valueOf(r.deletionProtection),
        valueOf(r.tableClass),
      ]),
    ).toEqual([
      ['us-east-1', true, true, 'STANDARD'],
      ['eu-west-1', false, false, 'STANDARD_INFREQUENT_ACCESS'],
    ]);
  });
});

describe('Metadata suppression', () => {
  it('silences the listed rules over the whole resource', () => {
    const text = `
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Metadata:
      dynalint:
        ignore: [gsi-count, { rule: low-cardinality-key, reason: sharded in code }]
    Properties:
      KeySchema: [{ AttributeName: status, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: status, AttributeType: S }]
`;
    const loaded = load(text);
    expect(loaded.suppressions).toEqual([
      {
        file: 'template.yaml',
        startLine: 3,
        endLine: 10,
        ruleIds: ['low-cardinality-key'],
        reason: 'sharded in code',
        directive: { file: 'template.yaml', line: 7, column: 29, endLine: 7, endColumn: 82 },
      },
    ]);
    // A bare rule id gives no reason: it silences nothing and says so, at the item.
    expect(loaded.problems).toMatchObject([
      {
        ruleId: 'invalid-suppression',
        message: expect.stringContaining('needs a reason'),
        location: { line: 7, column: 18 },
      },
    ]);
  });
});

describe('bad input', () => {
  it('reports malformed YAML at the parser position', () => {
    const result = load('Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties: {\n');
    expect(result.tables).toEqual([]);
    expect(result.problems).toMatchObject([
      { ruleId: 'parse-error', severity: 'error', location: { file: 'template.yaml', line: 5 } },
    ]);
  });

  it('reports malformed JSON at the parser position', () => {
    const result = load(
      '{\n  "Resources": {\n    "T": { "Type": "AWS::DynamoDB::Table" \n    "x": 1 }\n  }\n}\n',
      'template.json',
    );
    expect(result.problems).toMatchObject([
      {
        ruleId: 'parse-error',
        message: 'JSON: comma expected',
        location: { file: 'template.json', line: 4, column: 5 },
      },
    ]);
  });

  it('loads duplicate YAML keys with the last one winning, and warns about a repeated table', () => {
    const result = load(
      'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n  T:\n    Type: AWS::DynamoDB::Table\n',
    );
    expect(result.tables.map((t) => t.location.line)).toEqual([4]);
    expect(result.problems).toMatchObject([
      { ruleId: 'duplicate-key', severity: 'warning', location: { line: 4 } },
    ]);
  });

  it('skips a document with exponential aliases instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `${levels.join('\n')}\nResources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      Tags: *i\n`;
    const started = Date.now();
    const result = load(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.problems).toMatchObject([
      { ruleId: 'file-skipped', message: expect.stringContaining('alias') },
    ]);
  });

  it('ignores YAML and JSON that are not templates', () => {
    expect(load('name: CI\non: push\njobs: {}\n', '.github/workflows/ci.yml')).toEqual({
      tables: [],
      suppressions: [],
      problems: [],
    });
    expect(load('[1, 2]', 'list.json')).toEqual({ tables: [], suppressions: [], problems: [] });
  });
});

describe('whole property maps', () => {
  it('evaluates Properties chosen by a condition, and skips Properties only known at deploy time', () => {
    const text = `
Conditions:
  Big: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::DynamoDB::Table
    Properties: !If
      - Big
      - { BillingMode: PAY_PER_REQUEST, KeySchema: [{ AttributeName: a, KeyType: HASH }], AttributeDefinitions: [{ AttributeName: a, AttributeType: S }] }
      - { BillingMode: PAY_PER_REQUEST, KeySchema: [{ AttributeName: b, KeyType: HASH }], AttributeDefinitions: [{ AttributeName: b, AttributeType: S }] }
  Imported:
    Type: AWS::DynamoDB::Table
    Properties: !ImportValue shared-table-properties
`;
    const result = load(text);
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.id, t.variant, valueOf(t.keySchema)?.[0]?.attribute])).toEqual([
      ['Chosen', 'Big', 'a'],
      ['Chosen', 'not Big', 'b'],
    ]);
  });
});
