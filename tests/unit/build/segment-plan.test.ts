import { describe, expect, test } from 'vitest';
import {
	addMonths,
	isSegmentName,
	monthOf,
	planSegments,
	segmentName,
	segmentNoticesMax,
	SETTLED_MS,
	yearPeriods,
} from '../../../src/lib/build/segments/plan.ts';
import { zonedDate } from '../../../src/lib/time.ts';

/**
 * The closing rule decides which notices the hourly build leaves to closed segments: a notice closed too early
 * would miss a correction in the live build's eyes (its segment would be rebuilt whole), one closed too late keeps
 * the live build larger than it needs to be. Either way the same entries and clock must give the same plan.
 */
const tz = 'Asia/Shanghai';
const entry = (id: string, start: string, end: string, more: Record<string, unknown> = {}) => ({
	id,
	start,
	end,
	...more,
});
const at = (iso: string) => new Date(iso);

describe('which months are closed', () => {
	const notices = [
		entry('sep-1', '2026-09-10T08:00:00+08:00', '2026-09-10T18:00:00+08:00'),
		entry('oct-1', '2026-10-05T08:00:00+08:00', '2026-10-05T18:00:00+08:00'),
		// Late on 31 October in the utility's zone, but 1 November in UTC: an October notice.
		entry('oct-2', '2026-10-31T23:00:00+08:00', '2026-11-01T03:00:00+08:00'),
		entry('nov-1', '2026-11-03T08:00:00+08:00', '2026-11-03T18:00:00+08:00'),
		entry('dec-1', '2026-12-03T08:00:00+08:00', '2026-12-03T18:00:00+08:00'),
	];
	test.each([
		// On 1 December, October and earlier may close; November and December stay live.
		['2026-12-01T10:00:00+08:00', { '2026': ['2026-09', '2026-10'] }, ['nov-1', 'dec-1']],
		// On the last evening of November, only September and earlier.
		['2026-11-30T23:59:00+08:00', { '2026': ['2026-09'] }, ['oct-1', 'oct-2', 'nov-1', 'dec-1']],
		// On 1 January, November closes too.
		['2027-01-01T00:00:00+08:00', { '2026': ['2026-09', '2026-10', '2026-11'] }, ['dec-1']],
	])('at %s', (now, closed, live) => {
		const plan = planSegments(notices, at(now), tz);
		expect(Object.fromEntries(plan.closed.map((s) => [s.name, s.months]))).toEqual(closed);
		expect(plan.live.map((i) => notices[i].id)).toEqual(live);
	});

	test('the month is counted in the utility’s zone, not the host’s or UTC', () => {
		const plan = planSegments(notices, at('2026-12-01T10:00:00+08:00'), tz);
		const oct = plan.closed[0].entries.map((i) => notices[i].id);
		expect(oct).toContain('oct-2');
	});

	test.each([
		['restored late (an outage over only 5 days ago)', { restoredAt: '2026-11-26T09:00:00+08:00' }, true],
		['a long outage planned to end 5 days ago', { end: '2026-11-26T09:00:00+08:00' }, true],
		['restored 9 days ago', { restoredAt: '2026-11-22T09:00:00+08:00' }, false],
		['cancelled, its window long past', { lifecycle: 'cancelled' }, false],
	])('a month stays open whole while an outage of it is not over for 8 days: %s', (_name, more, open) => {
		const list = [
			entry('oct-a', '2026-10-05T08:00:00+08:00', '2026-10-05T18:00:00+08:00'),
			{ ...entry('oct-b', '2026-10-20T08:00:00+08:00', '2026-10-20T18:00:00+08:00'), ...more },
		];
		const plan = planSegments(list, at('2026-12-01T10:00:00+08:00'), tz);
		expect(plan.live.length).toBe(open ? 2 : 0);
		expect(plan.closed.length).toBe(open ? 0 : 1);
	});

	test('the 8 days run to midnight before now, as the area pages count their recent list', () => {
		const now = at('2026-12-01T10:00:00+08:00');
		const midnight = Date.parse('2026-12-01T00:00:00+08:00');
		const over = (ms: number) =>
			planSegments([entry('a', '2026-10-05T08:00:00+08:00', new Date(ms).toISOString())], now, tz).live.length === 0;
		expect(over(midnight - SETTLED_MS)).toBe(true);
		expect(over(midnight - SETTLED_MS + 60_000)).toBe(false);
	});

	test.each([
		['no id', { start: '2026-01-05T08:00:00+08:00', end: '2026-01-05T18:00:00+08:00' }],
		['a start without offset', entry('x', '2026-01-05 08:00', '2026-01-05T18:00:00+08:00')],
		['an end that is no date', entry('x', '2026-01-05T08:00:00+08:00', 'soon')],
		['not an object', 'qs-1'],
	])('an entry the planner cannot read stays live, where the build reports it: %s', (_name, bad) => {
		const plan = planSegments(
			[bad, entry('ok', '2026-01-05T08:00:00+08:00', '2026-01-05T18:00:00+08:00')],
			at('2026-12-01T10:00:00+08:00'),
			tz,
		);
		expect(plan.live).toEqual([0]);
		expect(plan.closed.map((s) => s.entries)).toEqual([[1]]);
	});

	test('a duplicated id stays live in both places, so the live build reports the duplicate', () => {
		const list = [
			entry('dup', '2026-01-05T08:00:00+08:00', '2026-01-05T18:00:00+08:00'),
			entry('dup', '2026-12-05T08:00:00+08:00', '2026-12-05T18:00:00+08:00'),
		];
		expect(planSegments(list, at('2026-12-01T10:00:00+08:00'), tz).live).toEqual([0, 1]);
	});

	test('the same entries and clock give the same plan, in any zone of the host', () => {
		const a = planSegments(notices, at('2026-12-01T10:00:00+08:00'), tz);
		const b = planSegments(JSON.parse(JSON.stringify(notices)), at('2026-12-01T02:00:00Z'), tz);
		expect(b).toEqual(a);
	});
});

describe('the month of a start, in the utility’s zone', () => {
	test.each(['Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Europe/London', 'UTC'])(
		'%s: the same as the zone’s calendar says, every half hour around each month’s end of a year',
		(zone) => {
			for (let m = 0; m < 12; m++) {
				const end = Date.UTC(2026, m + 1, 1);
				for (let t = end - 20 * 3_600_000; t <= end + 20 * 3_600_000; t += 1_800_000) {
					const iso = new Date(t).toISOString();
					expect(monthOf(iso, zone), `${iso} in ${zone}`).toBe(zonedDate(iso, zone).slice(0, 7));
				}
			}
		},
	);
});

describe('segments by period', () => {
	test.each([
		['2025-01', 'year', '2025'],
		['2025-12', 'year', '2025'],
		['2025-03', 'quarter', '2025-q1'],
		['2025-04', 'quarter', '2025-q2'],
		['2025-12', 'quarter', '2025-q4'],
		['2025-01', 'half', '2025-h1'],
		['2025-06', 'half', '2025-h1'],
		['2025-07', 'half', '2025-h2'],
		['2025-12', 'half', '2025-h2'],
		['2025-07', 'month', '2025-07'],
	] as const)('%s by %s is in %s', (month, period, name) => {
		expect(segmentName(month, period)).toBe(name);
		expect(isSegmentName(name)).toBe(true);
	});

	test.each(['live', '2025-q5', '2025-13', '2025-h3', '2025-h0', '25', '2025/01', '../2025'])(
		'%s is no closed segment’s name',
		(name) => {
			expect(isSegmentName(name)).toBe(false);
		},
	);

	test.each([
		['2026-01', -1, '2025-12'],
		['2026-12', 1, '2027-01'],
		['2026-03', -14, '2025-01'],
	])('%s moved by %i months is %s', (month, n, expected) => {
		expect(addMonths(month, n)).toBe(expected);
	});

	const max = segmentNoticesMax;
	/** Closed notices per month of 2025, from a list for each month (January first). */
	const year = (counts: number[]) => new Map(counts.map((n, i) => [`2025-${String(i + 1).padStart(2, '0')}`, n]));
	const even = (total: number) =>
		Array.from({ length: 12 }, (_, i) => Math.floor(total / 12) + (i < total % 12 ? 1 : 0));
	test.each([
		['a year at the limit', 'year', 'year', even(max)],
		['one notice more', 'year', 'half', even(max + 1)],
		['two halves at the limit', 'year', 'half', Array(12).fill(max / 6)],
		['one half over it', 'year', 'half', [...even(max).slice(0, 6), max / 2 + 1, ...even(max).slice(7)]],
		['a first half over it, though the year is not over twice', 'year', 'month', [max + 1, ...Array(11).fill(0)]],
		['a quarter over it', 'year', 'month', [max / 2, max / 2, 1, ...Array(9).fill(0)]],
		['halves over it, quarters not', 'year', 'quarter', [max / 2, max / 2, 0, max, 0, 0, ...Array(6).fill(0)]],
		['quarters over it: months', 'year', 'month', even(4 * max + 4)],
		['a month over it: still months', 'year', 'month', [max + 1, ...Array(11).fill(1)]],
		['by quarter, small', 'quarter', 'quarter', even(12)],
		['by month', 'month', 'month', even(12)],
	] as const)('%s, by %s: %s', (_, period, expected, counts) => {
		expect(yearPeriods(year([...counts]), period).get('2025')).toBe(expected);
	});

	test('each year is split on its own; a split year’s segments are named by the finer period', () => {
		const day = (y: number, i: number) => {
			const t = Date.UTC(y, 0, 1, 2) + (i % 300) * 86_400_000;
			return entry(`${y}-${i}`, new Date(t).toISOString(), new Date(t + 3_600_000).toISOString());
		};
		const list = [
			...Array.from({ length: max + 1 }, (_, i) => day(2025, i)),
			...Array.from({ length: 10 }, (_, i) => day(2024, i)),
		];
		const names = planSegments(list, at('2026-12-01T10:00:00+08:00'), tz, 'year').closed.map((s) => s.name);
		expect(names).toEqual(['2024', '2025-h1', '2025-h2']);
		const fewer = planSegments(list.slice(1), at('2026-12-01T10:00:00+08:00'), tz, 'year').closed.map((s) => s.name);
		expect(fewer).toEqual(['2024', '2025']);
	});

	test('closed segments come oldest first, each with its months and entries in file order', () => {
		const list = [
			entry('b', '2025-11-05T08:00:00+08:00', '2025-11-05T18:00:00+08:00'),
			entry('a', '2024-02-05T08:00:00+08:00', '2024-02-05T18:00:00+08:00'),
			entry('c', '2025-02-05T08:00:00+08:00', '2025-02-05T18:00:00+08:00'),
		];
		const plan = planSegments(list, at('2026-12-01T10:00:00+08:00'), tz, 'year');
		expect(plan.closed).toEqual([
			{ name: '2024', months: ['2024-02'], entries: [1] },
			{ name: '2025', months: ['2025-02', '2025-11'], entries: [0, 2] },
		]);
	});
});
