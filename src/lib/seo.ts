import { htmlLang, localizePath, locales, type Locale } from '../i18n/index.ts';

/**
 * Where a page is in another language: the path of its translation; `null` where it has none; or, where it has
 * none, `{ fallback }`: the page the language switcher offers instead, which is not announced as a translation.
 */
export type Alternate = string | null | { fallback: string };
/** A page's alternates by language. */
export type Alternates = Partial<Record<Locale, Alternate>>;

/**
 * The path of the same page in every locale, translations only: by default the same locale-neutral path under
 * each prefix, with `overrides` for pages whose translation lives elsewhere or does not exist.
 */
export function alternatePaths(neutralPath: string, overrides: Alternates = {}): Record<Locale, string | null> {
	const out = {} as Record<Locale, string | null>;
	for (const l of locales) {
		const o = l in overrides ? overrides[l] : localizePath(neutralPath, l);
		out[l] = typeof o === 'string' ? o : null;
	}
	return out;
}

/**
 * Where the language switcher goes for each locale: the translation where there is one, else the page's
 * fallback, else that language's home page.
 */
export function languageSwitchTargets(neutralPath: string, overrides: Alternates = {}): Record<Locale, string> {
	const translations = alternatePaths(neutralPath, overrides);
	const out = {} as Record<Locale, string>;
	for (const l of locales) {
		const o = overrides[l];
		out[l] = translations[l] ?? (o && typeof o === 'object' ? o.fallback : localizePath('/', l));
	}
	return out;
}

/** `<link rel="alternate" hreflang>` entries: one per existing translation, plus x-default (the Chinese page). */
export function hreflangLinks(alternates: Record<Locale, string | null>, origin: string): Array<{ hreflang: string; href: string }> {
	const links = locales
		.filter((l) => alternates[l])
		.map((l) => ({ hreflang: htmlLang(l), href: absoluteUrl(alternates[l] as string, origin) }));
	if (alternates['zh-cn']) links.push({ hreflang: 'x-default', href: absoluteUrl(alternates['zh-cn'], origin) });
	return links;
}

/** An absolute URL on the site's canonical origin. */
export function absoluteUrl(path: string, origin: string): string {
	return new URL(path, origin).href;
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`, escaping `<` so that text inside the data can
 * never close the script element.
 */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The site's robots.txt: crawl everything but the search index's internal files (/pagefind/), and find the
 * sitemap (written by @astrojs/sitemap as sitemap-index.xml) on the canonical origin.
 */
export function robotsTxt(origin: string): string {
	return ['User-agent: *', 'Disallow: /pagefind/', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml', origin)}`, ''].join('\n');
}
