/**
 * The period the service-quality figures cover: the 12 months up to the build's now, and its calendar months in
 * the utility's zone (the first and last usually partial).
 */
import { twelveMonthsBefore } from '../outages/record.ts';
import { instantFromZoned, zonedParts } from '../time.ts';

/** A period from `from` (inclusive) to `to` (exclusive), as epoch milliseconds. */
export interface Span {
	from: number;
	to: number;
}

/** One calendar month of the window, cut to the window at either end. */
export interface WindowMonth extends Span {
	/** `YYYY-MM` in the utility's zone. */
	month: string;
}

export interface ReportWindow extends Span {
	/** The calendar months the window touches, oldest first. */
	months: WindowMonth[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of `instant` in the zone. */
export function zonedMonth(instant: number | string, timeZone: string): string {
	const p = zonedParts(instant, timeZone);
	return `${p.year}-${pad(p.month)}`;
}

/** The instant the month `year`-`month` (1–12, may overflow into the next year) begins in the zone. */
export function monthStart(year: number, month: number, timeZone: string): number {
	const y = year + Math.floor((month - 1) / 12);
	const m = ((((month - 1) % 12) + 12) % 12) + 1;
	return instantFromZoned({ year: y, month: m, day: 1 }, timeZone).getTime();
}

/**
 * The window of the figures at `now`: from the same wall-clock time 12 months earlier (inclusive) to `now`
 * (exclusive), with its calendar months. A month is listed only if some of it lies in the window, so a build
 * exactly at midnight on the 1st lists 12 months, any other build 13 (the first and the current one partial).
 */
export function reportWindow(now: Date | number, timeZone: string): ReportWindow {
	const to = Number(now);
	const from = twelveMonthsBefore(to, timeZone).getTime();
	const first = zonedParts(from, timeZone);
	const months: WindowMonth[] = [];
	for (let i = 0; ; i++) {
		const start = monthStart(first.year, first.month + i, timeZone);
		if (start >= to) break;
		const next = monthStart(first.year, first.month + i + 1, timeZone);
		months.push({ month: zonedMonth(start, timeZone), from: Math.max(start, from), to: Math.min(next, to) });
	}
	return { from, to, months };
}
