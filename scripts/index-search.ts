/**
 * Indexes the built site for search (Pagefind): the live bundle at /pagefind/ and one archive bundle per closed
 * year of notices at /pagefind/archive/<year>/, each reused from ASTRO_CACHE_DIR when its pages have not changed
 * (src/lib/search/index-site.ts). Run by `npm run build` after Astro; on its own:
 *   node scripts/index-search.ts [dist-dir]     (default: OUT_DIR or dist)
 * Environment: SITE_NOW (which months are closed), ASTRO_CACHE_DIR (default node_modules/.astro), CONTENT_DIR
 * (for site.json's time zone), SEARCH_OPEN_MONTHS (months before the current one kept live; default 1),
 * DIST_FILES_FROM_BUILD=1 (take dist/'s file list from the build that just ran, src/lib/build/dist-files.ts),
 * BUILD_SEGMENT (the segment this folder holds, src/lib/build/segments/current.ts).
 * 建立搜索索引：近期内容每次重建，已结束月份的停电通知按年份单独建索引并缓存复用。
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildNow } from '../src/lib/clock.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { describeIndexStats, indexSite } from '../src/lib/search/index-site.ts';
import { readDistFiles } from '../src/lib/build/dist-files.ts';
import { buildSegment } from '../src/lib/build/segments/current.ts';

const outDir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
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
