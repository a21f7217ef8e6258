import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The browser tests' `test`: every test fails if the page logs a console error, throws, has a request fail or
 * answer 4xx/5xx, or asks anything of another origin (the site makes no third-party requests of any kind).
 * A test that expects a 404 (the not-found page) lists the path in `allowedStatusPaths`.
 */
export const test = base.extend<{ pageProblems: string[]; allowedStatusPaths: string[] }>({
	allowedStatusPaths: [[], { option: true }],
	pageProblems: [
		async ({ page, baseURL, allowedStatusPaths }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('console', (msg) => {
				// Chromium also logs an expected 404 (the not-found page) as a console error; the response check covers it.
				const expected = msg.text().startsWith('Failed to load resource') && allowedStatusPaths.includes(new URL(msg.location().url || 'about:blank').pathname);
				if (msg.type() === 'error' && !expected) problems.push(`console error: ${msg.text()}`);
			});
			page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
			page.on('requestfailed', (req) => {
				// ERR_ABORTED is the browser itself cancelling a request because the test navigated on (typically the
				// favicon); the site did not fail. Server errors are caught by status below, other failures here.
				if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
				problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
			});
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
					problems.push(`third-party request: ${req.url()}`);
				}
			});
			page.on('response', (res) => {
				const path = new URL(res.url()).pathname;
				if (res.status() >= 400 && !allowedStatusPaths.includes(path)) problems.push(`HTTP ${res.status()}: ${res.url()}`);
			});
			await use(problems);
			expect(problems, 'console errors, failed or third-party requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/**
 * Runs axe with the WCAG 2.1 A and AA rules and expects no violations. Every WCAG rule still runs; `resultTypes` only
 * spares axe describing every passing and inapplicable node, which is most of its time on a large page.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		// options() replaces the whole options object, so it must come before withTags().
		.options({ resultTypes: ['violations'] })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
}
