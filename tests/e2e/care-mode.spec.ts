/**
 * Care mode (关怀模式 / Larger text) and read-aloud (朗读), as an older reader uses them on a phone, in both languages:
 * - switching care mode on in the header: the page becomes large, high-contrast text with big targets and a compact
 *   header, before the first paint of every later page, until it is switched off;
 * - on every page type in care mode: body text at least 22 px, line spacing at least 1.5, contrast at least 7:1,
 *   every control at least 44 × 44 px, nothing scrolling sideways; paragraphs further apart than lines;
 * - without JavaScript: the site works, and the switch's place says it needs JavaScript;
 * - read aloud: a notice and a guidance article, with the browser's speech synthesis replaced by a fake that records
 *   what would be said (headless Chromium has no voices): natural sentences, in the page's language, by a voice for
 *   it; no button where the browser has no voice for the language.
 * `SCREENSHOTS=1` also writes the pictures of docs/care-mode.md into docs/images/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { careStorageKey } from '../../src/lib/care/mode.ts';
import { careFigures, fakeSpeech, heard, horizontalOverflow, targetProblems, textProblems } from './care.ts';
import { type Check, runChecks } from './checks.ts';
import { expect, test } from './fixtures.ts';
import { inLocale, pageOf, pageTypes } from './page-types.ts';

const shots = process.env.SCREENSHOTS ? path.resolve('docs/images') : undefined;
if (shots) mkdirSync(shots, { recursive: true });

/** A phone: the width and height the residents' tasks are tried at. */
const phone = { width: 360, height: 740 };
test.use({ viewport: phone });

/** The in-progress sample notice (08:00–17:30 on the fixture's day, Guanmou supply office) and a guidance article. */
const notice = '/outages/qs-20261201-guanmou-cun/';
const article = '/guidance/outage-prepare/';

const words = {
	'zh-cn': {
		switch: '关怀模式',
		needsScript: '关怀模式需开启 JavaScript',
		readNotice: '朗读这条通知',
		readArticle: '朗读全文',
		stop: '停止朗读',
	},
	en: {
		switch: 'Larger text',
		needsScript: 'Larger text needs JavaScript',
		readNotice: 'Read this notice aloud',
		readArticle: 'Read aloud',
		stop: 'Stop reading',
	},
} as const;

/** Starts a page in care mode, as a reader who switched it on earlier on this device. */
async function rememberCareMode(context: BrowserContext) {
	await context.addInitScript((key) => {
		if (!sessionStorage.getItem('care-test-started')) {
			localStorage.setItem(key, 'on');
			sessionStorage.setItem('care-test-started', '1');
		}
	}, careStorageKey);
}

/** The root font size and whether the care stylesheet applies. */
async function careState(page: Page) {
	return page.evaluate(() => ({
		attribute: document.documentElement.getAttribute('data-care'),
		rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
	}));
}

for (const locale of ['zh-cn', 'en'] as const) {
	const w = words[locale];

	test.describe(`care mode (${locale})`, () => {
		// The not-found page type answers 404, as it should.
		test.use({ allowedStatusPaths: pageTypes.filter((t) => t.notFound).map((t) => pageOf(t, locale)) });

		test('the header switch turns care mode on; it stays on from page to page, then off', async ({ page }) => {
			const careCss: string[] = [];
			page.on('request', (r) => {
				if (/\/care\.[^/]+\.css$/.test(r.url())) careCss.push(r.url());
			});
			if (shots && locale === 'zh-cn') {
				await page.goto(notice);
				await page.screenshot({ path: path.join(shots, 'care-mode-off.png') });
			}
			await page.goto(inLocale('/', locale));
			const toggle = page.getByRole('button', { name: w.switch });
			await expect(toggle).toBeVisible();
			await expect(toggle).toHaveAttribute('aria-pressed', 'false');
			expect(await careState(page)).toEqual({ attribute: 'off', rootPx: 18 });
			// Nobody who has not switched care mode on downloads its stylesheet.
			await page.waitForLoadState('networkidle');
			expect(careCss, 'care stylesheet before the switch').toEqual([]);

			await toggle.click();
			await expect.poll(() => careCss.length, 'care stylesheet after the switch').toBe(1);
			await expect(toggle).toHaveAttribute('aria-pressed', 'true');
			await expect.poll(() => careState(page)).toEqual({ attribute: 'on', rootPx: careFigures.minFontPx });
			// The secondary chrome has gone; the content and the main actions are there.
			await expect(page.locator('.site-search')).toBeHidden();
			await expect(
				page.getByRole('navigation', { name: locale === 'zh-cn' ? '主导航' : 'Main navigation' }),
			).toBeVisible();

			// To a notice, as a reader would: through the outages section.
			await page
				.getByRole('navigation')
				.getByRole('link', { name: locale === 'zh-cn' ? '停电信息' : 'Power cuts' })
				.click();
			await expect(page).toHaveURL(new RegExp(`${inLocale('/outages/', locale)}$`));
			// The URL changes when the new page is committed, before its head (and the boot script in it) is parsed.
			await page.waitForLoadState('domcontentloaded');
			expect(await careState(page)).toEqual({ attribute: 'on', rootPx: careFigures.minFontPx });
			await page.goto(inLocale(notice, locale));
			expect(await careState(page)).toEqual({ attribute: 'on', rootPx: careFigures.minFontPx });
			await expect(page.getByRole('button', { name: w.switch })).toHaveAttribute('aria-pressed', 'true');
			if (shots && locale === 'zh-cn') await page.screenshot({ path: path.join(shots, 'care-mode-on.png') });

			await page.getByRole('button', { name: w.switch }).click();
			expect(await careState(page)).toEqual({ attribute: 'off', rootPx: 18 });
			await page.reload();
			expect(await careState(page)).toEqual({ attribute: 'off', rootPx: 18 });
			await expect(page.getByRole('button', { name: w.switch })).toHaveAttribute('aria-pressed', 'false');
		});

		test('another tab open on the site follows the switch', async ({ page, context }) => {
			await page.goto(inLocale('/', locale));
			const other = await context.newPage();
			await other.goto(inLocale(article, locale));
			await page.getByRole('button', { name: w.switch }).click();
			await expect.poll(() => careState(other)).toEqual({ attribute: 'on', rootPx: careFigures.minFontPx });
			await expect(other.getByRole('button', { name: w.switch })).toHaveAttribute('aria-pressed', 'true');
			await other.close();
		});

		test('a page opens in care mode before its first paint, with no flash of the normal style', async ({
			page,
			context,
		}) => {
			await rememberCareMode(context);
			// What the document is like when its body starts: nothing can have been painted before.
			await context.addInitScript(() => {
				new MutationObserver((_, observer) => {
					if (!document.body) return;
					const sheet = document.querySelector<HTMLLinkElement>('link[data-care-stylesheet]');
					(window as unknown as { atBody: object }).atBody = {
						attribute: document.documentElement.getAttribute('data-care'),
						sheetEnabled: sheet ? !sheet.disabled : false,
					};
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			});
			// A slow care stylesheet: the first paint must wait for it.
			await page.route(/\/care\.[^/]+\.css$/, async (route) => {
				await new Promise((r) => setTimeout(r, 600));
				await route.continue();
			});
			await page.goto(inLocale(notice, locale));
			await page.waitForLoadState('networkidle');
			const timing = await page.evaluate(() => ({
				atBody: (window as unknown as { atBody: object }).atBody,
				firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				careCss: (
					performance.getEntriesByType('resource').find((e) => /\/care\.[^/]+\.css$/.test(e.name)) as
						PerformanceResourceTiming | undefined
				)?.responseEnd,
			}));
			expect(timing.atBody).toEqual({ attribute: 'on', sheetEnabled: true });
			expect(timing.careCss, 'the care stylesheet was loaded').toBeGreaterThan(500);
			expect(timing.firstPaint, 'first paint after the care stylesheet arrived').toBeGreaterThanOrEqual(
				timing.careCss as number,
			);
		});

		test('every page type in care mode: large text, 7:1 contrast, 44 px targets, nothing sideways', async ({
			page,
			context,
			pageProblems,
		}) => {
			await rememberCareMode(context);
			const checks: Check[] = pageTypes.map((type) => [
				`${type.name}: care mode figures`,
				async () => {
					const url = pageOf(type, locale);
					await page.goto(url);
					expect((await careState(page)).rootPx, 'root font size').toBe(careFigures.minFontPx);
					const found = [
						...(await textProblems(page)),
						...(await targetProblems(page)),
						...((await horizontalOverflow(page)) > 0
							? [`scrolls sideways by ${await horizontalOverflow(page)} px`]
							: []),
					];
					expect(found, url).toEqual([]);
					expect(pageProblems.splice(0), url).toEqual([]);
				},
			]);
			await runChecks(`care mode (${locale})`, checks);
		});

		test('a notice in care mode: compact header, when, where, why and whom to call', async ({ page, context }) => {
			await rememberCareMode(context);
			await page.goto(inLocale(notice, locale));
			const header = await page.locator('.site-header').boundingBox();
			expect(header?.height, 'header height on a 740 px phone screen').toBeLessThanOrEqual(0.35 * phone.height);
			for (const hidden of ['.site-search', '.breadcrumbs', '.copy-notice', '.site-footer__meta'])
				await expect(page.locator(hidden)).toBeHidden();
			for (const shown of ['.notice__window', '.notice__facts', '.notice__areas a', `.notice__facts a[href^="tel:"]`])
				await expect(page.locator(shown).first()).toBeVisible();
		});

		test('a guidance article in care mode: paragraphs further apart than lines', async ({ page, context }) => {
			await rememberCareMode(context);
			await page.goto(inLocale(article, locale));
			const spacing = await page.evaluate(() => {
				const blocks = [...document.querySelectorAll<HTMLElement>('.prose > ul > li, .prose > p')];
				const pairs: Array<{ gap: number; line: number; text: string }> = [];
				for (const [i, el] of blocks.entries()) {
					const next = blocks[i + 1];
					if (!next || next.parentElement !== el.parentElement) continue;
					pairs.push({
						gap: next.getBoundingClientRect().top - el.getBoundingClientRect().bottom,
						line: parseFloat(getComputedStyle(el).lineHeight),
						text: (el.textContent ?? '').slice(0, 20),
					});
				}
				return pairs;
			});
			expect(spacing.length, 'paragraphs and list items measured').toBeGreaterThan(5);
			// MIIT: the space from paragraph to paragraph at least 1.3 times that from line to line.
			for (const p of spacing) expect(p.gap + p.line, p.text).toBeGreaterThanOrEqual(1.3 * p.line);
		});

		test('without JavaScript the site works and the switch says it needs JavaScript', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await page.goto(inLocale(notice, locale));
			await expect(page.getByText(w.needsScript)).toBeVisible();
			await expect(page.getByRole('button', { name: w.switch })).toBeHidden();
			await expect(page.locator('[data-read-aloud]')).toBeHidden();
			await expect(page.locator('.notice__window')).toBeVisible();
			await expect(page.locator('.notice__facts a[href^="tel:"]')).toBeVisible();
			expect(
				requests.filter((p) => p.includes('/care.')),
				'care stylesheet',
			).toEqual([]);
			await context.close();
		});
	});

	test.describe(`read aloud (${locale})`, () => {
		const voices = [
			{ name: 'Chinese (China)', lang: 'zh-CN' },
			{ name: 'Cantonese (Hong Kong)', lang: 'zh-HK' },
			{ name: 'English (United Kingdom)', lang: 'en-GB' },
		];
		const voiceOf = { 'zh-cn': 'Chinese (China)', en: 'English (United Kingdom)' }[locale];
		const pageLang = locale === 'zh-cn' ? 'zh-CN' : 'en';

		test('a notice is read as people say it, in the page’s language', async ({ page }) => {
			await page.addInitScript(...fakeSpeech(voices));
			await page.goto(inLocale(notice, locale));
			const button = page.getByRole('button', { name: w.readNotice });
			await expect(button).toBeVisible();
			if (shots && locale === 'zh-cn') {
				// The top of the notice: title, status and the button.
				const top = (await page.locator('.notice h1').boundingBox())?.y ?? 0;
				const box = await page.locator('[data-read-aloud]').boundingBox();
				const y = Math.max(0, top - 16);
				await page.screenshot({
					path: path.join(shots, 'read-aloud.png'),
					clip: { x: 0, y, width: phone.width, height: (box?.y ?? 0) + (box?.height ?? 0) + 16 - y },
				});
			}
			await button.click();
			await expect(page.getByRole('button', { name: w.stop })).toBeVisible();
			const { spoken } = await heard(page);
			const text = spoken.map((s) => s.text).join(' ');
			expect(
				spoken.every((s) => s.lang === pageLang && s.voice === voiceOf),
				JSON.stringify(spoken),
			).toBe(true);
			// No ISO dates or times, no 24-hour clock, the phone number not as written, no "kV".
			expect(text).not.toMatch(/\d{4}-\d{2}|T\d{2}:|\b\d{1,2}:\d{2}\b(?! [ap]\.m\.)|0839|5550141|\d\.\d|kV|#/);
			const expected =
				locale === 'zh-cn'
					? [
							'青山县供电局停电通知，计划检修。',
							'停电时间：12月1日 星期二，上午8点 到 下午5点半，大约9个半小时。',
							'停电区域：关牟村、关牟街社区。',
							'停电原因：更换老旧电杆及导线。',
							'咨询电话：关牟供电所，零八三九，五五五，零一四一。',
						]
					: [
							'Qingshan County Power Supply Bureau: notice of a power cut for planned maintenance.',
							'When: Tuesday the 1st of December, from 8 a.m. to 5:30 p.m., about nine and a half hours.',
							'Reason: Replacing old poles and conductors.',
							'For questions, call Guanmou Supply Office on zero eight three nine, five five five, zero one four one.',
						];
			for (const sentence of expected) expect(spoken.map((s) => s.text)).toContain(sentence);

			// Stop: the engine is told to stop, the button offers to read again.
			await page.getByRole('button', { name: w.stop }).click();
			expect((await heard(page)).cancelled).toBeGreaterThan(0);
			await expect(button).toBeVisible();
			// Read to the end: the button comes back by itself.
			await button.click();
			await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
			await expect(button).toBeVisible();
		});

		test('a guidance article is read as it stands, its phone number digit by digit', async ({ page }) => {
			await page.addInitScript(...fakeSpeech(voices));
			await page.goto(inLocale(article, locale));
			await page.getByRole('button', { name: w.readArticle }).click();
			const { spoken } = await heard(page);
			const texts = spoken.map((s) => s.text);
			const title = (await page.locator('h1').textContent())?.trim();
			expect(texts[0]).toBe(title);
			expect(texts[1]).toBe((await page.locator('.lead').textContent())?.trim());
			// The headings and list items of the article, its questions and answers, and the emergency note.
			expect(texts.length).toBeGreaterThan(15);
			const faq = (await page.locator('.faq summary').first().textContent())?.trim();
			expect(texts).toContain(faq);
			expect(texts.join(' ')).toContain(
				locale === 'zh-cn' ? '零八三九，五五五，零一九九' : 'zero eight three nine, five five five, zero one nine nine',
			);
			// Not read: the review date, the related articles, the button itself.
			const all = texts.join(' ');
			expect(all).not.toMatch(/\d{4}-\d{2}|0839|5550199/);
			expect(all).not.toContain(w.readArticle);
			expect(spoken.every((s) => s.lang === pageLang && s.voice === voiceOf)).toBe(true);
		});

		test('no button where the browser has no voice for the language', async ({ page }) => {
			// An engine with a voice for the other language only.
			const other = voices.filter((v) => !v.lang.startsWith(locale === 'zh-cn' ? 'zh' : 'en'));
			await page.addInitScript(...fakeSpeech(other));
			await page.goto(inLocale(notice, locale));
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { __speech: { listed: boolean } }).__speech.listed))
				.toBe(true);
			await expect(page.locator('[data-read-aloud]')).toBeHidden();
			// The other language's page has its button.
			await page.goto(inLocale(notice, locale === 'zh-cn' ? 'en' : 'zh-cn'));
			await expect(page.locator('[data-read-aloud] button')).toBeVisible();
		});
	});
}

test('headless Chromium, which has speech synthesis but no voices, shows no read-aloud button', async ({ page }) => {
	await page.goto(notice);
	expect(await page.evaluate(() => 'speechSynthesis' in window && speechSynthesis.getVoices().length)).toBe(0);
	await page.waitForTimeout(300);
	await expect(page.locator('[data-read-aloud]')).toBeHidden();
});
