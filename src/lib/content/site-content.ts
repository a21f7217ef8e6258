import { segmentNoticeEntries } from '../build/segments/current.ts';
import { ContentError } from './problems.ts';
import { contentDir } from './paths.ts';
import { hasErrors, validateContent, type ContentSet } from './validate.ts';

let cached: { dir: string; set: ContentSet } | undefined;

/**
 * The validated content set of this build, read once for all the content collections' loaders
 * (src/content.config.ts), which are the only readers: pages get content from the collections. Throws a ContentError listing every problem when the
 * content has errors, which stops the build: a site is never built from content that failed validation.
 */
export function loadContentSet(dir: string = contentDir()): ContentSet {
	if (cached?.dir === dir) return cached.set;
	// A segment's build validates its own notices only (src/lib/build/segments/): the others are its segments'.
	const set = validateContent(dir, { notices: segmentNoticeEntries() });
	if (hasErrors(set.problems)) throw new ContentError(set.problems);
	cached = { dir, set };
	return set;
}

/** Forgets the content set read, so the next call reads the files again (`astro dev` after an edit). */
export function invalidateContentSet(): void {
	cached = undefined;
}
