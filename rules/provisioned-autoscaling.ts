import type { FixedScalingTarget, Location, TableModel } from '../src/model.ts';
import { deployerOf, indexLocation, tableLabel, valueOf } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

const MESSAGES = {
  tableFixed:
    '{{table}} is PROVISIONED with fixed capacity and no Application Auto Scaling target: traffic above it is throttled, and capacity below it is paid for idle. Add {{scaling}} for its read and write capacity, or switch to on-demand.',
  indexFixed:
    'Global index {{index}} of {{table}} has fixed provisioned capacity and no Application Auto Scaling target. Add {{scaling}} for the index (dimension dynamodb:index:ReadCapacityUnits / WriteCapacityUnits).',
  fixedTarget:
    '{{target}} scales {{what}} of {{table}} between {{min}} {{capacity}} and {{max}} {{capacity}}: autoscaling that cannot scale, so traffic above {{capacity}} is throttled as with fixed capacity (the capacity {{target}} manages is declared at {{declaredAt}}). Raise {{max}} to the most the table may use.',
};

/** What a target scales, in words: `the write capacity of global index byDay`. */
function scaledWhat(target: FixedScalingTarget): string {
  const unit = /ReadCapacityUnits$/.test(target.dimension ?? '')
    ? 'the read capacity'
    : /WriteCapacityUnits$/.test(target.dimension ?? '')
      ? 'the write capacity'
      : 'the capacity';
  return target.index ? `${unit} of global index ${target.index}` : unit;
}

/** Where the capacity a target manages is declared: the index's name line, or the table's throughput. */
function declaredCapacity(table: TableModel, target: FixedScalingTarget): Location {
  if (target.index && table.globalIndexes.known) {
    const index = table.globalIndexes.value.find((i) => valueOf(i.name) === target.index);
    if (index) return indexLocation(index);
  }
  return table.throughput?.location ?? table.location;
}

function lineReference(location: Location, from: Location): string {
  return location.file === from.file ? `line ${location.line}` : `${location.file}:${location.line}`;
}

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
      const terraform = deployerOf(table) === 'terraform';
      for (const target of table.fixedScaling ?? []) {
        report({
          table,
          property: `scaling:${target.target}${target.index ? `:index:${target.index}` : ''}`,
          location: target.location,
          messageId: 'fixedTarget',
          // Capacity that cannot move throttles like a fixed table; that is a problem, not a suggestion.
          severity: 'warning',
          data: {
            target: target.target,
            what: scaledWhat(target),
            table: tableLabel(table),
            min: terraform ? 'min_capacity' : 'MinCapacity',
            max: terraform ? 'max_capacity' : 'MaxCapacity',
            capacity: target.capacity,
            declaredAt: lineReference(declaredCapacity(table, target), target.location),
          },
        });
      }
      const scaling = terraform
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
