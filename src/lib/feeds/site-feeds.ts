/**
 * The feed set of the site being built, for the feed endpoints: the memoised collections and the site settings.
 * Only for Astro code (it reads `astro:content` through src/data/collections.ts); the generators themselves are
 * plain modules.
 */
import { getAreas, getNotices, getSite } from '../../data/collections.ts';
import { localeParams, type Locale } from '../../i18n/index.ts';
import { cacheKey } from '../build/cache-key.ts';
import { getOutageData } from '../outages/site-data.ts';
import { feedSetFor, type FeedSet } from './feed-set.ts';

/** The shared feed set of this build. */
export async function siteFeeds(): Promise<FeedSet> {
	return feedSetFor(await getNotices(), await getAreas(), await getSite());
}

/** Content types of the feeds: what a static host should send (see README, "Feeds and data for third parties"). */
export const feedContentTypes = {
	ics: 'text/calendar; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8',
	json: 'application/json; charset=utf-8',
	schema: 'application/json; charset=utf-8',
} as const;

/** A response with the body and its content type (used by the dev server; a static build writes the body). */
export function feedResponse(body: string, type: keyof typeof feedContentTypes): Response {
	return new Response(body, { headers: { 'Content-Type': feedContentTypes[type] } });
}

/**
 * The paths of an area feed route (`/areas/<id>.xml` or `.ics`, both languages), each keyed on the notices the feed
 * carries: an area's own and those of every area inside it, so a feed changes only with them. A feed without any
 * carries the date it shows instead (`FeedSet.emptyFeedUpdated`; an empty calendar shows none, so the same key
 * costs it nothing).
 */
export async function areaFeedPaths() {
	const [areas, feeds, { keys }] = await Promise.all([getAreas(), siteFeeds(), getOutageData()]);
	const noticeKeys = new Map(
		[...areas.keys()].map((area) => {
			const list = feeds.areaNotices(area);
			return [area, list.length > 0 ? cacheKey(list.map(keys.notice)) : cacheKey('empty', feeds.emptyFeedUpdated)];
		}),
	);
	return localeParams().flatMap(({ params, props }) =>
		[...areas.keys()].map((area) => ({
			params: { ...params, area },
			props: { ...props, area } as { locale: Locale; area: string },
			cacheKey: cacheKey(keys.base, props.locale, area, noticeKeys.get(area)),
		})),
	);
}
