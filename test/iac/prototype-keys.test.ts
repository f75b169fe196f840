/**
 * Names that are Object.prototype's (`constructor`, `toString`, `__proto__`) in references, mappings and
 * variables are ordinary names in every loader: missing ones stay unknown, never a prototype's function.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeclaredTables } from '../../src/iac/index.ts';
import { workspace } from '../helpers/workspace.ts';

const KEYS = `      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]`;
const table = (id: string, name: string) =>
  `  ${id}:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: ${name}\n${KEYS}\n`;
const terraform = (id: string, name: string) => `resource "aws_dynamodb_table" "${id}" {
  name         = ${name}
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`;

describe('prototype names in inputs', () => {
  it('leave references, mappings and variables unknown in CloudFormation, Serverless and Terraform', async () => {
    const files = {
      'template.yaml': `Mappings:\n  Names:\n    prod: { x: y }\nResources:\n${[
        table('ByRef', '!Ref constructor'),
        table('ByMap', '!FindInMap [constructor, name, x]'),
        table('ByMapKey', '!FindInMap [Names, toString, x]'),
        table('BySub', '!Sub "${toString}-x"'),
      ].join('')}`,
      'service/serverless.yml': `service: svc\nprovider:\n  name: aws\ncustom:\n  real: x\nresources:\n  Resources:\n${[
        table('BySelf', '${self:custom.constructor}'),
        table('ByProvider', '${self:provider.toString}-${opt:__proto__}'),
      ]
        .join('')
        .replace(/^/gm, '  ')}`,
      'terraform/main.tf': `variable "real" {\n  default = "x"\n}\n${terraform('by_var', 'var.constructor')}${terraform('by_local', '"${local.toString}-x"')}${terraform('by_lookup', 'lookup({ a = "b" }, "constructor", "fallback")')}`,
    };
    const dir = await workspace(files);
    const loaded = await loadDeclaredTables(
      Object.keys(files).map((display) => ({ path: path.join(dir, display), display })),
      dir,
    );
    const names = Object.fromEntries(
      loaded.tables.map((t) => [t.id, t.name?.known ? t.name.value : 'unknown']),
    );
    expect(names).toEqual({
      ByRef: 'unknown',
      ByMap: 'unknown',
      ByMapKey: 'unknown',
      BySub: 'unknown',
      BySelf: 'unknown',
      ByProvider: 'unknown',
      'aws_dynamodb_table.by_var': 'unknown',
      'aws_dynamodb_table.by_local': 'unknown',
      'aws_dynamodb_table.by_lookup': 'fallback',
    });
  });
});
