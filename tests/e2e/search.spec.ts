/**
 * The search page and the header search box: results with their type and a notice's date window, filters by
 * type and district, one index per language, and what happens without JavaScript.
 */
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { searchHere, searchTop, topResults } from './search-helpers.ts';
import { fixture } from '../fixture-site.ts';

test.use({ viewport: { width: 1280, height: 2000 } });
// Results list the power cuts still to come first, and each notice's status, as of the reader's clock: the build time.
test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date(fixture.now) });
});

test('a notice result shows its type and date window', async ({ page }) => {
	await searchTop(page, '/search/', '关牟线', 10);
	const result = page
		.locator('#search-results li')
		.filter({ has: page.locator('a[href="/outages/qs-20261201-guanmou-cun/"]') });
	await expect(result.locator('.result__type')).toHaveText('停电');
	await expect(result.locator('.result__when')).toContainText('12月1日');
	await expect(result.locator('.result__when')).toContainText('08:00');
	await expect(page.locator('[data-search-status]')).toContainText('关牟线');
});

test('a notice’s status and place in the results follow the reader’s clock, on the same index', async ({ page }) => {
	// 龙潭村: its own notice today 14:00–16:00, and 茶园村's on 26 December, which names it too.
	const today = '/outages/qs-20261201-longtan/';
	const later = '/outages/qs-20261226-chayuan/';
	const statusOf = (href: string) =>
		page
			.locator('#search-results li')
			.filter({ has: page.locator(`a[href="${href}"]`) })
			.locator('.result__status');
	const at10 = await searchTop(page, '/search/', '龙潭村', 10);
	await expect(statusOf(today)).toHaveText('24 小时内停电');
	await expect(statusOf(later)).toHaveText('即将停电');
	expect(at10.indexOf(today), at10.join(', ')).toBeLessThan(at10.indexOf(later));
	await page.clock.fastForward('05:00:00');
	await searchHere(page, '龙潭', 10);
	await expect(statusOf(today)).toHaveText('正在停电');
	await page.clock.fastForward('02:00:00');
	const at17 = await searchHere(page, '龙潭村', 10);
	await expect(statusOf(today)).toHaveText('已恢复供电');
	// Over: below the power cut still to come.
	expect(at17.indexOf(later), at17.join(', ')).toBeLessThan(at17.indexOf(today));
});

test('the type filter keeps only that type, and the address remembers it', async ({ page }) => {
	// A query both tariff pages and other pages answer within the top 20. (Not '电': open months' notices are a
	// bundle of their own, and Pagefind ranks each merged bundle on its own scale, so for one character that every
	// notice repeats, all of them come first.)
	const unfiltered = await searchTop(page, '/search/', '电价', 20);
	expect(unfiltered.some((p) => p.startsWith('/tariffs/'))).toBe(true);
	expect(unfiltered.some((p) => !p.startsWith('/tariffs/'))).toBe(true);
	await page.getByRole('radio', { name: '电价' }).check();
	await expect(page).toHaveURL(/type=%E7%94%B5%E4%BB%B7/);
	const filtered = await topResults(page, 20);
	expect(filtered.length).toBeGreaterThan(0);
	expect(
		filtered.every((p) => p.startsWith('/tariffs/')),
		filtered.join(', '),
	).toBe(true);
});

test('the district filter keeps only pages about that district', async ({ page }) => {
	const beishan = await searchTop(page, '/search/', '停电', 20, { district: '北山供电片区' });
	const chengqu = await searchTop(page, '/search/', '停电', 20, { district: '城区供电片区' });
	expect(beishan.length).toBeGreaterThan(0);
	expect(chengqu.length).toBeGreaterThan(0);
	// 关牟村 is in Beishan, 南门社区 in the urban district.
	expect(beishan).not.toContain('/areas/nanmen/');
	expect(chengqu).not.toContain('/areas/guanmou-cun/');
	await expect(page.getByRole('radio', { name: '城区供电片区' })).toBeChecked();
});

test('each language searches its own index', async ({ page }) => {
	const zh = await searchTop(page, '/search/', '关牟村', 20);
	expect(zh.length).toBeGreaterThan(0);
	expect(
		zh.every((p) => !p.startsWith('/en/')),
		zh.join(', '),
	).toBe(true);
	const en = await searchTop(page, '/en/search/', 'Guanmou', 20);
	expect(en.length).toBeGreaterThan(0);
	expect(
		en.every((p) => p.startsWith('/en/')),
		en.join(', '),
	).toBe(true);
	await expect(page.locator('[data-search-status]')).toContainText(/results? for “Guanmou”/);
});

test('a query with nothing to find says so and offers the sections', async ({ page }) => {
	await searchTop(page, '/search/', 'zzqqxxnotaword');
	await expect(page.locator('[data-search-status]')).toContainText('没有找到');
	await expect(page.getByRole('navigation', { name: '按栏目查找' }).getByRole('link', { name: '电价' })).toBeVisible();
});

test('the header search box submits to the search page, which runs the search', async ({ page }) => {
	await page.goto('/en/tariffs/');
	const box = page.getByRole('search', { name: 'Search this site' });
	await box.getByRole('searchbox').fill('tiered prices');
	await box.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/en\/search\/\?q=tiered\+prices$/);
	// The first query loads Pagefind, its WebAssembly and the index: on a busy two-core machine that alone has taken
	// over the 5 s an expectation waits by default (as in search-helpers.ts). A wait, not a time limit on the search.
	await expect(page.locator('#search-results')).toHaveAttribute('data-count', /^[1-9]\d*$/, { timeout: 20_000 });
	await expect(page.getByLabel('Search for')).toHaveValue('tiered prices');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header box still goes to the search page, which points to the sections', async ({ page }) => {
		await page.goto('/outages/');
		const box = page.getByRole('search', { name: '搜索本站' });
		await box.getByRole('searchbox').fill('关牟村');
		await box.getByRole('searchbox').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=%E5%85%B3%E7%89%9F%E6%9D%91$/);
		await expect(page.getByText('本站搜索需要浏览器开启 JavaScript')).toBeVisible();
		const browse = page.getByRole('navigation', { name: '按栏目查找' });
		await expect(browse.getByRole('link', { name: '按村、社区查找停电' })).toHaveAttribute('href', '/areas/');
		await expect(browse.getByRole('link', { name: '停电信息（全部停电通知）' })).toHaveAttribute('href', '/outages/');
		// No filters that cannot work.
		await expect(page.locator('[data-search-filters]')).toBeHidden();
	});
});

test('the index of each language holds the type and district filters and the notices’ date windows', async ({
	page,
}) => {
	for (const [home, types, districts] of [
		['/search/', ['停电', '电价', '安全用电'], ['城区供电片区', '北山供电片区']],
		['/en/search/', ['Power cuts', 'Prices', 'Safety'], ['Urban District', 'Beishan District']],
	] as const) {
		await page.goto(home);
		const index = await page.evaluate(async (pagefindUrl) => {
			// Loaded in the page from the built site; a URL in a variable keeps TypeScript from resolving it on disk.
			const pf = await import(/* @vite-ignore */ pagefindUrl);
			// The notices of the open months are in bundles of their own, merged as the search page does.
			const manifest = await (await fetch('/pagefind/archive/manifest.json')).json();
			for (const b of manifest.open) await pf.mergeIndex(b.path, { baseUrl: '/' });
			const filters = await pf.filters();
			const found = await pf.search('关牟线');
			const data = await Promise.all(found.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
			return {
				filters,
				data: data as Array<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>,
			};
		}, '/pagefind/pagefind.js');
		for (const t of types) expect(Object.keys(index.filters.type ?? {})).toContain(t);
		for (const d of districts) expect(Object.keys(index.filters.district ?? {})).toContain(d);
		const notice = index.data.find((d) => /\/outages\/qs-20261201-guanmou-cun\/$/.test(d.url));
		expect(notice, index.data.map((d) => d.url).join(', ')).toBeDefined();
		expect(notice?.meta.summary).toMatch(/08:00/);
		expect(notice?.filters.district).toEqual([districts[1]]);
		// The notice's window, not its status: the index stays right as the clock moves (src/lib/search/upcoming.ts).
		expect([notice?.meta.start, notice?.meta.end, notice?.meta.lifecycle]).toEqual([
			'2026-12-01T08:00:00+08:00',
			'2026-12-01T17:30:00+08:00',
			undefined,
		]);
		expect(notice?.filters.ends).toEqual(['2026-12', '2026-12-01', '2026-12-01T17']);
	}
});

test('the search page with results and filters showing has no axe violations, in both languages', async ({ page }) => {
	for (const [path, q] of [
		['/search/', '关牟村'],
		['/en/search/', 'tiered prices'],
	] as const) {
		await searchTop(page, path, q, 5);
		await expect(page.locator('[data-search-filters]')).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test.describe('past notices (archive bundles, merged on demand)', () => {
	// The fixture's clock is 1 December 2026: notices of October and earlier are in /pagefind/archive/2026/.
	const archived = ['/outages/qs-20260105-guanmou-cun/', '/outages/qs-20260902-guanmou-cun/'];

	test('the first search loads only the live index; asking for past notices adds them, and the address keeps it', async ({
		page,
	}) => {
		const archiveRequests: string[] = [];
		page.on('request', (r) => {
			if (/\/pagefind\/archive\/[^/]+\//.test(r.url())) archiveRequests.push(r.url());
		});
		const recent = await searchTop(page, '/search/', '关牟线', 30);
		expect(recent).toContain('/outages/qs-20261201-guanmou-cun/');
		expect(recent.filter((p) => archived.includes(p))).toEqual([]);
		expect(archiveRequests).toEqual([]);
		const note = page.locator('[data-search-archive]');
		await expect(note).toContainText('不含 2026年10月及以前的往期停电通知');

		await note.getByRole('button', { name: '同时搜索往期停电通知' }).click();
		await expect(page).toHaveURL(/archive=1/);
		await expect(note).toContainText('结果已包含往期停电通知（2026年1月至2026年10月）');
		await expect(note.getByRole('button')).toBeHidden();
		const all = await topResults(page, 30);
		expect(all).toEqual(expect.arrayContaining([...archived, '/outages/qs-20261201-guanmou-cun/']));
		expect(archiveRequests.length).toBeGreaterThan(0);
	});

	test('filters and date windows work across the merged bundles', async ({ page }) => {
		const beishan = await searchTop(page, '/search/', '关牟线', 30, { archive: '1', district: '北山供电片区' });
		expect(beishan).toEqual(expect.arrayContaining(archived));
		const result = page
			.locator('#search-results li')
			.filter({ has: page.locator('a[href="/outages/qs-20260105-guanmou-cun/"]') });
		await expect(result.locator('.result__type')).toHaveText('停电');
		await expect(result.locator('.result__when')).toContainText('1月5日');

		const chengqu = await searchTop(page, '/search/', '关牟线', 30, { archive: '1', district: '城区供电片区' });
		expect(chengqu.filter((p) => archived.includes(p))).toEqual([]);
		const prices = await searchTop(page, '/search/', '电', 30, { archive: '1', type: '电价' });
		expect(prices.length).toBeGreaterThan(0);
		expect(
			prices.every((p) => p.startsWith('/tariffs/')),
			prices.join(', '),
		).toBe(true);
	});

	test('the English page merges the English index of the archive', async ({ page }) => {
		const en = await searchTop(page, '/en/search/', 'Guanmou line', 30, { archive: '1' });
		expect(en).toEqual(expect.arrayContaining(archived.map((p) => `/en${p}`)));
		expect(
			en.every((p) => p.startsWith('/en/')),
			en.join(', '),
		).toBe(true);
		await expect(page.locator('[data-search-archive]')).toContainText(
			'Results include past notices (January 2026 to October 2026)',
		);
	});
});
