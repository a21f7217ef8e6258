/**
 * What /reliability/ shows, worked out from the build's outage data and figures: the page only arranges it. The
 * same inputs give the page's incremental-build key, so the key covers exactly what the page renders.
 */
import { localizePath, pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import { reliabilityText, type ReliabilityText } from '../../i18n/reliability.ts';
import type { Area } from '../../schemas/area.ts';
import { cacheKey } from '../build/cache-key.ts';
import type { OutageData } from '../outages/outage-data.ts';
import { formatDate, formatDateTime } from '../time.ts';
import type { BarChartInput } from './chart-svg.ts';
import { hoursChart, outagesChart } from './chart-inputs.ts';
import type { ReliabilityReport, ScopeFigures } from './figures.ts';
import { REPEAT_DAYS, REPEAT_MIN_OUTAGES } from './repeats.ts';
import { monthFrom, pastCalendarMonths } from './calendar.ts';

/** How many late outages the page lists in full; the downloads have them all. */
export const LATE_SHOWN = 50;

export interface ReliabilityPageModel {
	t: ReliabilityText;
	/** The period the figures cover, in words. */
	period: string;
	/** What the whole service area is called in tables and charts (全县, not the utility's name). */
	county: string;
	total: ScopeFigures;
	charts: { outages: BarChartInput; hours: BarChartInput };
	/** The caption of the whole area's month table. */
	monthCaption: string;
	/** Where each month of the tables is shown day by day: its calendar page, or the current calendar's grid. */
	monthHrefs: Record<string, string>;
	leadTimeHours: OutageData['site']['leadTimeHours'];
	/** Late outages as listed: the first LATE_SHOWN, each with its date and places in words. */
	late: Array<{ id: string; href: string; text: string; why: string }>;
	/** How many late outages are not listed. */
	lateMore: number;
	repeats: Array<{ id: string; href: string; name: string; district: string; count: number }>;
	districts: Array<{
		id: string;
		name: string;
		href: string;
		figures: ScopeFigures;
		chart: BarChartInput;
		caption: string;
	}>;
	definitions: string[];
	repeatRule: { min: number; days: number };
}

/**
 * The calendar page of each month the figures cover: the earlier months' own pages, and the current month's grid
 * on /outages/calendar/.
 */
export function calendarHrefs(now: Date | number, timeZone: string, locale: Locale): Record<string, string> {
	const hrefs: Record<string, string> = {};
	for (const m of pastCalendarMonths(now, timeZone)) hrefs[m] = localizePath(`/outages/calendar/${m}/`, locale);
	const current = monthFrom(now, timeZone, 0);
	hrefs[current] = localizePath(`/outages/calendar/#m-${current}`, locale);
	return hrefs;
}

/** The model of /reliability/ in `locale`. */
export function reliabilityPage(data: OutageData, report: ReliabilityReport, locale: Locale): ReliabilityPageModel {
	const t = reliabilityText(locale);
	const { areas, byId, site } = data;
	const tz = site.timeZone;
	const total = report.total;
	const county = t.totalScope;
	const area = (id: string) => areas.get(id) as Area;
	const areaName = (id: string) => pickText(area(id).name, locale);
	const areaHref = (id: string) => localizePath(`/areas/${id}/`, locale);
	const list = useTranslations(locale).common.listSeparator;
	return {
		t,
		period: t.period(
			formatDateTime(new Date(report.window.from), tz, locale),
			formatDateTime(new Date(report.window.to), tz, locale),
		),
		county,
		total,
		charts: {
			outages: outagesChart('chart-total-outages', county, total.months, t),
			hours: hoursChart('chart-total-hours', county, total.months, t),
		},
		monthCaption: t.districtMonthly(county),
		monthHrefs: calendarHrefs(data.now, tz, locale),
		leadTimeHours: site.leadTimeHours,
		late: total.late.slice(0, LATE_SHOWN).map((l) => {
			const n = byId.get(l.id);
			const places = n
				? n.areas
						.filter((a) => areas.has(a))
						.map(areaName)
						.join(list)
				: '';
			return {
				id: l.id,
				href: localizePath(`/outages/${l.id}/`, locale),
				text: `${formatDate(l.firstStart, tz, locale, 'full')}${places ? ` · ${places}` : ''}`,
				why: t.lateItem(String(l.givenHours), l.requiredHours),
			};
		}),
		lateMore: Math.max(0, total.late.length - LATE_SHOWN),
		repeats: total.repeatAreas.map((r) => ({
			id: r.id,
			href: areaHref(r.id),
			name: areaName(r.id),
			district: areaName(area(r.id).ancestors[0] ?? r.id),
			count: r.outages.length,
		})),
		districts: report.districts.map((d) => ({
			id: d.id,
			name: areaName(d.id),
			href: areaHref(d.id),
			figures: d,
			chart: outagesChart(`chart-${d.id}`, areaName(d.id), d.months, t),
			caption: t.districtMonthly(areaName(d.id)),
		})),
		definitions: t.definitions({ ...site.leadTimeHours, min: REPEAT_MIN_OUTAGES, days: REPEAT_DAYS }),
		repeatRule: { min: REPEAT_MIN_OUTAGES, days: REPEAT_DAYS },
	};
}

/**
 * The key of /reliability/: everything it shows is the report (window included, so it changes with the build's
 * now: the page belongs to the part rebuilt at every publish) with the lead times it states, around the shared
 * base (site, area names) and the late notices it lists (by content: their areas are named).
 */
export function reliabilityPageKey(data: OutageData, report: ReliabilityReport, locale: Locale): string {
	const late = report.total.late.map((l) => data.byId.get(l.id)).map((n) => (n ? data.keys.notice(n) : null));
	return cacheKey(data.keys.base, locale, data.site.leadTimeHours, report, late);
}
