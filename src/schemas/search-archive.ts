import { z } from 'astro/zod';

/** `YYYY-MM`: a calendar month in the utility's time zone. */
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/** One archive bundle: a separate Pagefind index of the notices of a closed period, merged in the browser. */
export const archiveBundleSchema = z
	.object({
		/** The bundle's name, e.g. `2025`: the year of the notices it holds. */
		id: z.string().regex(/^[0-9a-z-]+$/),
		/** Where the bundle is served, e.g. `/pagefind/archive/2025/`; passed to Pagefind's `mergeIndex`. */
		path: z.string().regex(/^\/pagefind\/archive\/[0-9a-z-]+\/$/),
		/** The first and last month of outage starts in the bundle. */
		from: monthSchema,
		to: monthSchema,
		/** Pages indexed, per Pagefind language (`zh-cn`, `en`). */
		pages: z.record(z.string(), z.number().int().nonnegative()),
	})
	.strict();

/**
 * One open month's bundle: the notice pages whose outage starts in a month that is not closed yet (they can still
 * change), indexed apart from the rest so a publish re-indexes only the months it touched. Merged before the first
 * search.
 */
export const openBundleSchema = z
	.object({
		/** The month, `YYYY-MM`. */
		id: monthSchema,
		/** Where the bundle is served, e.g. `/pagefind/open/2026-12/`; passed to Pagefind's `mergeIndex`. */
		path: z.string().regex(/^\/pagefind\/open\/\d{4}-\d{2}\/$/),
		/** Pages indexed, per Pagefind language (`zh-cn`, `en`). */
		pages: z.record(z.string(), z.number().int().nonnegative()),
	})
	.strict();

/**
 * `/pagefind/archive/manifest.json`, written by the search step of the build: which bundles exist besides the live
 * one. The live bundle (/pagefind/) holds every page not listed here; the search page merges the open months'
 * bundles before the first search, the archive bundles when a search needs them.
 */
export const searchArchiveSchema = z
	.object({
		/** Notice pages whose outage started in this month or earlier are in an archive bundle, later ones open. */
		through: monthSchema.nullable(),
		bundles: z.array(archiveBundleSchema),
		/** The open months' bundles, oldest first. */
		open: z.array(openBundleSchema),
	})
	.strict();

export type ArchiveBundle = z.infer<typeof archiveBundleSchema>;
export type OpenBundle = z.infer<typeof openBundleSchema>;
export type SearchArchive = z.infer<typeof searchArchiveSchema>;
