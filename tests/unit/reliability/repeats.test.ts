/**
 * Repeat outages, rule by rule: three starts within 60 days (the last less than 60 × 24 h after the first), the
 * outages listed in start order (ties by id) whatever order they come in, the areas in file order, and the
 * district filter. The areas are those of fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { REPEAT_DAYS, REPEAT_MIN_OUTAGES, repeatAreas } from '../../../src/lib/reliability/repeats.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';
import { areas } from './fixture.ts';

const DAY = 86_400_000;
const t0 = Date.parse('2026-05-01T08:00:00+08:00');
/** An outage `id` naming `named`, starting `days` (fractions allowed) after 1 May 08:00. */
const outage = (id: string, days: number, named: string[] = ['v2']): Notice => {
	const start = new Date(t0 + days * DAY).toISOString();
	return validNotice({ id, areas: named, start, end: new Date(t0 + days * DAY + 3_600_000).toISOString() });
};
const ids = (outages: Notice[], include?: (id: string) => boolean) => repeatAreas(outages, areas(), include);

it('is three outages within 60 days', () => {
	expect([REPEAT_MIN_OUTAGES, REPEAT_DAYS]).toEqual([3, 60]);
});

describe('the 60-day span', () => {
	const ms = 60_000;
	it.each([
		['the third a minute under 60 days after the first', [0, 30, 60 - ms / DAY], ['a', 'b', 'c']],
		['the third exactly 60 days after the first', [0, 30, 60], []],
		['all three at the same moment', [0, 0, 0], ['a', 'b', 'c']],
		['two only', [0, 1], []],
	])('%s', (_what, days, expected) => {
		const outages = days.map((d, i) => outage('abc'[i], d));
		expect(ids(outages)).toEqual(expected.length ? [{ id: 'v2', outages: expected }] : []);
	});

	it('lists every outage of a qualifying group, and only those: not one exactly 60 days after the group began', () => {
		// a, b at day 0 and c at day 1 make a group; d, exactly 60 days after a and b, is in no group of three.
		const outages = [outage('a', 0), outage('b', 0), outage('c', 1), outage('d', 60)];
		expect(ids(outages)).toEqual([{ id: 'v2', outages: ['a', 'b', 'c'] }]);
	});

	it('groups that overlap make one list', () => {
		// a b c within 10 days, and b c d within 60 days of b: d joins, e (90 days after b) does not.
		const outages = [outage('a', 0), outage('b', 10), outage('c', 20), outage('d', 65), outage('e', 100)];
		expect(ids(outages)).toEqual([{ id: 'v2', outages: ['a', 'b', 'c', 'd'] }]);
	});

	it('a group later in the year counts as well as one at the start', () => {
		const outages = [outage('a', 0), outage('b', 100), outage('c', 200), outage('d', 201), outage('e', 202)];
		expect(ids(outages)).toEqual([{ id: 'v2', outages: ['c', 'd', 'e'] }]);
	});
});

describe('order', () => {
	it('lists the outages in start order, whatever order they are given in', () => {
		const outages = [outage('late', 20), outage('early', 0), outage('middle', 10)];
		expect(ids(outages)).toEqual([{ id: 'v2', outages: ['early', 'middle', 'late'] }]);
	});

	it('breaks ties of start by id, by code unit', () => {
		const outages = [outage('b', 5), outage('a', 5), outage('C', 5), outage('c', 0)];
		expect(ids(outages)).toEqual([{ id: 'v2', outages: ['c', 'C', 'a', 'b'] }]);
	});

	it('lists the areas in the order of the area file', () => {
		const outages = [outage('a', 0, ['v3', 'v1']), outage('b', 1, ['v1', 'v3']), outage('c', 2, ['v3', 'v1'])];
		expect(ids(outages).map((r) => r.id)).toEqual(['v1', 'v3']);
	});
});

describe('which areas', () => {
	it('villages and communities only: a town named three times repeats for each of its villages', () => {
		const outages = [outage('a', 0, ['t1']), outage('b', 1, ['t1']), outage('c', 2, ['t1'])];
		expect(ids(outages)).toEqual([
			{ id: 'v1', outages: ['a', 'b', 'c'] },
			{ id: 'v2', outages: ['a', 'b', 'c'] },
		]);
	});

	it('an outage named for a village and its town counts once for the village', () => {
		const outages = [outage('a', 0, ['v1', 't1']), outage('b', 1, ['v1'])];
		expect(ids(outages)).toEqual([]);
	});

	it('only the areas `include` accepts (a district’s own villages)', () => {
		const outages = [outage('a', 0, ['v1', 'v3']), outage('b', 1, ['v1', 'v3']), outage('c', 2, ['v1', 'v3'])];
		expect(ids(outages, (id) => id !== 'v1').map((r) => r.id)).toEqual(['v3']);
		expect(ids(outages, () => false)).toEqual([]);
	});
});
