/**
 * Which notices the live segment builds and which closed segment holds each of the others: the rule that closes a
 * notice, and the period that groups closed notices into segments (docs/publishing.md, "Segments").
 *
 * A notice is **closed** when its month is: the month its outage starts in, counted in the utility's zone (the
 * month of its archive page and of its search bundle). A month closes at the start of the month after next (on
 * 1 December, October and earlier are closed), provided every outage of the month has been over for
 * `SETTLED_MS` (cancelled ones included): by then its restoration time has been reported (on the day), the next
 * monthly scheduling export that could correct it has been imported, and no status can change (an ended or
 * cancelled outage stays so). A month with a later outage stays open whole, so an archive month page and its
 * notices are always built together. Nothing stops staff correcting a closed notice: its segment is then stale and
 * built again, which costs more than a live publish but gives the same bytes.
 *
 * The planner reads notices.json as written (before validation, which each segment's build does for its own
 * notices): an entry whose id, start or end it cannot read, or whose id is used twice, stays live, where the live
 * build reports it with the usual message.
 */
import { startOfZonedDay, zonedDate } from '../../time.ts';

const DAY = 86_400_000;

/**
 * How long every outage of a month must have been over before the month closes: the 7 days the outage lists keep
 * an ended outage (listing.ts RECENT_MS, counted from midnight on area pages), and a day more, so a closed notice
 * is never on a list a publish rebuilds.
 */
export const SETTLED_MS = 8 * DAY;

/** How closed months are grouped into segments, each built (and cached in CI) on its own. */
export type SegmentPeriod = 'year' | 'half' | 'quarter' | 'month';

/** Coarsest first. */
export const segmentPeriods: readonly SegmentPeriod[] = ['year', 'half', 'quarter', 'month'];

/**
 * The period of closed segments, chosen by measurement (docs/publishing.md, "Choosing the period"): a year's
 * segment is one build's fixed cost (Vite, Pagefind's start) per year of archive, and one bundle the search page
 * merges for past notices.
 */
export const defaultPeriod: SegmentPeriod = 'year';

/**
 * The most closed notices a segment should hold: a year of more is built in halves, or quarters, or months, the
 * coarsest whose every part holds at most this many. A segment's build costs about 10 s plus 20 ms a notice on a
 * 2-core machine, and the slowest segment is the wall time of a parallel build: 2,000 keeps it under a minute
 * (docs/publishing.md, "Choosing the period").
 */
export const segmentNoticesMax = 2000;

/** The name of the live segment. */
export const liveSegment = 'live';

/** `YYYY-MM` → `YYYY-MM` moved by `n` months. */
export function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number);
	const total = y * 12 + (m - 1) + n;
	return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The segment a closed month belongs to by `period`: `2025`, `2025-h1`, `2025-q1` or `2025-03`. */
export function segmentName(month: string, period: SegmentPeriod): string {
	if (period === 'month') return month;
	if (period === 'year') return month.slice(0, 4);
	const m = Number(month.slice(5, 7)) - 1;
	return period === 'half'
		? `${month.slice(0, 4)}-h${Math.floor(m / 6) + 1}`
		: `${month.slice(0, 4)}-q${Math.floor(m / 3) + 1}`;
}

/** Whether `name` can name a closed segment (and its search bundle and folders). */
export function isSegmentName(name: string): boolean {
	return /^\d{4}(-h[12]|-q[1-4]|-(0[1-9]|1[0-2]))?$/.test(name);
}

/**
 * The period each year's closed months are grouped by: `period`, or where a part would hold more than
 * `segmentNoticesMax` notices, the next finer period whose parts all hold at most that many (months at the finest).
 */
export function yearPeriods(perMonth: ReadonlyMap<string, number>, period: SegmentPeriod): Map<string, SegmentPeriod> {
	const years = new Map<string, string[]>();
	for (const m of perMonth.keys()) years.set(m.slice(0, 4), [...(years.get(m.slice(0, 4)) ?? []), m]);
	const out = new Map<string, SegmentPeriod>();
	for (const [year, months] of years) {
		const fits = (p: SegmentPeriod) => {
			const parts = new Map<string, number>();
			for (const m of months)
				parts.set(segmentName(m, p), (parts.get(segmentName(m, p)) ?? 0) + (perMonth.get(m) ?? 0));
			return [...parts.values()].every((n) => n <= segmentNoticesMax);
		};
		const finer = segmentPeriods.slice(segmentPeriods.indexOf(period));
		out.set(year, finer.find(fits) ?? 'month');
	}
	return out;
}

/** An entry of notices.json as the planner reads it: what the closing rule needs, if readable. */
interface Timing {
	id: string;
	month: string;
	/** When power is back (or the cancelled window would have ended): `restoredAt`, else `end`. */
	endMs: number;
}

const HOUR = 3_600_000;

/**
 * The month (`YYYY-MM`) of an instant in `timeZone`. No zone is more than 14 hours from UTC, so an instant that is in
 * the same UTC month 14 hours either side is in that month everywhere: only those near a month's end need the zone
 * (a notices.json of 50,000 entries is read on every build).
 */
export function monthOf(iso: string, timeZone: string): string {
	const t = Date.parse(iso);
	const before = new Date(t - 14 * HOUR).toISOString().slice(0, 7);
	return before === new Date(t + 14 * HOUR).toISOString().slice(0, 7) ? before : zonedDate(iso, timeZone).slice(0, 7);
}

const isoOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The closing rule's view of a raw entry, or null when it cannot be read (the live build reports it). */
function timing(raw: unknown, timeZone: string): Timing | null {
	if (!raw || typeof raw !== 'object') return null;
	const { id, start, end, restoredAt } = raw as Record<string, unknown>;
	if (typeof id !== 'string' || typeof start !== 'string' || typeof end !== 'string') return null;
	const over = typeof restoredAt === 'string' ? restoredAt : end;
	if (![start, over].every((t) => isoOffset.test(t) && Number.isFinite(Date.parse(t)))) return null;
	return { id, month: monthOf(start, timeZone), endMs: Date.parse(over) };
}

/** One closed segment: its months (oldest first) and its entries of notices.json (indexes, in file order). */
export interface ClosedSegment {
	name: string;
	months: string[];
	entries: number[];
}

export interface SegmentPlan {
	/** The build's clock, ISO. */
	now: string;
	timeZone: string;
	period: SegmentPeriod;
	/** The last month that may be closed (months after it are open whatever their outages). */
	closableThrough: string;
	/** The closed segments, oldest first. */
	closed: ClosedSegment[];
	/** The live segment's entries of notices.json (indexes, in file order). */
	live: number[];
}

/**
 * What the closing rule compares notices with at `now`: the last month that may be closed, and the instant by which
 * every outage of a closed month must have ended (the start of today, less SETTLED_MS). The plan of the same entries
 * is the same while both are.
 */
export function closingInstants(now: Date, timeZone: string): { closableThrough: string; settledBy: number } {
	return {
		closableThrough: addMonths(zonedDate(now, timeZone).slice(0, 7), -2),
		settledBy: startOfZonedDay(now, timeZone).getTime() - SETTLED_MS,
	};
}

/**
 * Splits the entries of notices.json (`raw`, as parsed) into the live segment and closed segments at `now`.
 * Depends only on the entries, the clock and the zone, so a warm and a cold build agree.
 */
export function planSegments(
	raw: readonly unknown[],
	now: Date,
	timeZone: string,
	period: SegmentPeriod = defaultPeriod,
): SegmentPlan {
	const { closableThrough, settledBy } = closingInstants(now, timeZone);
	const timings = raw.map((r) => timing(r, timeZone));
	const idCount = new Map<string, number>();
	for (const t of timings) if (t) idCount.set(t.id, (idCount.get(t.id) ?? 0) + 1);
	// A month with an unsettled outage (or one the planner cannot place) stays open whole.
	const open = new Set<string>();
	for (const t of timings) if (t && (t.month > closableThrough || t.endMs > settledBy)) open.add(t.month);
	const closedMonth = (t: Timing | null): t is Timing =>
		t !== null && idCount.get(t.id) === 1 && t.month <= closableThrough && !open.has(t.month);
	const live: number[] = [];
	const perMonth = new Map<string, number>();
	for (const t of timings) if (closedMonth(t)) perMonth.set(t.month, (perMonth.get(t.month) ?? 0) + 1);
	const periods = yearPeriods(perMonth, period);
	const nameOf = (month: string) => segmentName(month, periods.get(month.slice(0, 4)) ?? period);
	const segments = new Map<string, ClosedSegment>();
	timings.forEach((t, i) => {
		if (!closedMonth(t)) {
			live.push(i);
			return;
		}
		const name = nameOf(t.month);
		let s = segments.get(name);
		if (!s) segments.set(name, (s = { name, months: [], entries: [] }));
		if (!s.months.includes(t.month)) s.months.push(t.month);
		s.entries.push(i);
	});
	const closed = [...segments.values()]
		.map((s) => ({ ...s, months: s.months.sort() }))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	return { now: now.toISOString(), timeZone, period, closableThrough, closed, live };
}

/** The months of every closed segment, each with its segment's name. */
export function closedMonthIndex(plan: Pick<SegmentPlan, 'closed'>): Map<string, string> {
	return new Map(plan.closed.flatMap((s) => s.months.map((m) => [m, s.name] as const)));
}
