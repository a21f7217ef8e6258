/**
 * The outage data every outage, area and home page shares, computed once per build from the memoised
 * collections: notices by id, the area index, the list at build time. Pages only look things up here.
 */
import { getAlerts, getAreas, getNotices } from '../../data/collections.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { buildNow } from '../clock.ts';
import { getSite } from '../content/site-content.ts';
import { alertsToRender } from './alerts.ts';
import { buildAreaNoticeIndex, type AreaNoticeIndex } from './area-index.ts';
import { outageList, type OutageList } from './listing.ts';

export interface OutageData {
	site: SiteConfig;
	/** The build's "now". */
	now: Date;
	notices: Notice[];
	byId: Map<string, Notice>;
	areas: Map<string, Area>;
	areaIndex: AreaNoticeIndex;
	list: OutageList;
	/** Alerts not yet expired at build time, most severe first. */
	alerts: Alert[];
}

let data: Promise<OutageData> | undefined;

/** The shared outage data of this build. */
export function getOutageData(): Promise<OutageData> {
	data ??= (async () => {
		const [notices, areas, alerts] = await Promise.all([getNotices(), getAreas(), getAlerts()]);
		const now = buildNow();
		return {
			site: getSite(),
			now,
			notices,
			byId: new Map(notices.map((n) => [n.id, n])),
			areas,
			areaIndex: buildAreaNoticeIndex(areas, notices),
			list: outageList(notices, now),
			alerts: alertsToRender(alerts, now),
		};
	})();
	return data;
}
