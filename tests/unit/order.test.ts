/** The locale-independent order of ids, codes and paths. */
import { expect, it } from 'vitest';
import { byCodeUnit } from '../../src/lib/order.ts';

it.each([
	['a', 'b', -1],
	['b', 'a', 1],
	['a', 'a', 0],
	['', 'a', -1],
	['Z', 'a', -1], // upper case before lower case, unlike most collations
	['qs-2', 'qs2', -1], // a hyphen before a digit
	['qs-10', 'qs-9', -1], // digit by digit, not by number
	['z', 'é', -1],
	['关', '中', 1], // by code point, not by pinyin (guān, zhōng)
])('%j against %j: %i', (a, b, order) => {
	expect(byCodeUnit(a, b)).toBe(order);
});

it('sorts the same as the default sort, on any host', () => {
	const ids = ['qs-b', 'qs-A', 'qs-a', 'qs-1', 'qs-10', 'qs-9'];
	expect([...ids].sort(byCodeUnit)).toEqual([...ids].sort());
});
