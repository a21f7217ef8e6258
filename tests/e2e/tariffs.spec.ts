import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

// The fixture site is built at 2026-12-01, when qs-2026-07 is in force and qs-2025-01 is superseded.
const version = (id: string) =>
	JSON.parse(readFileSync(path.resolve('tests/fixtures/site/tariffs/versions', `${id}.json`), 'utf8'));
const current = version('qs-2026-07');

const locales = [
	{
		prefix: '',
		lang: 'zh-CN',
		sample: '示例数据',
		inForce: '现行电价',
		from: '2026年7月1日',
		old: '已停止执行',
		calc: '计算电费',
		total: '289.60 元',
		tier3: '第三档（第 401–450 千瓦时）',
	},
	{
		prefix: '/en',
		lang: 'en',
		sample: 'Example figures',
		inForce: 'Prices in force',
		from: '1 July 2026',
		old: 'No longer in force',
		calc: 'Work out the bill',
		total: '¥289.60',
		tier3: 'Tier 3 (kWh 401 to 450)',
	},
];

test.describe('tariff pages', () => {
	for (const l of locales) {
		test(`${l.prefix || '/'} tariffs overview shows the version in force, its date, the example label, and passes axe`, async ({
			page,
		}) => {
			await page.goto(`${l.prefix}/tariffs/`);
			await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
			const main = page.getByRole('main');
			await expect(main).toContainText(l.sample);
			await expect(main.getByRole('heading', { name: l.inForce })).toBeVisible();
			await expect(main).toContainText(l.from);
			// The tier table comes from the data: every tier price and the summer boundaries.
			const table = main.locator('table').first();
			for (const tier of current.classes[0].pricing.tiers) await expect(table).toContainText(tier.price);
			await expect(table).toContainText(l.lang === 'en' ? '261 to 600 kWh' : '261–600 千瓦时');
			// Older versions stay browsable.
			await main.locator(`a[href="${l.prefix}/tariffs/versions/qs-2025-01/"]`).click();
			await expect(page.getByRole('main')).toContainText(l.old);
			await expect(page.getByRole('main')).toContainText('0.5680');
			// axe on this version page: page-types.spec.ts, "tariff version" (qs-2025-01) in both languages.
		});

		test(`${l.prefix || '/'} tariff explanation pages show figures from the data and pass axe`, async ({ page }) => {
			await page.goto(`${l.prefix}/tariffs/tiered-pricing/`);
			const main = page.getByRole('main');
			await expect(main).toContainText(l.sample);
			await expect(main.locator('[data-example="winter-450"] [data-total]')).toHaveText(l.total);
			await expectNoAxeViolations(page);
			for (const slug of ['time-of-use', 'reading-your-bill', 'why-bills-rise']) {
				await page.goto(`${l.prefix}/tariffs/${slug}/`);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByRole('main').locator('[data-total]').first()).toBeVisible();
			}
			await expectNoAxeViolations(page);
		});

		test(`${l.prefix || '/'} estimator gives the amount and breakdown for typed input, and passes axe`, async ({
			page,
		}) => {
			await page.goto(`${l.prefix}/tariffs/estimator/`);
			const form = page.locator('form#estimator');
			await expect(form).toBeVisible();
			await page.locator('#est-month').selectOption('1');
			await page.locator('#est-household').fill('3');
			await page.locator('#est-kwh').fill('450');
			await page.getByRole('button', { name: l.calc }).click();
			const result = page.locator('#est-result');
			await expect(result).toHaveAttribute('aria-live', 'polite');
			await expect(result.locator('.total')).toHaveText(l.total);
			await expect(result.locator('tbody tr')).toHaveCount(3);
			await expect(result.locator('tbody tr').nth(2)).toContainText(l.tier3);
			await expectNoAxeViolations(page);
		});
	}

	test('the estimator works with the keyboard alone, time-of-use meter included', async ({ page }) => {
		await page.goto('/tariffs/estimator/');
		await tabTo(page, '#est-month');
		await page.keyboard.press('End'); // December
		await expect(page.locator('#est-month')).toHaveValue('12');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('#est-month')).toHaveValue('11');
		await page.keyboard.press('Tab');
		await expect(page.locator('#est-household')).toBeFocused();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('3');
		await page.keyboard.press('Tab');
		await expect(page.locator('#est-meter-single')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('#est-meter-tou')).toBeChecked();
		await expect(page.locator('#est-kwh')).toBeHidden();
		await page.keyboard.press('Tab'); // critical peak (not in November: left empty)
		await page.keyboard.press('Tab');
		await expect(page.locator('#est-peak')).toBeFocused();
		await page.keyboard.type('150');
		await page.keyboard.press('Tab');
		await page.keyboard.type('120');
		await page.keyboard.press('Tab');
		await page.keyboard.type('180');
		await page.keyboard.press('Enter');
		const result = page.locator('#est-result');
		// Worked by hand in tests/fixtures/site/tariffs/versions/qs-2026-07.json, example "tou-november".
		await expect(result.locator('.total')).toHaveText('252.10 元');
		await expect(result.locator('tbody tr')).toHaveCount(6);
		await expect(result).toContainText('峰时段');
		await expect(result).toContainText('第三档加价（当月第 401–450 千瓦时）');
	});

	test('invalid input is explained next to the form and the field gets focus', async ({ page }) => {
		await page.goto('/en/tariffs/estimator/');
		await page.locator('#est-kwh').fill('12.5');
		await page.getByRole('button', { name: 'Work out the bill' }).click();
		await expect(page.getByRole('alert')).toContainText('must be whole kWh as on the meter, got 12.5');
		await expect(page.locator('#est-kwh')).toBeFocused();
		await expect(page.locator('#est-kwh')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#est-result-section')).toBeHidden();
		// Full-width digits, as many phone keyboards type them, are read.
		await page.locator('#est-kwh').fill('４５０');
		await page.locator('#est-month').selectOption('7');
		await page.keyboard.press('Enter');
		await expect(page.locator('#est-result .total')).toHaveText('¥274.10');
		await expect(page.locator('#est-kwh')).not.toHaveAttribute('aria-invalid', 'true');
	});

	test('at 320 px wide nothing but the tables scrolls sideways, and the estimator still works', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		// Page after page: leaving one at its load event may cancel its favicon request, which fixtures.ts does not
		// count as a failed request, so nothing waits for the network to go idle.
		for (const p of ['/tariffs/', '/en/tariffs/versions/qs-2026-07/', '/tariffs/time-of-use/', '/tariffs/estimator/']) {
			await page.goto(p);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(320);
		}
		await page.locator('#est-kwh').fill('1000000');
		await page.locator('#est-month').selectOption('1');
		await page.keyboard.press('Enter');
		await expect(page.locator('#est-result .total')).toHaveText('887890.00 元');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	test('the estimator script ships only on the estimator page', async ({ page }) => {
		for (const p of ['/tariffs/', '/tariffs/tiered-pricing/', '/guidance/', '/en/tariffs/versions/qs-2026-07/']) {
			await page.goto(p);
			await expect(page.locator('script[src*="Estimator"]')).toHaveCount(0);
			await expect(page.locator('#est-data')).toHaveCount(0);
		}
	});
});

test.describe('tariff pages without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const l of locales) {
		test(`${l.prefix || '/'} estimator page shows every worked example with the hand-worked amount`, async ({
			page,
		}) => {
			await page.goto(`${l.prefix}/tariffs/estimator/`);
			await expect(page.locator('form#estimator')).toBeHidden();
			await expect(page.locator('.noscript')).toBeVisible();
			for (const ex of current.examples) {
				const total = page.locator(`[data-example="${ex.id}"] [data-total]`);
				await expect(total).toHaveText(l.lang === 'en' ? `¥${ex.expectedTotal}` : `${ex.expectedTotal} 元`);
			}
			// (axe needs JavaScript to run; the same page is checked with it in the tests above.)
		});
	}
});

/** Presses Tab until `selector` has focus (at most 60 times), as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}
