/**
 * The synthetic sites `npm run bench -- --keep` leaves for the benchmarks that work on a built site (`bench:hour`,
 * `bench:search`): one folder per archive under BENCH_ROOT (default .bench/), `rate/` and `density/`, each with its
 * content, its merged output (dist/), its build folder (astro-cache/, the segments under astro-cache/segments/) and
 * a note of what it is (bench-site.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planFile, segmentsRoot } from '../../../src/lib/build/segments/layout.ts';
import type { StoredPlan } from '../../../src/lib/build/segments/stored-plan.ts';
import type { BenchSite, SiteSize } from './synthetic-site.ts';

/** The archives the scale benchmark generates, each kept in the folder of its name. */
export const archiveKinds = ['rate', 'density'] as const;

/** What a kept site is, written by the scale benchmark beside it. */
export interface SiteNote extends SiteSize {
	kind: string;
	/** BENCH_NOW of its generation. */
	now: string;
}

const noteFile = (site: BenchSite) => path.join(site.root, 'bench-site.json');
/** Where `bench:hour` counts the hours it published on a site (the next hour follows the last). */
export const hoursFile = (site: BenchSite) => path.join(site.root, 'hours');

export function writeSiteNote(site: BenchSite, note: SiteNote): void {
	writeFileSync(noteFile(site), `${JSON.stringify(note, null, '\t')}\n`);
}

/** The site's note, or undefined when it has none (kept by an older benchmark, or built another way). */
export function readSiteNote(site: BenchSite): SiteNote | undefined {
	try {
		return JSON.parse(readFileSync(noteFile(site), 'utf8')) as SiteNote;
	} catch {
		return undefined;
	}
}

/** A site's folders under `root`. */
export function siteAt(root: string): BenchSite {
	return {
		root,
		content: path.join(root, 'content'),
		out: path.join(root, 'dist'),
		cache: path.join(root, 'astro-cache'),
	};
}

/** The plan of the site's last build (its segments, its clock), or undefined when it was not built in segments. */
export function storedPlan(site: BenchSite): StoredPlan | undefined {
	try {
		return JSON.parse(readFileSync(planFile(segmentsRoot(site.cache)), 'utf8')) as StoredPlan;
	} catch {
		return undefined;
	}
}

/** A site the scale benchmark kept: its content, its merged output and the plan of its segmented build. */
export function isKept(site: BenchSite): boolean {
	return existsSync(site.content) && existsSync(site.out) && storedPlan(site) !== undefined;
}

/** A kept site, found. */
export interface KeptSite {
	site: BenchSite;
	/** Its folder's name: `rate`, `density`, or the folder given. */
	name: string;
	note?: SiteNote;
	plan: StoredPlan;
}

/**
 * The kept site to work on. `choice` (a `--site` flag, else BENCH_SITE) is `rate`, `density` (that folder under
 * BENCH_ROOT, default .bench) or a site's folder. Without one: BENCH_ROOT itself when it is a site's folder (as
 * `BENCH_ROOT=.bench/rate`), else its `rate/`, else its `density/`. Throws, saying where it looked, when there is none.
 */
export function findKeptSite(
	choice: string | undefined,
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
): KeptSite {
	const root = path.resolve(cwd, env.BENCH_ROOT ?? '.bench');
	const wanted = choice ?? env.BENCH_SITE;
	const candidates =
		wanted === undefined || wanted === ''
			? [root, ...archiveKinds.map((k) => path.join(root, k))]
			: [(archiveKinds as readonly string[]).includes(wanted) ? path.join(root, wanted) : path.resolve(cwd, wanted)];
	for (const dir of candidates) {
		const site = siteAt(dir);
		const plan = storedPlan(site);
		if (isKept(site) && plan) return { site, name: path.basename(dir), note: readSiteNote(site), plan };
	}
	const where = candidates.map((c) => path.relative(cwd, c) || '.').join(', ');
	throw new Error(
		`no site kept by the scale benchmark in ${where}: run \`npm run bench -- --keep\` first (it keeps .bench/rate/ and .bench/density/), or name one with --site rate|density|<folder> / 没有保留的基准站点：请先运行 npm run bench -- --keep`,
	);
}

/** The number of notices a kept site was generated with (its note), else the number it holds now. */
export function siteNotices(kept: KeptSite): number {
	if (kept.note) return kept.note.notices;
	return (JSON.parse(readFileSync(path.join(kept.site.content, 'outages/notices.json'), 'utf8')) as unknown[]).length;
}
