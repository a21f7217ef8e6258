import { expect, test } from './fixtures.ts';
import { searchTop } from './search-helpers.ts';

// axe, reflow and keyboard focus on the unit list, a unit page and a notice with its restoration, in both
// languages, run in page-types.spec.ts (page types 'unit list', 'unit', 'restored notice').

// The fixture: notices anchored at 2026-12-01, built at 10:00 that day (Asia/Shanghai); the units of
// tests/fixtures/site/units.json. 关牟供电所 serves 关牟镇: its villages' outage in progress
// (qs-20261201-guanmou-cun) is on its page; the notice of 30 November (qs-20261130-shangguan) had power back at
// 15:20, 40 minutes before the planned 16:00, and the one of 27 November (qs-20261127-wenchang) at 11:55, 25 minutes
// after the planned 11:30.
const AT_BUILD = new Date('2026-12-01T10:00:00+08:00');

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: AT_BUILD });
});

test.describe('supply units', () => {
	for (const c of [
		{
			locale: 'zh-cn',
			list: '/units/',
			heading: '供电所（营业厅）',
			unit: '关牟供电所',
			hours: '营业时间',
			now: '辖区内正在停电和即将停电',
		},
		{
			locale: 'en',
			list: '/en/units/',
			heading: 'Supply offices',
			unit: 'Guanmou Supply Office',
			hours: 'Opening hours',
			now: 'Power cuts now and coming in its areas',
		},
	] as const) {
		test(`the list (${c.locale}): every unit, each linked`, async ({ page }) => {
			await page.goto(c.list);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.heading);
			await expect(page.locator('[data-units] > li')).toHaveCount(4);
			await page.getByRole('link', { name: c.unit }).click();
			await expect(page).toHaveURL(new RegExp(`${c.list}guanmou/$`));
		});

		test(`a unit's page (${c.locale}): how to reach it, what it serves, its outages`, async ({ page }) => {
			await page.goto(`${c.list}guanmou/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.unit);
			await expect(page.getByRole('link', { name: '0839-5550141' })).toHaveAttribute('href', 'tel:08395550141');
			await expect(page.locator('.unit-contact')).toContainText(c.hours);
			// What it serves links to the area's page.
			await expect(page.locator('[data-served] a')).toHaveAttribute(
				'href',
				`${c.locale === 'en' ? '/en' : ''}/areas/guanmou/`,
			);
			// Its areas' outages on now and coming, and none of another unit's.
			await expect(page.getByRole('heading', { name: c.now })).toBeVisible();
			const cards = page.locator('[data-unit-current] [data-notice]');
			await expect(cards.first()).toHaveAttribute('data-notice', 'qs-20261201-guanmou-cun');
			const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-notice')));
			expect(ids).toContain('qs-20261208-baiyun');
			expect(ids).not.toContain('qs-20261201-binhe');
		});
	}

	test('an area page names its unit and links to it; so does a notice', async ({ page }) => {
		await page.goto('/areas/guanmou-cun/');
		const unit = page.locator('[data-area-unit]');
		await expect(unit).toContainText('负责供电所');
		await unit.getByRole('link', { name: '关牟供电所' }).click();
		await expect(page).toHaveURL(/\/units\/guanmou\/$/);

		await page.goto('/en/outages/qs-20261201-binhe/');
		const dd = page.locator('[data-unit="chengguan"]');
		await expect(dd.getByRole('link', { name: 'Chengguan Supply Office' })).toHaveAttribute(
			'href',
			'/en/units/chengguan/',
		);
		await expect(dd.getByRole('link', { name: '0839-5550131' })).toBeVisible();
	});
});

test.describe('a notice with power reported back', () => {
	for (const c of [
		{
			locale: 'zh-cn',
			path: '/outages/qs-20261130-shangguan/',
			early: '比计划提前 40 分钟恢复送电',
			label: '实际送电时间',
			history: '恢复送电',
			substation: '变电站：',
			districts: '台区：',
		},
		{
			locale: 'en',
			path: '/en/outages/qs-20261130-shangguan/',
			early: 'Power came back 40 minutes earlier than planned',
			label: 'Power actually back',
			history: 'Power restored at',
			substation: 'Substation:',
			districts: 'Transformer districts:',
		},
	] as const) {
		test(`says when power came back and how early (${c.locale}), with its substation and 台区`, async ({ page }) => {
			await page.goto(c.path);
			const restored = page.locator('[data-restored]');
			await expect(restored).toHaveAttribute('data-restored', 'early');
			await expect(restored).toContainText(c.label);
			await expect(restored).toContainText(c.early);
			await expect(restored.locator('time')).toHaveAttribute('datetime', '2026-11-30T15:20:00+08:00');
			await expect(restored).toContainText('15:20');
			await expect(page.locator('.notice__status [data-live-status]')).toHaveAttribute('data-state', 'ended');
			await expect(page.locator('[data-history="restored"]')).toContainText(c.history);
			await expect(page.getByText(c.substation, { exact: true })).toBeVisible();
			await expect(page.locator('[data-substation]')).toHaveText('35kV 关牟变电站');
			await expect(page.getByText(c.districts, { exact: true })).toBeVisible();
			// Each name, then the list separator before the next.
			await expect(page.locator('[data-transformer-districts] li')).toHaveText([
				/^\s*上关村1组台区[、,]\s*$/,
				/^\s*上关村2组台区[、,]\s*$/,
				/^\s*下关村公变台区\s*$/,
			]);
		});
	}

	test('a late restoration says so; a notice without one says nothing about it', async ({ page }) => {
		await page.goto('/outages/qs-20261127-wenchang/');
		await expect(page.locator('[data-restored]')).toHaveAttribute('data-restored', 'late');
		await expect(page.locator('[data-restoration-delta]')).toHaveText('比计划推迟 25 分钟恢复送电');
		await page.goto('/outages/qs-20261129-yangliu/');
		await expect(page.locator('[data-restored]')).toHaveCount(0);
	});

	test('the feeds and the JSON API carry it', async ({ request }) => {
		const ics = await (await request.get('/outages/qs-20261130-shangguan.ics')).text();
		const unfolded = ics.replace(/\r\n[ \t]/g, '');
		expect(unfolded).toContain('SEQUENCE:1');
		expect(unfolded).toContain('DTEND:20261130T072000Z');
		expect(unfolded).toContain('比计划提前 40 分钟恢复送电');
		const api = await (await request.get('/api/outages.json')).json();
		const n = api.notices.find((x: { id: string }) => x.id === 'qs-20261130-shangguan');
		expect(n).toMatchObject({
			restoredAt: '2026-11-30T15:20:00+08:00',
			actualEnd: '2026-11-30T15:20:00+08:00',
			end: '2026-11-30T16:00:00+08:00',
			revision: 2,
			substation: '35kV 关牟变电站',
			unit: { id: 'guanmou' },
		});
		expect(n.history.at(-1)).toMatchObject({ event: 'restored', restoredAt: '2026-11-30T15:20:00+08:00' });
		const atom = await (await request.get('/outages.xml')).text();
		expect(atom).toMatch(
			/<updated>2026-11-30T07:25:00Z<\/updated>[\s\S]*qs-20261130-shangguan|qs-20261130-shangguan[\s\S]*?<updated>2026-11-30T07:25:00Z<\/updated>/,
		);
	});

	test('search finds the notice by the 台区 name on a meter box', async ({ page }) => {
		expect(await searchTop(page, '/search/', '上关村2组台区')).toContain('/outages/qs-20261130-shangguan/');
		expect(await searchTop(page, '/en/search/', '下关村公变台区')).toContain('/en/outages/qs-20261130-shangguan/');
	});
});
