/**
 * The outage data every outage, area and home page shares, computed once per build from the memoised
 * collections: notices by id, the area index, the list at build time. Pages only look things up here.
 */
import { getAlerts, getAreas, getNotices } from '../../data/collections.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { cacheKey, memoKey } from '../build/cache-key.ts';
import { buildNow } from '../clock.ts';
import { getSite } from '../content/site-content.ts';
import { alertsToRender } from './alerts.ts';
import { buildAreaNoticeIndex, type AreaNoticeIndex } from './area-index.ts';
import { outageList, type ListedNotice, type OutageList } from './listing.ts';
import { outageStatus, type OutageStatus } from './status.ts';
import { utcOffsetLabel } from '../time.ts';

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
	/** Incremental-build keys (see src/lib/build/cache-key.ts). */
	keys: PageKeys;
}

/** The parts of incremental-build keys that pages share. */
export interface PageKeys {
	/**
	 * What every page shows around its content: the site settings (header, footer, contacts), the area tree
	 * (names in links everywhere) and the zone's UTC offset in the footer (it moves with daylight saving).
	 */
	base: string;
	/** A notice's content, serialised once per build. */
	notice: (n: Notice) => string;
	/** An alert's content. */
	alert: (a: Alert) => string;
	/**
	 * What a notice shows that moves with the clock: its status, and the build time while the status can still
	 * change (an "as of" time is shown next to it); a final status (ended, cancelled) is just itself.
	 */
	live: (n: Notice) => string;
	/** The key of a list of notices with their statuses, as lists and cards show them. */
	listed: (items: readonly ListedNotice[]) => string[];
}

/** Statuses that no later build can change: a page showing only these needs no "as of" time. */
export const finalStatuses: ReadonlySet<OutageStatus> = new Set(['ended', 'cancelled']);

/** Whether a list shows any status that can still change, and so an "as of" time. */
export function hasLiveStatus(items: readonly ListedNotice[]): boolean {
	return items.some((i) => !finalStatuses.has(i.status));
}

let data: Promise<OutageData> | undefined;

/** The shared outage data of this build. */
export function getOutageData(): Promise<OutageData> {
	data ??= (async () => {
		const [notices, areas, alerts] = await Promise.all([getNotices(), getAreas(), getAlerts()]);
		const now = buildNow();
		const site = getSite();
		const notice = memoKey<Notice>();
		const alert = memoKey<Alert>();
		const nowIso = now.toISOString();
		const live = (n: Notice) => {
			const status = outageStatus(n, now);
			return finalStatuses.has(status) ? status : `${status}@${nowIso}`;
		};
		const keys: PageKeys = {
			base: cacheKey(site, [...areas.values()], utcOffsetLabel(now, site.timeZone)),
			notice,
			alert,
			live,
			listed: (items) => items.map((i) => `${notice(i.notice)}:${live(i.notice)}`),
		};
		return {
			keys,
			site,
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
