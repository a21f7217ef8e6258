/**
 * Build-time access to the guidance collection (Astro only), read once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/index.ts';
import type { Guidance } from '../../schemas/guidance.ts';
import { splitArticleId, type ArticleRef } from './articles.ts';

/** A guidance article with its collection entry (for rendering). */
export type GuidanceArticle = ArticleRef<Guidance> & { entry: CollectionEntry<'guidance'> };

let articles: Promise<GuidanceArticle[]> | undefined;

/** Every guidance article in both languages. */
export function getGuidanceArticles(): Promise<GuidanceArticle[]> {
	articles ??= getCollection('guidance').then((entries) =>
		entries.map((entry) => ({ ...splitArticleId(entry.id), data: entry.data, entry })),
	);
	return articles;
}

/** Whether an article exists in a language: for translation links. */
export function articleExists(all: readonly GuidanceArticle[]): (locale: Locale, slug: string) => boolean {
	const keys = new Set(all.map((a) => `${a.locale}/${a.slug}`));
	return (locale, slug) => keys.has(`${locale}/${slug}`);
}
