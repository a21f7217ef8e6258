import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The browser tests' `test`: every test that opens a page fails if the page logs a console error, throws, has a
 * request fail or answer 4xx/5xx, or asks anything of another origin (the site makes no third-party requests of any
 * kind). A test that expects a 404 (the not-found page) lists the path in `allowedStatusPaths`.
 * The rule rides on the `page` fixture itself, so a test that only fetches files or reads the build (feeds, sitemap,
 * downloads) opens no browser page for nothing; `pageProblems` is the page's list, for a test that attributes its
 * problems itself (page-types.spec.ts).
 */
const problemsOf = new WeakMap<Page, string[]>();

export const test = base.extend<{ pageProblems: string[]; allowedStatusPaths: string[] }>({
	allowedStatusPaths: [[], { option: true }],
	page: async ({ page, baseURL, allowedStatusPaths }, use) => {
		const problems: string[] = [];
		problemsOf.set(page, problems);
		const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
		page.on('console', (msg) => {
			// Chromium also logs an expected 404 (the not-found page) as a console error; the response check covers it.
			const expected =
				msg.text().startsWith('Failed to load resource') &&
				allowedStatusPaths.includes(new URL(msg.location().url || 'about:blank').pathname);
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
			if (res.status() >= 400 && !allowedStatusPaths.includes(path))
				problems.push(`HTTP ${res.status()}: ${res.url()}`);
		});
		await use(page);
		expect(problems, 'console errors, failed or third-party requests').toEqual([]);
	},
	pageProblems: async ({ page }, use) => {
		await use(problemsOf.get(page) as string[]);
	},
});

export { expect };

/**
 * axe-core, minified: the very copy @axe-core/playwright runs (resolved from that package, not from the project), in
 * its 570 KB build rather than the 1.3 MB one that package sends.
 */
const axeSource = readFileSync(
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
	'utf8',
);
/** The rules checked: every axe rule tagged WCAG 2.1 A or AA (2.0 A/AA included). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core with the WCAG 2.1 A and AA rules on the page's document and expects no violations. Every WCAG rule
 * runs; `resultTypes` only spares axe describing every passing and inapplicable node, which is most of its time on
 * a large page.
 * This is what @axe-core/playwright's AxeBuilder does in its legacy mode (`axe.run` in the page, with these tags and
 * options), less its cost: AxeBuilder sends axe's source into the page twice per check, and in its default
 * mode also opens a blank page (a new renderer process) to merge the results of frames. Here the source goes in once
 * per document (a page checked again after an interaction reuses it), and the site's pages have no frames.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (tags) => {
		type Run = (
			context: Document,
			options: object,
		) => Promise<{
			violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
		}>;
		const axe = (window as unknown as { axe: { run: Run } }).axe;
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => n.target.join(' ')),
		}));
	}, wcagTags);
	const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);
	expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
}
