/**
 * What an area page shows (/areas/<id>/), worked out from the build's outage data: the page only arranges it.
 * The same model gives the page's incremental-build key, so the key covers exactly what the page renders.
 */
import type { Locale } from '../../i18n/index.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Unit } from '../../schemas/unit.ts';
import { unitsServing } from '../units/directory.ts';
import { childrenByPinyin, relatedAreaIds } from '../areas/area-groups.ts';
import { cacheKey } from '../build/cache-key.ts';
import { formatDate, startOfZonedDay } from '../time.ts';
import { alertShowing, alertsForArea } from './alerts.ts';
import { outageList, RECENT_MS, type OutageList } from './listing.ts';
import { outageRecord, recordLastDay, type OutageRecord } from './record.ts';
import { actualEnd } from './restoration.ts';
import { hasLiveStatus } from './status.ts';
import { areaChartMonths, noticesAffectingArea, type AreaChartMonth } from '../reliability/area-chart.ts';
import { reportWindow } from '../reliability/window.ts';
import type { OutageData } from './outage-data.ts';

/** How many of the latest earlier outages (within the record's 12 months) an area page lists. */
export const EARLIER_SHOWN = 20;

export interface AreaPageModel {
	area: Area;
	/** From the top-level district down to the area's parent. */
	ancestors: Area[];
	/** The top-level district the area lies in (the area itself for a district). */
	district: Area;
	/** Areas directly inside, in pinyin order. */
	children: Area[];
	/** The supply units serving the area (listing it or an area around it), nearest first. */
	units: Unit[];
	/** Alerts naming the area, an area around it or inside it (alerts for the whole service area come from /api/alerts.json). */
	alerts: Alert[];
	/** On now, coming, and ended in the last days: the area's own and those of the areas inside it. */
	list: OutageList;
	/** Whether any listed status can still change (the page then loads the live status script). */
	live: boolean;
	record: OutageRecord;
	/** The latest outages of the last 12 months not already in `list`, newest first. */
	earlier: Notice[];
	/** The 12-month chart: outages affecting the area (src/lib/reliability/area-chart.ts) month by month. */
	chart: AreaChartMonth[];
}

/** The area page model of `area` at the build's `now`. */
export function areaPageModel(
	area: Area,
	data: Pick<OutageData, 'areas' | 'areaIndex' | 'alerts' | 'now' | 'site'> & Partial<Pick<OutageData, 'units'>>,
): AreaPageModel {
	const { areas, areaIndex, alerts, now, site } = data;
	const notices = areaIndex.forArea(area.id);
	// The record and the list of outages ended in the last 7 days move on once a day, at midnight in the utility's
	// zone, not with every hourly build: the record covers whole days up to today (an outage in progress counts
	// from the next day on), so an area page changes when a status or a notice on it does, or the date.
	const today = startOfZonedDay(now, site.timeZone).getTime();
	const list = outageList(notices, now, today - RECENT_MS);
	const listed = new Set([...list.current, ...list.recent].map((i) => i.notice.id));
	const record = outageRecord(notices, today, site.timeZone);
	const yearAgo = Date.parse(record.from);
	const earlier = notices
		// Not listed: ended before the list's last days.
		.filter((n) => !listed.has(n.id) && Date.parse(actualEnd(n)) > yearAgo)
		.slice(-EARLIER_SHOWN)
		.reverse();
	const ancestors = area.ancestors.map((id) => areas.get(id) as Area);
	return {
		area,
		ancestors,
		district: ancestors[0] ?? area,
		children: childrenByPinyin(areas, area),
		units: unitsServing([...(data.units?.values() ?? [])], areas, area.id),
		alerts: alertsForArea(alerts, area.id, relatedAreaIds(areas, area.id)),
		list,
		live: hasLiveStatus(list.current) || hasLiveStatus(list.recent),
		record,
		earlier,
		chart: areaChartMonths(noticesAffectingArea(area, areaIndex), reportWindow(now, site.timeZone), site.timeZone),
	};
}

/**
 * The incremental-build key of an area page: the model as the page renders it (notices by content and status,
 * the record's figures and the dates of its period in words, the 12-month chart's counts, the alerts). Not the
 * build time: the page shows no "as of" time, so it is rebuilt when a status on it changes, not every hour.
 */
export function areaPageKey(
	model: AreaPageModel,
	locale: Locale,
	data: Pick<OutageData, 'keys' | 'now' | 'site'>,
): string {
	const { keys, now, site } = data;
	const { record } = model;
	const tz = site.timeZone;
	return cacheKey(
		keys.base,
		locale,
		model.area.id,
		keys.statuses(model.list.current),
		keys.statuses(model.list.recent),
		model.earlier.map(keys.notice),
		model.alerts.map((a) => `${keys.alert(a)}:${alertShowing(a, now)}`),
		[
			formatDate(record.from, tz, locale, 'full'),
			formatDate(recordLastDay(record), tz, locale, 'full'),
			record.count,
			record.hours,
			record.byKind,
		],
		// The chart's months and counts, not the exact now: it changes only when a count or the months do.
		model.chart,
		model.live,
	);
}
