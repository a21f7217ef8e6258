import { htmlLang, locales, localizePath, splitLocale } from '../i18n/index.ts';

/** A sitemap entry as @astrojs/sitemap hands it to `serialize`. */
export interface SitemapItem {
	url: string;
	links?: Array<{ url: string; lang: string }>;
	[key: string]: unknown;
}

/** Pages that are not for search engines: the 404 pages, and day pages that exist only while the day is ahead. */
const excluded = [/^\/404(\.html|\/)?$/, /^\/outages\/day\//];

/**
 * The sitemap's `filter` and `serialize` hooks, adding hreflang alternates to each page that exists in more than
 * one language. @astrojs/sitemap's own `i18n` option finds the twins by rescanning every URL for every page,
 * quadratic in the page count (seconds at 24,000 pages); here `filter`, which sees every URL before `serialize`
 * runs, records them in a set, and each page's twins are looked up in it.
 */
export function sitemapHreflang(): { filter: (url: string) => boolean; serialize: (item: SitemapItem) => SitemapItem } {
	const known = new Set<string>();
	return {
		filter(url) {
			const { path } = splitLocale(new URL(url).pathname);
			if (excluded.some((re) => re.test(path))) return false;
			known.add(url);
			return true;
		},
		serialize(item) {
			const u = new URL(item.url);
			const { path } = splitLocale(u.pathname);
			const links = locales
				.map((l) => ({ url: new URL(localizePath(path, l), u.origin).href, lang: htmlLang(l) }))
				.filter((link) => known.has(link.url));
			return links.length > 1 ? { ...item, links } : item;
		},
	};
}
