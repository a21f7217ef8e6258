/**
 * The JSON API document (`/api/outages.json`, format in `src/schemas/outages-api.ts`): every notice, both
 * languages, with area names and links added.
 */
import { localizePath } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { OUTAGES_API_VERSION, type ApiNotice, type OutagesApiDocument } from '../../schemas/outages-api.ts';
import { feedUrls } from '../feeds-urls.ts';
import { actualEnd } from '../outages/restoration.ts';
import { absoluteUrl } from '../seo.ts';
import { toZonedIso } from '../time.ts';
import type { FeedContext } from './notice-words.ts';
import { byCodeUnit } from '../order.ts';

/** Absolute URLs of a path in both languages. */
function bothLanguages(path: (locale: 'zh-cn' | 'en') => string, baseUrl: string): { zh: string; en: string } {
	return { zh: absoluteUrl(path('zh-cn'), baseUrl), en: absoluteUrl(path('en'), baseUrl) };
}

/** One notice as the API publishes it: the notice's own fields, unchanged and in order, then the additions. */
export function apiNotice(notice: Notice, ctx: FeedContext): ApiNotice {
	return {
		...notice,
		areaDetails: notice.areas.map((id) => {
			const area = ctx.areas.get(id);
			if (!area) throw new Error(`notice ${notice.id}: unknown area id "${id}"`);
			return { id, kind: area.kind, name: area.name, ancestors: area.ancestors };
		}),
		actualEnd: actualEnd(notice),
		unitLinks: bothLanguages((l) => localizePath(`/units/${notice.unit.id}/`, l), ctx.baseUrl),
		links: {
			html: bothLanguages((l) => localizePath(`/outages/${notice.id}/`, l), ctx.baseUrl),
			ics: bothLanguages((l) => feedUrls.noticeIcs(notice.id, l), ctx.baseUrl),
		},
	};
}

/** The latest `updatedAt` among `notices`, as written in the content; undefined when there are none. */
export function latestUpdate(notices: readonly Notice[]): string | undefined {
	let latest: string | undefined;
	for (const n of notices)
		if (latest === undefined || Date.parse(n.updatedAt) > Date.parse(latest)) latest = n.updatedAt;
	return latest;
}

/** The `publishedAt` of the notice published first (as written), or undefined when there are none. */
export function firstPublished(notices: readonly Notice[]): string | undefined {
	let first: string | undefined;
	for (const n of notices)
		if (first === undefined || Date.parse(n.publishedAt) < Date.parse(first)) first = n.publishedAt;
	return first;
}

/**
 * The whole API document. `generated` is the build's clock (`buildNow()`), passed in so the output is
 * reproducible; notices come sorted by id, as in `notices.json`.
 */
export function outagesApiDocument(
	notices: readonly Notice[],
	ctx: FeedContext & { hotline: string },
	generated: Date,
): OutagesApiDocument {
	const updated = latestUpdate(notices);
	const sorted = [...notices].sort((a, b) => byCodeUnit(a.id, b.id));
	return {
		version: OUTAGES_API_VERSION,
		generated: toZonedIso(generated, ctx.timeZone),
		...(updated ? { updated: toZonedIso(updated, ctx.timeZone) } : {}),
		timeZone: ctx.timeZone,
		publisher: { name: ctx.siteName, url: new URL(ctx.baseUrl).origin, hotline: ctx.hotline },
		links: {
			self: absoluteUrl(feedUrls.json, ctx.baseUrl),
			schema: absoluteUrl(feedUrls.jsonSchema, ctx.baseUrl),
			html: bothLanguages((l) => localizePath('/outages/', l), ctx.baseUrl),
			ics: bothLanguages(feedUrls.allIcs, ctx.baseUrl),
			atom: bothLanguages(feedUrls.allAtom, ctx.baseUrl),
		},
		notices: sorted.map((n) => apiNotice(n, ctx)),
	};
}
