import { compareTables, type Difference } from '../src/drift/compare.ts';
import { tableLabel } from '../src/model.ts';
import type { MessageData } from '../src/rule.ts';
import { defineRule } from '../src/rule.ts';

type DifferenceMessageId =
  'valueDiffers' | 'defaultDiffers' | 'attributeType' | 'declaredOnly' | 'liveOnly' | 'tagsDiffer';

/** The message a difference reads as, for `table` (a label). */
export function differenceMessage(
  table: string,
  difference: Difference,
): { messageId: DifferenceMessageId; data: MessageData } {
  const change = difference.change;
  switch (change.kind) {
    case 'value': {
      const data = { table, what: change.what, declared: change.declared, live: change.live };
      return change.defaulted ? { messageId: 'defaultDiffers', data } : { messageId: 'valueDiffers', data };
    }
    case 'attributeType':
      return {
        messageId: 'attributeType',
        data: { table, attribute: change.attribute, declared: change.declared, live: change.live },
      };
    case 'declaredOnly':
      return { messageId: 'declaredOnly', data: { table, what: change.what } };
    case 'liveOnly':
      return { messageId: 'liveOnly', data: { table, what: change.what } };
    case 'tags':
      return { messageId: 'tagsDiffer', data: { table, changes: change.changes.join('; ') } };
  }
}

export default defineRule({
  id: 'schema-drift',
  kind: 'drift',
  description:
    'A deployed table differs from its declaration: keys, attribute types, indexes, billing, capacity, stream, TTL, backups, encryption, table class, deletion protection (and tags, opt-in).',
  severity: 'error',
  messages: {
    valueDiffers: '{{table}}: {{what}}: declared {{declared}}, live {{live}}.',
    defaultDiffers: '{{table}}: {{what}}: declared {{declared}} (not set; the default), live {{live}}.',
    attributeType: '{{table}}: attribute {{attribute}}: declared type {{declared}}, live {{live}}.',
    declaredOnly: '{{table}}: {{what}}: declared, not live.',
    liveOnly: '{{table}}: {{what}}: live, not declared.',
    tagsDiffer: '{{table}}: tags: {{changes}}.',
  } satisfies Record<DifferenceMessageId, string>,
  options: {
    type: 'object',
    properties: {
      tags: {
        type: 'boolean',
        default: false,
        description: 'Also compare tags (tags AWS adds, `aws:*`, are ignored).',
      },
    },
    additionalProperties: false,
  },
  // ListTagsOfResource is one more request per table: only when tags are compared.
  needs: (options) => (options.tags ? ['live-tags'] : []),
  check({ pairs, options, report }) {
    for (const { declared, live } of pairs) {
      for (const difference of compareTables(declared, live, { tags: options.tags })) {
        report({
          table: declared,
          property: difference.property,
          location: difference.location,
          severity: difference.severity,
          ...differenceMessage(tableLabel(declared), difference),
        });
      }
    }
  },
});
