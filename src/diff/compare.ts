/**
 * What change rules ask of a pair of table models: comparable signatures of keys and indexes, and what a
 * replacement does to the data given how the table is deployed.
 */
import {
  deployerOf,
  valueOf,
  type IndexModel,
  type KeyElement,
  type Prop,
  type TableModel,
} from '../model.ts';

/** `partition:pk,sort:sk` — order-sensitive, as DynamoDB key schemas are. */
export function keySignature(keys: readonly KeyElement[]): string {
  return keys.map((k) => `${k.role}:${k.attribute}`).join(',');
}

/** An index as the service sees it: name, key and projection. */
export function indexSignature(index: IndexModel): string | undefined {
  if (!index.name.known || !index.keySchema.known) return undefined;
  const projection = index.projection?.known
    ? `${index.projection.value.type}:${[...index.projection.value.nonKeyAttributes].sort().join('|')}`
    : index.projection
      ? undefined
      : '';
  if (projection === undefined) return undefined;
  return `${index.name.value}|${keySignature(index.keySchema.value)}|${projection}`;
}

/** Index name → signature, or undefined when some index is not fully known. */
export function indexSignatures(indexes: Prop<readonly IndexModel[]>): Map<string, string> | undefined {
  if (!indexes.known) return undefined;
  const signatures = new Map<string, string>();
  for (const index of indexes.value) {
    const signature = indexSignature(index);
    if (signature === undefined || !index.name.known) return undefined;
    signatures.set(index.name.value, signature);
  }
  return signatures;
}

/** Both values known and different. */
export function changed<T>(before: Prop<T> | undefined, after: Prop<T> | undefined): boolean {
  return before?.known === true && after?.known === true && before.value !== after.value;
}

/** What replacing the table does, given how the head revision deploys it. */
export function replacementOutcome(head: TableModel): { dataLost: boolean; text: string } {
  if (deployerOf(head) === 'terraform') {
    if (valueOf(head.deletionProtection) === true) {
      return {
        dataLost: false,
        text: 'terraform apply fails: deletion protection blocks destroying the old table',
      };
    }
    return {
      dataLost: true,
      text: 'Terraform destroys the table and creates a new, empty one: its data is lost (add a `moved` block for a rename, or migrate the data first)',
    };
  }
  if (head.name?.known) {
    return {
      dataLost: false,
      text: `the deploy fails: CloudFormation cannot replace a table with a custom TableName ("${head.name.value}"), because the new table needs the name the old one holds`,
    };
  }
  if (valueOf(head.updateReplacePolicy) === 'Retain') {
    return {
      dataLost: false,
      text: 'CloudFormation creates a new, empty table and keeps the old one (UpdateReplacePolicy: Retain): the data stays behind in a table the stack no longer uses',
    };
  }
  return {
    dataLost: true,
    text: 'CloudFormation creates a new, empty table and deletes the old one: its data is lost (no UpdateReplacePolicy: Retain)',
  };
}
