/**
 * A built site served locally and a fresh Chromium on it that counts the bytes of every request: what the
 * benchmarks' search measurements (first-query.ts, merged-search.ts) share.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { createStaticServer, type HeaderRule } from '../../lib/static-server.ts';

/** One request the page or its workers made, with its bytes on the wire (response headers + body as sent). */
export interface Transfer {
	/** The URL's path and query (the server's origin left off). */
	url: string;
	bytes: number;
}

/** An open session: call `close()` when done. */
export interface BrowserSession {
	origin: string;
	page: Page;
	/** Every finished request so far, in the order they finished (complete after `settle()`). */
	transfers: Transfer[];
	/** Console errors, page errors and failed requests seen so far (e.g. Content-Security-Policy violations). */
	consoleErrors: string[];
	/** Waits until the network is idle and every finished request's size is known. */
	settle(): Promise<void>;
	close(): Promise<void>;
}

/**
 * Serves `dir` (with `headers`, so the real Content-Security-Policy applies, and gzip for text as the nginx
 * example does) on `port` (any free one by default) and opens a fresh Chromium profile on it (`executablePath`:
 * Debian's chromium; Playwright downloads nothing), in Chinese and China's time zone unless `context` says
 * otherwise. Sizes come from Playwright's `request.sizes()`, which covers the page's workers too (Pagefind searches
 * in a web worker).
 */
export async function openBrowserSession(
	dir: string,
	opts: { executablePath: string; headers?: HeaderRule; port?: number; context?: BrowserContextOptions },
): Promise<BrowserSession> {
	const server = createStaticServer(dir, opts.headers, { gzip: true });
	await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const closeServer = () => new Promise((resolve) => server.close(resolve));
	let browser: Browser;
	try {
		browser = await chromium.launch({
			executablePath: opts.executablePath,
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--no-first-run',
			],
		});
	} catch (e) {
		await closeServer();
		throw e;
	}
	const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...opts.context });
	const page = await context.newPage();
	const transfers: Transfer[] = [];
	const consoleErrors: string[] = [];
	const pending: Array<Promise<void>> = [];
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(e.message));
	context.on('requestfinished', (req) => {
		pending.push(
			req.sizes().then(
				(s) =>
					void transfers.push({
						url: req.url().replace(origin, ''),
						bytes: s.responseHeadersSize + s.responseBodySize,
					}),
			),
		);
	});
	context.on('requestfailed', (req) =>
		consoleErrors.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`),
	);
	return {
		origin,
		page,
		transfers,
		consoleErrors,
		async settle() {
			await page.waitForLoadState('networkidle');
			await Promise.all(pending);
		},
		async close() {
			await browser.close();
			await closeServer();
		},
	};
}
