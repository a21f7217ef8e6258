/**
 * Keyboard-only walks through search, area lookup and the estimator. The accessibility checks of every page type
 * (axe, reflow, keyboard focus, reduced motion) run with the budget's on one load per page: page-types.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

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
