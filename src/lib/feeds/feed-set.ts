/**
 * Every feed of the site, from one set of notices and areas, with the work shared: each notice is put into words,
 * into a VEVENT and into an Atom entry once per language, and the area → notices index is built once. With
 * 10,000 notices, 2,000 areas and two languages the site has tens of thousands of feed files; rebuilding these
 * parts per file would dominate the build.
 */
import { pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import { outagesApiJsonSchema } from '../../schemas/outages-api.ts';
import { buildAreaNoticeIndex, type AreaNoticeIndex } from '../outages/area-index.ts';
import { feedUrls } from './urls.ts';
import { localizePath } from '../../i18n/index.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { absoluteUrl } from '../seo.ts';
import { earlierStamp, firstPublishedStamp, outagesApiJson, type Stamp } from './api.ts';
import { ATOM_ENTRY_LIMIT, atomEntry, atomFeed } from './atom.ts';
import { calendarText, eventBlock, eventData } from './ics.ts';
import { noticeWords, type FeedContext, type NoticeWords } from './notice-words.ts';
import { byCodeUnit } from '../order.ts';

/**
 * How many events a subscribed calendar (all notices, or one area's) carries at most: the notices with the
 * latest start, i.e. everything upcoming and the most recent past. Calendar apps stop refreshing very large
 * subscriptions; each notice keeps its own .ics, and the JSON API carries every notice.
 */
export const ICS_EVENT_LIMIT = 1000;

/** The feed context from the site settings and the area tree. */
export function feedContext(
	site: Pick<SiteConfig, 'name' | 'baseUrl' | 'timeZone'>,
	areas: Map<string, Area>,
): FeedContext {
	return { siteName: site.name, baseUrl: site.baseUrl, timeZone: site.timeZone, areas };
}

/** What the choice of a feed's notices reads of a notice. */
export type FeedCandidate = Pick<Notice, 'id' | 'start' | 'updatedAt'>;

/** The notices a calendar subscription carries: the `limit` latest-starting, in time order. */
export function selectForCalendar<T extends Pick<Notice, 'id' | 'start'>>(
	notices: readonly T[],
	limit: number = ICS_EVENT_LIMIT,
): T[] {
	return sortedBy(notices, (n) => Date.parse(n.start), 1).slice(-limit);
}

/** The notices an Atom feed carries: the `limit` most recently updated, newest first (ties by id). */
export function selectForAtom<T extends Pick<Notice, 'id' | 'updatedAt'>>(
	notices: readonly T[],
	limit: number = ATOM_ENTRY_LIMIT,
): T[] {
	return sortedBy(notices, (n) => Date.parse(n.updatedAt), -1).slice(0, limit);
}

/** Sorted by a numeric key (computed once per notice), then by id; `direction` -1 for descending keys. */
function sortedBy<T extends Pick<Notice, 'id'>>(notices: readonly T[], key: (n: T) => number, direction: 1 | -1): T[] {
	return notices
		.map((n) => ({ n, k: key(n) }))
		.sort((a, b) => direction * (a.k - b.k) || byCodeUnit(a.n.id, b.n.id))
		.map((x) => x.n);
}

/** A notice's calendar event and Atom entry in each language, rendered: what a closed segment's build leaves. */
export interface NoticeParts {
	ics: Record<Locale, string>;
	atom: Record<Locale, string>;
}

/**
 * What the feeds of the live segment's build take from the closed segments (src/lib/build/segments/closed.ts):
 * for each area and for the whole site, the closed notices its feeds could carry (each closed segment's own choice
 * of them, made as the feeds make it, so the choice among them all is the choice among every notice), rendered.
 */
export interface ClosedFeeds {
	/** The candidates of an area's feeds (its notices and those of the areas inside it); `undefined`: the site's. */
	candidates(areaId: string | undefined): {
		calendar: readonly ClosedCandidate[];
		atom: readonly ClosedCandidate[];
	};
	/** A digest of an area's closed notices (every one, not only the candidates): part of its feeds' keys. */
	key(areaId: string): string | undefined;
	/** The earliest publication among the closed notices. */
	first: Stamp | undefined;
	/**
	 * The latest update among the closed notices: the API document's `updated`. Their records are not read here: the
	 * merge joins them into the live build's document (src/lib/build/segments/api-document.ts), so that a publish does
	 * not rewrite the archive's records through Astro.
	 */
	api: { latest: Stamp | undefined };
}

/** A closed notice as a feed chooses it, with its rendered parts. */
export interface ClosedCandidate extends FeedCandidate {
	parts(): NoticeParts;
}

export interface FeedSet {
	ctx: FeedContext;
	/** The notices of `areaId` and of every area inside it, in start order (the area page's roll-up); empty for an unknown area. */
	areaNotices(areaId: string): Notice[];
	/** The part of an area's feeds' keys that comes from closed segments (none in a whole-site build). */
	closedKey(areaId: string): string | undefined;
	/** /outages.ics in `locale`. */
	allIcs(locale: Locale): string;
	/** /areas/<id>.ics in `locale`. */
	areaIcs(areaId: string, locale: Locale): string;
	/** /outages/<id>.ics in `locale`: one event, for "add to calendar". */
	noticeIcs(noticeId: string, locale: Locale): string;
	/** /outages.xml in `locale`. */
	allAtom(locale: Locale): string;
	/** /areas/<id>.xml in `locale`. */
	areaAtom(areaId: string, locale: Locale): string;
	/**
	 * The `updated` of an Atom feed without entries (an area no notice has named yet): when the site's first notice
	 * was published, the feed being empty since. It stays put as notices are published, so a county's hundreds of
	 * villages without notices keep their feeds byte for byte (the latest update of any notice, used before, changed
	 * every empty feed on every publish). An empty area feed shows it, so its cache key carries it.
	 */
	emptyFeedUpdated: string;
	/** /api/outages.json, built at `generated`. */
	apiJson(generated: Date, hotline: string): string;
	/** /api/outages.schema.json. */
	apiSchemaJson(): string;
}

/** A per-notice, per-language memo. */
function memo<T>(make: (n: Notice, locale: Locale) => T): (n: Notice, locale: Locale) => T {
	const cache: Record<Locale, Map<string, T>> = { 'zh-cn': new Map(), en: new Map() };
	return (n, locale) => {
		let v = cache[locale].get(n.id);
		// Stryker disable next-line ConditionalExpression: equivalent; the memo only saves work, the value is the same
		if (v === undefined) {
			v = make(n, locale);
			// Stryker disable next-line CallExpression: equivalent; the memo only saves work
			cache[locale].set(n.id, v);
		}
		return v;
	};
}

/** One notice of a feed, this build's or a closed segment's, with its rendered parts. */
interface FeedItem extends FeedCandidate {
	block(l: Locale): string;
	entry(l: Locale): string;
}

/**
 * Builds the shared parts lazily: a page that needs one area's feed pays only for that area's notices. `closed`: the
 * closed segments' notices, where this is the live segment's build.
 */
export function createFeedSet(notices: readonly Notice[], ctx: FeedContext, closed?: ClosedFeeds): FeedSet {
	const byId = new Map(notices.map((n) => [n.id, n]));
	// The area roll-up the area pages use, built on the first area feed asked for.
	let index: AreaNoticeIndex | undefined;
	const areaNotices = (areaId: string): Notice[] =>
		(index ??= buildAreaNoticeIndex(ctx.areas, notices)).forArea(areaId);
	const words = memo<NoticeWords>((n, l) => noticeWords(n, ctx, l));
	const block = memo<string>((n, l) => eventBlock(eventData(n, ctx, l, words(n, l))));
	const entry = memo<string>((n, l) => atomEntry(n, ctx, l, words(n, l)));
	const emptySince = earlierStamp(firstPublishedStamp(notices), closed?.first)?.at ?? '1970-01-01T00:00:00Z';
	const siteName = (l: Locale) => pickText(ctx.siteName, l);
	const areaName = (id: string, l: Locale) => {
		const area = ctx.areas.get(id);
		if (!area) throw new Error(`unknown area id "${id}"`);
		return pickText(area.name, l);
	};
	const own = (n: Notice): FeedItem => ({
		id: n.id,
		start: n.start,
		updatedAt: n.updatedAt,
		block: (l) => block(n, l),
		entry: (l) => entry(n, l),
	});
	const other = (c: ClosedCandidate): FeedItem => ({
		id: c.id,
		start: c.start,
		updatedAt: c.updatedAt,
		block: (l) => c.parts().ics[l],
		entry: (l) => c.parts().atom[l],
	});
	// Which notices each feed carries does not depend on the language: chosen once per area, for both. Among this
	// build's notices and the closed segments' candidates, chosen as among all notices.
	const chosen = new Map<string, { calendar: FeedItem[]; atom: FeedItem[] }>();
	const choose = (areaId: string | undefined, list: () => readonly Notice[]) => {
		const key = areaId === undefined ? '' : `area:${areaId}`;
		let c = chosen.get(key);
		// Stryker disable next-line ConditionalExpression: equivalent; the memo only saves work, the choice is the same
		if (!c) {
			const mine = list().map(own);
			const more = closed?.candidates(areaId);
			c = {
				calendar: selectForCalendar(more ? [...mine, ...more.calendar.map(other)] : mine),
				atom: selectForAtom(more ? [...mine, ...more.atom.map(other)] : mine),
			};
			chosen.set(key, c);
		}
		return c;
	};
	const calendar = (list: readonly FeedItem[], l: Locale, name: string, pagePath: string, selfPath: string) =>
		calendarText(
			list.map((n) => n.block(l)),
			{ name, pagePath, selfPath },
			ctx,
			l,
		);
	const feed = (list: readonly FeedItem[], l: Locale, title: string, pagePath: string, selfPath: string) =>
		atomFeed(
			list,
			list.map((n) => n.entry(l)),
			{ title, pagePath, selfPath },
			ctx,
			l,
			emptySince,
		);
	return {
		ctx,
		areaNotices,
		closedKey: (id) => closed?.key(id),
		allIcs: (l) =>
			calendar(
				choose(undefined, () => notices).calendar,
				l,
				useTranslations(l).feeds.calendarName(siteName(l)),
				localizePath('/outages/', l),
				feedUrls.allIcs(l),
			),
		areaIcs: (id, l) =>
			calendar(
				choose(id, () => areaNotices(id)).calendar,
				l,
				useTranslations(l).feeds.areaCalendarName(siteName(l), areaName(id, l)),
				localizePath(`/areas/${id}/`, l),
				feedUrls.areaIcs(id, l),
			),
		noticeIcs: (id, l) => {
			const n = byId.get(id);
			if (!n) throw new Error(`unknown notice id "${id}"`);
			return calendarText(
				[block(n, l)],
				{
					name: useTranslations(l).feeds.noticeCalendarName(siteName(l)),
					pagePath: localizePath(`/outages/${id}/`, l),
					selfPath: feedUrls.noticeIcs(id, l),
					single: true,
				},
				ctx,
				l,
			);
		},
		allAtom: (l) =>
			feed(
				choose(undefined, () => notices).atom,
				l,
				useTranslations(l).feeds.calendarName(siteName(l)),
				localizePath('/outages/', l),
				feedUrls.allAtom(l),
			),
		areaAtom: (id, l) =>
			feed(
				choose(id, () => areaNotices(id)).atom,
				l,
				useTranslations(l).feeds.areaCalendarName(siteName(l), areaName(id, l)),
				localizePath(`/areas/${id}/`, l),
				feedUrls.areaAtom(id, l),
			),
		emptyFeedUpdated: emptySince,
		apiJson: (generated, hotline) => outagesApiJson(notices, { ...ctx, hotline }, generated, closed?.api),
		apiSchemaJson: () =>
			`${JSON.stringify(outagesApiJsonSchema(absoluteUrl(feedUrls.jsonSchema, ctx.baseUrl)), null, '\t')}\n`,
	};
}

let last: { notices: readonly Notice[]; areas: Map<string, Area>; closed?: ClosedFeeds; set: FeedSet } | undefined;

/**
 * The feed set of this build: made once for the build's notices and areas (the memoised collections) and, in the
 * live segment's build, the closed segments' feeds, shared by every feed endpoint.
 */
export function feedSetFor(
	notices: readonly Notice[],
	areas: Map<string, Area>,
	site: Pick<SiteConfig, 'name' | 'baseUrl' | 'timeZone'>,
	closed?: ClosedFeeds,
): FeedSet {
	if (last?.notices !== notices || last.areas !== areas || last.closed !== closed) {
		last = { notices, areas, closed, set: createFeedSet(notices, feedContext(site, areas), closed) };
	}
	return last.set;
}
