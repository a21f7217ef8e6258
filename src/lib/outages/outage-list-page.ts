/**
 * What the outage list page (/outages/) shows at the build's `now`: the page only arranges it.
 */
import type { DateSection, OutageList } from './listing.ts';
import { dateSections, splitSections } from './listing.ts';

/** How many of the recently ended outages the list shows; every one stays on its day's page in the archive. */
export const RECENT_SHOWN = 60;

export interface OutageListPageModel {
	/** Days shown in full on the page ("now" first, then each day), within the page's budget. */
	sections: DateSection[];
	/** Later days, each linked to its own day page (/outages/day/<date>/). */
	linked: DateSection[];
	/** Ended in the last days, newest first, at most RECENT_SHOWN. */
	recent: OutageList['recent'];
	/** How many ended in the last days in all (the page says when it shows fewer). */
	recentTotal: number;
	/** Whether anything is on now or coming. */
	hasCurrent: boolean;
}

/** The outage list page's model from the build's list. */
export function outageListPageModel(list: OutageList, timeZone: string): OutageListPageModel {
	const days = dateSections(list.current, timeZone);
	const { full, linked } = days.length ? splitSections(days) : { full: [], linked: [] };
	return {
		sections: full,
		linked,
		recent: list.recent.slice(0, RECENT_SHOWN),
		recentTotal: list.recent.length,
		hasCurrent: list.current.length > 0,
	};
}
