/** The rule catalogue: the one place a rule is registered. */
import type { Rule } from '../src/rule.ts';
import billingMode from './billing-mode.ts';
import driftUnmapped from './drift-unmapped.ts';
import gsiCount from './gsi-count.ts';
import gsiUpdateLimit from './gsi-update-limit.ts';
import indexLimits from './index-limits.ts';
import keyAttributeDefinitions from './key-attribute-definitions.ts';
import lowCardinalityKey from './low-cardinality-key.ts';
import partiqlFullScan from './partiql-full-scan.ts';
import protectionWeakened from './protection-weakened.ts';
import resourceSchema from './resource-schema.ts';
import scanUsage from './scan-usage.ts';
import schemaDrift from './schema-drift.ts';
import tableMissing from './table-missing.ts';
import tableRemoved from './table-removed.ts';
import tableReplacement from './table-replacement.ts';
import ttlAttributeChange from './ttl-attribute-change.ts';
import unmanagedTable from './unmanaged-table.ts';

export const rules: readonly Rule[] = [
  gsiCount,
  lowCardinalityKey,
  keyAttributeDefinitions,
  indexLimits,
  billingMode,
  resourceSchema,
  scanUsage,
  partiqlFullScan,
  schemaDrift,
  tableMissing,
  unmanagedTable,
  driftUnmapped,
  tableReplacement,
  gsiUpdateLimit,
  tableRemoved,
  ttlAttributeChange,
  protectionWeakened,
];
