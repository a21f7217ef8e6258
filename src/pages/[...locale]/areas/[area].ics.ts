import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/index.ts';
import { areaFeedPaths, feedResponse, siteFeeds } from '../../../data/feeds.ts';
import { livePaths } from '../../../data/segment.ts';

/** /areas/<id>.ics (and /en/): an area's notices, and those of every area inside it, as a calendar subscription. */
export const getStaticPaths = livePaths(areaFeedPaths) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { area, locale } = props as { area: string; locale: Locale };
	return feedResponse((await siteFeeds()).areaIcs(area, locale), 'ics');
};
