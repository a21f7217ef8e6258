import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { alertSchema } from './schemas/alert.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { noticeSchema } from './schemas/notice.ts';
import { siteSchema } from './schemas/site.ts';
import { unitSchema } from './schemas/unit.ts';
import { tariffExplainerSchema, tariffVersionSchema } from './schemas/tariff.ts';
import { contentDir } from './lib/content/paths.ts';
import { invalidateContentSet, loadContentSet } from './lib/content/site-content.ts';
import { formatProblem } from './lib/content/problems.ts';
import type { ContentSet } from './lib/content/validate.ts';

/**
 * A loader that serves one part of the validated content set. Unlike Astro's file() loader, which only logs
 * malformed JSON or a missing file and then builds from its cached data store, it throws on any content
 * error, so the build stops with every problem listed. Each entry carries the digest of its data: unchanged
 * entries stay as they are in the data store, and pages use the digests in their incremental-build keys. In
 * `astro dev` it watches the content folder and reloads on any change, so an edit shows without a restart.
 */
function validatedContent(
	name: string,
	pick: (set: ContentSet) => Array<{ id: string; data: Record<string, unknown> }>,
): Loader {
	const load: Loader['load'] = async ({ store, parseData, generateDigest, watcher, logger }) => {
		const set = loadContentSet();
		// Warnings (e.g. a notice published with less than the required lead time) are said once, by the first loader.
		if (name === 'site') for (const p of set.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
		const entries = pick(set);
		const ids = new Set(entries.map((e) => e.id));
		for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
		for (const { id, data } of entries) {
			const digest = generateDigest(data);
			if (store.get(id)?.digest === digest) continue;
			store.set({ id, data: await parseData({ id, data }), digest });
		}
		if (watcher && !watching.has(name)) {
			watching.add(name);
			const dir = contentDir();
			watcher.add(dir);
			watcher.on('all', async (_event, file) => {
				if (!file.startsWith(dir) || !/\.(json|mdx)$/.test(file)) return;
				invalidateContentSet();
				try {
					await load({ store, parseData, generateDigest, watcher: undefined, logger } as Parameters<Loader['load']>[0]);
				} catch (e) {
					// In dev, a bad edit is reported and the last good content stays; a build would stop.
					logger.error(e instanceof Error ? e.message : String(e));
				}
			});
		}
	};
	return { name: `validated-${name}`, load };
}
/** Collections whose loader already watches the content folder (once per dev server). */
const watching = new Set<string>();

/** The utility's settings, content/site.json, as one entry `site`. */
const site = defineCollection({
	loader: validatedContent('site', (set) =>
		set.site ? [{ id: 'site', data: set.site as unknown as Record<string, unknown> }] : [],
	),
	schema: siteSchema,
});

const notices = defineCollection({
	loader: validatedContent('notices', (set) => set.notices.map((n) => ({ id: n.id, data: n }))),
	schema: noticeSchema,
});

const areas = defineCollection({
	loader: validatedContent('areas', (set) => [...set.areas.values()].map((a) => ({ id: a.id, data: { ...a } }))),
});

/** Supply units (content/units.json), validated with the notices that name them and the areas they serve. */
const units = defineCollection({
	loader: validatedContent('units', (set) => set.units.map((u) => ({ id: u.id, data: u }))),
	schema: unitSchema,
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

export const collections = { site, notices, areas, units, guidance, alerts, tariffs, tariffExplainers };
