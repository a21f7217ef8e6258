import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HeaderRule } from '../../lib/static-server.ts';
import { openBrowserSession } from './browser-session.ts';

/** What a browser transferred to show the results of one search on a cold cache. */
export interface FirstQuery {
	/** The page searched from. */
	page: string;
	/** How the query was made: typed into the page's search box, or through Pagefind's JS API. */
	method: 'search box' | 'pagefind api';
	/** Bytes on the wire (headers and bodies, as Chromium's network events count them) to load the page. */
	pageBytes: number;
	/** Bytes on the wire after the page had loaded, for the query: Pagefind's script, wasm, index chunks, result fragments. */
	queryBytes: number;
	/** Requests made for the query, with their sizes, largest first. */
	queryRequests: Array<{ url: string; bytes: number }>;
	/** The same files' sizes on disk, page and query together: what a host without compression would send. */
	uncompressedBytes: number;
	/** How many results Pagefind found (API method only). */
	results?: number;
	/** Console errors (e.g. Content-Security-Policy violations) seen meanwhile. */
	consoleErrors: string[];
}

/**
 * Serves the built site in `outDir` (with the deployment's `headers`, so the real CSP applies, and gzip for text as
 * the nginx example does), opens /search/
 * (or the home page if there is none) in a fresh Chromium profile, and measures the bytes transferred for the
 * page and then for `query`: typed into the page's search box if it has one, else run through pagefind.js, loading
 * the first five results' fragments as Pagefind's UIs do. Counts come from Playwright's `request.sizes()` for
 * every request of the page and its workers: response headers plus the body as transferred.
 */
export async function measureFirstQuery(
	outDir: string,
	query: string,
	opts: { executablePath: string; headers?: HeaderRule },
): Promise<FirstQuery> {
	// Tall enough that the first results are in view: the search page loads a result's fragment when it scrolls in.
	const session = await openBrowserSession(outDir, { ...opts, context: { viewport: { width: 1280, height: 2000 } } });
	const { origin, page, transfers: done, consoleErrors, settle } = session;
	try {
		const pagePath = existsSync(path.join(outDir, 'search/index.html')) ? '/search/' : '/';
		await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
		await settle();
		const pageBytes = done.reduce((s, r) => s + r.bytes, 0);
		const before = done.length;

		// The page's own search box (the header may have another, a plain form to this page).
		const box = page.locator('main input[type="search"]').first();
		let method: FirstQuery['method'];
		let results: number | undefined;
		if (pagePath === '/search/' && (await box.count()) > 0 && (await box.isVisible())) {
			method = 'search box';
			await box.click();
			// Done when the first results' fragments have come (on a busy machine the search itself takes seconds).
			const fragments = page.waitForResponse((r) => r.url().includes('/pagefind/fragment/'), { timeout: 120_000 });
			await box.pressSequentially(query, { delay: 50 });
			await fragments;
			await page.waitForTimeout(1000);
			await settle();
		} else {
			method = 'pagefind api';
			results = await page.evaluate(async (q) => {
				const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
				return search.results.length as number;
			}, query);
			await page.waitForTimeout(500);
			await settle();
		}
		const queryRequests = done.slice(before).sort((a, b) => b.bytes - a.bytes);
		const queryBytes = queryRequests.reduce((s, r) => s + r.bytes, 0);
		const onDisk = (url: string) => {
			let file = path.join(outDir, decodeURIComponent(new URL(url, origin).pathname));
			if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
			return existsSync(file) ? statSync(file).size : 0;
		};
		const uncompressedBytes = done.reduce((sum, r) => sum + onDisk(r.url), 0);
		return { page: pagePath, method, pageBytes, queryBytes, queryRequests, uncompressedBytes, results, consoleErrors };
	} finally {
		await session.close();
	}
}
