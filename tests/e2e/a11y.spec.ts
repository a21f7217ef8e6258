/**
 * Accessibility on one page of every type, in both languages: axe (WCAG 2.1 A and AA) with zero violations,
 * reflow at 320 px and at 200 % zoom without horizontal scrolling, a visible keyboard focus, and no motion when
 * the reader asks for reduced motion. One test per page and language runs the four checks as steps, each on a
 * fresh load of the page (see checks.ts: every failed check is reported, by page and check). The keyboard-only
 * walks through search, area lookup and the estimator are at the end.
 */
import type { Page } from '@playwright/test';
import { runChecks } from './checks.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { pageOf, pageTypes } from './page-types.ts';

/** Horizontal overflow of the page in CSS pixels (0 when nothing scrolls sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const locale of ['zh-cn', 'en'] as const) {
	test.describe(`accessibility (${locale})`, () => {
		for (const type of pageTypes) {
			test.describe(type.name, () => {
				test.use({ allowedStatusPaths: type.notFound ? [pageOf(type, locale)] : [] });

				test('axe, reflow, keyboard focus, reduced motion', async ({ page }) => {
					const url = pageOf(type, locale);
					// The steps run in this order because the last two change the page's media and viewport.
					await runChecks(`${type.name} (${url})`, [
						[
							'has no axe WCAG 2.1 AA violations',
							async () => {
								const res = await page.goto(url);
								expect(res?.status()).toBe(type.notFound ? 404 : 200);
								await expect(page.locator('html')).toHaveAttribute('lang', locale === 'en' ? 'en' : 'zh-CN');
								await expectNoAxeViolations(page);
							},
						],
						[
							'shows where the keyboard focus is',
							async () => {
								await page.goto(url);
								// The skip link, then the first controls of the header: each must be drawn with a focus indicator.
								for (let i = 0; i < 3; i++) {
									await page.keyboard.press('Tab');
									const style = await page.evaluate(() => {
										const el = document.activeElement as HTMLElement;
										const cs = getComputedStyle(el);
										return { tag: el.tagName, outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, ring: cs.boxShadow !== 'none' };
									});
									expect(style.tag, 'focus moved to an element').not.toBe('BODY');
									expect(style.outline || style.ring, `focus indicator on ${style.tag}`).toBe(true);
								}
							},
						],
						[
							'does not animate when the reader prefers reduced motion',
							async () => {
								await page.emulateMedia({ reducedMotion: 'reduce' });
								await page.goto(url);
								const moving = await page.evaluate(() =>
									[...document.querySelectorAll('*')]
										.map((el) => ({ el, cs: getComputedStyle(el) }))
										.filter(({ cs }) => {
											const longest = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
											return (cs.animationName !== 'none' && longest(cs.animationDuration) > 0.01) || longest(cs.transitionDuration) > 0.01;
										})
										.map(({ el }) => el.tagName + (el.className ? `.${String(el.className).split(' ')[0]}` : '')),
								);
								// Back to no preference for the next step, whatever this one found.
								await page.emulateMedia({ reducedMotion: null });
								expect(moving, 'elements that animate or transition').toEqual([]);
							},
						],
						[
							'reflows at 320 px and at 200 % zoom without horizontal scrolling',
							async () => {
								// 320 CSS px is WCAG 1.4.10's reflow width; 640 CSS px is a 1280 px window at 200 % zoom.
								await page.setViewportSize({ width: 320, height: 800 });
								await page.goto(url);
								for (const width of [320, 640]) {
									await page.setViewportSize({ width, height: 800 });
									expect(await horizontalOverflow(page), `overflow at ${width} px`).toBeLessThanOrEqual(0);
								}
							},
						],
					]);
				});
			});
		}
	});
}

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: string, max = 60): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, target)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

test.describe('keyboard only', () => {
	test('search: header box, filters, results, open a result', async ({ page }) => {
		await page.goto('/');
		await tabTo(page, '#site-search-q');
		await page.keyboard.type('关牟线');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=/);
		const list = page.locator('#search-results');
		await expect(list).toHaveAttribute('data-count', /^[1-9]\d*$/);
		const all = Number(await list.getAttribute('data-count'));

		// The type filter is a radio group: Tab reaches it, arrow keys choose.
		await tabTo(page, 'input[name="type"]');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('input[name="type"][value="停电"]')).toBeChecked();
		await expect(page).toHaveURL(/type=%E5%81%9C%E7%94%B5/);
		await expect(list).toHaveAttribute('data-count', /^\d+$/);
		expect(Number(await list.getAttribute('data-count'))).toBeLessThanOrEqual(all);

		await tabTo(page, '#search-results a');
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href}$`));
	});

	test('area lookup: type a village, choose it with the arrow keys, open its page', async ({ page }) => {
		await page.goto('/areas/');
		await tabTo(page, '[data-finder-input]');
		await page.keyboard.type('关牟');
		await expect(page.locator('[data-finder-list] [role="option"]').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('[data-finder-input]')).toHaveAttribute('aria-activedescendant', /.+/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/areas\/guanmou[a-z-]*\/$/);
	});

	test('estimator: fill in the form and get a bill without the mouse', async ({ page }) => {
		await page.goto('/tariffs/estimator/');
		await tabTo(page, '#est-kwh');
		await page.keyboard.type('300');
		await page.keyboard.press('Enter');
		await expect(page.locator('#est-result')).toContainText(/\d/);
	});
});
