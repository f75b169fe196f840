import type { TableModel } from '../src/model.ts';
import { deployerOf, tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

const MESSAGES = {
  duplicateRegion:
    '{{table}} declares a replica in {{region}} twice: a global table has at most one replica per region. Remove one.',
  noStream:
    '{{table}} is replicated in {{count}} regions but has no {{stream}}: replication between regions runs on DynamoDB Streams, which a multi-Region eventually consistent global table must have (NEW_AND_OLD_IMAGES is what DynamoDB turns on itself).',
};

/** The declared replicas: for CloudFormation every region; for Terraform the regions besides the table's own. */
function replicasOf(table: TableModel) {
  return table.replicas?.known ? table.replicas.value : [];
}

export default defineRule({
  id: 'global-table-replicas',
  kind: 'table',
  description:
    'A global table declares a region twice, or replicates without the DynamoDB stream replication needs.',
  severity: 'warning',
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      const replicas = replicasOf(table);
      if (replicas.length === 0) continue;
      const label = tableLabel(table);
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
