import type { Declaration, TableModel } from '../src/model.ts';
import { tableLabel } from '../src/model.ts';
import { defineRule, type ReportFunction } from '../src/rule.ts';
import {
  isTerraformType,
  locationOf,
  pathOf,
  validateDeclaration,
  type SchemaProblem,
} from './resource-schema/validate.ts';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

const MESSAGES = {
  unknownProperty:
    '{{path}} of {{table}}: unknown property "{{property}}"{{suggestion}}; {{resourceType}} rejects properties its schema does not define.',
  required: '{{path}} of {{table}} is missing the required property "{{property}}".',
  dependency:
    '{{path}} of {{table}} sets {{property}} without {{missing}}; {{property}} requires {{missing}}.',
  type: '{{path}} of {{table}} is {{value}}; it must be {{expected}}.',
  enum: '{{path}} of {{table}} is {{value}}; the allowed values are {{allowed}} (case-sensitive).',
  minimum: '{{path}} of {{table}} is {{value}}; the minimum is {{limit}}.',
  maximum: '{{path}} of {{table}} is {{value}}; the maximum is {{limit}}.',
  minLength: '{{path}} of {{table}} is {{length}} characters long; the minimum length is {{limit}}.',
  maxLength: '{{path}} of {{table}} is {{length}} characters long; the maximum length is {{limit}}.',
  minItems: '{{path}} of {{table}} has {{count}} items; it needs at least {{limit}}.',
  maxItems: '{{path}} of {{table}} has {{count}} items; at most {{limit}} are allowed.',
  duplicateRegion:
    '{{path}} of {{table}} repeats region "{{region}}"; a global table has at most one replica per region.',
  keyOrder:
    '{{path}} of {{table}} lists a RANGE key before a HASH key; DynamoDB requires the partition (HASH) key first, then the sort (RANGE) key.',
  capacityBelowOne:
    '{{path}} of {{table}} is {{value}}; a PROVISIONED table and its global indexes need at least 1 read and 1 write capacity unit.',
  undefinedCondition:
    'Condition of {{table}} names "{{condition}}", which the template\'s Conditions do not define.',
  undefinedDependency: 'DependsOn of {{table}} names "{{target}}", which is not a resource of this template.',
  samWithoutTransform:
    '{{table}} is an AWS::Serverless::SimpleTable, but the template does not declare "Transform: {{transform}}"; CloudFormation rejects the resource type without the SAM transform.',
  unknownArgument:
    '{{table}}: {{path}} has no argument or block "{{property}}"{{suggestion}}; Terraform rejects what the AWS provider\'s {{resourceType}} schema does not define.',
  requiredArgument: '{{table}}: {{path}} is missing "{{property}}", which the AWS provider requires.',
  blockCount: '{{table}}: {{path}} is written {{count}} times; the AWS provider allows {{bound}} {{limit}}.',
  streamViewTypeRequired:
    '{{table}} sets stream_enabled = true without stream_view_type; the AWS provider requires a view type when the stream is enabled.',
};
type MessageId = keyof typeof MESSAGES;
type Report = ReportFunction<MessageId>;

/** The message for each violated schema keyword (typed: a keyword without a message does not compile). */
const SCHEMA_REPORTS: { readonly [K in SchemaProblem['kind']]: { readonly messageId: K & MessageId } } = {
  unknownProperty: { messageId: 'unknownProperty' },
  required: { messageId: 'required' },
  dependency: { messageId: 'dependency' },
  type: { messageId: 'type' },
  enum: { messageId: 'enum' },
  minimum: { messageId: 'minimum' },
  maximum: { messageId: 'maximum' },
  minLength: { messageId: 'minLength' },
  maxLength: { messageId: 'maxLength' },
  minItems: { messageId: 'minItems' },
  maxItems: { messageId: 'maxItems' },
  blockCount: { messageId: 'blockCount' },
};

/** Terraform's words where CloudFormation's would mislead (arguments and blocks, not properties). */
const TERRAFORM_REPORTS: Partial<Record<SchemaProblem['kind'], { readonly messageId: MessageId }>> = {
  unknownProperty: { messageId: 'unknownArgument' },
  required: { messageId: 'requiredArgument' },
};

export default defineRule({
  id: 'resource-schema',
  kind: 'table',
  description:
    "Each DynamoDB resource matches its resource schema (CloudFormation/SAM, or the Terraform AWS provider's): known properties or arguments, required ones, types, allowed values, ranges and lengths, and valid resource attributes.",
  severity: 'error',
  messages: MESSAGES,
  check({ tables, report }) {
    for (const table of tables) {
      const declaration = table.declaration;
      if (!declaration) continue;
      // Resources of their own that configure the table (Terraform replica and index resources) too.
      for (const resource of [declaration, ...(declaration.related ?? [])]) {
        const base = { table: resource.label ?? tableLabel(table), resourceType: resource.resourceType };
        const terraform = isTerraformType(resource.resourceType);
        for (const problem of validateDeclaration(resource)) {
          report({
            table,
            property: `${resource.label ?? ''}${problem.path}:${problem.kind}:${String(problem.data.property ?? '')}`,
            location: problem.location,
            ...((terraform ? TERRAFORM_REPORTS[problem.kind] : undefined) ?? SCHEMA_REPORTS[problem.kind]),
            data: { ...base, path: problem.path, ...problem.data },
          });
        }
      }
      if (isTerraformType(declaration.resourceType)) {
        checkStreamViewType(table, declaration, report);
        continue;
      }
      checkKeyOrder(table, declaration, report);
      checkReplicaRegions(table, declaration, report);
      checkProvisionedCapacity(table, declaration, report);
      checkAttributes(table, declaration, report);
    }
  },
});

type JsonMap = { readonly [key: string]: unknown };

/** Unknown values are `null` in a declaration, so a string or a list here is known. */
function mapOf(value: unknown): JsonMap | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonMap)
    : undefined;
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every key schema of the resource, the table's and each secondary index's, with its pointer. */
function keySchemas(properties: JsonMap): { pointer: string; keys: readonly unknown[] }[] {
  const schemas = [{ pointer: '/Properties/KeySchema', keys: listOf(properties.KeySchema) }];
  for (const kind of ['GlobalSecondaryIndexes', 'LocalSecondaryIndexes']) {
    listOf(properties[kind]).forEach((index, i) =>
      schemas.push({ pointer: `/Properties/${kind}/${i}/KeySchema`, keys: listOf(mapOf(index)?.KeySchema) }),
    );
  }
  return schemas;
}

function checkKeyOrder(table: TableModel, declaration: Declaration, report: Report): void {
  const properties = mapOf(declaration.value.Properties);
  if (!properties) return;
  for (const { pointer, keys } of keySchemas(properties)) {
    const keyTypes = keys.map((key) => mapOf(key)?.KeyType);
    const firstRange = keyTypes.indexOf('RANGE');
    const hashAfterRange = firstRange < 0 ? -1 : keyTypes.indexOf('HASH', firstRange);
    if (hashAfterRange < 0) continue;
    report({
      table,
      property: `${pathOf(pointer)}:order`,
      location: locationOf(declaration, `${pointer}/${hashAfterRange}`),
      messageId: 'keyOrder',
      data: { table: tableLabel(table), path: pathOf(pointer) },
    });
  }
}

function checkReplicaRegions(table: TableModel, declaration: Declaration, report: Report): void {
  const seen = new Set<string>();
  listOf(mapOf(declaration.value.Properties)?.Replicas).forEach((replica, i) => {
    const region = mapOf(replica)?.Region;
    if (typeof region !== 'string') return;
    if (seen.has(region)) {
      report({
        table,
        property: `Replicas:${region}`,
        location: locationOf(declaration, `/Properties/Replicas/${i}/Region`),
        messageId: 'duplicateRegion',
        data: { table: tableLabel(table), path: 'Replicas', region },
      });
    }
    seen.add(region);
  });
}

/**
 * `ReadCapacityUnits`/`WriteCapacityUnits` below 1 on a PROVISIONED `AWS::DynamoDB::Table` (the schema
 * cannot say it: on-demand tables may carry zeros). Billing mode is read from the model, where the default
 * is resolved.
 */
function checkProvisionedCapacity(table: TableModel, declaration: Declaration, report: Report): void {
  if (declaration.resourceType !== 'AWS::DynamoDB::Table') return;
  if (!table.billingMode.known || table.billingMode.value !== 'PROVISIONED') return;
  const properties = mapOf(declaration.value.Properties);
  if (!properties) return;
  const throughputs = [
    { pointer: '/Properties/ProvisionedThroughput', value: properties.ProvisionedThroughput },
  ];
  listOf(properties.GlobalSecondaryIndexes).forEach((index, i) =>
    throughputs.push({
      pointer: `/Properties/GlobalSecondaryIndexes/${i}/ProvisionedThroughput`,
      value: mapOf(index)?.ProvisionedThroughput,
    }),
  );
  for (const throughput of throughputs) {
    const capacities = mapOf(throughput.value);
    if (!capacities) continue;
    for (const key of ['ReadCapacityUnits', 'WriteCapacityUnits']) {
      const written = capacities[key];
      const value = typeof written === 'string' && written.trim() !== '' ? Number(written) : written;
      if (typeof value !== 'number' || Number.isNaN(value) || value >= 1) continue;
      const at = `${throughput.pointer}/${key}`;
      report({
        table,
        property: `${pathOf(at)}:minimum`,
        location: locationOf(declaration, at),
        messageId: 'capacityBelowOne',
        data: { table: tableLabel(table), path: pathOf(at), value: String(written) },
      });
    }
  }
}

/**
 * Terraform: `stream_enabled = true` needs `stream_view_type` (the provider checks it at plan time). A view
 * type only known at apply time is there.
 */
function checkStreamViewType(table: TableModel, declaration: Declaration, report: Report): void {
  const { value } = declaration;
  const enabled = value.stream_enabled === true || value.stream_enabled === 'true';
  const viewType = value.stream_view_type;
  if (!enabled || declaration.unknown.includes('/stream_view_type')) return;
  if (typeof viewType === 'string' && viewType !== '') return;
  report({
    table,
    property: 'stream_view_type:required',
    location: locationOf(declaration, '/stream_enabled'),
    messageId: 'streamViewTypeRequired',
    data: { table: tableLabel(table) },
  });
}

function checkAttributes(table: TableModel, declaration: Declaration, report: Report): void {
  const label = tableLabel(table);
  const format = table.source.format;
  const template = declaration.template;
  if (!template) return;
  // The Serverless Framework adds resources to the template it deploys, and transforms (SAM, macros) add
  // resources and possibly conditions: names this template does not declare may exist at deploy time.
  const { transforms } = template;
  const wholeTemplate = format !== 'serverless';
  const knowsConditions = wholeTemplate && transforms.every((t) => t === SAM_TRANSFORM);
  const knowsResources = wholeTemplate && transforms.length === 0;
  const condition = typeof declaration.value.Condition === 'string' ? declaration.value.Condition : undefined;
  if (knowsConditions && condition !== undefined && !template.conditions.includes(condition)) {
    report({
      table,
      property: 'Condition',
      location: locationOf(declaration, '/Condition'),
      messageId: 'undefinedCondition',
      data: { table: label, condition },
    });
  }
  const dependsOn = declaration.value.DependsOn;
  const targets = typeof dependsOn === 'string' ? [['/DependsOn', dependsOn]] : [];
  if (Array.isArray(dependsOn))
    dependsOn.forEach((t, i) => typeof t === 'string' && targets.push([`/DependsOn/${i}`, t]));
  for (const [pointer, target] of targets as [string, string][]) {
    if (!knowsResources) continue;
    if (template.resources.includes(target)) continue;
    report({
      table,
      property: `DependsOn:${target}`,
      location: locationOf(declaration, pointer),
      messageId: 'undefinedDependency',
      data: { table: label, target },
    });
  }
  // A Serverless Framework service deploys its own template; only templates written for CloudFormation are judged.
  if (
    declaration.resourceType === 'AWS::Serverless::SimpleTable' &&
    (format === 'cloudformation' || format === 'sam') &&
    !transforms.includes(SAM_TRANSFORM)
  ) {
    report({
      table,
      property: 'Transform',
      location: locationOf(declaration, ''),
      messageId: 'samWithoutTransform',
      data: { table: label, transform: SAM_TRANSFORM },
    });
  }
}
