/**
 * "Copy notice text" on notice pages: the text the notification channels send, for people who forward notices by
 * hand. Without JavaScript it is shown, ready to select, with no button that could not work; with JavaScript a
 * button copies exactly that text.
 */
import { type Check, runChecks } from './checks.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

const zhongba = {
	path: '/outages/qs-20261210-zhongba/',
	text: '【停电通知】12月10日（周四）08:00—16:00 中坝村、黄土坡村停电。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：https://power.qingshan.example/outages/qs-20261210-zhongba/',
};
const cancelledEn = {
	path: '/en/outages/qs-20261205-lianhua/',
	text: '[Cancelled] The power cut planned for Saturday 5 December 08:00–18:00 in Lianhua Village and Taoyuan Village will not take place. Why: Cancelled because of the weather; a new date will be announced. Contact: Shiqiao Supply Office 0839-5550142. Details: https://power.qingshan.example/en/outages/qs-20261205-lianhua/',
};

test.describe('copy notice text with JavaScript', () => {
	test('the button copies exactly the message text', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(zhongba.path);
		await expect(page.locator('[data-notice-text]')).toHaveText(zhongba.text);
		const button = page.getByRole('button', { name: '复制通知文字' });
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.locator('.copy-notice [role="status"]')).toHaveText(/已复制/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(zhongba.text);
		await expectNoAxeViolations(page);
	});

	test('a cancelled notice says so in the first words (English page)', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(cancelledEn.path);
		await page.getByRole('button', { name: 'Copy notice text' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cancelledEn.text);
	});
});

test.describe('copy notice text without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the text is shown, selected whole with one click, and no button is offered', async ({ page }) => {
		await page.goto(zhongba.path);
		const text = page.locator('[data-notice-text]');
		await expect(text).toBeVisible();
		await expect(text).toHaveText(zhongba.text);
		await expect(page.getByRole('button', { name: '复制通知文字' })).toHaveCount(0);
		await text.click();
		expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(zhongba.text);
		// Not on paper: the printed notice has its own layout.
		await page.emulateMedia({ media: 'print' });
		await expect(text).toBeHidden();
	});
});

test.describe('subscribe page: groups', () => {
	// Both languages, a step each in one browser page (every failing step is reported: checks.ts).
	test('each language explains how a group gets added', async ({ page }) => {
		await runChecks(
			'subscribe page: groups',
			[
				{ path: '/outages/subscribe/', heading: '村委会、物业、乡镇：把通知自动发到您的群', hotline: '0839-5550199' },
				{
					path: '/en/outages/subscribe/',
					heading: 'Village committees, property managers, townships: notices in your group chat',
					hotline: '0839-5550199',
				},
			].map(({ path, heading, hotline }): Check => [
				`${path} explains how a group gets added`,
				async () => {
					await page.goto(path);
					const section = page.locator('#groups');
					await expect(section).toHaveText(heading);
					await expect(page.locator('#groups ~ ol').first()).toContainText(hotline);
				},
			]),
		);
	});
});
