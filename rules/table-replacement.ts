import { changed, indexSignatures, keySignature } from '../src/diff/compare.ts';
import { deployerOf, tableLabel, valueOf, type Location, type TableModel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

interface Cause {
  readonly property: string;
  readonly what: string;
  readonly location: Location;
}

/** Changes that DynamoDB cannot make in place, so the deployer replaces the table. */
function replacementCauses(base: TableModel, head: TableModel): Cause[] {
  const causes: Cause[] = [];
  if (base.id !== head.id) {
    causes.push({
      property: 'id',
      what: `its ${deployerOf(head) === 'terraform' ? 'resource address' : 'logical id'} changes from ${base.id} to ${head.id}`,
      location: head.location,
    });
  }
  if (changed(base.name, head.name) || (base.name?.known && !head.name) || (!base.name && head.name?.known)) {
    const before = base.name?.known ? `"${base.name.value}"` : 'a generated name';
    const after = head.name?.known ? `"${head.name.value}"` : 'a generated name';
    causes.push({
      property: 'TableName',
      what: `its table name changes from ${before} to ${after}`,
      location: head.name?.location ?? head.location,
    });
  }
  if (base.keySchema.known && head.keySchema.known && !head.keySchema.defaulted) {
    const before = keySignature(base.keySchema.value);
    const after = keySignature(head.keySchema.value);
    if (before !== after) {
      causes.push({
        property: 'KeySchema',
        what: `its key schema changes (${describeKeys(base)} → ${describeKeys(head)})`,
        location: head.keySchema.location,
      });
    }
  }
  const baseLocal = indexSignatures(base.localIndexes);
  const headLocal = indexSignatures(head.localIndexes);
  if (
    baseLocal &&
    headLocal &&
    [...baseLocal.values()].sort().join('\n') !== [...headLocal.values()].sort().join('\n')
  ) {
    causes.push({
      property: 'LocalSecondaryIndexes',
      what: 'its local secondary indexes change (an LSI can only be created with the table)',
      location: head.localIndexes.location,
    });
  }
  if (base.attributes.known && head.attributes.known && head.keySchema.known) {
    const keyAttributes = new Set([
      ...head.keySchema.value.map((k) => k.attribute),
      ...(head.localIndexes.known
        ? head.localIndexes.value.flatMap((i) =>
            i.keySchema.known ? i.keySchema.value.map((k) => k.attribute) : [],
          )
        : []),
    ]);
    const before = new Map(base.attributes.value.map((a) => [a.name, a.type]));
    for (const attribute of head.attributes.value) {
      const type = before.get(attribute.name);
      if (type === undefined || type === attribute.type || !keyAttributes.has(attribute.name)) continue;
      causes.push({
        property: `attribute:${attribute.name}`,
        what: `the type of key attribute "${attribute.name}" changes from ${type} to ${attribute.type}`,
        location: attribute.location,
      });
    }
  }
  if (head.plannedActions?.includes('delete') && head.plannedActions.includes('create')) {
    causes.push({
      property: 'plan',
      what: 'the Terraform plan replaces it (delete, then create)',
      location: head.location,
    });
  }
  return causes;
}

type Outcome = {
  readonly messageId:
    'terraformBlocked' | 'terraformDestroys' | 'customNameFails' | 'oldTableRetained' | 'oldTableDeleted';
};

/**
 * What replacing the table does, given how the head revision deploys it: Terraform fails (deletion
 * protection) or destroys it; CloudFormation fails (a custom name), keeps the old table (Retain) or deletes it.
 */
function replacementOutcome(head: TableModel): Outcome {
  if (deployerOf(head) === 'terraform') {
    return valueOf(head.deletionProtection) === true
      ? { messageId: 'terraformBlocked' }
      : { messageId: 'terraformDestroys' };
  }
  if (head.name?.known) return { messageId: 'customNameFails' };
  return valueOf(head.updateReplacePolicy) === 'Retain'
    ? { messageId: 'oldTableRetained' }
    : { messageId: 'oldTableDeleted' };
}

function describeKeys(table: TableModel): string {
  return table.keySchema.known
    ? table.keySchema.value
        .map((k) => `${k.attribute} ${k.role === 'partition' ? 'HASH' : 'RANGE'}`)
        .join(', ')
    : '?';
}

export default defineRule({
  id: 'table-replacement',
  kind: 'change',
  description:
    'A change makes the deployer replace the table (key schema, table name, LSIs, key attribute type, resource type or id) — losing its data or failing the deploy.',
  severity: 'error',
  messages: {
    typeChanges:
      "{{table}} changes type from {{before}} (at {{base}}) to {{after}}: CloudFormation cannot change a resource's type in place, so the update fails. To move an existing table, set DeletionPolicy: Retain, remove it from the stack, then import it as the new type.",
    terraformBlocked:
      '{{table}} is replaced because {{cause}} (compared with {{base}}): terraform apply fails: deletion protection blocks destroying the old table.',
    terraformDestroys:
      '{{table}} is replaced because {{cause}} (compared with {{base}}): Terraform destroys the table and creates a new, empty one: its data is lost (add a `moved` block for a rename, or migrate the data first).',
    customNameFails:
      '{{table}} is replaced because {{cause}} (compared with {{base}}): the deploy fails: CloudFormation cannot replace a table with a custom TableName ("{{name}}"), because the new table needs the name the old one holds.',
    oldTableRetained:
      '{{table}} is replaced because {{cause}} (compared with {{base}}): CloudFormation creates a new, empty table and keeps the old one (UpdateReplacePolicy: Retain): the data stays behind in a table the stack no longer uses.',
    oldTableDeleted:
      '{{table}} is replaced because {{cause}} (compared with {{base}}): CloudFormation creates a new, empty table and deletes the old one: its data is lost (no UpdateReplacePolicy: Retain).',
  } satisfies Record<Outcome['messageId'] | 'typeChanges', string>,
  check({ pairs, base: revision, report }) {
    for (const { base, head } of pairs) {
      if (!base || !head) continue;
      if (base.resourceType !== head.resourceType && deployerOf(head) === 'cloudformation') {
        report({
          table: head,
          property: 'Type',
          location: head.location,
          messageId: 'typeChanges',
          data: {
            table: tableLabel(head),
            before: base.resourceType,
            after: head.resourceType,
            base: revision,
          },
        });
        continue;
      }
      const outcome = replacementOutcome(head);
      // The table name only words the outcome that a custom name causes.
      const name = head.name?.known ? head.name.value : '';
      for (const cause of replacementCauses(base, head)) {
        report({
          table: head,
          property: cause.property,
          location: cause.location,
          messageId: outcome.messageId,
          data: { table: tableLabel(head), cause: cause.what, base: revision, name },
        });
      }
    }
  },
});
