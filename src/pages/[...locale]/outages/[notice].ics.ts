import type { APIRoute, GetStaticPaths } from 'astro';
import { getNotices } from '../../../data/collections.ts';
import { localeParams, type Locale } from '../../../i18n/index.ts';
import { feedResponse, siteFeeds } from '../../../data/feeds.ts';
import { cacheKey } from '../../../lib/build/cache-key.ts';
import { getOutageData } from '../../../data/outages.ts';

/** /outages/<id>.ics (and /en/): one notice as a single-event calendar file, for "add to calendar". */
export const getStaticPaths = (async () => {
	const [notices, { keys }] = await Promise.all([getNotices(), getOutageData()]);
	return localeParams().flatMap(({ params, props }) =>
		notices.map((n) => ({
			params: { ...params, notice: n.id },
			props: { ...props, notice: n.id },
			cacheKey: cacheKey(keys.base, props.locale, keys.notice(n)),
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { notice, locale } = props as { notice: string; locale: Locale };
	return feedResponse((await siteFeeds()).noticeIcs(notice, locale), 'ics');
};
