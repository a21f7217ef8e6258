import path from 'node:path';
import type { Step } from './run-steps.ts';

/** A package's command-line script, to run with this same Node (never the system's, which may be too old). */
export const bin = (name: string) => path.resolve('node_modules/.bin', name);

/** The build cache (Astro's content store and page cache, the search and link-check caches): ASTRO_CACHE_DIR. */
export function buildCacheDir(env: Record<string, string | undefined>): string {
	return path.resolve(env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}

/**
 * The steps of a full build. `OUT_DIR`, `CONTENT_DIR` and `ASTRO_CACHE_DIR` in `env` point the build elsewhere
 * (tests and the benchmark use this to build other content without touching dist/).
 */
export function buildSteps(env: Record<string, string | undefined>): Step[] {
	const outDir = path.resolve(env.OUT_DIR ?? 'dist');
	// The steps after Astro take the list of dist/'s files from the build instead of walking it again (dist-files.ts).
	const after = { ...env, DIST_FILES_FROM_BUILD: '1' };
	return [
		// The content is validated once, by the content collections' loaders (src/content.config.ts): they throw
		// with every problem listed (file > entry > field, in English and Chinese), which stops the build.
		{ title: 'Build pages / 生成页面 (astro build)', command: process.execPath, args: [bin('astro'), 'build'], env },
		// Pagefind through its Node API: closed years of notices in cached archive bundles, the rest re-indexed.
		{
			title: 'Index for search / 建立搜索索引 (pagefind)',
			command: process.execPath,
			args: ['scripts/index-search.ts', outDir],
			env: after,
		},
		{
			title: 'Check the search index / 检查搜索索引',
			command: process.execPath,
			args: ['scripts/check-search-index.ts', outDir],
			env,
		},
		{
			title: 'Check links / 检查站内链接',
			command: process.execPath,
			args: ['scripts/check-links.ts', outDir],
			env: after,
		},
	];
}
