/**
 * The list of files Astro's build left in dist/ (pages, assets, public files; not pagefind/, which the search step
 * writes after it), written by the keep-dist integration, which walks dist/ anyway. The steps after Astro in
 * `npm run build` (search index, link check) read it instead of walking 25,000 folders again each; run on their
 * own, they walk dist/ themselves, since only the build knows the list is current.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The listing's file in the build cache. */
export function distFilesPath(cacheDir: string): string {
	return path.join(cacheDir, 'dist-files.json');
}

interface Listing {
	outDir: string;
	files: string[];
}

/** Writes the listing of `outDir` (relative paths, forward slashes). */
export function writeDistFiles(cacheDir: string, outDir: string, files: readonly string[]): void {
	const file = distFilesPath(cacheDir);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(
		`${file}.tmp`,
		JSON.stringify({ outDir: path.resolve(outDir), files: [...files].sort() } satisfies Listing),
	);
	renameSync(`${file}.tmp`, file);
}

/**
 * The listing the build just wrote for `outDir`, when `env.DIST_FILES_FROM_BUILD` says the caller runs right after
 * that build (build-steps.ts sets it); undefined otherwise, or when the listing is for another folder or unreadable.
 */
export function readDistFiles(
	env: Record<string, string | undefined>,
	cacheDir: string,
	outDir: string,
): string[] | undefined {
	if (env.DIST_FILES_FROM_BUILD !== '1') return undefined;
	try {
		const listing = JSON.parse(readFileSync(distFilesPath(cacheDir), 'utf8')) as Listing;
		return listing.outDir === path.resolve(outDir) && Array.isArray(listing.files) ? listing.files : undefined;
	} catch {
		return undefined;
	}
}
