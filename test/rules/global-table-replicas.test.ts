import { describe, expect, it } from 'vitest';
import rule from '../../rules/global-table-replicas.ts';
import { findingsFor, lineText, testRule } from '../helpers/rule-tester.ts';

const keys = {
  BillingMode: 'PAY_PER_REQUEST',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
};
const stream = { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } };
const type = 'AWS::DynamoDB::GlobalTable';

testRule(rule, {
  valid: [
    {
      name: 'one replica without a stream',
      type,
      properties: { ...keys, Replicas: [{ Region: 'us-east-1' }] },
    },
    {
      name: 'two replicas with a stream',
      type,
      properties: { ...keys, ...stream, Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }] },
    },
    {
      name: 'two replicas with a KEYS_ONLY stream',
      type,
      properties: {
        ...keys,
        StreamSpecification: { StreamViewType: 'KEYS_ONLY' },
        Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }],
      },
    },
  ],
  invalid: [
    {
      name: 'two replicas without a stream',
      type,
      properties: { ...keys, Replicas: [{ Region: 'us-east-1' }, { Region: 'eu-west-1' }] },
      errors: [{ near: 'Table', message: 'Table is replicated in 2 regions but has no StreamSpecification' }],
    },
    {
      name: 'a region twice',
      type,
      properties: { ...keys, ...stream, Replicas: [{ Region: 'us-east-1' }, { Region: 'us-east-1' }] },
      errors: [{ near: 'us-east-1', message: 'Table declares a replica in us-east-1 twice' }],
    },
  ],
});

describe('global-table-replicas in Terraform', () => {
  const table = (body: string) => `resource "aws_dynamodb_table" "t" {
  name         = "t"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
${body}
  attribute {
    name = "pk"
    type = "S"
  }

  replica {
    region_name = "eu-west-1"
  }
}
`;
  it('reports a replica block on a table without a stream', async () => {
    const files = { 'main.tf': table('') };
    const { findings } = await findingsFor(rule, files);
    expect(findings.map((f) => lineText(files, f).trim())).toEqual(['resource "aws_dynamodb_table" "t" {']);
    expect(findings[0]?.message).toContain('stream_enabled = true');
  });

  it('is silent with stream_enabled', async () => {
    const files = {
      'main.tf': table('  stream_enabled   = true\n  stream_view_type = "NEW_AND_OLD_IMAGES"\n'),
    };
    expect((await findingsFor(rule, files)).findings).toEqual([]);
  });
});
