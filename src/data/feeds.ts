/**
 * The feed set of the site being built (src/lib/feeds/feed-set.ts, memoised there on its inputs) and the paths of
 * the area feed routes. In the live segment's build, the feeds carry the closed segments' notices too, from what
 * their builds left (src/lib/build/segments/summary.ts).
 */
import { areaFeedPaths as areaFeedPathsOf } from '../lib/feeds/area-feed-paths.ts';
import { feedSetFor, type FeedSet } from '../lib/feeds/feed-set.ts';
import { getAreas, getNotices, getSite } from './collections.ts';
import { getOutageData } from './outages.ts';
import { getClosedArchive } from './segment.ts';

export { feedResponse } from '../lib/feeds/content-types.ts';

/** The shared feed set of this build. */
export async function siteFeeds(): Promise<FeedSet> {
	return feedSetFor(await getNotices(), await getAreas(), await getSite(), (await getClosedArchive())?.feeds);
}

/** The paths of an area feed route, keyed on the notices each feed carries. */
export async function areaFeedPaths() {
	const [areas, feeds, { keys }] = await Promise.all([getAreas(), siteFeeds(), getOutageData()]);
	return areaFeedPathsOf([...areas.keys()], feeds, keys);
}
