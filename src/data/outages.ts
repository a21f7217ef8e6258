/**
 * The build's shared outage data (src/lib/outages/outage-data.ts), from the collections and the build's clock and,
 * in the live segment's build, the closed notices its pages can still show (src/data/segment.ts).
 */
import { historySince } from '../lib/build/segments/closed.ts';
import { buildNow } from '../lib/clock.ts';
import { archiveCounts } from '../lib/outages/listing.ts';
import { outageData } from '../lib/outages/outage-data.ts';
import { getAlerts, getAreas, getNotices, getSite, getUnits, noticeDigest } from './collections.ts';
import { once } from './once.ts';
import { getClosedArchive } from './segment.ts';

export type { OutageData } from '../lib/outages/outage-data.ts';

/** The shared outage data of this build. */
export const getOutageData = once(async () => {
	const [notices, areas, alerts, site, units, closed] = await Promise.all([
		getNotices(),
		getAreas(),
		getAlerts(),
		getSite(),
		getUnits(),
		getClosedArchive(),
	]);
	const now = buildNow();
	const history = closed?.history(historySince(now, site.timeZone));
	return outageData({
		notices,
		history: history?.notices,
		areas,
		alerts,
		site,
		units,
		now,
		digest: (n) => noticeDigest(n) ?? history?.digests.get(n),
	});
});

/** The archive's years and months with their number of notices, the closed segments' included. */
export const getArchiveCounts = once(async () => {
	const [{ own, site }, closed] = await Promise.all([getOutageData(), getClosedArchive()]);
	return archiveCounts(own, site.timeZone, closed?.months);
});
