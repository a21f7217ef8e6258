import { runChecks } from './checks.ts';
import { expect, test } from './fixtures.ts';

test.describe('home page', () => {
	for (const { path, lang, heading, hotlineText, switchTo } of [
		{ path: '/', lang: 'zh-CN', heading: '青山县供电局', hotlineText: '供电服务热线', switchTo: '/en/' },
		{
			path: '/en/',
			lang: 'en',
			heading: 'Qingshan County Power Supply Bureau',
			hotlineText: 'Service hotline',
			switchTo: '/',
		},
	]) {
		test(`${path} renders in ${lang} with header, landmarks and footer`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.getByRole('banner')).toContainText(hotlineText);
			await expect(page.getByRole('banner').locator('a[href^="tel:"]').first()).toHaveAttribute(
				'href',
				'tel:08395550199',
			);
			await expect(page.getByRole('navigation').first()).toBeVisible();
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('contentinfo')).toBeVisible();
			await expect(page.locator(`link[rel="alternate"][hreflang="${lang === 'en' ? 'zh-CN' : 'en'}"]`)).toHaveAttribute(
				'href',
				new RegExp(`${switchTo}$`),
			);
			// axe, and reflow at 320 px: page-types.spec.ts, "home" in both languages.
		});
	}

	// Four checks that each need a page load of their own, as steps of one test (one browser page for all four):
	// each step loads its page afresh, and every failing step is reported (checks.ts).
	test('skip link, language switcher, footer and spacing', async ({ page }) => {
		await runChecks('home page', [
			[
				'the skip link is the first thing the keyboard reaches and moves focus to the main content',
				async () => {
					await page.goto('/');
					await page.keyboard.press('Tab');
					const skip = page.getByRole('link', { name: '跳到正文' });
					await expect(skip).toBeFocused();
					await expect(skip).toBeVisible();
					await page.keyboard.press('Enter');
					await expect(page).toHaveURL(/#main$/);
				},
			],
			[
				'the language switcher keeps the current page',
				async () => {
					await page.goto('/');
					await page.getByRole('link', { name: 'English' }).click();
					await expect(page).toHaveURL(/\/en\/$/);
					await expect(page.locator('html')).toHaveAttribute('lang', 'en');
					await page.getByRole('link', { name: '中文' }).click();
					await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
					await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
				},
			],
			[
				'the footer names the utility’s time zone but no build time; the status says when it was true',
				async () => {
					await page.goto('/');
					const footer = page.getByRole('contentinfo');
					await expect(footer).toContainText('UTC+8');
					// A build time in the footer of every page would change every page with every build.
					await expect(footer.locator('time')).toHaveCount(0);
					// The "as of" time, as built (the live script later rewrites it from the reader's clock).
					const html = await (await page.request.get('/')).text();
					expect(html).toMatch(
						/<time data-live-asof[^>]*datetime="2026-12-01T10:00:00\+08:00"[^>]*>2026年12月1日（周二）10:00<\/time>/,
					);
				},
			],
			[
				'after what is on and the next 24 hours, the power cuts of the next two weeks, each linked',
				async () => {
					await page.goto('/');
					const later = page.locator('[data-home-later]');
					// The fixture at 10:00 on 1 December: 8 December (白云村) is a week ahead; 16 December is past two weeks;
					// 5 December (莲花村) is cancelled; 2 December 08:00 is within the 24 hours, listed above.
					await expect(later.locator('a[href="/outages/qs-20261208-baiyun/"]')).toHaveText(/白云村/);
					await expect(later.locator('li').first()).toContainText('12月3日');
					await expect(later.locator('a[href="/outages/qs-20261216-shiqiao-jie/"]')).toHaveCount(0);
					await expect(later.locator('a[href="/outages/qs-20261205-lianhua/"]')).toHaveCount(0);
					await expect(later.locator('a[href="/outages/qs-20261202-xinzhuang/"]')).toHaveCount(0);
					await page.goto('/en/');
					await expect(page.locator('[data-home-later] a[href="/en/outages/qs-20261208-baiyun/"]')).toBeVisible();
				},
			],
			[
				'words separated by spaces in the source stay separated on the page',
				async () => {
					await page.goto('/en/');
					// The hotline label and number are separate inline elements; compressHTML must keep the space between them.
					await expect(page.getByRole('banner')).toContainText('Service hotline 0839-5550199');
				},
			],
		]);
	});
});

test.describe('home page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the same content and navigation', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('青山县供电局');
		await expect(page.getByRole('link', { name: '停电信息' }).first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
	});
});
