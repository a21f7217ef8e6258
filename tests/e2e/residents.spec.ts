/**
 * What residents come to the site to do, done as they do it: on a phone (360×740, touch), in Chinese and in
 * English, and where it matters at 200 % zoom. Each test is one task; its steps run in one browser page
 * (checks.ts), and every step that fails is reported with what the resident would have seen.
 *
 * The fixture: sample notices anchored at 2026-12-01, built at 10:00 that day (Asia/Shanghai). 杨柳村 (Yangliu
 * Village, 石桥镇, 北山供电片区) has had two power cuts in November and its next is on 26 December (with 茶园村 and
 * 龙潭村).
 */
import type { Page } from '@playwright/test';
import { type Check, runChecks } from './checks.ts';
import { expect, test } from './fixtures.ts';
import { fixture } from '../fixture-site.ts';
import { sampleNotices } from '../../src/lib/sample/sample-notices.ts';
import { outageStatus } from '../../src/lib/outages/status.ts';
import { actualEnd } from '../../src/lib/outages/restoration.ts';

const AT_BUILD = new Date(fixture.now);
const phone = { width: 360, height: 740 };

/** The sample's notices, with their status at the build time. */
const notices = sampleNotices(fixture.anchor, fixture.timeZone).map((n) => ({
	id: n.id,
	end: Date.parse(actualEnd(n)),
	status: outageStatus(n, AT_BUILD),
}));
const statusOf = new Map(notices.map((n) => [n.id, n.status]));
/** Notices still to come or in progress at the build time (cancelled ones aside): what “upcoming first” puts first. */
const upcoming = new Set(
	notices.filter((n) => ['upcoming', 'soon', 'in-progress'].includes(n.status)).map((n) => n.id),
);

const languages = [
	{
		lang: 'zh-CN',
		prefix: '',
		finder: '查找我所在的地区',
		find: '查找',
		village: '杨柳村',
		nextOutage: { id: 'qs-20261226-chayuan', status: '即将停电', when: '12月26日' },
		/** How people write the village, and how they then ask for it. */
		typed: [
			{ typed: '杨柳村', how: 'its name', then: 'tap' },
			{ typed: 'yangliu', how: 'its pinyin', then: 'enter' },
			{ typed: 'ylc', how: 'its initials', then: 'suggestion' },
			{ typed: '杨柳村5组', how: 'the villagers’ group after it, as notices write it', then: 'tap' },
			{ typed: '石桥镇杨柳村', how: 'the town before it', then: 'enter' },
			{ typed: '石桥镇杨柳村5组', how: 'the town before it and the group after it', then: 'tap' },
		],
		nothing: '火星村',
		nothingSays: '没有找到这个地方',
		statuses: {
			upcoming: '即将停电',
			soon: '24 小时内停电',
			'in-progress': '正在停电',
			ended: '已恢复供电',
			cancelled: '已取消',
		},
		powerCut: '停电',
	},
	{
		lang: 'en',
		prefix: '/en',
		finder: 'Find my area',
		find: 'Find',
		village: 'Yangliu Village',
		nextOutage: { id: 'qs-20261226-chayuan', status: 'Coming up', when: '26 December' },
		typed: [
			{ typed: 'Yangliu Village', how: 'its name', then: 'tap' },
			{ typed: 'yangliu', how: 'its pinyin', then: 'enter' },
			{ typed: 'Yangliu Village group 5', how: 'the villagers’ group after it', then: 'tap' },
			{ typed: 'Shiqiao Town Yangliu Village', how: 'the town before it', then: 'enter' },
			{ typed: '石桥镇杨柳村5组', how: 'its Chinese address, as on the notice board', then: 'tap' },
		],
		nothing: 'Atlantis',
		nothingSays: 'No place of that name found',
		statuses: {
			upcoming: 'Coming up',
			soon: 'Within 24 hours',
			'in-progress': 'Power off now',
			ended: 'Power back on',
			cancelled: 'Cancelled',
		},
		powerCut: 'power cut',
	},
] as const;

/**
 * Types into the finder on the page as a resident does, then asks for the place: tapping (or clicking) the
 * finder's button while the suggestions are open, pressing Enter, or tapping the first suggestion.
 */
async function findPlace(
	page: Page,
	l: (typeof languages)[number],
	typed: string,
	then: 'tap' | 'click' | 'enter' | 'suggestion',
): Promise<void> {
	const box = page.getByRole('combobox', { name: l.finder });
	await box.click();
	await page.keyboard.type(typed);
	const first = page.getByRole('option').first();
	await expect(first, `a suggestion for “${typed}”`).toContainText(l.village);
	if (then === 'enter') await page.keyboard.press('Enter');
	else if (then === 'suggestion') await first.tap();
	else {
		const button = page.getByRole('button', { name: l.find, exact: true });
		if (then === 'tap') await button.tap();
		else await button.click();
	}
}

/** On the village's page: its name, and its next power cut first, with its status and day. */
async function expectVillagePage(page: Page, l: (typeof languages)[number], how: string): Promise<void> {
	await expect(page, `after asking for the village by ${how}, its page opens`).toHaveURL(
		new RegExp(`${l.prefix}/areas/yangliu/$`),
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(l.village);
	const next = page.locator('[data-area-current] [data-notice]').first();
	await expect(next, 'the next power cut is the first listed').toHaveAttribute('data-notice', l.nextOutage.id);
	await expect(next.locator('[data-live-status]')).toHaveText(l.nextOutage.status);
	await expect(next).toContainText(l.nextOutage.when);
}

test.describe('a resident on a phone', () => {
	test.use({ viewport: phone, hasTouch: true, isMobile: true });
	// The live script recomputes statuses from the reader's clock: set it to the build time.
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: AT_BUILD });
	});

	for (const l of languages) {
		test(`${l.lang}: finds their village's next power cut from the home page, however they write it`, async ({
			page,
		}) => {
			const checks: Check[] = l.typed.map(({ typed, how, then }) => [
				`by ${how} (“${typed}”), then ${then === 'tap' ? `tapping ${l.find}` : then === 'enter' ? 'Enter' : 'tapping the suggestion'}`,
				async () => {
					await page.goto(`${l.prefix}/`);
					await findPlace(page, l, typed, then);
					await expectVillagePage(page, l, how);
				},
			]);
			checks.push(
				[
					'then opens that power cut and reads when it is',
					async () => {
						await page.goto(`${l.prefix}/areas/yangliu/`);
						await page.locator(`[data-area-current] a[href="${l.prefix}/outages/${l.nextOutage.id}/"]`).tap();
						await expect(page).toHaveURL(new RegExp(`/outages/${l.nextOutage.id}/$`));
						await expect(page.getByRole('main')).toContainText(l.nextOutage.when);
					},
				],
				[
					`sees plainly, on screen, when nothing matches (“${l.nothing}”), typing and tapping ${l.find}`,
					async () => {
						await page.goto(`${l.prefix}/`);
						const box = page.getByRole('combobox', { name: l.finder });
						await box.click();
						await page.keyboard.type(l.nothing);
						const none = page.locator('[data-finder-none]').first();
						await expect(none, 'a visible “nothing found” while typing').toBeVisible();
						await expect(none).toContainText(l.nothingSays);
						await expect(none.getByRole('link'), 'a way on: the list of all areas').toHaveAttribute(
							'href',
							`${l.prefix}/areas/`,
						);
						await page.getByRole('button', { name: l.find, exact: true }).tap();
						await expect(page, 'tapping the button with nothing found stays on the page').toHaveURL(
							new RegExp(`${l.prefix}/$`),
						);
						await expect(none, 'still says so after tapping').toBeVisible();
						// Typing a place that exists takes the message away.
						await box.fill('');
						await page.keyboard.type(l.typed[1].typed);
						await expect(none).toBeHidden();
					},
				],
			);
			if (l.lang === 'zh-CN')
				checks.push(
					[
						'at 200 % zoom (a 180 px wide screen), tapping 查找 with the suggestions open',
						async () => {
							await page.setViewportSize({ width: phone.width / 2, height: phone.height / 2 });
							await page.goto('/');
							await findPlace(page, l, '石桥镇杨柳村', 'tap');
							await expectVillagePage(page, l, 'the town before it, at 200 % zoom');
							await page.setViewportSize(phone);
						},
					],
					[
						'from the outage list, tapping 查找 with the suggestions open',
						async () => {
							await page.goto('/outages/');
							await findPlace(page, l, '杨柳村5组', 'tap');
							await expectVillagePage(page, l, 'the group after it, from the outage list');
						},
					],
				);
			await runChecks(`${l.lang} resident finding their village`, checks);
		});

		test(`${l.lang}: searches “${l.powerCut}” and gets the power cuts to come first, each with its status`, async ({
			page,
		}) => {
			/** The results of the search on the page, in order: path and status label (empty for a page that is no notice). */
			const results = async (n: number) => {
				const list = page.locator('#search-results');
				await expect(list).toHaveAttribute('data-count', /^\d+$/, { timeout: 20_000 });
				const count = Math.min(n, Number(await list.getAttribute('data-count')));
				const out: Array<{ path: string; id?: string; status: string }> = [];
				for (let i = 0; i < count; i++) {
					await page.evaluate((k) => document.querySelectorAll('#search-results > li')[k]?.scrollIntoView(), i);
					const li = list.locator('> li').nth(i);
					await expect(li.locator('a')).toHaveAttribute('href', /.+/);
					const path = new URL((await li.locator('a').getAttribute('href')) as string, 'http://x').pathname;
					const status = (await li.locator('.result__status').allTextContents()).join('');
					out.push({ path, id: /\/outages\/(qs-[^/]+)\/$/.exec(path)?.[1], status });
				}
				return out;
			};
			const describe = (rs: Awaited<ReturnType<typeof results>>) =>
				rs.map((r, i) => `${i + 1}. ${r.path}${r.status ? ` [${r.status}]` : ''}`).join('\n');
			await runChecks(`${l.lang} resident searching`, [
				[
					`“${l.powerCut}”: the outage list, then every power cut to come or on now, soonest first, each with its status`,
					async () => {
						await page.goto(`${l.prefix}/search/?q=${encodeURIComponent(l.powerCut)}`);
						const top = await results(upcoming.size + 3);
						const notice = top.findIndex((r) => r.id);
						// The page about power cuts (the outage list) may come first; the notices right after it.
						expect(notice, `a notice among the first two results:\n${describe(top)}`).toBeGreaterThanOrEqual(0);
						expect(notice, `a notice among the first two results:\n${describe(top)}`).toBeLessThanOrEqual(1);
						const firstUpcoming = top.slice(notice, notice + upcoming.size);
						expect(
							firstUpcoming.filter((r) => !r.id || !upcoming.has(r.id)),
							`the ${upcoming.size} power cuts to come or on now come before anything else:\n${describe(top)}`,
						).toEqual([]);
						const ends = firstUpcoming.map((r) => notices.find((n) => n.id === r.id)?.end ?? 0);
						const days = ends.map((e) => new Date(e + 8 * 3_600_000).toISOString().slice(0, 10));
						expect(days, `soonest first (by the day they end):\n${describe(top)}`).toEqual([...days].sort());
						for (const r of top.filter((x) => x.id))
							expect(r.status, `${r.path} shows its status`).toBe(l.statuses[statusOf.get(r.id as string)!]);
					},
				],
				[
					'a village: its page, then the power cuts to come above the past ones, each with its status',
					async () => {
						// 关牟村 is named by its own notice (on now), 牟家坪's and 白云村's (to come; the town's line) and by past ones.
						const q = l.lang === 'en' ? 'Guanmou Village' : '关牟村';
						await page.goto(`${l.prefix}/search/?q=${encodeURIComponent(q)}`);
						const all = await results(20);
						const rank = (pred: (r: (typeof all)[number]) => boolean) => all.findIndex(pred);
						const lastUpcoming = Math.max(...all.map((r, i) => (r.id && upcoming.has(r.id) ? i : -1)));
						const firstPast = rank((r) => !!r.id && !upcoming.has(r.id));
						expect(lastUpcoming, `a power cut to come is found:\n${describe(all)}`).toBeGreaterThanOrEqual(0);
						if (firstPast >= 0)
							expect(firstPast, `every power cut to come is above every past one:\n${describe(all)}`).toBeGreaterThan(
								lastUpcoming,
							);
						for (const r of all.filter((x) => x.id))
							expect(r.status, `${r.path} shows its status`).toBe(l.statuses[statusOf.get(r.id as string)!]);
					},
				],
				[
					'a cancelled power cut says it is cancelled',
					async () => {
						const q = l.lang === 'en' ? 'Lianhua Village' : '莲花村';
						await page.goto(`${l.prefix}/search/?q=${encodeURIComponent(q)}`);
						const all = await results(10);
						const cancelled = all.find((r) => r.id === 'qs-20261205-lianhua');
						expect(cancelled, `the cancelled notice is found:\n${describe(all)}`).toBeDefined();
						expect(cancelled?.status).toBe(l.statuses.cancelled);
					},
				],
			]);
		});

		test(`${l.lang}: estimates a household's bill, with the units on the bill typed in`, async ({ page }) => {
			const calc = l.lang === 'en' ? 'Work out the bill' : '计算电费';
			const estimate = async (kwh: string) => {
				await page.locator('#est-kwh').fill(kwh);
				await page.getByRole('button', { name: calc }).tap();
			};
			await runChecks(`${l.lang} resident estimating a bill`, [
				[
					'the estimator says it is for households, and where a shop’s price is',
					async () => {
						await page.goto(`${l.prefix}/tariffs/estimator/`);
						const note = page.locator('[data-estimator-scope]');
						await expect(note, 'said before the form').toBeVisible();
						await expect(note).toContainText(l.lang === 'en' ? 'households' : '居民');
						await expect(note).toContainText(l.lang === 'en' ? 'shop' : '商店');
						await note.getByRole('link').tap();
						await expect(page).toHaveURL(new RegExp(`${l.prefix}/tariffs/#other-classes$`));
						await expect(page.locator('#other-classes')).toBeInViewport();
						await expect(page.locator('#other-classes + * table')).toContainText(l.lang === 'en' ? 'Shops' : '商');
					},
				],
				[
					`typing “200${l.lang === 'en' ? ' kWh' : '度'}” as the bill says gives the same as 200`,
					async () => {
						await page.goto(`${l.prefix}/tariffs/estimator/`);
						await estimate('200');
						const total = page.locator('#est-result .total');
						await expect(total).toHaveText(/\d/);
						const expected = await total.textContent();
						await estimate(l.lang === 'en' ? '200 kWh' : '200度');
						await expect(page.locator('#est-error'), 'no complaint about the unit').toHaveText('');
						await expect(total).toHaveText(expected as string);
					},
				],
				[
					'typing words instead of a number says what to type, never “NaN”',
					async () => {
						await page.goto(`${l.prefix}/tariffs/estimator/`);
						await estimate(l.lang === 'en' ? 'two hundred' : '二百');
						const alert = page.getByRole('alert');
						await expect(alert).toContainText(l.lang === 'en' ? 'e.g. 200' : '如 200');
						await expect(alert).not.toContainText('NaN');
						await expect(page.locator('#est-kwh')).toBeFocused();
					},
				],
			]);
		});
	}
});

test.describe('a resident on a laptop', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: AT_BUILD });
	});

	test('clicks 查找 with the suggestions open, at 100 % and at 200 % zoom', async ({ page }) => {
		const l = languages[0];
		await runChecks(
			'resident on a laptop',
			[
				{ width: 1366, height: 768, zoom: '100 %' },
				{ width: 683, height: 384, zoom: '200 %' },
			].map(({ zoom, ...size }): Check => [
				`at ${zoom} (${size.width}×${size.height} CSS px)`,
				async () => {
					await page.setViewportSize(size);
					await page.goto('/');
					await findPlace(page, l, '杨柳村', 'click');
					await expectVillagePage(page, l, `its name, clicking 查找 at ${zoom}`);
				},
			]),
		);
	});
});
