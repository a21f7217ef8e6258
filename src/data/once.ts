/**
 * A value computed once per build and shared by every page — or on every call in `astro dev`, where the content may
 * change between requests and an edit must show on the next page load. Every module of src/data/ memoises through
 * this, so a build reads each collection once and the dev server never serves stale content.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? make() : (value ??= make()));
}
