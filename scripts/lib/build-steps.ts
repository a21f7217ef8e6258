import path from 'node:path';
import type { Step } from './run-steps.ts';

/** A package's command-line script, to run with this same Node (never the system's, which may be too old). */
export const bin = (name: string) => path.resolve('node_modules/.bin', name);

/**
 * The steps of a full build. `OUT_DIR`, `CONTENT_DIR` and `ASTRO_CACHE_DIR` in `env` point the build elsewhere
 * (tests and the benchmark use this to build other content without touching dist/).
 */
export function buildSteps(env: Record<string, string | undefined>): Step[] {
	const outDir = path.resolve(env.OUT_DIR ?? 'dist');
	// The content guard in astro.config need not validate again what the first step has just checked.
	const checked = { ...env, CONTENT_CHECKED: path.resolve(env.CONTENT_DIR ?? 'content') };
	return [
		{ title: 'Check content / 校验内容', command: process.execPath, args: ['scripts/check.ts'], env },
		{ title: 'Build pages / 生成页面 (astro build)', command: process.execPath, args: [bin('astro'), 'build'], env: checked },
		// Pagefind through its Node API: closed years of notices in cached archive bundles, the rest re-indexed.
		{ title: 'Index for search / 建立搜索索引 (pagefind)', command: process.execPath, args: ['scripts/index-search.ts', outDir], env },
		{ title: 'Check the search index / 检查搜索索引', command: process.execPath, args: ['scripts/check-search-index.ts', outDir], env },
		{ title: 'Check links / 检查站内链接', command: process.execPath, args: ['scripts/check-links.ts', outDir], env },
	];
}
