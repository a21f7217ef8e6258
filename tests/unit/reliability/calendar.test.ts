import { describe, expect, it } from 'vitest';
import {
	calendarFirstDate,
	calendarMonths,
	dayPageDates,
	monthFrom,
	pastCalendarMonths,
} from '../../../src/lib/reliability/calendar.ts';
import { validNotice } from '../helpers.ts';

const tz = 'Asia/Shanghai';
const now = new Date('2026-12-01T10:00:00+08:00');
const at = (id: string, start: string, more = {}) =>
	validNotice({ id, start, end: start.replace(/T\d\d/, 'T23'), ...more });
const cancelled = {
	lifecycle: 'cancelled' as const,
	cancellation: { at: '2026-11-30T08:00:00+08:00', reason: { zh: '取消' } },
};
const notices = [
	at('a', '2026-11-30T08:00:00+08:00'), // before the current month: on last month's page
	at('b', '2026-12-03T08:00:00+08:00'),
	at('c', '2026-12-03T09:00:00+08:00'),
	at('d', '2026-12-03T10:00:00+08:00', cancelled),
	at('e', '2027-02-28T08:00:00+08:00'),
	at('f', '2027-03-01T08:00:00+08:00'), // after the third month
	at('g', '2026-12-31T16:30:00Z'), // 1 January 00:30 in Shanghai
];
const months = () => calendarMonths(notices, now, tz);
const day = (date: string) =>
	months()
		.flatMap((m) => m.weeks.flat())
		.find((d) => d?.date === date);

describe('calendarMonths', () => {
	it('shows the current month and the next two, across the new year', () => {
		expect(months().map((m) => m.month)).toEqual(['2026-12', '2027-01', '2027-02']);
	});

	it.each([
		['2026-12', 1, 5], // 1 Dec 2026 is a Tuesday: one blank Monday; 31 days → 5 weeks
		['2027-01', 4, 5], // 1 Jan 2027 is a Friday
		['2027-02', 0, 4], // 1 Feb 2027 is a Monday; 28 days → exactly 4 weeks
	])('%s: weeks from Monday, %i blank cells before the 1st, %i weeks', (month, blanks, weeks) => {
		const m = months().find((x) => x.month === month)!;
		expect(m.weeks).toHaveLength(weeks);
		expect(m.weeks[0].findIndex((c) => c !== null)).toBe(blanks);
		expect(m.weeks.every((w) => w.length === 7)).toBe(true);
	});

	it.each([
		['2026-12-01', 0, 0, true],
		['2026-12-03', 2, 1, false],
		['2027-01-01', 1, 0, false],
		['2027-02-28', 1, 0, false],
	])('%s: %i outages, %i cancelled, today %s', (date, outages, cancelledCount, today) => {
		expect(day(date)).toMatchObject({ outages, cancelled: cancelledCount, today });
	});
});

describe('earlier months', () => {
	it('the 12 months before the current one have pages of their own, oldest first', () => {
		expect(pastCalendarMonths(now, tz)).toEqual([
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06',
			'2026-07',
			'2026-08',
			'2026-09',
			'2026-10',
			'2026-11',
		]);
		expect(calendarFirstDate(now, tz)).toBe('2025-12-01');
	});

	it.each([
		['2026-12-01T10:00:00+08:00', 0, '2026-12'],
		['2026-12-01T10:00:00+08:00', -1, '2026-11'],
		['2026-12-01T10:00:00+08:00', -12, '2025-12'],
		['2026-12-01T10:00:00+08:00', 2, '2027-02'],
		['2026-01-15T10:00:00+08:00', -1, '2025-12'],
		// 1 January 00:30 in Shanghai is still 31 December in UTC: the month is the zone's.
		['2026-12-31T16:30:00Z', -1, '2026-12'],
	])('%s, %i months on: %s', (at, offset, month) => {
		expect(monthFrom(new Date(at), tz, offset)).toBe(month);
	});

	it('mid-month, the first earlier month counts from the day the 12 months begin (a build in segments reads no further)', () => {
		const later = new Date('2026-12-20T10:00:00+08:00');
		const before = [at('x', '2025-12-10T08:00:00+08:00'), at('y', '2025-12-20T08:00:00+08:00')];
		expect(calendarFirstDate(later, tz)).toBe('2025-12-20');
		const [dec] = calendarMonths(before, later, tz, 1, -12);
		const cell = (date: string) => dec.weeks.flat().find((d) => d?.date === date);
		expect(cell('2025-12-10')).toMatchObject({ counted: false, outages: 0 });
		expect(cell('2025-12-19')).toMatchObject({ counted: false });
		expect(cell('2025-12-20')).toMatchObject({ counted: true, outages: 1 });
		expect(dayPageDates(before, later, tz)).toEqual(['2025-12-20']);
	});

	it('a past month’s grid counts its days as the current calendar does', () => {
		const [nov] = calendarMonths(notices, now, tz, 1, -1);
		expect(nov.month).toBe('2026-11');
		expect(nov.weeks.flat().find((d) => d?.date === '2026-11-30')).toMatchObject({ outages: 1, today: false });
	});
});

describe('dayPageDates', () => {
	it('every date from the calendar’s first day (12 months back) with a notice starting, cancelled ones included', () => {
		expect(dayPageDates(notices, now, tz)).toEqual([
			'2026-11-30',
			'2026-12-03',
			'2027-01-01',
			'2027-02-28',
			'2027-03-01',
		]);
		expect(dayPageDates([at('old', '2025-11-30T08:00:00+08:00')], now, tz)).toEqual([]);
	});
});

describe('calendar cells', () => {
	it('each day knows its weekday, Monday 0 to Sunday 6', () => {
		const december = months()[0]
			.weeks.flat()
			.filter((d) => d !== null);
		// 1 December 2026 is a Tuesday.
		expect(december.slice(0, 8).map((d) => [d.day, d.weekday])).toEqual([
			[1, 1],
			[2, 2],
			[3, 3],
			[4, 4],
			[5, 5],
			[6, 6],
			[7, 0],
			[8, 1],
		]);
		expect(december.at(-1)).toMatchObject({ date: '2026-12-31', day: 31, weekday: 3 });
	});

	it('a day page for a notice starting on the calendar’s first day (12 months back), none for the day before', () => {
		expect(calendarFirstDate(now, tz)).toBe('2025-12-01');
		const first = [at('x', '2025-12-01T00:00:00+08:00'), at('y', '2025-11-30T23:59:00+08:00')];
		expect(dayPageDates(first, now, tz)).toEqual(['2025-12-01']);
	});
});
