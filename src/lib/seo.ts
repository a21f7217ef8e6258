import { htmlLang, localizePath, locales, pickText, type Locale } from '../i18n/index.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { logo } from './share-cards.ts';

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
export function hreflangLinks(
	alternates: Record<Locale, string | null>,
	origin: string,
): Array<{ hreflang: string; href: string }> {
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
	return [
		'User-agent: *',
		'Disallow: /pagefind/',
		'',
		`Sitemap: ${absoluteUrl('/sitemap-index.xml', origin)}`,
		'',
	].join('\n');
}

/** The utility as schema.org Organization: the publisher and author of the site's articles, the organizer of notices. */
export interface Publisher {
	name: string;
	/** Its home page (absolute). */
	url: string;
	/** Its logo, a raster image (absolute URL), as Google asks for. */
	logo: string;
	telephone?: string;
}

/** The utility as publisher of the site in `locale`: its name, home page, logo and hotline. */
export function sitePublisher(site: Pick<SiteConfig, 'name' | 'baseUrl' | 'hotline'>, locale: Locale): Publisher {
	return {
		name: pickText(site.name, locale),
		url: absoluteUrl(localizePath('/', locale), site.baseUrl),
		logo: absoluteUrl(logo.file, site.baseUrl),
		telephone: site.hotline,
	};
}

/** The schema.org Organization for `publisher`, with its logo as an ImageObject. */
export function organizationJsonLd(publisher: Publisher): Record<string, unknown> {
	return {
		'@type': 'Organization',
		name: publisher.name,
		url: publisher.url,
		logo: { '@type': 'ImageObject', url: publisher.logo },
		...(publisher.telephone ? { telephone: publisher.telephone } : {}),
	};
}

/** The latest of some YYYY-MM-DD dates (they sort as text); undefined entries are skipped. */
export function latestDate(...dates: Array<string | undefined>): string {
	const known = dates.filter((d): d is string => !!d).sort();
	if (known.length === 0) throw new Error('latestDate: no date given / 未给出日期');
	return known[known.length - 1];
}

/**
 * schema.org Article structured data for a guidance or tariff explanation page, complete for Google's Article
 * guidance: headline, image, datePublished and dateModified, author (the utility, with its URL) and publisher
 * (with its logo). `datePublished` defaults to `dateModified`: a page never changes before it exists.
 */
export function articleJsonLd(opts: {
	headline: string;
	description: string;
	url: string;
	lang: string;
	dateModified: string;
	datePublished?: string;
	/** Absolute URLs of images of the page (its share card). */
	images: string[];
	keywords?: string[];
	publisher: Publisher;
}): Record<string, unknown> {
	const published = opts.datePublished ?? opts.dateModified;
	if (published > opts.dateModified)
		throw new Error(
			`${opts.url}: published ${published} after last modified ${opts.dateModified} / 发布日期晚于修改日期`,
		);
	const org = organizationJsonLd(opts.publisher);
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: opts.headline,
		description: opts.description,
		inLanguage: opts.lang,
		image: opts.images,
		datePublished: published,
		dateModified: opts.dateModified,
		url: opts.url,
		mainEntityOfPage: opts.url,
		...(opts.keywords?.length ? { keywords: opts.keywords.join(', ') } : {}),
		author: { '@type': 'Organization', name: opts.publisher.name, url: opts.publisher.url },
		publisher: org,
	};
}
