import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staleOutputs, type OutputFile } from '../lib/build/stale-outputs.ts';
import { writeDistFiles } from '../lib/build/dist-files.ts';
import { linkPageCopies } from '../lib/build/page-copies.ts';

/** Folders of dist/ that later build steps write and manage themselves (the search step replaces pagefind/). */
const laterSteps = ['pagefind/'];

/** Every file under `root`, relative, with forward slashes; folders for which `skip` is true are not entered. */
function walk(root: string, rel = '', skip: (dir: string) => boolean = () => false): string[] {
	const out: string[] = [];
	let entries;
	try {
		entries = readdirSync(path.join(root, rel), { withFileTypes: true });
	} catch {
		return out;
	}
	for (const e of entries) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) {
			if (!skip(`${r}/`)) out.push(...walk(root, r, skip));
		} else out.push(r);
	}
	return out;
}

/** Removes empty folders under `dir` (not `dir` itself); returns whether `dir` is empty afterwards. */
function removeEmptyDirs(dir: string, isRoot = true): boolean {
	let empty = true;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.isDirectory() && removeEmptyDirs(path.join(dir, e.name), false)) continue;
		empty = false;
	}
	if (empty && !isRoot) rmdirSync(dir);
	return empty;
}

/**
 * Keeps dist/ between builds and removes what the build no longer produces (see src/lib/build/stale-outputs.ts).
 * With Vite's `emptyOutDir: false`, a page the incremental build skips stays where it is instead of being copied
 * back from Astro's cache: at 10,000 notices that is some 50,000 files a publish no longer copies. Must be the last
 * integration, so files other integrations write in `astro:build:done` (the sitemap) count as written by this build.
 */
export function keepDist(): AstroIntegration {
	let startedMs = 0;
	let publicDir = '';
	let outDir = '';
	let manifest = '';
	let cacheDir = '';
	return {
		name: 'keep-dist',
		hooks: {
			'astro:config:done': ({ config }) => {
				publicDir = fileURLToPath(config.publicDir);
				outDir = fileURLToPath(config.outDir);
				// Astro's record of the previous build's pages (node_modules/astro/dist/core/build/incremental.js).
				cacheDir = fileURLToPath(config.cacheDir);
				manifest = path.join(cacheDir, 'incremental-build.json');
			},
			'astro:build:start': ({ logger }) => {
				// dist/ is trusted only together with the cache that describes it: without Astro's page manifest (a first
				// or cold build) whatever dist/ holds came from elsewhere, so the build starts from an empty folder.
				if (!existsSync(manifest) && existsSync(outDir)) {
					logger.info('no build cache: starting from an empty output folder / 无构建缓存：清空输出目录后构建');
					rmSync(outDir, { recursive: true, force: true });
				}
				// Astro's own copy of each rendered page would only duplicate dist/ (page-copies.ts).
				linkPageCopies(cacheDir, outDir);
				// Whole milliseconds: a file written in the same millisecond as the start must count as this build's.
				startedMs = Math.floor(Date.now()) - 1;
			},
			'astro:build:done': ({ assets, logger }) => {
				const produced = new Set<string>();
				for (const urls of assets.values())
					for (const u of urls) produced.add(path.relative(outDir, fileURLToPath(u)).split(path.sep).join('/'));
				for (const rel of walk(publicDir)) produced.add(rel);
				// The later steps' folders hold tens of thousands of files this step does not own: not even walked.
				const found = walk(outDir, '', (dir) => laterSteps.includes(dir));
				// Every page the build produced must be in dist/, whether written now or kept: Astro removes the copies of
				// pages it no longer caches, and through the link of page-copies.ts that would reach dist/.
				const foundSet = new Set(found);
				const missing = [...produced].filter((rel) => !foundSet.has(rel));
				if (missing.length > 0) {
					throw new Error(
						`${missing.length} file(s) the build produced are missing from ${outDir} / 构建生成的 ${missing.length} 个文件不在输出目录中: ${missing.slice(0, 5).join(', ')}`,
					);
				}
				const owned = (rel: string) => !laterSteps.some((p) => rel.startsWith(p));
				// Only a file no route accounts for can be stale, so only those need their time read.
				const unaccounted: OutputFile[] = found
					.filter((rel) => !produced.has(rel))
					.map((rel) => ({ rel, mtimeMs: statSync(path.join(outDir, rel)).mtimeMs }));
				const stale = staleOutputs(unaccounted, produced, startedMs, owned);
				for (const rel of stale) rmSync(path.join(outDir, rel), { force: true });
				// What dist/ holds now, for the steps after Astro (dist-files.ts).
				const gone = new Set(stale);
				writeDistFiles(
					cacheDir,
					outDir,
					found.filter((rel) => !gone.has(rel)),
				);
				if (stale.length > 0) {
					removeEmptyDirs(outDir);
					logger.info(
						`removed ${stale.length} file(s) earlier builds left in ${path.relative(process.cwd(), outDir) || '.'} / 已删除以往构建遗留的 ${stale.length} 个文件`,
					);
				}
			},
		},
	};
}
