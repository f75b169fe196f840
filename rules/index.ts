/** The rule catalogue: the one place a rule is registered. */
import type { Rule } from '../src/rule.ts';
import billingMode from './billing-mode.ts';
import consistentReadOnGsi from './consistent-read-on-gsi.ts';
import deletionProtection from './deletion-protection.ts';
import driftUnmapped from './drift-unmapped.ts';
import encryptionKey from './encryption-key.ts';
import explicitTableName from './explicit-table-name.ts';
import filterExpression from './filter-expression.ts';
import globalTableReplicas from './global-table-replicas.ts';
import gsiCount from './gsi-count.ts';
import gsiProjectionAll from './gsi-projection-all.ts';
import gsiUpdateLimit from './gsi-update-limit.ts';
import gsiWriteCapacity from './gsi-write-capacity.ts';
import indexLimits from './index-limits.ts';
import keyConditionMismatch from './key-condition-mismatch.ts';
import keyAttributeDefinitions from './key-attribute-definitions.ts';
import lowCardinalityKey from './low-cardinality-key.ts';
import partiqlFullScan from './partiql-full-scan.ts';
import pointInTimeRecovery from './point-in-time-recovery.ts';
import protectionWeakened from './protection-weakened.ts';
import provisionedAutoscaling from './provisioned-autoscaling.ts';
import resourceSchema from './resource-schema.ts';
import scanUsage from './scan-usage.ts';
import schemaDrift from './schema-drift.ts';
import tableMissing from './table-missing.ts';
import tableRemoved from './table-removed.ts';
import tableReplacement from './table-replacement.ts';
import ttlAttributeChange from './ttl-attribute-change.ts';
import unknownIndex from './unknown-index.ts';
import unmanagedTable from './unmanaged-table.ts';
import unprocessedItems from './unprocessed-items.ts';
import unusedIndex from './unused-index.ts';

export const rules: readonly Rule[] = [
  gsiCount,
  lowCardinalityKey,
  keyAttributeDefinitions,
  indexLimits,
  billingMode,
  resourceSchema,
  scanUsage,
  partiqlFullScan,
  unknownIndex,
  keyConditionMismatch,
  consistentReadOnGsi,
  unusedIndex,
  filterExpression,
  unprocessedItems,
  schemaDrift,
  tableMissing,
  unmanagedTable,
  driftUnmapped,
  tableReplacement,
  gsiUpdateLimit,
  tableRemoved,
  ttlAttributeChange,
  protectionWeakened,
  pointInTimeRecovery,
  deletionProtection,
  encryptionKey,
  gsiProjectionAll,
  gsiWriteCapacity,
  provisionedAutoscaling,
  globalTableReplicas,
  explicitTableName,
];
