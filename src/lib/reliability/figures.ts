/**
 * The service-quality figures (/reliability/, /api/reliability.json, /api/reliability.csv): for the whole service
 * area and each district, over the 12 months up to the build's now and month by month. Definitions (the page
 * states them in words):
 * - an outage is a notice that is not cancelled; it belongs to the window when its start lies in the window;
 * - hours without power run from the start to the actual end (`actualEnd`: the restoration time where reported,
 *   else the planned end), and only up to the build's now for an outage still on;
 * - announced on time: see lead-time.ts; repeat outages: see repeats.ts; which areas an outage affects: affected.ts.
 */
import type { Area } from '../../schemas/area.ts';
import type { Notice, NoticeKind } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { actualEnd } from '../outages/restoration.ts';
import { affectedDistrictIds } from './affected.ts';
import { announcedOnTime, firstAnnouncedStart, noticeGivenHours } from './lead-time.ts';
import { repeatAreas, type RepeatArea } from './repeats.ts';
import { reportWindow, zonedMonth, type ReportWindow } from './window.ts';
import { byCodeUnit } from '../order.ts';

const HOUR = 3_600_000;
/** Hours to one decimal place. */
export const round1 = (h: number): number => Math.round(h * 10) / 10;

export type KindCounts = Record<NoticeKind, number>;

/** Counts and hours of one period. */
export interface PeriodFigures {
	/** Outages (not cancelled) starting in the period. */
	outages: number;
	byKind: KindCounts;
	/** Cancelled notices whose start lies in the period. */
	cancelled: number;
	/** Hours without power, summed over the outages, to one decimal place. */
	hours: number;
	/** `hours` per outage, to one decimal place; null without outages. */
	averageHours: number | null;
	leadTime: {
		/** Outages whose kind has a lead time (more than 0 hours in site.json). */
		eligible: number;
		/** Of those, the ones announced on time. */
		onTime: number;
	};
}

/** An outage announced late. */
export interface LateNotice {
	id: string;
	kind: NoticeKind;
	/** Its start as first announced (ISO, as in the notice). */
	firstStart: string;
	publishedAt: string;
	/** Hours given, rounded down to one decimal place (negative: published after the start). */
	givenHours: number;
	requiredHours: number;
}

export interface MonthFigures extends PeriodFigures {
	/** `YYYY-MM` in the utility's zone. */
	month: string;
}

/** The figures of the whole area or one district. */
export interface ScopeFigures extends PeriodFigures {
	/** The outages not announced on time, in start order. */
	late: LateNotice[];
	repeatAreas: RepeatArea[];
	months: MonthFigures[];
}

export interface ReliabilityReport {
	window: ReportWindow;
	total: ScopeFigures;
	/** Each district (top-level area) in file order. */
	districts: Array<ScopeFigures & { id: string }>;
}

const emptyKinds = (): KindCounts => ({ planned: 0, temporary: 0, other: 0 });

/** Milliseconds without power of one outage, counted up to `now` while it is still on. */
export function outageMs(notice: Pick<Notice, 'start' | 'end' | 'restoredAt'>, now: number): number {
	return Math.max(0, Math.min(Date.parse(actualEnd(notice)), now) - Date.parse(notice.start));
}

/** The counts and hours of `notices` (any mix of outages and cancelled notices, all of one period). */
export function periodFigures(
	notices: readonly Notice[],
	now: number,
	leadTimeHours: SiteConfig['leadTimeHours'],
): PeriodFigures {
	const byKind = emptyKinds();
	let outages = 0;
	let cancelled = 0;
	let ms = 0;
	let eligible = 0;
	let onTime = 0;
	for (const n of notices) {
		if (n.lifecycle === 'cancelled') {
			cancelled++;
			continue;
		}
		outages++;
		byKind[n.kind]++;
		ms += outageMs(n, now);
		const ok = announcedOnTime(n, leadTimeHours);
		if (ok !== undefined) eligible++;
		if (ok) onTime++;
	}
	return {
		outages,
		byKind,
		cancelled,
		hours: round1(ms / HOUR),
		averageHours: outages ? round1(ms / HOUR / outages) : null,
		leadTime: { eligible, onTime },
	};
}

const byStart = (a: Notice, b: Notice) => Date.parse(a.start) - Date.parse(b.start) || byCodeUnit(a.id, b.id);

/** The figures of one scope from its notices whose start lies in the window (cancelled ones included). */
export function scopeFigures(
	notices: readonly Notice[],
	window: ReportWindow,
	site: Pick<SiteConfig, 'leadTimeHours' | 'timeZone'>,
	areas: ReadonlyMap<string, Area>,
	includeArea: (id: string) => boolean = () => true,
): ScopeFigures {
	const sorted = [...notices].sort(byStart);
	const outages = sorted.filter((n) => n.lifecycle !== 'cancelled');
	const byMonth = new Map<string, Notice[]>(window.months.map((m) => [m.month, []]));
	for (const n of sorted) byMonth.get(zonedMonth(n.start, site.timeZone))?.push(n);
	const late = outages
		.filter((n) => announcedOnTime(n, site.leadTimeHours) === false)
		.map((n): LateNotice => ({
			id: n.id,
			kind: n.kind,
			firstStart: firstAnnouncedStart(n),
			publishedAt: n.publishedAt,
			givenHours: Math.floor(noticeGivenHours(n) * 10) / 10,
			requiredHours: site.leadTimeHours[n.kind],
		}));
	return {
		...periodFigures(sorted, window.to, site.leadTimeHours),
		late,
		repeatAreas: repeatAreas(outages, areas, includeArea),
		months: window.months.map((m) => ({
			month: m.month,
			...periodFigures(byMonth.get(m.month) as Notice[], window.to, site.leadTimeHours),
		})),
	};
}

/** Whether `notice` starts in the window. */
export function inWindow(notice: Pick<Notice, 'start'>, window: Pick<ReportWindow, 'from' | 'to'>): boolean {
	const t = Date.parse(notice.start);
	return t >= window.from && t < window.to;
}

/** Every figure of the reliability page at `now`. */
export function reliabilityReport(
	notices: readonly Notice[],
	areas: ReadonlyMap<string, Area>,
	site: Pick<SiteConfig, 'leadTimeHours' | 'timeZone'>,
	now: Date | number,
): ReliabilityReport {
	const window = reportWindow(now, site.timeZone);
	const inside = notices.filter((n) => inWindow(n, window));
	const districts = [...areas.values()].filter((a) => a.depth === 0);
	const byDistrict = new Map<string, Notice[]>(districts.map((d) => [d.id, []]));
	for (const n of inside) for (const d of affectedDistrictIds(n, areas)) (byDistrict.get(d) as Notice[]).push(n);
	return {
		window,
		total: scopeFigures(inside, window, site, areas),
		districts: districts.map((d) => ({
			id: d.id,
			...scopeFigures(
				byDistrict.get(d.id) as Notice[],
				window,
				site,
				areas,
				(leaf) => (areas.get(leaf) as Area).ancestors[0] === d.id,
			),
		})),
	};
}
