/**
 * Articles stored as `<locale>/<slug>.mdx` (guidance, tariff explanations): which language an entry is in, its
 * translation, grouping for the hub, and structured data. Plain functions over plain data, so they are
 * unit-tested without Astro.
 */
import { localizePath, locales, type Locale } from '../../i18n/index.ts';
import type { Alternates } from '../seo.ts';

/** An article: its language, slug and frontmatter. */
export interface ArticleRef<D> {
	locale: Locale;
	slug: string;
	data: D;
}

/** Reads a glob-loaded entry id `zh-cn/outage-prepare` as its locale and slug; throws on any other form. */
export function splitArticleId(id: string): { locale: Locale; slug: string } {
	const m = /^(zh-cn|en)\/([a-z0-9][a-z0-9-]*)$/.exec(id);
	if (!m) throw new Error(`article id "${id}" is not <zh-cn|en>/<slug>`);
	return { locale: m[1] as Locale, slug: m[2] };
}

/**
 * Where the language switcher and hreflang go from article `slug` in `locale`: its translation where one exists
 * (same slug in the other folder), otherwise the other language's hub (`fallback`, locale-neutral).
 */
export function articleAlternates(
	slug: string,
	locale: Locale,
	basePath: string,
	fallback: string,
	exists: (locale: Locale, slug: string) => boolean,
): Alternates {
	const out: Alternates = {};
	for (const l of locales) {
		if (l === locale) continue;
		out[l] = exists(l, slug) ? localizePath(`${basePath}${slug}/`, l) : { fallback: localizePath(fallback, l) };
	}
	return out;
}

/** Groups articles by category in the order `categories` lists them, each group sorted by title; empty groups dropped. */
export function groupByCategory<D extends { category: string; title: string }>(
	articles: ReadonlyArray<ArticleRef<D>>,
	categories: readonly string[],
): Array<{ category: string; articles: Array<ArticleRef<D>> }> {
	return categories
		.map((category) => ({
			category,
			articles: articles
				.filter((a) => a.data.category === category)
				.sort((a, b) => a.data.title.localeCompare(b.data.title, a.locale === 'en' ? 'en' : 'zh-Hans-CN')),
		}))
		.filter((g) => g.articles.length > 0);
}

/** The related articles of `article` that exist in its language, in the order the frontmatter lists them. */
export function relatedArticles<D extends { related: string[] }>(
	article: ArticleRef<D>,
	all: ReadonlyArray<ArticleRef<D>>,
): Array<ArticleRef<D>> {
	return article.data.related.flatMap((slug) => all.filter((a) => a.locale === article.locale && a.slug === slug));
}

/** schema.org FAQPage structured data; undefined when there are no questions. */
export function faqJsonLd(
	faq: ReadonlyArray<{ q: string; a: string }>,
	lang: string,
): Record<string, unknown> | undefined {
	if (faq.length === 0) return undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		inLanguage: lang,
		mainEntity: faq.map((f) => ({ '@type': 'Question', name: f.q, acceptedAnswer: { '@type': 'Answer', text: f.a } })),
	};
}

/**
 * How many articles exist only in the other language(s), not yet translated into `locale`: the hub says so, and
 * links to the other language's hub.
 */
export function untranslatedCount(all: readonly ArticleRef<unknown>[], locale: Locale): number {
	const own = new Set(all.filter((a) => a.locale === locale).map((a) => a.slug));
	// Every article in `locale` has its slug in `own`: what is left is in the other language(s).
	return new Set(all.filter((a) => !own.has(a.slug)).map((a) => a.slug)).size;
}

/** Whether an article exists in a language: for translation links. */
export function articleExists(all: readonly ArticleRef<unknown>[]): (locale: Locale, slug: string) => boolean {
	const keys = new Set(all.map((a) => `${a.locale}/${a.slug}`));
	return (locale, slug) => keys.has(`${locale}/${slug}`);
}
