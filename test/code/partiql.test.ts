/** PartiQL SELECT shapes, including statements with parts interpolated at run time. */
import { describe, expect, it } from 'vitest';
import { HOLE, parseSelect } from '../../src/code/partiql.ts';

const built = (parts: TemplateStringsArray, ...holes: unknown[]): string =>
  parts.reduce((text, part, i) => text + part + (i < holes.length ? HOLE : ''), '');

describe('parseSelect with interpolated parts', () => {
  it.each([
    ['SELECT * FROM "orders"', { table: 'orders', hasWhere: false, certain: true }],
    [built`SELECT * FROM "${'t'}"`, { hasWhere: false, certain: true }],
    [built`SELECT * FROM ${'t'}`, { hasWhere: false, certain: true }],
    [built`SELECT * FROM orders_${'stage'}`, { hasWhere: false, certain: true }],
    [built`SELECT ${'columns'} FROM orders`, { table: 'orders', hasWhere: false, certain: true }],
    [built`SELECT * FROM orders${'suffix'}`, { hasWhere: false, certain: false }],
    [built`SELECT * FROM ${'t'}${'rest'}`, { hasWhere: false, certain: false }],
    [built`SELECT * FROM orders ${'where'}`, { table: 'orders', hasWhere: false, certain: false }],
    [built`SELECT * FROM orders WHERE ${'condition'}`, { table: 'orders', hasWhere: true, certain: false }],
    [built`SELECT * FROM orders WHERE ${'key'} = ?`, { table: 'orders', hasWhere: true, certain: false }],
    [
      built`SELECT * FROM orders WHERE orderId = ${'id'}`,
      { table: 'orders', hasWhere: true, certain: true, pinned: ['orderId'] },
    ],
    [
      built`SELECT * FROM orders WHERE orderId = '${'id'}' AND status IN (${'a'}, ${'b'})`,
      { table: 'orders', hasWhere: true, certain: true, pinned: ['orderId', 'status'] },
    ],
    [
      built`SELECT * FROM orders WHERE x BETWEEN ${'a'} AND ${'b'}`,
      { table: 'orders', hasWhere: true, certain: false },
    ],
  ])('%j', (statement, expected) => {
    const select = parseSelect(statement);
    expect(select).toMatchObject(expected);
    if (!('table' in expected)) expect(select?.table).toBeUndefined();
  });

  it('is not a SELECT when the statement starts with an interpolated part', () => {
    expect(parseSelect(built`${'verb'} * FROM orders`)).toBeUndefined();
  });
});
