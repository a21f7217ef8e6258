import type { APIRoute } from 'astro';
import { buildNow } from '../../lib/clock.ts';
import { getSite } from '../../data/collections.ts';
import { feedResponse, siteFeeds } from '../../data/feeds.ts';

/** /api/outages.json: every notice, current and archived, both languages (format: src/schemas/outages-api.ts). */
export const GET: APIRoute = async () =>
	feedResponse((await siteFeeds()).apiJson(buildNow(), (await getSite()).hotline), 'json');
