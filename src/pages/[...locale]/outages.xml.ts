import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../i18n/index.ts';
import { feedResponse, siteFeeds } from '../../data/feeds.ts';
import { livePaths } from '../../data/segment.ts';

/** /outages.xml and /en/outages.xml: the most recently updated notices as an Atom feed. */
export const getStaticPaths = livePaths(localeParams);

export const GET: APIRoute = async ({ props }) =>
	feedResponse((await siteFeeds()).allAtom((props as { locale: Locale }).locale), 'atom');
