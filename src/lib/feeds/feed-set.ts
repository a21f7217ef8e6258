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
import { feedUrls } from '../feeds-urls.ts';
import { localizePath } from '../../i18n/index.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { absoluteUrl } from '../seo.ts';
import { firstPublished, outagesApiDocument } from './api.ts';
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

/** The notices a calendar subscription carries: the `limit` latest-starting, in time order. */
export function selectForCalendar(notices: readonly Notice[], limit: number = ICS_EVENT_LIMIT): Notice[] {
	return sortedBy(notices, (n) => Date.parse(n.start), 1).slice(-limit);
}

/** The notices an Atom feed carries: the `limit` most recently updated, newest first (ties by id). */
export function selectForAtom(notices: readonly Notice[], limit: number = ATOM_ENTRY_LIMIT): Notice[] {
	return sortedBy(notices, (n) => Date.parse(n.updatedAt), -1).slice(0, limit);
}

/** Sorted by a numeric key (computed once per notice), then by id; `direction` -1 for descending keys. */
function sortedBy(notices: readonly Notice[], key: (n: Notice) => number, direction: 1 | -1): Notice[] {
	return notices
		.map((n) => ({ n, k: key(n) }))
		.sort((a, b) => direction * (a.k - b.k) || byCodeUnit(a.n.id, b.n.id))
		.map((x) => x.n);
}

export interface FeedSet {
	ctx: FeedContext;
	/** The notices of `areaId` and of every area inside it, in start order (the area page's roll-up); empty for an unknown area. */
	areaNotices(areaId: string): Notice[];
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

/** Builds the shared parts lazily: a page that needs one area's feed pays only for that area's notices. */
export function createFeedSet(notices: readonly Notice[], ctx: FeedContext): FeedSet {
	const byId = new Map(notices.map((n) => [n.id, n]));
	// The area roll-up the area pages use, built on the first area feed asked for.
	let index: AreaNoticeIndex | undefined;
	const areaNotices = (areaId: string): Notice[] =>
		(index ??= buildAreaNoticeIndex(ctx.areas, notices)).forArea(areaId);
	const words = memo<NoticeWords>((n, l) => noticeWords(n, ctx, l));
	const block = memo<string>((n, l) => eventBlock(eventData(n, ctx, l, words(n, l))));
	const entry = memo<string>((n, l) => atomEntry(n, ctx, l, words(n, l)));
	const emptySince = firstPublished(notices) ?? '1970-01-01T00:00:00Z';
	const siteName = (l: Locale) => pickText(ctx.siteName, l);
	const areaName = (id: string, l: Locale) => {
		const area = ctx.areas.get(id);
		if (!area) throw new Error(`unknown area id "${id}"`);
		return pickText(area.name, l);
	};
	// Which notices each feed carries does not depend on the language: chosen once per area, for both.
	const chosen = new Map<string, { calendar: Notice[]; atom: Notice[] }>();
	const choose = (key: string, list: () => readonly Notice[]) => {
		let c = chosen.get(key);
		// Stryker disable next-line ConditionalExpression: equivalent; the memo only saves work, the choice is the same
		if (!c) chosen.set(key, (c = { calendar: selectForCalendar(list()), atom: selectForAtom(list()) }));
		return c;
	};
	const calendar = (list: readonly Notice[], l: Locale, name: string, pagePath: string, selfPath: string) =>
		calendarText(
			list.map((n) => block(n, l)),
			{ name, pagePath, selfPath },
			ctx,
			l,
		);
	const feed = (list: readonly Notice[], l: Locale, title: string, pagePath: string, selfPath: string) =>
		atomFeed(
			list,
			list.map((n) => entry(n, l)),
			{ title, pagePath, selfPath },
			ctx,
			l,
			emptySince,
		);
	return {
		ctx,
		areaNotices,
		allIcs: (l) =>
			calendar(
				// Stryker disable next-line StringLiteral: equivalent; any key no area's key can be
				choose('', () => notices).calendar,
				l,
				useTranslations(l).feeds.calendarName(siteName(l)),
				localizePath('/outages/', l),
				feedUrls.allIcs(l),
			),
		areaIcs: (id, l) =>
			calendar(
				choose(`area:${id}`, () => areaNotices(id)).calendar,
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
				// Stryker disable next-line StringLiteral: equivalent; any key no area's key can be
				choose('', () => notices).atom,
				l,
				useTranslations(l).feeds.calendarName(siteName(l)),
				localizePath('/outages/', l),
				feedUrls.allAtom(l),
			),
		areaAtom: (id, l) =>
			feed(
				choose(`area:${id}`, () => areaNotices(id)).atom,
				l,
				useTranslations(l).feeds.areaCalendarName(siteName(l), areaName(id, l)),
				localizePath(`/areas/${id}/`, l),
				feedUrls.areaAtom(id, l),
			),
		emptyFeedUpdated: emptySince,
		apiJson: (generated, hotline) => JSON.stringify(outagesApiDocument(notices, { ...ctx, hotline }, generated)),
		apiSchemaJson: () =>
			`${JSON.stringify(outagesApiJsonSchema(absoluteUrl(feedUrls.jsonSchema, ctx.baseUrl)), null, '\t')}\n`,
	};
}

let last: { notices: readonly Notice[]; areas: Map<string, Area>; set: FeedSet } | undefined;

/**
 * The feed set of this build: made once for the build's notices and areas (the memoised collections), shared by
 * every feed endpoint.
 */
export function feedSetFor(
	notices: readonly Notice[],
	areas: Map<string, Area>,
	site: Pick<SiteConfig, 'name' | 'baseUrl' | 'timeZone'>,
): FeedSet {
	if (last?.notices !== notices || last.areas !== areas) {
		last = { notices, areas, set: createFeedSet(notices, feedContext(site, areas)) };
	}
	return last.set;
}
