import { liveName, livePostures } from '../src/drift/posture.ts';
import type { Prop, TableModel } from '../src/model.ts';
import { deployerOf, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

const MESSAGES = {
  awsOwnedKey:
    '{{table}} is encrypted with an AWS-owned key (the default): no key policy controls it and CloudTrail does not log its use, but this repository requires {{requirement}}. Set {{fix}}.',
  liveAwsOwnedKey:
    'The live table {{name}} of {{table}} is encrypted with an AWS-owned key, and the declaration {{declared}}, but this repository requires {{requirement}}. Change the key live (aws dynamodb update-table --table-name {{name}} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>) and set {{fix}}.',
  unmanagedAwsOwnedKey:
    'The live table {{name}} (no declaration in the linted code maps to it) is encrypted with an AWS-owned key, but this repository requires {{requirement}}. Change it (aws dynamodb update-table --table-name {{name}} --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>).',
  awsManagedKey:
    '{{table}} is encrypted with the AWS-managed key alias/aws/dynamodb, but this repository requires a customer-managed key (its own key policy, rotation and revocation). Set {{fix}}.',
};

/** The three kinds of table key, weakest first. */
const KINDS = ['aws-owned', 'aws-managed', 'customer-managed'] as const;
type KeyKind = (typeof KINDS)[number];

/**
 * What the declaration says of the key: `at least` one kind, and `exactly` when the key is known.
 * An unresolved key (`!GetAtt Key.Arn`, `var.key_arn`) is a KMS key of some kind: at least AWS-managed.
 */
interface KeyReading {
  readonly atLeast: KeyKind;
  readonly exact: boolean;
}

const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\/dynamodb$/;

/** The kind of a KMS key that SSE names (or leaves to DynamoDB: the AWS-managed key). */
function namedKey(key: Prop<string> | undefined): KeyReading {
  if (!key) return { atLeast: 'aws-managed', exact: true };
  if (!key.known) return { atLeast: 'aws-managed', exact: false };
  return AWS_MANAGED_ALIAS.test(key.value)
    ? { atLeast: 'aws-managed', exact: true }
    : { atLeast: 'customer-managed', exact: true };
}

/** The weakest of several readings: an exact weaker one decides, an inexact one leaves the result inexact. */
function weakest(readings: readonly KeyReading[]): KeyReading {
  const lowest = Math.min(...readings.map((r) => KINDS.indexOf(r.atLeast)));
  const atLowest = readings.filter((r) => KINDS.indexOf(r.atLeast) === lowest);
  return { atLeast: KINDS[lowest] ?? 'aws-managed', exact: atLowest.some((r) => r.exact) };
}

function keyOf(table: TableModel): KeyReading | undefined {
  const sse = table.sse;
  if (!sse?.known) return undefined;
  if (!sse.value.enabled) return { atLeast: 'aws-owned', exact: true };
  if (sse.value.type !== undefined && sse.value.type !== 'KMS') return undefined;
  if (table.resourceType !== 'AWS::DynamoDB::GlobalTable' || sse.value.kmsKey)
    return namedKey(sse.value.kmsKey);
  // A GlobalTable names its key per replica (ReplicaSSESpecification.KMSMasterKeyId).
  if (!table.replicas?.known || table.replicas.value.length === 0)
    return { atLeast: 'aws-managed', exact: false };
  return weakest(table.replicas.value.map((replica) => namedKey(replica.kmsKey)));
}

function fixFor(table: TableModel, require: KeyKind): string {
  const terraform = deployerOf(table) === 'terraform';
  const module = table.id.startsWith('module.');
  if (require === 'aws-managed') {
    if (module)
      return 'server_side_encryption_enabled = true (module 6.x: server_side_encryption = { enabled = true })';
    return terraform ? 'server_side_encryption { enabled = true }' : 'SSESpecification: {SSEEnabled: true}';
  }
  if (module) {
    return 'server_side_encryption_enabled = true and server_side_encryption_kms_key_arn (module 6.x: server_side_encryption = { kms_key_arn = … })';
  }
  if (terraform) return 'server_side_encryption { enabled = true, kms_key_arn = <your key ARN> }';
  if (table.resourceType === 'AWS::DynamoDB::GlobalTable') {
    return 'SSESpecification: {SSEEnabled: true, SSEType: KMS} and ReplicaSSESpecification.KMSMasterKeyId on every replica';
  }
  if (table.resourceType === 'AWS::Serverless::SimpleTable') {
    return 'an AWS::DynamoDB::Table with SSESpecification.KMSMasterKeyId (a SimpleTable cannot name a key)';
  }
  return 'SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <your key>}';
}

export default defineRule({
  id: 'encryption-key',
  kind: 'table',
  description:
    'A table is encrypted with a weaker kind of key than the repository requires (AWS-owned < AWS-managed < customer-managed).',
  severity: 'warning',
  preset: 'strict',
  options: {
    type: 'object',
    properties: {
      require: {
        description:
          'The weakest key kind accepted: `aws-managed` (any KMS key) or `customer-managed` (a key of your own).',
        enum: ['aws-managed', 'customer-managed'],
        default: 'customer-managed',
      },
    },
    additionalProperties: false,
  },
  equivalents: [
    {
      tool: 'checkov',
      id: 'CKV_AWS_119',
      differs:
        'named for customer-managed keys but passes any SSE-enabled table (checkov#1473): require aws-managed',
    },
    {
      tool: 'trivy',
      id: 'AVD-AWS-0025',
      differs: 'flags SSE enabled without a key but passes the AWS-owned default; dynalint flags both',
    },
    { tool: 'cfn-nag', id: 'W74', differs: 'flags AWS-owned only: require aws-managed' },
  ],
  messages: MESSAGES,
  check({ tables, options, report }) {
    const require = options.require;
    for (const table of tables) {
      const key = keyOf(table);
      if (!key) continue;
      const rank = KINDS.indexOf(key.atLeast);
      if (rank >= KINDS.indexOf(require) || !key.exact) continue;
      const sse = table.sse;
      const location = sse && !(sse.known && sse.defaulted) ? sse.location : table.location;
      const data = {
        table: tableLabel(table),
        requirement: requirementWords(require),
        fix: fixFor(table, require),
      };
      report({
        table,
        property: 'SSESpecification',
        location,
        messageId: key.atLeast === 'aws-owned' ? 'awsOwnedKey' : 'awsManagedKey',
        data,
      });
    }
  },
  needs: () => ['unmanaged-tables-described'],
  // DescribeTable tells an AWS-owned key (no SSEDescription) from a KMS key, not which kind of KMS key.
  checkLive({ pairs, unmanaged, options, report }) {
    const requirement = requirementWords(options.require);
    for (const { declared, live } of livePostures(pairs, unmanaged)) {
      if (!live.sse?.known || live.sse.value.enabled) continue;
      const name = liveName(live);
      if (!declared) {
        report({
          table: live,
          property: 'SSESpecification',
          location: live.location,
          messageId: 'unmanagedAwsOwnedKey',
          data: { name, requirement },
        });
        continue;
      }
      const key = keyOf(declared);
      // Declared AWS-owned: the declaration's own finding says so, where it is fixed.
      if (key?.atLeast === 'aws-owned') continue;
      const sse = declared.sse;
      report({
        table: declared,
        property: 'live:SSESpecification',
        location: sse && !(sse.known && sse.defaulted) ? sse.location : declared.location,
        messageId: 'liveAwsOwnedKey',
        data: {
          table: tableLabel(declared),
          name,
          declared: !sse?.known ? 'leaves the key to deploy time' : 'asks for a KMS key',
          requirement,
          fix: fixFor(declared, options.require),
        },
      });
    }
  },
});

function requirementWords(require: KeyKind): string {
  return require === 'aws-managed' ? 'a KMS key' : 'a customer-managed key';
}
