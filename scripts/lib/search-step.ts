/**
 * The search step of a build (Pagefind over the built site, src/lib/search/index-site.ts), for scripts/index-search.ts
 * and a segment's last step (scripts/segment.ts finish).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDistFiles } from '../../src/lib/build/dist-files.ts';
import { buildSegment } from '../../src/lib/build/segments/current.ts';
import { buildNow } from '../../src/lib/clock.ts';
import { contentDir } from '../../src/lib/content/paths.ts';
import { describeIndexStats, indexSite } from '../../src/lib/search/index-site.ts';

/** Indexes `outDir` for search, printing a line per bundle and a summary. */
export async function indexForSearch(outDir: string): Promise<void> {
	const cacheDir = path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
	// site.json was validated by the build's first step; only its time zone is needed here.
	const timeZone =
		(JSON.parse(readFileSync(path.join(contentDir(), 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
		'Asia/Shanghai';
	const openMonths = process.env.SEARCH_OPEN_MONTHS === undefined ? undefined : Number(process.env.SEARCH_OPEN_MONTHS);
	const files = readDistFiles(process.env, cacheDir, outDir);
	// In a segmented build (BUILD_SEGMENT): the live segment's notices go to their months' open bundles, a closed
	// segment's pages to its one archive bundle; the merge lists them all in one manifest.
	const segment = buildSegment();
	const stats = await indexSite({
		segment: segment.kind === 'closed' ? { kind: 'closed', name: segment.name } : { kind: segment.kind },
		outDir,
		cacheDir,
		now: buildNow(),
		timeZone,
		openMonths,
		files,
		log: (line) => console.log(line),
	});
	console.log(describeIndexStats(stats));
}
