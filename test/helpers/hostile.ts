/**
 * Generators of hostile but well-formed inputs: each is small on disk and costly when handled naively
 * (alias expansion, shared sub-expressions, deep nesting, many calls). Tests and the fuzz bench share them.
 */

const TABLE_PROPERTIES = [
  '      BillingMode: PAY_PER_REQUEST',
  '      AttributeDefinitions:',
  '        - AttributeName: pk',
  '          AttributeType: S',
  '      KeySchema:',
  '        - AttributeName: pk',
  '          KeyType: HASH',
];

/** One anchored map of `keys` entries, then `aliases` aliases of it: expands to keys × aliases nodes. */
export function yamlWideAnchor(keys: number, aliases: number): string {
  const lines = ['Mappings:', '  Big: &big'];
  for (let i = 0; i < keys; i++) lines.push(`    k${i}: v`);
  lines.push('  Copies:');
  for (let i = 0; i < aliases; i++) lines.push(`    c${i}: *big`);
  return `${lines.join('\n')}\n${yamlTables(1)}`;
}

/** `items` plain entries, then `aliases` aliases of one scalar: cheap once aliases resolve in one pass. */
export function yamlManyScalarAliases(items: number, aliases: number): string {
  const lines = ['Metadata:', '  Items:'];
  for (let i = 0; i < items; i++) lines.push(`    - i${i}`);
  lines.push('  Name: &name shared', '  Copies:');
  for (let i = 0; i < aliases; i++) lines.push(`    - *name`);
  return `${lines.join('\n')}\n${yamlTables(1)}`;
}

/** `count` tables; with `sharedProps`, every table after the first takes its properties from one alias. */
export function yamlTables(count: number, sharedProps = false): string {
  const lines = ['Resources:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  Table${i}:`, '    Type: AWS::DynamoDB::Table');
    if (sharedProps && i > 0) lines.push('    Properties: *props');
    else lines.push(`    Properties:${sharedProps ? ' &props' : ''}`, ...TABLE_PROPERTIES);
  }
  return `${lines.join('\n')}\n`;
}

/** `C{i}: !Or [!Condition C{i-1}, !Condition C{i-1}]`: 2^depth evaluations when not memoized. */
export function cfnConditionChain(depth: number): string {
  const lines = ['Parameters:', '  Stage:', '    Type: String', 'Conditions:'];
  lines.push('  C0: !Equals [!Ref Stage, prod]');
  for (let i = 1; i <= depth; i++) lines.push(`  C${i}: !Or [!Condition C${i - 1}, !Condition C${i - 1}]`);
  lines.push(
    'Resources:',
    '  Table:',
    '    Type: AWS::DynamoDB::Table',
    '    Properties:',
    `      BillingMode: !If [C${depth}, PAY_PER_REQUEST, PROVISIONED]`,
    ...TABLE_PROPERTIES.slice(1),
  );
  return `${lines.join('\n')}\n`;
}

/** Mapping values `V{i}: !Join ['', [!FindInMap [M, K, V{i-1}], !FindInMap [M, K, V{i-1}]]]`. */
export function cfnFindInMapChain(depth: number): string {
  const lines = ['Mappings:', '  M:', '    K:', '      V0: x'];
  for (let i = 1; i <= depth; i++) {
    lines.push(`      V${i}: !Join ['', [!FindInMap [M, K, V${i - 1}], !FindInMap [M, K, V${i - 1}]]]`);
  }
  lines.push(
    'Resources:',
    '  Table:',
    '    Type: AWS::DynamoDB::Table',
    '    Properties:',
    `      TableName: !Select [0, [!FindInMap [M, K, V${depth}]]]`,
    ...TABLE_PROPERTIES,
  );
  return `${lines.join('\n')}\n`;
}

/** YAML anchors that reuse the previous value twice: `&v{i} !Join ['', [*v{i-1}, *v{i-1}]]`. */
export function cfnAliasJoinChain(depth: number): string {
  const lines = ['Metadata:', '  V0: &v0 xy'];
  for (let i = 1; i <= depth; i++) lines.push(`  V${i}: &v${i} !Join ['', [*v${i - 1}, *v${i - 1}]]`);
  lines.push(
    'Resources:',
    '  Table:',
    '    Type: AWS::DynamoDB::Table',
    '    Properties:',
    `      TableName: *v${depth}`,
    ...TABLE_PROPERTIES,
  );
  return `${lines.join('\n')}\n`;
}

/** Terraform locals `l{i} = [local.l{i-1}, local.l{i-1}]`, used through `toset` by a table. */
export function terraformLocalChain(depth: number): string {
  const lines = ['locals {', '  l0 = ["a"]'];
  for (let i = 1; i <= depth; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
  lines.push(
    '}',
    'resource "aws_dynamodb_table" "t" {',
    `  for_each     = toset(local.l${depth})`,
    '  name         = "orders"',
    '  billing_mode = "PAY_PER_REQUEST"',
    '  hash_key     = "pk"',
    '  attribute {',
    '    name = "pk"',
    '    type = "S"',
    '  }',
    '}',
  );
  return `${lines.join('\n')}\n`;
}

/** A Terraform file whose one expression nests `depth` levels deep. */
export function terraformDeepNesting(depth: number): string {
  return `locals {\n  deep = ${'['.repeat(depth)}1${']'.repeat(depth)}\n}\n`;
}

/** A Terraform table with an error finding (its key attribute is not defined), to show it survives. */
export const TERRAFORM_TABLE = `resource "aws_dynamodb_table" "plain" {
  name         = "plain"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "id"
    type = "S"
  }
}
`;

/** A JavaScript file with `calls` DocumentClient scans, each paginated in its own function. */
export function javascriptScans(calls: number): string {
  const lines = [
    "import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';",
    'const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
  ];
  for (let i = 0; i < calls; i++) {
    lines.push(
      `export async function scan${i}() {`,
      `  return client.send(new ScanCommand({ TableName: 'orders' }));`,
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `tables` tables sharing one property map with `intrinsics` `!Sub` tags and an `!If` over four
 * conditions (16 branches): tables × 16 × intrinsics distinct evaluations, from a small file.
 */
export function cfnManyBranches(tables: number, intrinsics: number): string {
  const lines = ['Parameters:', '  P:', '    Type: String', 'Conditions:'];
  for (let i = 0; i < 4; i++) lines.push(`  C${i}: !Equals [!Ref P, v${i}]`);
  lines.push('Resources:');
  for (let t = 0; t < tables; t++) {
    lines.push(`  Table${t}:`, '    Type: AWS::DynamoDB::Table');
    if (t > 0) {
      lines.push('    Properties: *props');
      continue;
    }
    lines.push('    Properties: &props', ...TABLE_PROPERTIES, '      Tags:');
    for (let c = 0; c < 4; c++) lines.push(`        - { Key: c${c}, Value: !If [C${c}, a, b] }`);
    for (let i = 0; i < intrinsics; i++) lines.push(`        - { Key: k${i}, Value: !Sub 'v${i}' }`);
  }
  return `${lines.join('\n')}\n`;
}

/** One function making `calls` scans, each with its own `params` variable. */
export function javascriptScansInOneFunction(calls: number): string {
  const lines = [
    "import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';",
    'const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    'export async function handler() {',
  ];
  for (let i = 0; i < calls; i++) {
    lines.push(
      `  const params${i} = { TableName: process.env.TABLE_${i % 10} };`,
      `  await client.send(new ScanCommand(params${i}));`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** `lines` exported functions, each summing `chain` scans: calls nested up to `chain` levels deep. */
export function javascriptScanChains(lines: number, chain: number): string {
  const call = "client.send(new ScanCommand({ TableName: 't' }))";
  const body = Array.from(
    { length: lines },
    (_, i) => `export const x${i} = () => ${Array(chain).fill(call).join(' + ')};`,
  );
  return `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\n${body.join('\n')}\n`;
}
