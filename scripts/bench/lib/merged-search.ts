/**
 * Search across partitions with Pagefind's own multisite facility, in a real browser: each partition is a complete
 * site built for the root, served under its own prefix (`/a/`, `/b/`) of one static server; a page at the root
 * loads Pagefind from the first partition (`options({ baseUrl })`), merges its open months' bundles, and merges
 * every other partition's live and open-month bundles with `mergeIndex(path, { baseUrl })`, as a province-wide
 * search page would. Measures the bytes each search transfers and where each result points.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openBrowserSession } from './browser-session.ts';

/** A partition's built site and the prefix it is served under (`/a/`). */
export interface Mount {
	prefix: string;
	dist: string;
}

/** One search to run, and the partition its first result must come from. */
export interface MergedQuery {
	term: string;
	/** The prefix the first result's URL must start with; undefined: no expectation (informational). */
	expect?: string;
}

/** What one search across the partitions gave. */
export interface MergedQueryResult {
	term: string;
	expect?: string;
	/** Results found across all merged bundles. */
	count: number;
	/** The first results' URLs (up to 10), as Pagefind gives them with each bundle's baseUrl. */
	top: Array<{ url: string; title: string; exists: boolean }>;
	/** Bytes on the wire for this search (the first includes Pagefind's script, wasm and the merges). */
	bytes: number;
	requests: Array<{ url: string; bytes: number }>;
	/** The check passed: results came back, the first from the expected partition, every listed URL a real page. */
	ok: boolean;
}

/**
 * Lays out a folder serving every mount under its prefix (symlinks to the top-level entries of each `dist`, so
 * nothing is copied), plus `files` written at the given paths (a merged sitemap index, rewritten sitemaps — which
 * replace a partition's own file of the same name — and a blank zh-cn page at the root to search from).
 */
export function layoutMerged(dir: string, mounts: readonly Mount[], files: Record<string, string>): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const m of mounts) {
		const target = path.join(dir, m.prefix);
		mkdirSync(target, { recursive: true });
		for (const entry of readdirSync(m.dist)) {
			// Keys of `files` are relative (`a/sitemap-0.xml`): a file given there must not become a link, or writing it
			// would write through the link into the partition's own dist/.
			const rel = path.posix.join(m.prefix, entry).slice(1);
			if (!(rel in files)) symlinkSync(path.resolve(m.dist, entry), path.join(target, entry));
		}
	}
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		writeFileSync(path.join(dir, rel), text);
	}
}

/** The blank page at the root the searches run from: only its language matters (Pagefind picks the index by it). */
export const probePage =
	'<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>跨分区搜索 / search across partitions</title></head><body></body></html>\n';

/** The file a URL path names inside the merged folder (`/x/` → `/x/index.html`), or undefined. */
function fileFor(dir: string, urlPath: string): string | undefined {
	let file = path.join(dir, decodeURIComponent(urlPath.split(/[?#]/)[0]));
	if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
	return existsSync(file) ? file : undefined;
}

/**
 * Serves `dir` (laid out by `layoutMerged`) and runs `queries` one after the other in one fresh Chromium profile:
 * Pagefind from `mounts[0]`, every other mount merged. The first query's bytes include the set-up.
 */
export async function searchAcrossPartitions(
	dir: string,
	mounts: readonly Mount[],
	queries: readonly MergedQuery[],
	opts: { executablePath: string; port?: number },
): Promise<{ results: MergedQueryResult[]; consoleErrors: string[] }> {
	const session = await openBrowserSession(dir, { executablePath: opts.executablePath, port: opts.port });
	const { origin, page, transfers: done, consoleErrors, settle } = session;
	try {
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await settle();
		const prefixes = mounts.map((m) => m.prefix);
		const results: MergedQueryResult[] = [];
		for (const q of queries) {
			const before = done.length;
			const found = await page.evaluate(
				async ({ prefixes, term }) => {
					interface Pagefind {
						options(o: Record<string, unknown>): Promise<void>;
						mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
						search(
							term: string,
						): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: { title?: string } }> }> }>;
					}
					const w = window as unknown as { merged?: Promise<Pagefind> };
					w.merged ??= (async () => {
						const [primary, ...others] = prefixes;
						const pagefind = (await import(
							/* @vite-ignore */ `${location.origin}${primary}pagefind/pagefind.js`
						)) as Pagefind;
						await pagefind.options({ baseUrl: primary });
						for (const prefix of prefixes) {
							if (others.includes(prefix)) await pagefind.mergeIndex(`${prefix}pagefind/`, { baseUrl: prefix });
							// The open months' bundles, as the site's search page merges them (manifest paths are root-relative).
							const manifest = await fetch(`${prefix}pagefind/archive/manifest.json`).then((r) =>
								r.ok ? r.json() : undefined,
							);
							for (const b of (manifest?.open ?? []) as Array<{ path: string }>)
								await pagefind.mergeIndex(`${prefix}${b.path.slice(1)}`, { baseUrl: prefix });
						}
						return pagefind;
					})();
					const pagefind = await w.merged;
					const search = await pagefind.search(term);
					const top = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
					return { count: search.results.length, top: top.map((d) => ({ url: d.url, title: d.meta.title ?? '' })) };
				},
				{ prefixes, term: q.term },
			);
			await settle();
			const requests = done.slice(before).sort((a, b) => b.bytes - a.bytes);
			const top = found.top.map((t) => ({ ...t, exists: fileFor(dir, t.url) !== undefined }));
			const ok =
				found.count > 0 &&
				top.every((t) => t.exists && prefixes.some((p) => t.url.startsWith(p))) &&
				(q.expect === undefined || (top[0]?.url.startsWith(q.expect) ?? false));
			results.push({
				term: q.term,
				expect: q.expect,
				count: found.count,
				top,
				bytes: requests.reduce((s, r) => s + r.bytes, 0),
				requests,
				ok,
			});
		}
		return { results, consoleErrors };
	} finally {
		await session.close();
	}
}
