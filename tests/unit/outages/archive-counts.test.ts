import { describe, expect, it } from 'vitest';
import { archiveCounts } from '../../../src/lib/outages/listing.ts';
import { validNotice } from '../helpers.ts';

/** A notice starting at `start` (local time in Shanghai). */
const n = (id: string, start: string) =>
	validNotice({ id, start: `${start}:00+08:00`, end: `${start.slice(0, 10)}T23:00:00+08:00` });

describe('archiveCounts', () => {
	it('counts each month, months in time order, newest year first, from notices out of order', () => {
		const notices = [
			n('e', '2026-03-02T08:00'),
			n('a', '2025-01-05T08:00'),
			n('d', '2026-01-31T08:00'),
			n('b', '2025-12-31T08:00'),
			n('c', '2026-01-01T08:00'),
			n('f', '2026-03-01T08:00'),
			n('g', '2024-11-11T08:00'),
		];
		expect(archiveCounts(notices, 'Asia/Shanghai')).toEqual([
			{
				year: '2026',
				months: [
					{ month: '2026-01', count: 2 },
					{ month: '2026-03', count: 2 },
				],
				count: 4,
			},
			{
				year: '2025',
				months: [
					{ month: '2025-01', count: 1 },
					{ month: '2025-12', count: 1 },
				],
				count: 2,
			},
			{ year: '2024', months: [{ month: '2024-11', count: 1 }], count: 1 },
		]);
	});

	it.each([
		// 1 January 00:30 in Shanghai is still 31 December in UTC.
		['Asia/Shanghai', '2026', '2026-01'],
		['UTC', '2025', '2025-12'],
	])('months by the start in the utility’s zone (%s)', (zone, year, month) => {
		expect(archiveCounts([n('x', '2026-01-01T00:30')], zone)).toEqual([
			{ year, months: [{ month, count: 1 }], count: 1 },
		]);
	});

	it('adds the closed segments’ months, in order with the notices’ own, summing a month both have', () => {
		const more = new Map([
			['2026-02', 5],
			['2024-06', 3],
			['2026-01', 2],
			['2023-12', 4],
		]);
		expect(archiveCounts([n('a', '2026-01-10T08:00'), n('b', '2026-04-10T08:00')], 'Asia/Shanghai', more)).toEqual([
			{
				year: '2026',
				months: [
					{ month: '2026-01', count: 3 },
					{ month: '2026-02', count: 5 },
					{ month: '2026-04', count: 1 },
				],
				count: 9,
			},
			{ year: '2024', months: [{ month: '2024-06', count: 3 }], count: 3 },
			{ year: '2023', months: [{ month: '2023-12', count: 4 }], count: 4 },
		]);
		expect(more.size).toBe(4);
	});

	it.each([
		['nothing', [], new Map<string, number>(), []],
		[
			'closed months only',
			[],
			new Map([['2025-07', 2]]),
			[{ year: '2025', months: [{ month: '2025-07', count: 2 }], count: 2 }],
		],
	])('%s', (_, notices, more, expected) => {
		expect(archiveCounts(notices, 'Asia/Shanghai', more)).toEqual(expected);
	});
});
