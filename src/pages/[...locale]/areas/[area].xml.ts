import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreas } from '../../../data/collections.ts';
import { localeParams, type Locale } from '../../../i18n/index.ts';
import { feedResponse, siteFeeds } from '../../../lib/feeds/site-feeds.ts';
import { cacheKey } from '../../../lib/build/cache-key.ts';
import { getOutageData } from '../../../lib/outages/site-data.ts';
import type { Notice } from '../../../schemas/notice.ts';

/** /areas/<id>.xml (and /en/): an area's notices, and those of every area inside it, as an Atom feed. */
export const getStaticPaths = (async () => {
	const [areas, feeds, { keys }] = await Promise.all([getAreas(), siteFeeds(), getOutageData()]);
	// An area's feed changes only with the notices in it (its own and those of the areas inside it); a feed without
	// any carries the site's latest update as its own (atomFeed), so that is its key.
	const feedKey = (list: readonly Notice[]) => (list.length > 0 ? cacheKey(list.map(keys.notice)) : cacheKey('empty', feeds.emptyFeedUpdated));
	const noticeKeys = new Map([...areas.keys()].map((area) => [area, feedKey(feeds.areaNotices(area))]));
	return localeParams().flatMap(({ params, props }) =>
		[...areas.keys()].map((area) => ({ params: { ...params, area }, props: { ...props, area }, cacheKey: cacheKey(keys.base, props.locale, area, noticeKeys.get(area)) })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { area, locale } = props as { area: string; locale: Locale };
	return feedResponse((await siteFeeds()).areaAtom(area, locale), 'atom');
};
