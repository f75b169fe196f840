import { compareTables } from '../src/drift/compare.ts';
import { defineRule } from '../src/rule.ts';

interface Options {
  readonly tags: boolean;
}

export default defineRule<'drift', Options>({
  id: 'schema-drift',
  kind: 'drift',
  description:
    'A deployed table differs from its declaration: keys, attribute types, indexes, billing, capacity, stream, TTL, backups, encryption, table class, deletion protection (and tags, opt-in).',
  severity: 'error',
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
          message: difference.message,
        });
      }
    }
  },
});
