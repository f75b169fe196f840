import { describe, expect, it } from 'vitest';
import { conditionAttributes, parseKeyCondition, updatedAttributes } from '../../src/code/expressions.ts';

const names = new Map([
  ['#pk', 'customerId'],
  ['#sk', 'createdAt'],
  ['#s', 'status'],
]);

describe('parseKeyCondition', () => {
  it.each([
    ['customerId = :c', [{ attribute: 'customerId', operator: '=' }]],
    [
      '#pk = :pk AND #sk BETWEEN :from AND :to',
      [
        { attribute: 'customerId', operator: '=' },
        { attribute: 'createdAt', operator: 'BETWEEN' },
      ],
    ],
    [
      '(#pk = :pk) and begins_with(#sk, :prefix)',
      [
        { attribute: 'customerId', operator: '=' },
        { attribute: 'createdAt', operator: 'begins_with' },
      ],
    ],
    ['pk >= :v', [{ attribute: 'pk', operator: '>=' }]],
  ])('%s', (expression, terms) => {
    expect(parseKeyCondition(expression, names)).toEqual(terms);
  });

  it.each(['#missing = :v', 'pk = :v OR sk = :w', 'pk = :v AND', 'contains(pk, :v)', '', 'pk = "x"'])(
    'is unknown for %j',
    (expression) => {
      expect(parseKeyCondition(expression, names)).toBeUndefined();
    },
  );
});

describe('conditionAttributes', () => {
  it('names each top-level attribute once, placeholders resolved, functions and keywords skipped', () => {
    expect(
      conditionAttributes(
        '#s = :s AND size(tags) > :n AND address.city = :c AND NOT attribute_exists(deletedAt) OR #s IN (:a, :b)',
        names,
      ),
    ).toEqual(['status', 'tags', 'address', 'deletedAt']);
  });
  it('is unknown when a placeholder is not mapped', () => {
    expect(conditionAttributes('#nope = :v', names)).toBeUndefined();
  });
});

describe('updatedAttributes', () => {
  it('names the targets of every clause, not the values read', () => {
    expect(
      updatedAttributes(
        'SET #s = :s, total = if_not_exists(total, :zero) + :n, items = list_append(items, :i) REMOVE draft ADD visits :one',
        names,
      ),
    ).toEqual(['status', 'total', 'items', 'draft', 'visits']);
  });
});
