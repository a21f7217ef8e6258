/**
 * The performance budget, measured on the built fixture site:
 * - a page ships JavaScript only for what it has: the search page its search island and Pagefind, pages with the
 *   area finder its script, the estimator page its script; every other page at most the live-status script
 *   (which every page loads, to show urgent alerts published after it was built; plus, on the subscribe page, its
 *   copy-link buttons' script), under 2.5 KB in all;
 * - a notice page's HTML plus CSS is under 30 KB uncompressed;
 * - no web fonts and no third-party requests (fixtures.ts fails any test that makes one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fixture } from '../fixture-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';
import { expect, test } from './fixtures.ts';
import { pageOf, pageTypes } from './page-types.ts';

/** What each script island enhances: a page may run that island's script only if it has this element. */
const islands = {
	search: '[data-search]',
	lookup: '[data-finder]',
	estimator: '#estimator',
	// The subscribe page's copy-link buttons: a few hundred bytes, counted within the 2.5 KB budget.
	copy: 'button[data-copy]',
} as const;
const liveStatusBudget = 2560;
const noticeBudget = 30 * 1024;

/** Executable scripts in an HTML text: inline module/classic scripts and external ones (data blocks excluded). */
function scriptsIn(html: string): Array<{ src?: string; inline?: string }> {
	const out: Array<{ src?: string; inline?: string }> = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const type = /\btype=["']?([^"'\s>]+)/.exec(m[1])?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		const src = /\bsrc=["']?([^"'\s>]+)/.exec(m[1])?.[1];
		out.push(src ? { src } : { inline: m[2] });
	}
	return out;
}

/** Loads a page and records every script it runs (bytes) and every request it makes. */
async function load(page: Page, url: string) {
	const scripts: Array<{ url: string; bytes: number }> = [];
	const requests: Array<{ url: string; type: string }> = [];
	page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), bytes: (await r.body()).length });
	});
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const inline = await page.evaluate(() =>
		[...document.scripts].filter((s) => !s.src && (!s.type || s.type === 'module' || s.type === 'text/javascript')).map((s) => new Blob([s.textContent ?? '']).size),
	);
	const present = await page.evaluate((sel) => Object.fromEntries(Object.entries(sel).map(([k, v]) => [k, document.querySelector(v) !== null])), islands);
	return { scripts, requests, inline, present: present as Record<keyof typeof islands, boolean> };
}

for (const locale of ['zh-cn', 'en'] as const) {
	test.describe(`budget (${locale})`, () => {
		for (const type of pageTypes) {
			test.describe(type.name, () => {
				test.use({ allowedStatusPaths: type.notFound ? [pageOf(type, locale)] : [] });

				test('ships only the JavaScript it uses, no web fonts', async ({ page }) => {
					const { scripts, requests, inline, present } = await load(page, pageOf(type, locale));
					const pagefind = requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
					expect(requests.filter((r) => r.type === 'font'), 'web fonts').toEqual([]);
					if (present.search) {
						expect(pagefind.map((r) => new URL(r.url).pathname)).toContain('/pagefind/pagefind.js');
					} else {
						expect(pagefind.map((r) => r.url), 'Pagefind loads only on the search page').toEqual([]);
					}
					if (!present.search && !present.lookup && !present.estimator) {
						const total = inline.reduce((a, b) => a + b, 0) + scripts.reduce((a, s) => a + s.bytes, 0);
						expect(inline.length + scripts.length, 'at most the live-status script (and the copy buttons’ where they are)').toBeLessThanOrEqual(present.copy ? 2 : 1);
						expect(total, 'JavaScript bytes').toBeLessThan(liveStatusBudget);
					}
					if (!present.estimator) expect(scripts.map((s) => s.url).filter((u) => /estimator/i.test(u)), 'estimator script').toEqual([]);
				});
			});
		}
	});
}

test('the search page loads the search script and Pagefind only when it runs', async ({ page }) => {
	const { requests, present } = await load(page, '/search/');
	expect(present.search).toBe(true);
	// Before any query: Pagefind's script, not the index chunks.
	const paths = requests.map((r) => new URL(r.url).pathname);
	expect(paths).toContain('/pagefind/pagefind.js');
	expect(paths.filter((p) => /^\/pagefind\/(index|fragment|filter)\//.test(p))).toEqual([]);
});

test('the first query loads no filter index; the filters load theirs when the reader turns to them', async ({ page }) => {
	// The context's requests include those of Pagefind's web worker.
	const requests: string[] = [];
	page.context().on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('/search/');
	await page.locator('#search-q').fill('关牟线');
	await expect(page.locator('#search-results')).toHaveAttribute('data-count', /^[1-9]\d*$/);
	await expect(page.locator('#search-results li a').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requests.filter((p) => p.startsWith('/pagefind/index/')).length, 'index chunks for the query').toBeGreaterThan(0);
	expect(requests.filter((p) => p.startsWith('/pagefind/filter/')), 'filter indexes for a query without filters').toEqual([]);
	// Focusing a filter loads the filter indexes, then greys out the values the query has no results for.
	await expect(page.locator('label[data-empty]')).toHaveCount(0);
	await page.locator('input[name="type"]').first().focus();
	await expect(page.locator('label[data-value="电价"]')).toHaveAttribute('data-empty', '');
	expect(requests.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
});

test('a notice page’s HTML and CSS together stay under 30 KB', async ({ page }) => {
	const notice = pageTypes.find((t) => t.name === 'notice');
	if (!notice) throw new Error('no notice page type');
	for (const locale of ['zh-cn', 'en'] as const) {
		const bytes: Array<{ url: string; bytes: number }> = [];
		page.removeAllListeners('response');
		page.on('response', async (r) => {
			const t = r.request().resourceType();
			if (t === 'document' || t === 'stylesheet') bytes.push({ url: r.url(), bytes: (await r.body()).length });
		});
		await page.goto(pageOf(notice, locale));
		await page.waitForLoadState('networkidle');
		const total = bytes.reduce((a, b) => a + b.bytes, 0);
		expect(total, bytes.map((b) => `${new URL(b.url).pathname} ${b.bytes}`).join(', ')).toBeLessThan(noticeBudget);
	}
});

test('no page of the whole build carries script beyond its islands; no stylesheet declares a web font', () => {
	const files = listFiles(fixture.outDir);
	const offenders: string[] = [];
	// The content editor (/admin/, Decap CMS) is a staff tool, not a page residents load: outside the budget.
	for (const rel of files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
		const html = readFileSync(path.join(fixture.outDir, rel), 'utf8');
		const hasIsland = /data-search[\s>=]|data-finder[\s>=]|id="?estimator/.test(html);
		if (hasIsland) continue;
		const scripts = scriptsIn(html);
		const allowed = /data-copy[\s>=]/.test(html) ? 2 : 1;
		const bytes = scripts.reduce((a, s) => a + (s.inline !== undefined ? Buffer.byteLength(s.inline) : readFileSync(path.join(fixture.outDir, s.src as string)).length), 0);
		if (scripts.length > allowed || bytes >= liveStatusBudget) offenders.push(`${rel}: ${scripts.length} script(s), ${bytes} bytes`);
	}
	expect(offenders).toEqual([]);
	const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) || (f.endsWith('.css') && /@font-face/i.test(readFileSync(path.join(fixture.outDir, f), 'utf8'))));
	expect(fonts, 'web fonts or @font-face').toEqual([]);
});
