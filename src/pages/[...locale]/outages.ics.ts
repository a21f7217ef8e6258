import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../i18n/index.ts';
import { feedResponse, siteFeeds } from '../../data/feeds.ts';
import { livePaths } from '../../data/segment.ts';

/** /outages.ics and /en/outages.ics: every notice as a calendar subscription. */
export const getStaticPaths = livePaths(localeParams);

export const GET: APIRoute = async ({ props }) =>
	feedResponse((await siteFeeds()).allIcs((props as { locale: Locale }).locale), 'ics');
