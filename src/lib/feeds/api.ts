/**
 * The JSON API document (`/api/outages.json`, format in `src/schemas/outages-api.ts`): every notice, both
 * languages, with area names and links added.
 */
import { localizePath } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { OUTAGES_API_VERSION, type ApiNotice, type OutagesApiDocument } from '../../schemas/outages-api.ts';
import { feedUrls } from './urls.ts';
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

/** A time as written in a notice, with the notice's id: which notice holds the earliest or latest one. */
export interface Stamp {
	at: string;
	id: string;
}

/** Whether `a` comes before `b`: the earlier instant, or at the same instant the smaller id (by code unit). */
const before = (a: Stamp, b: Stamp) => {
	const d = Date.parse(a.at) - Date.parse(b.at);
	return d < 0 || (d === 0 && a.id < b.id);
};

/** The earlier of two stamps (either may be missing). */
export function earlierStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
	if (!a || !b) return a ?? b;
	return before(b, a) ? b : a;
}

/** The later of two stamps (either may be missing); at the same instant, the smaller id. */
export function laterStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
	if (!a || !b) return a ?? b;
	const d = Date.parse(b.at) - Date.parse(a.at);
	return d > 0 || (d === 0 && b.id < a.id) ? b : a;
}

/**
 * The latest `updatedAt` among `notices`, as written, with its notice (at the same instant, the smallest id, so the
 * answer does not depend on the order the notices come in); undefined when there are none.
 */
export function latestUpdateStamp(notices: readonly Pick<Notice, 'id' | 'updatedAt'>[]): Stamp | undefined {
	let latest: Stamp | undefined;
	for (const n of notices) latest = laterStamp(latest, { at: n.updatedAt, id: n.id });
	return latest;
}

/** The earliest `publishedAt` among `notices`, as written, with its notice (ties: the smallest id). */
export function firstPublishedStamp(notices: readonly Pick<Notice, 'id' | 'publishedAt'>[]): Stamp | undefined {
	let first: Stamp | undefined;
	for (const n of notices) first = earlierStamp(first, { at: n.publishedAt, id: n.id });
	return first;
}

/** The latest `updatedAt` among `notices`, as written in the content; undefined when there are none. */
export function latestUpdate(notices: readonly Notice[]): string | undefined {
	return latestUpdateStamp(notices)?.at;
}

/** The `publishedAt` of the notice published first (as written), or undefined when there are none. */
export function firstPublished(notices: readonly Notice[]): string | undefined {
	return firstPublishedStamp(notices)?.at;
}

/**
 * The whole API document. `generated` is the build's clock (`buildNow()`), passed in so the output is
 * reproducible; notices come sorted by id, as in `notices.json`.
 */
export function outagesApiDocument(
	notices: readonly Notice[],
	ctx: FeedContext & { hotline: string },
	generated: Date,
	updated: string | undefined = latestUpdate(notices),
): OutagesApiDocument {
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

/**
 * The API document as text: `JSON.stringify(outagesApiDocument(…))` of `notices`. `elsewhere`: notices whose
 * records another step joins into this document (a segmented build's merge, src/lib/build/segments/api-document.ts):
 * `updated` is then the latest update of them all, so that the joined document is byte for byte one of every notice.
 */
export function outagesApiJson(
	notices: readonly Notice[],
	ctx: FeedContext & { hotline: string },
	generated: Date,
	elsewhere?: { latest: Stamp | undefined },
): string {
	const updated = elsewhere ? laterStamp(latestUpdateStamp(notices), elsewhere.latest)?.at : latestUpdate(notices);
	return JSON.stringify(outagesApiDocument(notices, ctx, generated, updated));
}
