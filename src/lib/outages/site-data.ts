/**
 * The outage data every outage, area and home page shares, computed once per build from the memoised
 * collections: notices by id, the area index, the list at build time. Pages only look things up here.
 */
import { getAlerts, getAreas, getNotices, getSite, getUnits, noticeDigest } from '../../data/collections.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Unit } from '../../schemas/unit.ts';
import { pageKeys, type PageKeys } from '../build/page-keys.ts';
import { buildNow } from '../clock.ts';
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
	/** Supply units by id, in file order. */
	units: Map<string, Unit>;
	areaIndex: AreaNoticeIndex;
	list: OutageList;
	/** Alerts not yet expired at build time, most severe first. */
	alerts: Alert[];
	/** Incremental-build keys (see src/lib/build/page-keys.ts). */
	keys: PageKeys;
}

let data: Promise<OutageData> | undefined;

/** The shared outage data of this build. */
export function getOutageData(): Promise<OutageData> {
	if (import.meta.env.DEV) data = undefined; // content may have changed since the last request
	data ??= (async () => {
		const [notices, areas, alerts, site, units] = await Promise.all([
			getNotices(),
			getAreas(),
			getAlerts(),
			getSite(),
			getUnits(),
		]);
		const now = buildNow();
		const keys = pageKeys(site, areas, now, noticeDigest, units);
		return {
			keys,
			site,
			now,
			notices,
			byId: new Map(notices.map((n) => [n.id, n])),
			areas,
			units: new Map(units.map((u) => [u.id, u])),
			areaIndex: buildAreaNoticeIndex(areas, notices),
			list: outageList(notices, now),
			alerts: alertsToRender(alerts, now),
		};
	})();
	return data;
}
