import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { alertSchema } from './schemas/alert.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { noticeSchema } from './schemas/notice.ts';
import { tariffExplainerSchema, tariffVersionSchema } from './schemas/tariff.ts';
import { contentDir } from './lib/content/paths.ts';
import { loadContentSet } from './lib/content/site-content.ts';
import type { ContentSet } from './lib/content/validate.ts';

/**
 * A loader that serves one part of the validated content set. Unlike Astro's file() loader, which only logs
 * malformed JSON or a missing file and then builds from its cached data store, it throws on any content
 * error, so the build stops with every problem listed.
 */
function validatedContent(name: string, pick: (set: ContentSet) => Array<{ id: string; data: Record<string, unknown> }>): Loader {
	return {
		name: `validated-${name}`,
		load: async ({ store, parseData }) => {
			const entries = pick(loadContentSet());
			store.clear();
			for (const { id, data } of entries) {
				store.set({ id, data: await parseData({ id, data }) });
			}
		},
	};
}

const notices = defineCollection({
	loader: validatedContent('notices', (set) => set.notices.map((n) => ({ id: n.id, data: n }))),
	schema: noticeSchema,
});

const areas = defineCollection({
	loader: validatedContent('areas', (set) => [...set.areas.values()].map((a) => ({ id: a.id, data: { ...a } }))),
});

const guidance = defineCollection({
	loader: glob({ pattern: '{zh-cn,en}/*.mdx', base: `${contentDir()}/guidance` }),
	schema: guidanceSchema,
});

const alerts = defineCollection({
	loader: validatedContent('alerts', (set) => set.alerts.map(({ id, ...data }) => ({ id, data }))),
	schema: alertSchema,
});

/** Tariff versions, validated (schema, boundaries, hours, overlaps, worked examples) with the rest of the content. */
const tariffs = defineCollection({
	loader: validatedContent('tariffs', (set) => (set.tariffs ?? []).map((v) => ({ id: v.id, data: v }))),
	schema: tariffVersionSchema,
});

/** The tariff explanation pages, content/tariffs/explainers/<locale>/<slug>.mdx; their numbers come from `tariffs`. */
const tariffExplainers = defineCollection({
	loader: glob({ pattern: '{zh-cn,en}/*.mdx', base: `${contentDir()}/tariffs/explainers` }),
	schema: tariffExplainerSchema,
});

export const collections = { notices, areas, guidance, alerts, tariffs, tariffExplainers };
