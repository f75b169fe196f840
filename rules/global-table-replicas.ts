import type { TableModel } from '../src/model.ts';
import { deployerOf, tableLabel, valueOf } from '../src/model.ts';
import { defineRule, type DeployRegion } from '../src/rule.ts';

const MESSAGES = {
  duplicateRegion:
    '{{table}} declares a replica in {{region}} twice: a global table has at most one replica per region. Remove one.',
  ownRegionMissing:
    "{{table}} deploys to {{region}} ({{origin}}), but its Replicas do not list {{region}}: CloudFormation requires an AWS::DynamoDB::GlobalTable to include the stack's own region and rejects the stack otherwise. Add '- Region: {{region}}' (or '- Region: !Ref AWS::Region').",
  noStream:
    '{{table}} is replicated in {{count}} regions but has no {{stream}}: replication between regions runs on DynamoDB Streams, which a multi-Region eventually consistent global table must have (NEW_AND_OLD_IMAGES is what DynamoDB turns on itself).',
};

/** The declared replicas: for CloudFormation every region; for Terraform the regions besides the table's own. */
function replicasOf(table: TableModel) {
  return table.replicas?.known ? table.replicas.value : [];
}

/** The region the table's stack deploys to: its source's own (a CDK stack environment), else the run's. */
function deployRegionOf(table: TableModel, runRegion: DeployRegion | undefined): DeployRegion | undefined {
  const own = table.source.region;
  return own
    ? { name: own, origin: `the environment of CDK stack ${table.source.stack ?? ''}`.trimEnd() }
    : runRegion;
}

export default defineRule({
  id: 'global-table-replicas',
  kind: 'table',
  description:
    "A global table declares a region twice, leaves out the stack's own region, or replicates without the DynamoDB stream replication needs.",
  severity: 'warning',
  messages: MESSAGES,
  check({ tables, region: runRegion, report }) {
    for (const table of tables) {
      const replicas = replicasOf(table);
      if (replicas.length === 0) continue;
      const label = tableLabel(table);
      const region = deployRegionOf(table, runRegion);
      if (table.resourceType === 'AWS::DynamoDB::GlobalTable' && table.replicas && region) {
        const regions = replicas.map((replica) => valueOf(replica.region));
        // A region only known at deploy time (`!Ref AWS::Region`, a parameter) may be the stack's own.
        if (regions.every((r) => r !== undefined) && !regions.includes(region.name)) {
          report({
            table,
            property: `Replicas:${region.name}`,
            location: table.replicas.location,
            messageId: 'ownRegionMissing',
            // CloudFormation rejects the stack: an error, from known values only.
            severity: 'error',
            data: { table: label, region: region.name, origin: region.origin },
          });
        }
      }
      const seen = new Set<string>();
      for (const replica of replicas) {
        const region = valueOf(replica.region);
        if (region === undefined) continue;
        if (seen.has(region)) {
          report({
            table,
            property: `replica:${region}`,
            location: replica.region.location,
            messageId: 'duplicateRegion',
            data: { table: label, region },
          });
        }
        seen.add(region);
      }
      // A CloudFormation GlobalTable lists every region, its own included; Terraform's replicas are the others.
      const terraform = deployerOf(table) === 'terraform';
      const regions = terraform ? replicas.length + 1 : replicas.length;
      if (regions < 2 || !table.stream?.known) continue;
      const stream = terraform
        ? 'stream_enabled = true with stream_view_type'
        : 'StreamSpecification.StreamViewType';
      if (table.stream.value.enabled) continue;
      report({
        table,
        property: 'StreamSpecification',
        location: table.stream.defaulted ? table.location : table.stream.location,
        messageId: 'noStream',
        data: { table: label, count: regions, stream },
      });
    }
  },
});
