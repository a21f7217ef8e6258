import { describe, expect, it } from 'vitest';
import { calendarMonths, dayPageDates } from '../../../src/lib/reliability/calendar.ts';
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
	at('a', '2026-11-30T08:00:00+08:00'), // before the calendar
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

describe('dayPageDates', () => {
	it('every date from the 1st of the current month with a notice starting, cancelled ones included', () => {
		expect(dayPageDates(notices, now, tz)).toEqual(['2026-12-03', '2027-01-01', '2027-02-28', '2027-03-01']);
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

	it('a day page for a notice starting on the 1st of the current month, none for the day before', () => {
		const first = [at('x', '2026-12-01T00:00:00+08:00'), at('y', '2026-11-30T23:59:00+08:00')];
		expect(dayPageDates(first, now, tz)).toEqual(['2026-12-01']);
	});
});
