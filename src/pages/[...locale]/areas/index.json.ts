/**
 * /areas/index.json (and /en/areas/index.json): the "find my area" index for one language, fetched by the
 * finder island on first use. See src/lib/areas/finder-index.ts for the format.
 */
import type { APIRoute } from 'astro';
import { localeParams, type Locale } from '../../../i18n/index.ts';
import { buildFinderIndex } from '../../../lib/areas/finder-index.ts';
import { getOutageData } from '../../../data/outages.ts';
import { livePaths } from '../../../data/segment.ts';

export const getStaticPaths = livePaths(localeParams);

export const GET: APIRoute = async ({ props }) => {
	const { areas } = await getOutageData();
	const body = JSON.stringify(buildFinderIndex(areas, (props as { locale: Locale }).locale));
	return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
