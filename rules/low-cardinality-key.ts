import type { KeyElement, TableModel } from '../src/model.ts';
import { tableLabel } from '../src/model.ts';
import { defineRule } from '../src/rule.ts';

/** Words that name an attribute with few distinct values. */
const LOW_CARDINALITY_WORDS = new Set([
  'status',
  'state',
  'type',
  'kind',
  'category',
  'gender',
  'sex',
  'country',
  'region',
  'flag',
  'enabled',
  'disabled',
  'active',
  'deleted',
  'archived',
  'visible',
  'verified',
  'priority',
  'level',
  'tier',
  'stage',
  'env',
  'environment',
  'language',
  'locale',
  'currency',
  'bool',
  'boolean',
  'date',
  'day',
  'month',
  'year',
  'hour',
  'week',
  'quarter',
  'weekday',
]);

/** Yes/no prefixes: `isActive`, `has_discount`. */
const BOOLEAN_PREFIXES = new Set(['is', 'has', 'can', 'should']);

/** A last word that makes the value unique again: `typeId`, `statusKey`, `createdAt`, `dateTime`. */
const HIGH_CARDINALITY_SUFFIXES = new Set([
  'id',
  'ids',
  'uuid',
  'guid',
  'key',
  'arn',
  'email',
  'hash',
  'pk',
  'sk',
  'timestamp',
  'ts',
  'at',
  'time',
  'epoch',
  'ms',
  'number',
  'num',
  'no',
  'sequence',
  'seq',
]);

/** Why a name looks low-cardinality: the message that says so, and the word that gave it away. */
export type LowCardinalityReason =
  | { readonly messageId: 'configuredPattern' | 'yesNoFlag' | 'count' }
  | { readonly messageId: 'timeBucket' | 'fewValues' | 'flagParticiple'; readonly word: string };

/**
 * Key attribute names are at most 255 bytes (DynamoDB's limit), so nothing longer is a key name worth
 * reading: bounding the text keeps the matching linear however long a name a template holds.
 */
const MAX_NAME_LENGTH = 255;

/** `orderStatus`, `order_status`, `ORDER-STATUS`, `HTTPStatus` → `['order', 'status']`, `['http', 'status']`. */
function words(name: string): string[] {
  return name
    .slice(0, MAX_NAME_LENGTH)
    .replace(/([a-z0-9])(?=[A-Z])/g, '$1 ')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .split(/[^A-Za-z0-9]+|(?<=[a-zA-Z])(?=[0-9])|(?<=[0-9])(?=[a-zA-Z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Counts: `songCount`, `NumberOfSongs`, `num_songs`, `itemQuantity`. */
const COUNT_LAST_WORDS = new Set(['count', 'counter', 'quantity', 'qty']);
const COUNT_FIRST_WORDS = new Set(['number', 'num', 'no', 'count']);

function isCount(parts: readonly string[]): boolean {
  const [first, second] = parts;
  if (COUNT_LAST_WORDS.has(parts.at(-1) ?? '')) return true;
  if (first === undefined || second === undefined || !COUNT_FIRST_WORDS.has(first)) return false;
  // `NumberOfSongs`, `countOfItems`, `numSongs`; `NoteId`, `number` alone are not counts.
  return second === 'of' || first === 'num';
}

/**
 * Past participles that usually name a moment (`Created`, `LastUpdated`) rather than a yes/no state:
 * a key named so holds timestamps, which are as varied as ids.
 */
const MOMENT_PARTICIPLES = new Set([
  'created',
  'updated',
  'modified',
  'changed',
  'added',
  'inserted',
  'uploaded',
  'posted',
  'generated',
  'recorded',
  'logged',
  'occurred',
  'registered',
  'joined',
  'started',
  'ended',
  'expired',
  'scheduled',
  'published',
  'submitted',
  'received',
  'sent',
  'signed',
  'seeded',
  'indexed',
  'hashed',
  'encrypted',
  'encoded',
  'normalized',
  'combined',
]);

/** A past participle used as a flag: `CartAbandoned`, `email_verified`, `Shipped`; not `seed` or `speed`. */
function isFlagParticiple(word: string): boolean {
  return word.length >= 6 && word.endsWith('ed') && !word.endsWith('eed') && !MOMENT_PARTICIPLES.has(word);
}

export function lowCardinalityReason(
  name: string,
  extra: readonly RegExp[] = [],
): LowCardinalityReason | undefined {
  const examined = name.slice(0, MAX_NAME_LENGTH);
  if (extra.some((pattern) => pattern.test(examined))) return { messageId: 'configuredPattern' };
  const parts = words(examined);
  const last = parts.at(-1);
  if (!last || HIGH_CARDINALITY_SUFFIXES.has(last)) return undefined;
  if (parts.length > 1 && BOOLEAN_PREFIXES.has(parts[0] as string)) return { messageId: 'yesNoFlag' };
  if (isCount(parts)) return { messageId: 'count' };
  const word = [...parts].reverse().find((w) => LOW_CARDINALITY_WORDS.has(w));
  const flag = word ?? last;
  if (isFlagParticiple(flag)) return { messageId: 'flagParticiple', word: flag };
  if (!word) return undefined;
  if (['date', 'day', 'month', 'year', 'hour', 'week', 'quarter', 'weekday'].includes(word)) {
    return { messageId: 'timeBucket', word };
  }
  return { messageId: 'fewValues', word };
}

export default defineRule({
  id: 'low-cardinality-key',
  kind: 'table',
  description:
    'A table or GSI partition key is an attribute with few distinct values, which concentrates traffic on hot partitions.',
  severity: 'warning',
  messages: {
    configuredPattern:
      'Partition key {{names}} of {{where}} looks low-cardinality (it matches a configured low-cardinality pattern): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
    yesNoFlag:
      'Partition key {{names}} of {{where}} looks low-cardinality (a yes/no flag has two values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
    count:
      'Partition key {{names}} of {{where}} looks low-cardinality (a count has few distinct values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
    flagParticiple:
      'Partition key {{names}} of {{where}} looks low-cardinality (a yes/no flag ("{{word}}" or not) has two values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
    timeBucket:
      "Partition key {{names}} of {{where}} looks low-cardinality (a {{word}} bucket puts each period's traffic on one partition): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).",
    fewValues:
      'Partition key {{names}} of {{where}} looks low-cardinality (a {{word}} has few distinct values): requests concentrate on a few hot partitions. Use a high-cardinality key (an id), a composite key (e.g. {{attribute}}#customerId) or write sharding ({{attribute}}#0-9).',
  },
  options: {
    type: 'object',
    properties: {
      patterns: {
        type: 'array',
        items: { type: 'string', format: 'regex' },
        default: [],
        description: 'Extra regular expressions (case-insensitive) for attribute names to flag.',
      },
      allow: {
        type: 'array',
        items: { type: 'string' },
        default: [],
        description: 'Attribute names never to flag (case-insensitive), e.g. a sharded `status`.',
      },
    },
    additionalProperties: false,
  },
  check({ tables, options, report }) {
    const extra = options.patterns.map((p) => new RegExp(p, 'i'));
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const inspect = (
      table: TableModel,
      keys: readonly KeyElement[],
      where: string,
      property: string,
    ): void => {
      const partition = keys.filter((k) => k.role === 'partition');
      if (partition.length === 0) return;
      // A multi-attribute partition key is as selective as its most selective part.
      const reasons = partition.map((k) =>
        allowed.has(k.attribute.toLowerCase()) ? undefined : lowCardinalityReason(k.attribute, extra),
      );
      if (reasons.some((r) => r === undefined)) return;
      const key = partition[0] as KeyElement;
      const reason = reasons[0] as LowCardinalityReason;
      const names = partition.map((k) => `"${k.attribute}"`).join(' + ');
      report({
        table,
        property,
        location: key.location,
        messageId: reason.messageId,
        data: { names, where, attribute: key.attribute, ...('word' in reason ? { word: reason.word } : {}) },
      });
    };
    for (const table of tables) {
      if (table.keySchema.known)
        inspect(table, table.keySchema.value, `table ${tableLabel(table)}`, 'KeySchema');
      if (!table.globalIndexes.known) continue;
      for (const index of table.globalIndexes.value) {
        if (!index.keySchema.known) continue;
        const name = index.name.known ? index.name.value : '(unnamed)';
        inspect(table, index.keySchema.value, `index ${name} of ${tableLabel(table)}`, `index:${name}`);
      }
    }
  },
});
