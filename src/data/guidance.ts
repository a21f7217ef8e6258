/**
 * The guidance collection: every article in both languages, with its entry for rendering. The logic lives in
 * src/lib/guidance/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitArticleId, type ArticleRef } from '../lib/guidance/articles.ts';
import type { Guidance } from '../schemas/guidance.ts';
import { once } from './once.ts';

/** A guidance article with its collection entry (for rendering). */
export type GuidanceArticle = ArticleRef<Guidance> & { entry: CollectionEntry<'guidance'> };

/** Every guidance article in both languages. */
export const getGuidanceArticles = once((): Promise<GuidanceArticle[]> =>
	getCollection('guidance').then((entries) =>
		entries.map((entry) => ({ ...splitArticleId(entry.id), data: entry.data, entry })),
	),
);
