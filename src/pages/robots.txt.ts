/**
 * /robots.txt: everything may be crawled except the search index's internal files; the sitemap's address comes
 * from site.json's baseUrl, so a site moved to another domain points crawlers at its own sitemap.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../data/collections.ts';
import { robotsTxt } from '../lib/seo.ts';

export const GET: APIRoute = async () =>
	new Response(robotsTxt((await getSite()).baseUrl), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
