/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are unchanged
 * since the previous build is not rendered again, its earlier output is kept. A key must therefore cover
 * everything the page shows that is not code: the data it renders, and the build's clock only where the page
 * shows something that moves with it (a status that can still change, an "as of" time).
 */
import { createHash } from 'node:crypto';

/**
 * A short, stable digest of any JSON-serialisable value (object key order as given; the callers build their
 * parts in a fixed order). Two values with the same JSON give the same key.
 */
export function cacheKey(...parts: unknown[]): string {
	const h = createHash('sha256');
	for (const part of parts) h.update(part === undefined ? 'undefined' : JSON.stringify(part)).update('\u0000');
	return h.digest('base64url').slice(0, 22);
}

/**
 * A per-object memo of `cacheKey`, for values many pages include in their keys (a notice appears on its own page,
 * its areas' pages, a day and an archive page, in two languages): each is serialised once per build.
 */
export function memoKey<T extends object>(): (value: T) => string {
	const memo = new WeakMap<T, string>();
	return (value) => {
		let k = memo.get(value);
		if (k === undefined) {
			k = cacheKey(value);
			memo.set(value, k);
		}
		return k;
	};
}
