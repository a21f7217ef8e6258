/**
 * The outage calendar: the current month and the next two as month grids on /outages/calendar/, and each of the 12
 * months before it — the months /reliability/ counts — on a page of its own (/outages/calendar/<yyyy-mm>/), weeks
 * from Monday (as Chinese calendars print them), each day with the outages starting on it and the cancelled ones.
 * The day pages (/outages/day/<date>/) list the same notices, for every day of those 15 months with any.
 */
import type { Notice } from '../../schemas/notice.ts';
import { zonedDate, zonedParts } from '../time.ts';
import { reportWindow } from './window.ts';

/** How many months the calendar shows, the current one first. */
export const CALENDAR_MONTHS = 3;
/**
 * How many months before the current one have a calendar page: those the service-quality figures cover (their
 * 12-month window starts in the 12th month back), so that every month of /reliability/ can be checked day by day.
 */
export const CALENDAR_PAST_MONTHS = 12;

/** One day cell of a month grid. */
export interface CalendarDay {
	/** `YYYY-MM-DD`. */
	date: string;
	day: number;
	/** 0 Monday … 6 Sunday. */
	weekday: number;
	/** Outages (not cancelled) starting on the day. */
	outages: number;
	/** Cancelled notices whose window would have started on the day. */
	cancelled: number;
	/** The build's own date. */
	today: boolean;
	/**
	 * Whether the day is one the calendar counts: false before its first day (the date the service-quality window
	 * starts, 12 months back), whose notices a build in segments no longer reads (docs/publishing.md).
	 */
	counted: boolean;
}

export interface CalendarMonth {
	/** `YYYY-MM`. */
	month: string;
	year: number;
	monthNumber: number;
	/** Weeks of 7 cells, Monday first; `null` pads before the 1st and after the last day. */
	weeks: Array<Array<CalendarDay | null>>;
}

const pad = (x: number) => String(x).padStart(2, '0');

/** The notices starting on each date (`YYYY-MM-DD` in the zone), in the order given. */
export function noticesByStartDate(notices: readonly Notice[], timeZone: string): Map<string, Notice[]> {
	const out = new Map<string, Notice[]>();
	for (const n of notices) {
		const d = zonedDate(n.start, timeZone);
		const list = out.get(d);
		if (list) list.push(n);
		else out.set(d, [n]);
	}
	return out;
}

/** The month `offset` months after (before, if negative) `now`'s month in the zone: `YYYY-MM`. */
export function monthFrom(now: Date | number, timeZone: string, offset: number): string {
	const p = zonedParts(now, timeZone);
	const index = p.year * 12 + p.month - 1 + offset;
	return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The months with a calendar page of their own at `now`, oldest first: the CALENDAR_PAST_MONTHS before this one. */
export function pastCalendarMonths(now: Date | number, timeZone: string): string[] {
	return Array.from({ length: CALENDAR_PAST_MONTHS }, (_, i) => monthFrom(now, timeZone, i - CALENDAR_PAST_MONTHS));
}

/**
 * The first date the calendar counts at `now`, `YYYY-MM-DD`: the day the service-quality window starts (the same date
 * 12 months back), in the first of its earlier months. The live build of a site built in segments reads the closed
 * notices of the 12 months back from midnight and no further, so a day before it could not be counted whole.
 */
export function calendarFirstDate(now: Date | number, timeZone: string): string {
	return zonedDate(new Date(reportWindow(now, timeZone).from), timeZone);
}

/**
 * The calendar at `now`: `count` month grids from the month `offset` months from the current one (by default the
 * current month and the next two), with each day's counts.
 */
export function calendarMonths(
	notices: readonly Notice[],
	now: Date | number,
	timeZone: string,
	count = CALENDAR_MONTHS,
	offset = 0,
): CalendarMonth[] {
	const byDate = noticesByStartDate(notices, timeZone);
	const p = zonedParts(now, timeZone);
	const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
	const first = calendarFirstDate(now, timeZone);
	const months: CalendarMonth[] = [];
	for (let i = 0; i < count; i++) {
		const [year, monthNumber] = monthFrom(now, timeZone, offset + i)
			.split('-')
			.map(Number);
		const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
		// Calendar arithmetic on dates only: UTC is just a proleptic calendar here, not a zone.
		const firstWeekday = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7;
		const cells: Array<CalendarDay | null> = Array.from({ length: firstWeekday }, () => null);
		for (let d = 1; d <= days; d++) {
			const date = `${year}-${pad(monthNumber)}-${pad(d)}`;
			const counted = date >= first;
			const list = counted ? (byDate.get(date) ?? []) : [];
			const cancelled = list.filter((n) => n.lifecycle === 'cancelled').length;
			cells.push({
				date,
				day: d,
				weekday: (firstWeekday + d - 1) % 7,
				outages: list.length - cancelled,
				cancelled,
				today: date === today,
				counted,
			});
		}
		while (cells.length % 7 !== 0) cells.push(null);
		const weeks: CalendarMonth['weeks'] = [];
		for (let w = 0; w < cells.length; w += 7) weeks.push(cells.slice(w, w + 7));
		months.push({ month: `${year}-${pad(monthNumber)}`, year, monthNumber, weeks });
	}
	return months;
}

/**
 * The dates that get a day page at `now`: every date from the calendar's first day on (calendarFirstDate) on which
 * some notice starts, cancelled ones included, so every calendar link and every later day of the
 * outage list has its page. Sorted. A past day's notices no longer change status, so its page (keyed on them) is
 * rendered once and skipped by later builds.
 */
export function dayPageDates(notices: readonly Notice[], now: Date | number, timeZone: string): string[] {
	const first = calendarFirstDate(now, timeZone);
	return [...noticesByStartDate(notices, timeZone).keys()].filter((d) => d >= first).sort();
}
