/**
 * One page of every type (page-types.ts), in both languages, each loaded once and checked on that one load. One test
 * per language visits the types in turn in one browser page, a step per page and check (checks.ts: every failed
 * check is reported, by page type and check, and the others still run):
 * - the performance budget: a page ships JavaScript only for what it has — the search page its search island and
 *   Pagefind, pages with the area finder its script, the estimator page its script; every other page at most the
 *   live-status script (and, on the subscribe page, its copy-link buttons' script), under 2.5 KB in all; every page
 *   care mode's boot script and switch (under 1.5 KB), notice pages and guidance articles the read-aloud island
 *   (under 3 KB); no web fonts; the search page loads Pagefind's script but none of its index before a query; a notice page's HTML plus
 *   CSS under 32 KB uncompressed. budget.ts records the load until the network is idle, before any other check
 *   touches the page, with the HTTP cache off;
 * - accessibility: axe (WCAG 2.1 A and AA) with zero violations, a visible keyboard focus on the first focus stops,
 *   no motion when the reader prefers reduced motion (the media feature is switched on the loaded page: the site's
 *   only reduced-motion rule is a CSS media query, which applies at once), and reflow at 320 px and at 200 % zoom
 *   without horizontal scrolling (the viewport is resized on the loaded page, as a reader zooming in would);
 * - no console errors, failed or third-party requests on that page (fixtures.ts's rule, reported per page).
 * The steps run in this order because the last ones change the page's media and viewport.
 */
import type { Page } from '@playwright/test';
import { careBudget, type LoadRecord, liveStatusBudget, noticeBudget, readAloudBudget, recordLoad } from './budget.ts';
import { type Check, runChecks } from './checks.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { type PageType, pageOf, pageTypes } from './page-types.ts';
import { languageProblems, layoutProblems, targetProblems } from './reading.ts';
import { en } from '../../src/i18n/en.ts';

/** Playwright's Desktop Chrome window, which every page starts from. */
const defaultViewport = { width: 1280, height: 720 };

/** A phone, as the site's first screen is judged: 360×740 CSS px. */
const phone = { width: 360, height: 740 };
/**
 * The widths reflow is checked at: WCAG 1.4.10's 320 CSS px; a phone at 200 % zoom (360×740 px at 2×: 180×370 CSS
 * px); a 1280 px window at 200 % zoom (640 CSS px).
 */
const reflowViewports = [
	{ width: 320, height: 800, name: '320 px' },
	{ width: 180, height: 370, name: 'a phone at 200 % zoom (180 px)' },
	{ width: 640, height: 800, name: 'a window at 200 % zoom (640 px)' },
];

/** The checks of one page type in `locale`, on one load of its page (a step each, named after the type). */
function checksOf(page: Page, type: PageType, locale: 'zh-cn' | 'en', problems: string[]): Check[] {
	let url = '';
	let loaded: LoadRecord | undefined;
	/** Every check after the load runs on this page's load, never on the page before it. */
	const onPage = (body: (rec: LoadRecord) => Promise<void>) => async () => {
		if (!loaded) throw new Error(`${type.name}: the page did not load`);
		await body(loaded);
	};
	const checks: Check[] = [
		[
			`${type.name}: loads and answers with the page in its language`,
			async () => {
				url = pageOf(type, locale);
				// Each page starts as a new reader's would: default window, no media preference.
				await page.setViewportSize(defaultViewport);
				await page.emulateMedia({ reducedMotion: null });
				const rec = await recordLoad(page, url);
				expect(rec.status, url).toBe(type.notFound ? 404 : 200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-CN');
				loaded = rec;
			},
		],
		[
			`${type.name}: ships only the JavaScript it uses, no web fonts`,
			onPage(async ({ scripts, requests, inline, present, care, readAloud }) => {
				// Care mode's boot script and switch, on every page; read aloud only where the page has its button.
				expect(care, 'care mode’s scripts').toBeGreaterThan(0);
				expect(care, 'care mode’s scripts').toBeLessThan(careBudget);
				if (present.readAloud) expect(readAloud, 'the read-aloud island').toBeGreaterThan(0);
				expect(readAloud, 'the read-aloud island').toBeLessThan(present.readAloud ? readAloudBudget : 1);
				const pagefind = requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
				expect(
					requests.filter((r) => r.type === 'font'),
					'web fonts',
				).toEqual([]);
				// The search page has its island (or the checks below would treat it as a page without one).
				if (type.scripts?.includes('search')) expect(present.search, 'the search island').toBe(true);
				if (present.search) {
					const paths = pagefind.map((r) => new URL(r.url).pathname);
					expect(paths).toContain('/pagefind/pagefind.js');
					// Before any query: Pagefind's script, not the index chunks.
					expect(
						paths.filter((p) => /^\/pagefind\/(index|fragment|filter)\//.test(p)),
						'index chunks before any query',
					).toEqual([]);
				} else {
					expect(
						pagefind.map((r) => r.url),
						'Pagefind loads only on the search page',
					).toEqual([]);
				}
				if (!present.search && !present.lookup && !present.estimator) {
					const total = inline.reduce((a, b) => a + b, 0) + scripts.reduce((a, s) => a + s.bytes, 0);
					expect(
						inline.length + scripts.length,
						'at most the live-status script (and the copy buttons’ where they are)',
					).toBeLessThanOrEqual(present.copy ? 2 : 1);
					expect(total, 'JavaScript bytes').toBeLessThan(liveStatusBudget);
				}
				if (!present.estimator)
					expect(
						scripts.map((s) => s.url).filter((u) => /estimator/i.test(u)),
						'estimator script',
					).toEqual([]);
			}),
		],
	];
	if (type.name === 'notice') {
		checks.push([
			`${type.name}: HTML and CSS together stay under 32 KB`,
			onPage(async ({ markup }) => {
				const total = markup.reduce((a, b) => a + b.bytes, 0);
				expect(
					markup.some((b) => new URL(b.url).pathname === url),
					'the document itself is counted',
				).toBe(true);
				expect(
					markup.some((b) => new URL(b.url).pathname.endsWith('.css')),
					'its stylesheet is counted',
				).toBe(true);
				expect(total, markup.map((b) => `${new URL(b.url).pathname} ${b.bytes}`).join(', ')).toBeLessThan(noticeBudget);
			}),
		]);
	}
	checks.push(
		[`${type.name}: has no axe WCAG 2.1 AA violations`, onPage(() => expectNoAxeViolations(page))],
		[
			`${type.name}: reads in its language, Chinese on English pages marked and labelled`,
			onPage(async () => {
				expect(await languageProblems(page, locale, en.common.inChinese)).toEqual([]);
			}),
		],
		[
			`${type.name}: targets at least 24×24 px, primary controls 44×44, on a window and on a phone`,
			onPage(async () => {
				const found = (await targetProblems(page)).map((p) => `window: ${p}`);
				await page.setViewportSize(phone);
				found.push(...(await targetProblems(page)).map((p) => `phone: ${p}`));
				await page.setViewportSize(defaultViewport);
				expect(found).toEqual([]);
			}),
		],
		[
			`${type.name}: shows where the keyboard focus is`,
			onPage(async () => {
				// Nothing has taken the focus since the load: the skip link, then the first controls of the header,
				// must each be drawn with a focus indicator.
				for (let i = 0; i < 3; i++) {
					await page.keyboard.press('Tab');
					const style = await page.evaluate(() => {
						const el = document.activeElement as HTMLElement;
						const cs = getComputedStyle(el);
						return {
							tag: el.tagName,
							outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
							ring: cs.boxShadow !== 'none',
						};
					});
					expect(style.tag, 'focus moved to an element').not.toBe('BODY');
					expect(style.outline || style.ring, `focus indicator on ${style.tag}`).toBe(true);
				}
			}),
		],
		[
			`${type.name}: does not animate when the reader prefers reduced motion`,
			onPage(async () => {
				await page.emulateMedia({ reducedMotion: 'reduce' });
				// The media query applies to the loaded page; a frame later every style reflects it.
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
				const moving = await page.evaluate(() =>
					[...document.querySelectorAll('*')]
						.map((el) => ({ el, cs: getComputedStyle(el) }))
						.filter(({ cs }) => {
							const longest = (v: string) =>
								Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
							return (
								(cs.animationName !== 'none' && longest(cs.animationDuration) > 0.01) ||
								longest(cs.transitionDuration) > 0.01
							);
						})
						.map(({ el }) => el.tagName + (el.className ? `.${String(el.className).split(' ')[0]}` : '')),
				);
				// Back to no preference for the next step, whatever this one found.
				await page.emulateMedia({ reducedMotion: null });
				expect(moving, 'elements that animate or transition').toEqual([]);
			}),
		],
		[
			`${type.name}: reflows at 320 px and at 200 % zoom without sideways scrolling or cut text`,
			onPage(async () => {
				const found: string[] = [];
				for (const { name, ...size } of reflowViewports) {
					await page.setViewportSize(size);
					found.push(...(await layoutProblems(page)).map((p) => `${name}: ${p}`));
				}
				expect(found).toEqual([]);
			}),
		],
		[
			`${type.name}: no console errors, failed or third-party requests`,
			async () => {
				// What fixtures.ts would report at the end of the test, attributed to this page and taken off its list.
				const mine = problems.splice(0);
				expect(mine, url).toEqual([]);
			},
		],
	);
	return checks;
}

for (const locale of ['zh-cn', 'en'] as const) {
	test.describe(`page types (${locale})`, () => {
		const notFound = pageTypes.filter((t) => t.notFound).map((t) => pageOf(t, locale));
		test.use({ allowedStatusPaths: notFound });

		test(`every page type: budget, axe, keyboard focus, reduced motion, reflow`, async ({ page, pageProblems }) => {
			// One page visits every type in turn (a new browser context per type costs more than the checks of a page).
			// Routing turns Chromium's HTTP cache off, so that each page's scripts and stylesheets are fetched and
			// counted as on a first visit, not served from the cache the previous page filled.
			await page.route('**/*', (route) => route.continue());
			await runChecks(
				`page types (${locale})`,
				pageTypes.flatMap((type) => checksOf(page, type, locale, pageProblems)),
			);
		});
	});
}
