import { ContentError } from './problems.ts';
import { contentDir } from './paths.ts';
import { hasErrors, validateContent, type ContentSet } from './validate.ts';
import type { SiteConfig } from '../../schemas/site.ts';

let cached: { dir: string; set: ContentSet } | undefined;

/**
 * The validated content set of this build, read once. Throws a ContentError listing every problem when the
 * content has errors, which stops the build: a site is never built from content that failed validation.
 */
export function loadContentSet(dir: string = contentDir()): ContentSet {
	if (cached?.dir === dir) return cached.set;
	const set = validateContent(dir);
	if (hasErrors(set.problems)) throw new ContentError(set.problems);
	cached = { dir, set };
	return set;
}

/** The utility's settings from `site.json`, validated. */
export function getSite(): SiteConfig {
	const site = loadContentSet().site;
	if (!site) throw new Error('site.json was not loaded');
	return site;
}
