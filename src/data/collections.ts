/**
 * Build-time access to the content collections, read once per build and shared by every page. Pages must come
 * through here rather than call getCollection() themselves: with 10,000 notices and tens of thousands of pages,
 * re-reading a collection per page would dominate the build. In `astro dev` nothing is kept between requests,
 * so a content edit shows on the next page load (see once.ts). The other modules of src/data/ derive what several
 * pages share from these; the logic itself lives in plain modules under src/lib/, which never import astro:*.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Alert } from '../schemas/alert.ts';
import type { Area } from '../schemas/area.ts';
import type { Notice } from '../schemas/notice.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { Unit } from '../schemas/unit.ts';
import { once } from './once.ts';

/** The digest of each notice's data (Astro's, from the content layer), for incremental-build keys. */
const digests = new WeakMap<Notice, string>();

/** Every notice, in file order (sorted by id). */
export const getNotices = once(() =>
	getCollection('notices').then((entries) =>
		entries.map((e) => {
			if (e.digest !== undefined) digests.set(e.data, String(e.digest));
			return e.data;
		}),
	),
);

/** The content digest of a notice read through getNotices(), if the content layer gave one. */
export function noticeDigest(notice: Notice): string | undefined {
	return digests.get(notice);
}

/** Every area by id, in tree order (depth first). */
export const getAreas = once(() =>
	getCollection('areas').then((entries) => new Map(entries.map((e) => [e.id, e.data as unknown as Area]))),
);

/** Every supply unit (content/units.json), in file order. */
export const getUnits = once(() => getCollection('units').then((entries) => entries.map((e) => e.data as Unit)));

/** Every urgent alert (content/alerts/*.json), expired ones included, by id. */
export const getAlerts = once(() =>
	getCollection('alerts').then((entries) =>
		entries.map((e) => ({ id: e.id, ...e.data }) as Alert).sort((a, b) => a.id.localeCompare(b.id)),
	),
);

/** The utility's settings (content/site.json), validated. */
export const getSite = once(async () => {
	const entry = await getEntry('site', 'site');
	if (!entry) throw new Error('site.json was not loaded / 未能读取 site.json');
	return entry.data as SiteConfig;
});
