/**
 * The paths of an area feed route (`/areas/<id>.xml` or `.ics`, both languages), each keyed on the notices the feed
 * carries: an area's own and those of every area inside it, so a feed changes only with them. A feed without any
 * carries the date it shows instead (`FeedSet.emptyFeedUpdated`; an empty calendar shows none, so the same key
 * costs it nothing).
 */
import { localeParams, type Locale } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { cacheKey } from '../build/cache-key.ts';
import type { PageKeys } from '../build/page-keys.ts';
import type { FeedSet } from './feed-set.ts';

export function areaFeedPaths(
	areaIds: readonly string[],
	feeds: Pick<FeedSet, 'areaNotices' | 'emptyFeedUpdated' | 'closedKey'>,
	keys: Pick<PageKeys, 'base'> & { notice: (n: Notice) => string },
) {
	const noticeKeys = new Map(
		areaIds.map((area) => {
			const list = feeds.areaNotices(area);
			// The area's notices in closed segments (the live segment's build), by their digest.
			const closed = feeds.closedKey(area);
			return [
				area,
				list.length > 0 || closed !== undefined
					? cacheKey(list.map(keys.notice), closed ?? null)
					: cacheKey('empty', feeds.emptyFeedUpdated),
			];
		}),
	);
	return localeParams().flatMap(({ params, props }) =>
		areaIds.map((area) => ({
			params: { ...params, area },
			props: { ...props, area } as { locale: Locale; area: string },
			cacheKey: cacheKey(keys.base, props.locale, area, noticeKeys.get(area)),
		})),
	);
}
