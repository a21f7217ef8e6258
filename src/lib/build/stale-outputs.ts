/**
 * Which files of a kept dist/ are left over from earlier builds. `npm run build` keeps dist/ between builds (Vite's
 * `emptyOutDir: false`), so a page Astro's incremental build skips is neither rendered nor copied: it is already
 * there. What Astro does not do in that mode is remove what it no longer produces (a page whose path left
 * getStaticPaths, a file dropped from public/): Astro prunes such orphans from its cache, not from dist/. This finds
 * them, so a warm build's dist/ holds exactly what a cold build's would.
 */

/** One file found in dist/: its path relative to dist/ (forward slashes) and when it was last written. */
export interface OutputFile {
	rel: string;
	mtimeMs: number;
}

/**
 * The files to delete after a build that started at `startedMs`: those not written during this build and not among
 * `produced` (every output this build's routes account for, skipped ones included, and the public/ files). Files for
 * which `owned` is false belong to a later build step (e.g. the search index) and are left alone.
 */
export function staleOutputs(
	files: readonly OutputFile[],
	produced: ReadonlySet<string>,
	startedMs: number,
	owned: (rel: string) => boolean,
): string[] {
	return files
		.filter((f) => owned(f.rel) && f.mtimeMs < startedMs && !produced.has(f.rel))
		.map((f) => f.rel)
		.sort();
}
