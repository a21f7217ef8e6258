import type { Notice } from '../../schemas/notice.ts';
import { zonedDate } from '../time.ts';
import { outageStatus, type OutageStatus } from './status.ts';
import { actualEnd } from './restoration.ts';
import { byCodeUnit } from '../order.ts';

const DAY = 86_400_000;

/** How long an ended (or past cancelled) notice stays on the main list: 7 days after its end. */
export const RECENT_MS = 7 * DAY;

/** A notice with its status at the build time. */
export interface ListedNotice {
	notice: Notice;
	status: OutageStatus;
}

/** The main outage list at one moment: what is on now or coming, then what ended recently. */
export interface OutageList {
	/** In progress first, then upcoming by start time; cancelled notices whose window is still ahead sit at their start. */
	current: ListedNotice[];
	/** Ended (or cancelled with a past window) within the last 7 days, most recent first. */
	recent: ListedNotice[];
}

const byStart = (a: Notice, b: Notice) => Date.parse(a.start) - Date.parse(b.start) || byCodeUnit(a.id, b.id);
const byEndDesc = (a: Notice, b: Notice) =>
	Date.parse(actualEnd(b)) - Date.parse(actualEnd(a)) || byCodeUnit(a.id, b.id);

/**
 * Orders notices for the outage list at `now`: in progress first (earliest start first), then upcoming and
 * starting soon by start time, then those that ended within the last 7 days (or since `recentSince`, an instant),
 * latest end first. A cancelled notice stays listed where its window would have been, so readers who saw it before
 * learn that it is off. Older notices are left to the archive.
 */
export function outageList(notices: readonly Notice[], now: Date | number, recentSince?: number): OutageList {
	const t = Number(now);
	const since = recentSince ?? t - RECENT_MS;
	const inProgress: Notice[] = [];
	const ahead: Notice[] = [];
	const recent: Notice[] = [];
	for (const n of notices) {
		// An outage ends when power is back: the reported restoration where there is one.
		const end = Date.parse(actualEnd(n));
		if (end <= t) {
			if (end >= since) recent.push(n);
			continue;
		}
		if (n.lifecycle !== 'cancelled' && Date.parse(n.start) <= t) inProgress.push(n);
		else ahead.push(n);
	}
	const listed = (n: Notice): ListedNotice => ({ notice: n, status: outageStatus(n, t) });
	return {
		current: [...inProgress.sort(byStart), ...ahead.sort(byStart)].map(listed),
		recent: recent.sort(byEndDesc).map(listed),
	};
}

/** One day's section of the list: anchor id `d-YYYY-MM-DD`, so a date filter works as a plain link. */
export interface DateSection {
	/** `YYYY-MM-DD` in the utility's zone; `now` for the notices already in progress. */
	key: string;
	anchor: string;
	items: ListedNotice[];
}

/**
 * Splits the current list into sections: one for "in progress now", then one per calendar day (in the utility's
 * zone) of the start, in order. The sections' anchors give the no-JavaScript date filter.
 */
export function dateSections(current: readonly ListedNotice[], timeZone: string): DateSection[] {
	const sections: DateSection[] = [];
	const index = new Map<string, DateSection>();
	for (const item of current) {
		const key = item.status === 'in-progress' ? 'now' : zonedDate(item.notice.start, timeZone);
		let section = index.get(key);
		if (!section) {
			section = { key, anchor: key === 'now' ? 'now' : `d-${key}`, items: [] };
			index.set(key, section);
			sections.push(section);
		}
		section.items.push(item);
	}
	return sections;
}

/** Archive pages: every notice ever published, by year (of its start, in the utility's zone), then month. */
export interface ArchiveYear {
	year: string;
	months: Array<{ month: string; notices: Notice[] }>;
}

/** Groups every notice by year and month of its start, newest year first, months and notices in time order. */
export function archiveYears(notices: readonly Notice[], timeZone: string): ArchiveYear[] {
	const years = new Map<string, Map<string, Notice[]>>();
	for (const n of [...notices].sort(byStart)) {
		const date = zonedDate(n.start, timeZone);
		const year = date.slice(0, 4);
		const month = date.slice(0, 7);
		let months = years.get(year);
		if (!months) years.set(year, (months = new Map()));
		let list = months.get(month);
		if (!list) months.set(month, (list = []));
		list.push(n);
	}
	return [...years.entries()]
		.sort(([a], [b]) => byCodeUnit(b, a))
		.map(([year, months]) => ({
			year,
			months: [...months.entries()].map(([month, list]) => ({ month, notices: list })),
		}));
}

/** The archive's years by the number of notices of each month: what the archive's index and year pages show. */
export interface ArchiveYearCount {
	year: string;
	/** In time order. */
	months: Array<{ month: string; count: number }>;
	/** Notices in the year. */
	count: number;
}

/**
 * Every month with notices, counted, by year (newest year first, months in time order): the months of `notices`
 * (by start, in the utility's zone) and the counted months of `more` (closed segments' months, which never hold a
 * notice of `notices`).
 */
export function archiveCounts(
	notices: readonly Notice[],
	timeZone: string,
	more: ReadonlyMap<string, number> = new Map(),
): ArchiveYearCount[] {
	const months = new Map(more);
	for (const y of archiveYears(notices, timeZone))
		for (const m of y.months) months.set(m.month, (months.get(m.month) ?? 0) + m.notices.length);
	const years = new Map<string, ArchiveYearCount>();
	for (const [month, count] of [...months].sort(([a], [b]) => byCodeUnit(a, b))) {
		const year = month.slice(0, 4);
		let y = years.get(year);
		if (!y) years.set(year, (y = { year, months: [], count: 0 }));
		y.months.push({ month, count });
		y.count += count;
	}
	return [...years.values()].sort((a, b) => byCodeUnit(b.year, a.year));
}

/**
 * The notices on now or starting within `hours` (default 24) of `now`, in progress first: the home page's
 * short list. Cancelled notices are left out here; the full list shows them.
 */
export function nextHours(notices: readonly Notice[], now: Date | number, hours = 24): ListedNotice[] {
	const t = Number(now);
	// In progress means started, so within the hours too.
	return outageList(notices, t).current.filter(
		(i) => i.status !== 'cancelled' && Date.parse(i.notice.start) - t <= hours * 3_600_000,
	);
}

/**
 * The notices starting after the first `afterHours` (the home page's short list, `nextHours`) and within `days` of
 * `now`, by start; cancelled ones left out: the home page's look further ahead, so that "nothing in the next 24
 * hours" is never the last word when a cut is planned for next week.
 */
export function comingDays(notices: readonly Notice[], now: Date | number, days = 14, afterHours = 24): ListedNotice[] {
	const t = Number(now);
	return outageList(notices, t).current.filter((i) => {
		const ahead = Date.parse(i.notice.start) - t;
		return i.status !== 'cancelled' && ahead > afterHours * 3_600_000 && ahead <= days * DAY;
	});
}

/** How many notices /outages/ shows in full before later days become links to their own day pages. */
export const LIST_BUDGET = 120;

/**
 * Splits the date sections between the main list and day pages so /outages/ stays light on a phone whatever the
 * volume: what is on now always shows in full, then whole days while the running count stays within `budget`;
 * the remaining days are listed as links (with counts) to /outages/day/<date>/.
 */
export function splitSections(
	sections: readonly DateSection[],
	budget = LIST_BUDGET,
): { full: DateSection[]; linked: DateSection[] } {
	const full: DateSection[] = [];
	const linked: DateSection[] = [];
	let shown = 0;
	for (const s of sections) {
		if (s.key === 'now' || (linked.length === 0 && shown + s.items.length <= budget) || full.length === 0) {
			full.push(s);
			shown += s.items.length;
		} else linked.push(s);
	}
	return { full, linked };
}
