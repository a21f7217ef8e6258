import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Where Astro's incremental build keeps its own copy of every page it renders, to copy back into an emptied
 * output folder (INCREMENTAL_OUTPUT_DIR in node_modules/astro/dist/core/build/incremental.js).
 */
export function pageCopiesDir(cacheDir: string): string {
	return path.join(cacheDir, 'dist');
}

/**
 * Points Astro's page copies (`<cacheDir>/dist/`) at the output folder itself, so that the build writes each page
 * once. This site keeps dist/ between builds (keep-dist.ts), and Astro restores a copy only when the page is
 * missing from dist/ — then the link finds it missing too and Astro renders the page again, which is what a cold
 * build does. Without the link, every rendered page was written twice: at 10,000 notices 53,000 copies, 890 MB that
 * were never read (the deploy workflow already left them out of its cache).
 * Astro also deletes the copies of pages a build no longer produces; through the link that removes them from dist/,
 * which keep-dist would do anyway. Returns whether the link had to be (re)made.
 */
export function linkPageCopies(cacheDir: string, outDir: string): boolean {
	const link = pageCopiesDir(cacheDir);
	// Relative, so that a cache folder restored elsewhere together with its output folder still points right.
	const target = path.relative(cacheDir, path.resolve(outDir)) || '.';
	const stat = lstatSync(link, { throwIfNoEntry: false });
	if (stat?.isSymbolicLink() && readlinkSync(link) === target) return false;
	// A real folder of copies left by a build from before this link: they are never read, so they go.
	rmSync(link, { recursive: true, force: true });
	mkdirSync(cacheDir, { recursive: true });
	// 'junction' is what Windows allows without privileges; elsewhere the type is ignored.
	symlinkSync(target, link, 'junction');
	return true;
}
