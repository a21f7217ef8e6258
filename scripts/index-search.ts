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
import path from 'node:path';
import { indexForSearch } from './lib/search-step.ts';

await indexForSearch(path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist'));
