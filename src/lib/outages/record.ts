import type { Notice, NoticeKind } from '../../schemas/notice.ts';
import { instantFromZoned, zonedParts } from '../time.ts';
import { actualEnd } from './restoration.ts';

/** An area's outage record over a period: how often and how long the power was off. */
export interface OutageRecord {
	/** The period: from (inclusive) … to (exclusive), ISO instants. */
	from: string;
	to: string;
	/** Outages that took place (wholly or partly) in the period; cancelled and future ones do not count. */
	count: number;
	/** Hours without power within the period, to one decimal place. */
	hours: number;
	/** The same, by kind of outage. */
	byKind: Record<NoticeKind, { count: number; hours: number }>;
}

const HOUR = 3_600_000;
const round1 = (h: number) => Math.round(h * 10) / 10;

/**
 * The start of the 12 months before `now`: the same wall-clock time, 12 months earlier, in the utility's zone
 * (29 February falls back to 28 February).
 */
export function twelveMonthsBefore(now: Date | number, timeZone: string): Date {
	const p = zonedParts(new Date(now), timeZone);
	const year = p.year - 1;
	const lastDay = new Date(Date.UTC(year, p.month, 0)).getUTCDate();
	return instantFromZoned(
		{ year, month: p.month, day: Math.min(p.day, lastDay), hour: p.hour, minute: p.minute, second: p.second },
		timeZone,
	);
}

/**
 * The outage record of a set of notices (e.g. one area's) over the 12 months up to `now`. Each outage counts
 * once, and only the part of its window inside the period counts towards the hours: an outage in progress at
 * `now` counts up to `now`, one that began before the period counts from its start. A window across midnight or
 * the new year is one outage.
 */
export function outageRecord(notices: readonly Notice[], now: Date | number, timeZone: string): OutageRecord {
	const to = Number(now);
	const from = twelveMonthsBefore(to, timeZone).getTime();
	const byKind: OutageRecord['byKind'] = {
		planned: { count: 0, hours: 0 },
		temporary: { count: 0, hours: 0 },
		other: { count: 0, hours: 0 },
	};
	let count = 0;
	let ms = 0;
	for (const n of notices) {
		if (n.lifecycle === 'cancelled') continue;
		const start = Math.max(Date.parse(n.start), from);
		// Power was off until it actually came back: the reported restoration where known, else the planned end.
		const end = Math.min(Date.parse(actualEnd(n)), to);
		if (end <= start) continue;
		count++;
		ms += end - start;
		byKind[n.kind].count++;
		byKind[n.kind].hours += (end - start) / HOUR;
	}
	for (const k of Object.keys(byKind) as NoticeKind[]) byKind[k].hours = round1(byKind[k].hours);
	return {
		from: new Date(from).toISOString(),
		to: new Date(to).toISOString(),
		count,
		hours: round1(ms / HOUR),
		byKind,
	};
}

/**
 * The last instant inside the record's period (its end is exclusive): for a period that ends at midnight, the day
 * before, which is the last day the record covers and the one to name.
 */
export function recordLastDay(record: OutageRecord): Date {
	return new Date(Date.parse(record.to) - 1);
}
