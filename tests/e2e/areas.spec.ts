import { type Check, runChecks } from './checks.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

// The fixture: sample notices anchored at 2026-12-01, built at 10:00 that day (Asia/Shanghai).
const AT_BUILD = new Date('2026-12-01T10:00:00+08:00');

test.describe('find my area', () => {
	// The live script recomputes statuses and alerts from the reader's clock: set it to the build time.
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: AT_BUILD });
	});

	// The four ways of typing a village, a step each in one browser page (each step loads the outage list afresh; every
	// failing step is reported: checks.ts).
	test('finds a village by its Chinese name, full pinyin, pinyin prefix or initials with the keyboard alone and opens its page', async ({
		page,
	}) => {
		await runChecks(
			'find my area',
			[
				{ typed: '青山湾', how: 'Chinese name' },
				{ typed: 'qingshanwan', how: 'full pinyin' },
				{ typed: 'qingshan', how: 'pinyin prefix' },
				{ typed: 'qsw', how: 'initials' },
			].map(({ typed, how }): Check => [
				`finds a village by its ${how} ("${typed}") with the keyboard alone and opens its page`,
				async () => {
					await page.goto('/outages/');
					const box = page.getByRole('combobox', { name: '查找我所在的地区' });
					await box.focus();
					await page.keyboard.type(typed);
					const option = page.getByRole('option', { name: /青山湾村/ });
					await expect(option).toBeVisible();
					await expect(box).toHaveAttribute('aria-expanded', 'true');
					await page.keyboard.press('ArrowDown');
					await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
					await expect(box).toHaveAttribute('aria-activedescendant', /-0$/);
					await expect(page.getByRole('option').first()).toContainText('青山湾村');
					await page.keyboard.press('Enter');
					await expect(page).toHaveURL(/\/areas\/qingshanwan\/$/);
					await expect(page.getByRole('heading', { level: 1 })).toContainText('青山湾村');
				},
			]),
		);
	});

	test('initials "qs" list the village among the matches; an alias finds its area', async ({ page }) => {
		await page.goto('/');
		const box = page.getByRole('combobox', { name: '查找我所在的地区' });
		await box.fill('qs');
		await expect(page.getByRole('option', { name: /青山湾村/ })).toBeVisible();
		await box.fill('幸福小区');
		await expect(page.getByRole('option').first()).toContainText('幸福社区');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/areas\/xingfu\/$/);
	});

	test('says when nothing matches, and Escape closes the list', async ({ page }) => {
		await page.goto('/en/areas/');
		const box = page.getByRole('combobox', { name: 'Find my area' });
		await box.fill('guanmou');
		await expect(page.getByRole('listbox')).toBeVisible();
		await box.press('Escape');
		await expect(page.getByRole('listbox')).toBeHidden();
		await box.fill('zzzz');
		await expect(page.locator('[data-finder-status]')).toHaveText('Nothing found. Try another name or its pinyin.');
	});

	test('from a village page to one of its notices', async ({ page }) => {
		await page.goto('/areas/qingshanwan/');
		await page.locator('[data-area-current] a[href="/outages/qs-20261213-moujiaping/"]').click();
		await expect(page).toHaveURL(/\/outages\/qs-20261213-moujiaping\/$/);
		await expect(page.locator('.notice__areas')).toContainText('青山湾村');
	});
});

test.describe('area pages', () => {
	// The live script recomputes statuses and alerts from the reader's clock: set it to the build time.
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: AT_BUILD });
	});

	for (const prefix of ['', '/en']) {
		test(`${prefix}/areas/ lists every area by district, in pinyin order`, async ({ page }) => {
			await page.goto(`${prefix}/areas/`);
			await expect(page.locator('main a[href*="/areas/"]:not([href$="/areas/"])')).not.toHaveCount(0);
			const districts = await page.locator('section.district h2').allTextContents();
			// 北山 (beishan) before 城区 (chengqu) in pinyin order.
			expect(districts).toHaveLength(2);
			expect(districts[0]).toMatch(prefix ? /Beishan/ : /北山/);
			const villages = await page.locator('#guanmou-list + ul a').allTextContents();
			expect(villages.length).toBeGreaterThan(3);
			// axe on this page: page-types.spec.ts, "area list" in both languages.
		});

		test(`${prefix}/areas/guanmou-cun/ shows its notices, record, feeds and the alert for its district`, async ({
			page,
		}) => {
			await page.goto(`${prefix}/areas/guanmou-cun/`);
			await expect(page.locator('[data-notice="qs-20261201-guanmou-cun"]').first()).toBeVisible();
			await expect(page.locator('main [data-alert="sample-storm-beishan"]')).toBeVisible();
			// Said once: in the page, not again in the site-wide banner.
			await expect(page.locator('[data-alert="sample-storm-beishan"]')).toHaveCount(1);
			// Whole days: the 12 months to the end of 2026-11-30: 2026-01-05 (10 h) and 2026-09-02 (10 h). Today's outage,
			// in progress since 08:00, counts from tomorrow (the record moves at midnight, not with every build).
			const record = page.locator('[data-record]');
			await expect(record.locator('caption')).toContainText(
				prefix ? 'to Monday 30 November 2026' : '至 2026年11月30日（周一）',
			);
			const total = record.locator('tr[data-kind="total"] td');
			await expect(total.nth(0)).toHaveText('2');
			await expect(total.nth(1)).toHaveText('20');
			await expect(page.locator(`a[href="${prefix}/areas/guanmou-cun.ics"]`)).toBeVisible();
			await expect(page.locator(`a[href="${prefix}/areas/guanmou-cun.xml"]`)).toBeVisible();
			await expect(page.locator(`link[rel="alternate"][href="${prefix}/areas/guanmou-cun.xml"]`)).toHaveCount(1);
			// axe on this page: page-types.spec.ts, "area" (/areas/guanmou-cun/) in both languages.
		});

		test(`${prefix}/areas/guanmou/ (a town) includes its villages’ notices`, async ({ page }) => {
			await page.goto(`${prefix}/areas/guanmou/`);
			for (const id of ['qs-20261201-guanmou-cun', 'qs-20261213-moujiaping', 'qs-20261208-baiyun']) {
				await expect(page.locator(`[data-notice="${id}"]`)).toHaveCount(1);
			}
			await expect(page.locator('#inside + ul a')).not.toHaveCount(0);
			await expectNoAxeViolations(page);
		});
	}

	test('an area of another district does not carry the district alert in its content', async ({ page }) => {
		await page.goto('/areas/nanmen/');
		await expect(page.locator('main [data-alert]')).toHaveCount(0);
		// It is still in the site-wide banner.
		await expect(page.locator('.alert-banner [data-alert="sample-storm-beishan"]')).toBeVisible();
	});
});

test.describe('find my area without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form goes to the list of all areas', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('textbox', { name: '查找我所在的地区' }).fill('青山湾');
		await page.getByRole('button', { name: '查找' }).click();
		await expect(page).toHaveURL(/\/areas\/\?q=/);
		await page.getByRole('link', { name: '青山湾村' }).click();
		await expect(page).toHaveURL(/\/areas\/qingshanwan\/$/);
	});
});
