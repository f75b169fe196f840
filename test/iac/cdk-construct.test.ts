/** Reading a table construct's call in JavaScript/TypeScript source, where a trace's frame points. */
import { describe, expect, it } from 'vitest';
import { constructGrammar, readConstruct } from '../../src/iac/cdk-construct.ts';
import { readPythonConstruct } from '../../src/iac/cdk-construct-python.ts';

const SOURCE = [
  "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';", // 1
  '',
  'export class Ledger extends Stack {',
  '  readonly entries: dynamodb.Table;',
  '  constructor(scope: Construct, id: string) {', // 5
  '    super(scope, id);',
  "    this.entries = new dynamodb.Table(this, 'Entries', {",
  "      partitionKey: { name: 'accountId', type: dynamodb.AttributeType.STRING },",
  "      'sortKey': { name: 'at', type: dynamodb.AttributeType.NUMBER },",
  "      replicationRegions: ['eu-west-1', `us-west-2`],", // 10
  '      removalPolicy,',
  '    }) as dynamodb.Table;',
  '    this.indexes();',
  '  }',
  '', // 15
  '  private indexes(): void {',
  '    this.entries.addGlobalSecondaryIndex({',
  "      indexName: 'byCurrency',",
  "      partitionKey: { name: 'currency', type: dynamodb.AttributeType.STRING },",
  '    });', // 20
  "    other.addGlobalSecondaryIndex({ indexName: 'notMine', partitionKey: pk });",
  '  }',
  '}',
  '',
].join('\n');

describe('a construct call in the source', () => {
  it('reads the properties, the replicas and the indexes another method adds to the same field', async () => {
    const construct = await readConstruct(SOURCE, 'lib/ledger.ts', 'typescript', 7, 20);
    expect(construct?.location).toMatchObject({ file: 'lib/ledger.ts', line: 7, column: 20, endLine: 7 });
    expect(
      Object.fromEntries([...(construct?.props ?? [])].map(([k, v]) => [k, [v.line, v.column]])),
    ).toEqual({
      partitionKey: [8, 7],
      sortKey: [9, 7],
      replicationRegions: [10, 7],
      removalPolicy: [11, 7],
    });
    expect([...(construct?.replicas.keys() ?? [])]).toEqual(['eu-west-1', 'us-west-2']);
    expect(construct?.replicas.get('us-west-2')?.location).toMatchObject({ line: 10, column: 41 });
    expect([...(construct?.indexes.keys() ?? [])]).toEqual(['byCurrency']);
    expect(construct?.indexes.get('byCurrency')?.props.get('partitionKey')).toMatchObject({
      line: 19,
      column: 7,
    });
  });

  it('follows properties passed as a const, and the objects they spread (own properties win)', async () => {
    const source = [
      "const { Table, AttributeType, BillingMode } = require('aws-cdk-lib/aws-dynamodb');",
      'const defaults = {',
      '  billingMode: BillingMode.PROVISIONED,',
      "  partitionKey: { name: 'id', type: AttributeType.STRING },",
      '};',
      'function orders(scope) {',
      '  const props = {',
      '    ...defaults,',
      "    partitionKey: { name: 'status', type: AttributeType.STRING },",
      '  };',
      "  return new Table(scope, 'Orders', props);",
      '}',
      '',
    ].join('\n');
    const construct = await readConstruct(source, 'lib/orders.js', 'javascript', 11, 10);
    expect(construct?.props.get('partitionKey')).toMatchObject({ line: 9, column: 5 });
    expect(construct?.props.get('billingMode')).toMatchObject({ line: 3, column: 3 });
  });

  it('finds the call on the line when a source map moved the column, and nothing on a line without one', async () => {
    expect((await readConstruct(SOURCE, 'lib/ledger.ts', 'typescript', 7, 1))?.location.line).toBe(7);
    expect(await readConstruct(SOURCE, 'lib/ledger.ts', 'typescript', 6, 5)).toBeUndefined();
  });

  it('knows the grammars of JavaScript and TypeScript files only', () => {
    expect(
      ['a.js', 'a.mjs', 'a.cjs', 'a.ts', 'a.mts', 'a.tsx', 'a.py', 'Makefile'].map(constructGrammar),
    ).toEqual([
      'javascript',
      'javascript',
      'javascript',
      'typescript',
      'typescript',
      'tsx',
      undefined,
      undefined,
    ]);
  });
});

describe('a construct call in a Python app', () => {
  it('reads keyword arguments as construct properties, index props classes, replicas and added indexes', async () => {
    const source = [
      'class Catalog(Stack):', // 1
      '    def __init__(self, scope, construct_id):',
      '        super().__init__(scope, construct_id)',
      '        self.products = dynamodb.TableV2(',
      '            self, "Products",', // 5
      '            partition_key=dynamodb.Attribute(name="productId", type=dynamodb.AttributeType.STRING),',
      '            global_secondary_indexes=[',
      '                dynamodb.GlobalSecondaryIndexPropsV2(',
      '                    index_name="byCategory",',
      '                    partition_key=dynamodb.Attribute(name="category", type=dynamodb.AttributeType.STRING),', // 10
      '                ),',
      '            ],',
      '            replicas=[dynamodb.ReplicaTableProps(region="us-east-1", deletion_protection=False)],',
      '        )',
      '', // 15
      '    def more(self):',
      '        self.products.add_global_secondary_index(index_name="byBrand", partition_key=brand)',
      '',
    ].join('\n');
    const construct = await readPythonConstruct(source, 'catalog/stack.py', 5, 'Products');
    expect(construct?.location).toMatchObject({ line: 4, column: 25, endLine: 5 });
    expect(construct?.props.get('partitionKey')).toMatchObject({ line: 6, column: 13 });
    expect(construct?.indexes.get('byCategory')?.props.get('partitionKey')).toMatchObject({ line: 10 });
    expect(construct?.indexes.get('byBrand')?.location).toMatchObject({ line: 17 });
    expect(construct?.replicas.get('us-east-1')?.props.get('deletionProtection')).toMatchObject({ line: 13 });
    expect(await readPythonConstruct(source, 'catalog/stack.py', 5, 'Orders')).toBeUndefined();
  });
});
