import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { deployerOf } from '../src/model.ts';

const MESSAGES = {
  tableFixed:
    '{{table}} is PROVISIONED with fixed capacity and no Application Auto Scaling target: traffic above it is throttled, and capacity below it is paid for idle. Add {{scaling}} for its read and write capacity, or switch to on-demand.',
  indexFixed:
    'Global index {{index}} of {{table}} has fixed provisioned capacity and no Application Auto Scaling target. Add {{scaling}} for the index (dimension dynamodb:index:ReadCapacityUnits / WriteCapacityUnits).',
};

export default defineRule({
  id: 'provisioned-autoscaling',
  kind: 'table',
  description:
    'A PROVISIONED table or global index has fixed capacity: no Application Auto Scaling target manages it.',
  severity: 'info',
  equivalents: [
    {
      tool: 'security-hub',
      id: 'DynamoDB.1',
      differs: 'checks the live table; dynalint reads the scalable targets declared beside it',
    },
  ],
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      if (!table.billingMode.known || table.billingMode.value !== 'PROVISIONED') continue;
      const scaling =
        deployerOf(table) === 'terraform'
          ? 'an aws_appautoscaling_target (service_namespace = "dynamodb") with a target-tracking policy'
          : 'an AWS::ApplicationAutoScaling::ScalableTarget (ServiceNamespace: dynamodb) with a target-tracking policy';
      const label = tableLabel(table);
      if (table.throughput && !table.autoscaled) {
        report({
          table,
          property: 'Autoscaling',
          location: table.throughput.location,
          messageId: 'tableFixed',
          data: { table: label, scaling },
        });
      }
      if (!table.globalIndexes.known) continue;
      for (const index of table.globalIndexes.value) {
        if (!index.throughput || index.autoscaled) continue;
        const name = index.name.known ? index.name.value : '(unnamed)';
        report({
          table,
          property: `index:${name}:Autoscaling`,
          location: indexLocation(index),
          messageId: 'indexFixed',
          data: { table: label, index: name, scaling },
        });
      }
    }
  },
});
