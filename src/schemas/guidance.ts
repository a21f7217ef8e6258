import { z } from 'astro/zod';
import { isoDateSchema, slugSchema } from './common.ts';

/** The guidance categories, each with its own category page. */
export const guidanceCategorySchema = z.enum([
	/** 家庭用电安全: safety at home. */
	'home-safety',
	/** 雷雨台风: storms, typhoons and flooding. */
	'storms',
	/** 停电前后: before, during and after an outage. */
	'outages',
	/** 电动车充电: charging electric bicycles and cars. */
	'ev-charging',
	/** 农业与施工用电: farm and construction work near lines. */
	'farm-construction',
	/** 办电指南: new connections, capacity changes, paying bills. */
	'services',
]);
export type GuidanceCategory = z.infer<typeof guidanceCategorySchema>;

/** One question and answer shown at the end of an article and published as FAQPage structured data. */
export const faqEntrySchema = z
	.object({
		/** The question, as a resident would ask it. */
		q: z.string().trim().min(1),
		/** The answer, plain text. */
		a: z.string().trim().min(1),
	})
	.strict();

/**
 * The frontmatter of a guidance article, `content/guidance/<locale>/<slug>.mdx`. The same slug in both locale
 * folders makes the two a translation pair (the language switcher links them).
 */
export const guidanceSchema = z
	.object({
		/** The page title: plain words, what the reader wants to do or know. */
		title: z.string().trim().min(1),
		/** One or two sentences: used as the meta description and on the hub. */
		summary: z.string().trim().min(1).max(200),
		/** Which category page lists it. */
		category: guidanceCategorySchema,
		/** Who it is for, e.g. 居民 / households. Default: everyone. */
		audience: z.array(z.enum(['households', 'farmers', 'businesses', 'builders', 'everyone'])).default(['everyone']),
		/** When the content was last checked as still right (YYYY-MM-DD); shown on the page. */
		lastReviewed: z.preprocess(
			// Astro's YAML reader turns an unquoted date into a Date at UTC midnight: take it back to YYYY-MM-DD.
			(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
			isoDateSchema,
		),
		/** When the article was first published (YYYY-MM-DD), for search engines' datePublished. Default: lastReviewed. */
		published: z
			.preprocess(
				(v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
				isoDateSchema,
			)
			.optional(),
		/** Slugs of related articles in the same language. */
		related: z.array(slugSchema).default([]),
		/** Questions and answers, rendered as a list of `<details>` and as FAQPage JSON-LD. */
		faq: z.array(faqEntrySchema).default([]),
		/** Words readers search for that the text may not use, e.g. 跳闸 for an article on leakage protectors. */
		keywords: z.array(z.string().trim().min(1)).default([]),
	})
	.strict();
export type Guidance = z.infer<typeof guidanceSchema>;
