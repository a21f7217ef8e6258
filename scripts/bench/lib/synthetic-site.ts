import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeNotices } from '../../../src/lib/notices-file.ts';
import type { NoticeKind } from '../../../src/schemas/notice.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import { createRng } from './prng.ts';
import { syntheticAreaTree } from './synthetic-areas.ts';
import { syntheticNotices, syntheticUnits } from './synthetic-notices.ts';

/** The fixed "now" of every benchmark build, so the same options always describe the same site. */
export const BENCH_NOW = '2026-12-01T10:00:00+08:00';
/** The seed of the benchmark's generator. */
export const BENCH_SEED = 20261201;
/**
 * The content every benchmark starts from: the tests' fixture site (tests/fixtures/site), whose settings, guidance,
 * tariffs and alerts a synthetic site keeps and whose areas it extends. Not `content/`, which is the utility's own
 * and changes (`npm run sample`, each import, an adopting utility's county): the benchmark builds the same site on
 * every repository and every day, so its figures compare.
 */
export const BENCH_TEMPLATE = fileURLToPath(new URL('../../../tests/fixtures/site', import.meta.url));

/** Where a benchmark keeps its synthetic site: its content, its build and the build's cache. */
export interface BenchSite {
	root: string;
	content: string;
	out: string;
	cache: string;
}

/**
 * The benchmark's folders: .bench/, or BENCH_ROOT, so that two benchmarks (say 10,000 and 50,000 notices) can be
 * kept side by side.
 */
export function benchSite(env: Record<string, string | undefined> = process.env): BenchSite {
	const root = path.resolve(env.BENCH_ROOT ?? '.bench');
	return {
		root,
		content: path.join(root, 'content'),
		out: path.join(root, 'dist'),
		cache: path.join(root, 'astro-cache'),
	};
}

/** The environment that builds `site` with the project's build steps at the clock `now`. */
export function benchEnv(site: BenchSite, now: string): NodeJS.ProcessEnv {
	return {
		...process.env,
		CONTENT_DIR: site.content,
		OUT_DIR: site.out,
		ASTRO_CACHE_DIR: site.cache,
		SITE_NOW: now,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
}

/** The size of a synthetic site. */
export interface SiteSize {
	notices: number;
	areas: number;
	/** Grown in time at this many notices a year (see syntheticNotices); unset: grown in density. */
	perYear?: number;
}

/** The generated files (areas, notices, the units serving them), as the bytes written to content/. */
export function syntheticContentFiles(
	size: SiteSize,
	site: { timeZone: string; leadTimeHours: Record<NoticeKind, number>; areas?: AreaNodeInput[] },
	seed = BENCH_SEED,
) {
	const rng = createRng(seed);
	// The template's areas stay (other content, e.g. alerts and tariffs, may name them); synthetic districts
	// make up the rest of `size.areas`.
	const existing = site.areas ?? [];
	const existingCount = countNodes(existing);
	if (size.areas < existingCount + 3)
		throw new RangeError(`--areas must be at least ${existingCount + 3} (the committed tree has ${existingCount})`);
	const tree = [...existing, ...syntheticAreaTree(rng, size.areas - existingCount, existing)];
	const notices = syntheticNotices(rng, tree, {
		count: size.notices,
		now: new Date(BENCH_NOW),
		timeZone: site.timeZone,
		leadTimeHours: site.leadTimeHours,
		perYear: size.perYear,
	});
	return {
		areasJson: `${JSON.stringify(tree, null, '\t')}\n`,
		noticesJson: serializeNotices(notices),
		unitsJson: `${JSON.stringify({ units: syntheticUnits(tree) }, null, '\t')}\n`,
	};
}

/**
 * Copies a content folder (site, guidance, tariffs, …; the benchmarks use BENCH_TEMPLATE) to `targetDir` and replaces its areas.json,
 * units.json and notices.json with synthetic ones of `size`. Returns the content folder.
 */
export function prepareSyntheticContent(
	sourceDir: string,
	targetDir: string,
	size: SiteSize,
	seed = BENCH_SEED,
): string {
	rmSync(targetDir, { recursive: true, force: true });
	mkdirSync(path.dirname(targetDir), { recursive: true });
	cpSync(sourceDir, targetDir, { recursive: true });
	const site = JSON.parse(readFileSync(path.join(targetDir, 'site.json'), 'utf8'));
	const areas = JSON.parse(readFileSync(path.join(targetDir, 'areas.json'), 'utf8')) as AreaNodeInput[];
	const files = syntheticContentFiles(
		size,
		{
			timeZone: site.timeZone ?? 'Asia/Shanghai',
			leadTimeHours: { planned: 168, temporary: 24, other: 24, ...site.leadTimeHours },
			areas,
		},
		seed,
	);
	writeFileSync(path.join(targetDir, 'areas.json'), files.areasJson);
	writeFileSync(path.join(targetDir, 'units.json'), files.unitsJson);
	mkdirSync(path.join(targetDir, 'outages'), { recursive: true });
	writeFileSync(path.join(targetDir, 'outages/notices.json'), files.noticesJson);
	return targetDir;
}

/** The number of nodes in an area tree. */
function countNodes(tree: AreaNodeInput[]): number {
	return tree.reduce((n, a) => n + 1 + countNodes(a.children ?? []), 0);
}
