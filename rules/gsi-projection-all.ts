import type { IndexModel } from '../src/model.ts';
import { indexLocation, tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';
import { vocabularyOf } from '../src/vocabulary.ts';

const MESSAGES = {
  projectionAll:
    "Global index {{index}} of {{table}} projects ALL attributes: each write of an item is copied whole to it. With {{copies}} of the table's {{count}} global indexes projecting ALL or INCLUDE, one item write costs up to {{amplification}} writes. Project only the attributes its queries read ({{nonKeyAttributes}} with INCLUDE, or KEYS_ONLY).",
};

function projectionType(index: IndexModel): string | undefined {
  return index.projection?.known ? index.projection.value.type : undefined;
}

export default defineRule({
  id: 'gsi-projection-all',
  kind: 'table',
  description:
    'A global index projects ALL attributes on a table with several global indexes, multiplying the cost and size of every write.',
  severity: 'info',
  options: {
    type: 'object',
    properties: {
      minIndexes: {
        description: 'Report only tables with at least this many global indexes.',
        type: 'integer',
        minimum: 1,
        default: 2,
      },
    },
    additionalProperties: false,
  },
  messages: MESSAGES,
  check({ tables, options, report }) {
    for (const table of tables) {
      if (!table.globalIndexes.known) continue;
      const indexes = table.globalIndexes.value;
      if (indexes.length < options.minIndexes) continue;
      const types = indexes.map(projectionType);
      // An unknown projection could be ALL or INCLUDE: the count of copies would be a guess.
      if (types.some((type) => type === undefined)) continue;
      const copies = types.filter((type) => type === 'ALL' || type === 'INCLUDE').length;
      for (const [i, index] of indexes.entries()) {
        if (types[i] !== 'ALL') continue;
        const name = index.name.known ? index.name.value : '(unnamed)';
        report({
          table,
          property: `index:${name}:Projection`,
          location: index.projection?.location ?? indexLocation(index),
          messageId: 'projectionAll',
          data: {
            table: tableLabel(table),
            index: name,
            count: indexes.length,
            copies,
            amplification: copies + 1,
            nonKeyAttributes: vocabularyOf(table).nonKeyAttributes,
          },
        });
      }
    }
  },
});
