import { localizePath, type Locale } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { feedUrls } from './urls.ts';
import { absoluteUrl } from '../seo.ts';

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
	href: string;
	type: string;
	title: string;
}

/** The all-notices Atom feed and calendar, linked from every page so readers and browsers can find them. */
export function siteFeedLinks(locale: Locale): FeedLink[] {
	const t = useTranslations(locale).footer;
	return [
		{ href: feedUrls.allAtom(locale), type: 'application/atom+xml', title: t.feedAtom },
		{ href: feedUrls.allIcs(locale), type: 'text/calendar', title: t.feedIcs },
	];
}

/** A page's own feeds first (e.g. an area's), then the site-wide ones it does not already list. */
export function mergeFeedLinks(pageFeeds: readonly FeedLink[], siteFeeds: readonly FeedLink[]): FeedLink[] {
	const seen = new Set(pageFeeds.map((f) => f.href));
	return [...pageFeeds, ...siteFeeds.filter((f) => !seen.has(f.href))];
}

/** One address on the subscribe page: where the link goes, and the full address people copy into an app. */
export interface SubscribeLink {
	label: string;
	/** Site path, for the link itself (works on any host the site is served from). */
	href: string;
	/** The canonical absolute URL, shown for copying. */
	url: string;
	/** For calendars: the same address as webcal://, which phones open straight in their calendar app. */
	webcal?: string;
}

/** The feeds the subscribe page lists, in `locale`. */
export function subscribeLinks(
	locale: Locale,
	baseUrl: string,
): { calendars: SubscribeLink[]; feeds: SubscribeLink[]; data: SubscribeLink[]; areasPage: string } {
	const t = useTranslations(locale).subscribe;
	const link = (label: string, href: string, calendar = false): SubscribeLink => {
		const url = absoluteUrl(href, baseUrl);
		return calendar ? { label, href, url, webcal: url.replace(/^https?:/, 'webcal:') } : { label, href, url };
	};
	return {
		calendars: [link(t.linkAllIcs, feedUrls.allIcs(locale), true)],
		feeds: [link(t.linkAllAtom, feedUrls.allAtom(locale))],
		data: [link(t.dataJson, feedUrls.json), link(t.dataSchema, feedUrls.jsonSchema)],
		areasPage: localizePath('/areas/', locale),
	};
}
