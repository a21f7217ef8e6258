/**
 * The build's shared outage data (src/lib/outages/outage-data.ts), from the collections and the build's clock.
 */
import { buildNow } from '../lib/clock.ts';
import { outageData } from '../lib/outages/outage-data.ts';
import { getAlerts, getAreas, getNotices, getSite, getUnits, noticeDigest } from './collections.ts';
import { once } from './once.ts';

export type { OutageData } from '../lib/outages/outage-data.ts';

/** The shared outage data of this build. */
export const getOutageData = once(async () => {
	const [notices, areas, alerts, site, units] = await Promise.all([
		getNotices(),
		getAreas(),
		getAlerts(),
		getSite(),
		getUnits(),
	]);
	return outageData({ notices, areas, alerts, site, units, now: buildNow(), digest: noticeDigest });
});
