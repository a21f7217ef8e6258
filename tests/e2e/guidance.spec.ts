import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/** The fixture site's article slugs in a language folder. */
const slugsIn = (locale: string) =>
	readdirSync(path.resolve('tests/fixtures/site/guidance', locale))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.replace(/\.mdx$/, ''))
		.sort();

const locales = [
	{ folder: 'zh-cn', prefix: '', lang: 'zh-CN', faq: '常见问题', reviewed: '最近核对', related: '相关文章' },
	{
		folder: 'en',
		prefix: '/en',
		lang: 'en',
		faq: 'Common questions',
		reviewed: 'Last reviewed',
		related: 'Related articles',
	},
];

test.describe('guidance', () => {
	test('there are at least 12 Chinese and 6 English articles, outage-prepare in both', () => {
		expect(slugsIn('zh-cn').length).toBeGreaterThanOrEqual(12);
		expect(slugsIn('en').length).toBeGreaterThanOrEqual(6);
		expect(slugsIn('zh-cn')).toContain('outage-prepare');
		expect(slugsIn('en')).toContain('outage-prepare');
	});

	for (const l of locales) {
		test(`${l.prefix || '/'}: crawling from the hub reaches every article, each renders, and no internal link is broken`, async ({
			page,
			request,
		}) => {
			test.setTimeout(120_000);
			const hub = `${l.prefix}/guidance/`;
			const queue = [hub];
			const seen = new Set(queue);
			const links = new Set<string>();
			while (queue.length) {
				const url = queue.shift() as string;
				// Leaving a page at its load event may cancel its favicon request: fixtures.ts does not count a request the
				// browser itself aborted as failed, so nothing waits for the network to go idle.
				const res = await page.goto(url);
				expect(res?.status(), url).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
				const hrefs = await page
					.locator('main a[href^="/"], header a[href^="/"]')
					.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') as string));
				for (const href of hrefs) {
					const clean = href.split('#')[0];
					links.add(clean);
					if (clean.startsWith(`${l.prefix}/guidance/`) && !seen.has(clean)) {
						seen.add(clean);
						queue.push(clean);
					}
				}
			}
			const articles = [...seen].flatMap((u) => {
				const m = new RegExp(`^${l.prefix}/guidance/([a-z0-9-]+)/$`).exec(u);
				return m && m[1] !== 'category' ? [m[1]] : [];
			});
			expect(articles.sort()).toEqual(slugsIn(l.folder));
			for (const href of links) {
				const res = await request.get(href);
				expect(res.status(), `link ${href}`).toBe(200);
			}
		});

		test(`${l.prefix || '/'}: an article has last-reviewed date, FAQ as <details>, related links, JSON-LD, meta description, and passes axe`, async ({
			page,
		}) => {
			await page.goto(`${l.prefix}/guidance/fallen-lines/`);
			const main = page.getByRole('main');
			await expect(main).toContainText(l.reviewed);
			await expect(main.locator('time[datetime="2026-11-15"]')).toBeVisible();
			await expect(main).toContainText(l.lang === 'en' ? '8 metres' : '8 米');
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /8/);
			// The FAQ opens with the keyboard.
			const first = main.locator('.faq details').first();
			await expect(first).not.toHaveAttribute('open', '');
			await first.locator('summary').focus();
			await page.keyboard.press('Enter');
			await expect(first).toHaveAttribute('open', '');
			await expect(main.getByRole('heading', { name: l.faq })).toBeVisible();
			await expect(main.getByRole('navigation', { name: l.related }).getByRole('link')).not.toHaveCount(0);
			const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) as string);
			expect(ld.map((x: { '@type': string }) => x['@type'])).toEqual(['Article', 'FAQPage']);
			expect(ld[1].mainEntity.length).toBe(await main.locator('.faq details').count());
			expect(ld[0].dateModified).toBe('2026-11-15');
			await expectNoAxeViolations(page);
		});

		// axe on the hub: page-types.spec.ts, "guidance hub" in both languages; its category page is another one.
		test(`${l.prefix || '/'}: the hub names the hotline; a category page lists its articles and passes axe`, async ({
			page,
		}) => {
			await page.goto(`${l.prefix}/guidance/`);
			await expect(page.getByRole('main')).toContainText(l.lang === 'en' ? 'service hotline' : '供电服务热线');
			await page.goto(`${l.prefix}/guidance/category/home-safety/`);
			await expect(
				page.getByRole('main').getByRole('link', { name: l.lang === 'en' ? /fallen power line/ : /电线断落/ }),
			).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('guidance pages fit a 320 px screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const p of [
			'/guidance/',
			'/guidance/new-connection/',
			'/en/guidance/new-connection/',
			'/en/guidance/category/services/',
		]) {
			await page.goto(p);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(320);
		}
	});

	test('the language switcher links translations, and goes to the other hub where there is none', async ({ page }) => {
		// No waiting for the network to go idle between pages: a favicon request cut off by leaving a page is the browser's
		// own abort, which fixtures.ts does not count as a failed request.
		await page.goto('/guidance/outage-prepare/');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/guidance\/outage-prepare\/$/);
		await page.getByRole('link', { name: '中文' }).click();
		// The Chinese page's own address (a looser pattern would also match the English one still showing).
		await expect(page).toHaveURL(/:\d+\/guidance\/outage-prepare\/$/);
		await page.goto('/guidance/lightning/');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/guidance\/$/);
	});
});
