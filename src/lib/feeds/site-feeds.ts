/**
 * The feed set of the site being built, for the feed endpoints: the memoised collections and the site settings.
 * Only for Astro code (it reads `astro:content` through src/data/collections.ts); the generators themselves are
 * plain modules.
 */
import { getAreas, getNotices, getSite } from '../../data/collections.ts';
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
