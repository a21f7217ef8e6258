/**
 * The small 12-month chart on area pages: an area's outages month by month, by kind, with the cancelled ones.
 * "An area's outages" follows the reliability page's definition of affecting: the notices naming the area or an
 * area inside it (the area page's own list), and those naming an area around it, since those affect it too.
 */
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { AreaNoticeIndex } from '../outages/area-index.ts';
import { inWindow, type KindCounts } from './figures.ts';
import { zonedMonth, type ReportWindow } from './window.ts';
import { byCodeUnit } from '../order.ts';

export interface AreaChartMonth {
	/** `YYYY-MM` in the utility's zone. */
	month: string;
	byKind: KindCounts;
	outages: number;
	cancelled: number;
}

/** The notices affecting `area`: its own and its inner areas' (the index's roll-up), and its enclosing areas'. */
export function noticesAffectingArea(area: Area, index: AreaNoticeIndex): Notice[] {
	const seen = new Set<string>();
	const out: Notice[] = [];
	for (const list of [index.forArea(area.id), ...area.ancestors.map((a) => index.direct(a))]) {
		for (const n of list) {
			if (seen.has(n.id)) continue;
			seen.add(n.id);
			out.push(n);
		}
	}
	// Start order, ties by id.
	return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || byCodeUnit(a.id, b.id));
}

/**
 * Month by month over the window, the outages (by kind) and cancellations among `notices` whose start lies in
 * the window. Depends on the clock only through the window, so a page keyed on the result changes only when a
 * count or the months do.
 */
export function areaChartMonths(notices: readonly Notice[], window: ReportWindow, timeZone: string): AreaChartMonth[] {
	const months = new Map<string, AreaChartMonth>(
		window.months.map((m) => [
			m.month,
			{ month: m.month, byKind: { planned: 0, temporary: 0, other: 0 }, outages: 0, cancelled: 0 },
		]),
	);
	for (const n of notices) {
		if (!inWindow(n, window)) continue;
		// A start in the window lies in one of its months.
		const m = months.get(zonedMonth(n.start, timeZone)) as AreaChartMonth;
		if (n.lifecycle === 'cancelled') m.cancelled++;
		else {
			m.outages++;
			m.byKind[n.kind]++;
		}
	}
	return [...months.values()];
}
