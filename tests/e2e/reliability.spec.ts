import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { runChecks } from './checks.ts';
import { expect, test } from './fixtures.ts';

/**
 * The service-quality pages as a reader gets them, without JavaScript (axe, reflow and focus on each of these page
 * types run in page-types.spec.ts, through page-types.ts): /reliability/, the area chart, the outage
 * calendar and its day pages, in both languages; and the downloads as a program reads them. The fixture is the
 * sample anchored at 2026-12-01, built at 10:00 that day (Asia/Shanghai).
 */

const ORIGIN = 'https://power.qingshan.example';

interface Doc {
	window: { from: string; to: string };
	total: {
		outages: number;
		hours: number;
		leadTime: { eligible: number; onTime: number; late: Array<{ id: string }> };
		repeatAreas: Array<{ id: string }>;
		months: Array<{ month: string; outages: number }>;
	};
	districts: Array<{ id: string; outages: number }>;
}

/** Every chart on the page is an image named by its own title and description, and sits beside a table. */
async function expectLabelledCharts(page: Page, atLeast: number) {
	const charts = page.locator('svg[role="img"]');
	expect(await charts.count()).toBeGreaterThanOrEqual(atLeast);
	for (const svg of await charts.all()) {
		const [titleId, descId] = ((await svg.getAttribute('aria-labelledby')) ?? '').split(' ');
		await expect(svg.locator(`title#${titleId}`)).toHaveCount(1);
		await expect(svg.locator(`desc#${descId}`)).not.toHaveText('');
	}
}

/** Neither the page nor any chart is wider than the viewport (tables scroll inside their own region). */
async function expectNoSidewaysScroll(page: Page, width: number) {
	await page.setViewportSize({ width, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	for (const svg of await page.locator('svg[role="img"]').all())
		expect((await svg.boundingBox())?.width ?? 0).toBeLessThanOrEqual(width);
}

test.describe('service quality without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const prefix of ['', '/en']) {
		test(`${prefix || '/zh'}: /reliability/, an area chart, the calendar and its day pages`, async ({
			page,
			request,
		}) => {
			const doc: Doc = await (await request.get('/api/reliability.json')).json();
			await runChecks(`${prefix || 'zh'} service quality`, [
				[
					'/reliability/ shows the figures of /api/reliability.json, with labelled charts and tables',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						await expect(page.getByRole('heading', { level: 1 })).toHaveText(
							prefix ? 'Service quality: our record' : '供电服务质量公开',
						);
						await expect(page.locator('[data-figure="outages"]')).toHaveText(String(doc.total.outages));
						await expect(page.locator('[data-figure="hours"]')).toContainText(String(doc.total.hours));
						const months = page.locator('[data-month-table]').first().locator('tbody tr');
						await expect(months).toHaveCount(doc.total.months.length);
						await expect(page.locator('[data-month-table]').first().locator('tfoot [data-outages]')).toHaveText(
							String(doc.total.outages),
						);
						for (const d of doc.districts)
							await expect(page.locator(`[data-district-table] tr[data-district="${d.id}"] [data-outages]`)).toHaveText(
								String(d.outages),
							);
						await expect(page.locator('[data-late] li')).toHaveCount(Math.min(50, doc.total.leadTime.late.length));
						await expect(page.locator('[data-definitions] li')).toHaveCount(6);
						await expectLabelledCharts(page, 2 + doc.districts.length);
					},
				],
				[
					'its repeat-outage links reach the area pages',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						const links = page.locator('[data-repeat] a');
						// The sample's Yangliu village: outages 40, 21 and 2 days before the build.
						expect(doc.total.repeatAreas.map((r) => r.id)).toEqual(['yangliu']);
						await expect(links).toHaveCount(1);
						for (const r of doc.total.repeatAreas) {
							const href = `${prefix}/areas/${r.id}/`;
							await expect(page.locator(`[data-repeat] a[href="${href}"]`)).toHaveCount(1);
							expect((await request.get(href)).status(), href).toBe(200);
						}
					},
				],
				[
					'/reliability/ reads at 320 px (and so at 200 % zoom of 640 px)',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						await expectNoSidewaysScroll(page, 320);
						await page.setViewportSize({ width: 1280, height: 800 });
					},
				],
				[
					'/reliability/ prints on A4: every table and chart within the printable width',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						// A4 less 15 mm margins each side is 180 mm ≈ 680 CSS px.
						await page.setViewportSize({ width: 680, height: 1000 });
						await page.emulateMedia({ media: 'print' });
						const overflow = await page
							.locator('.table-wrap')
							.evaluateAll((ws) => ws.map((w) => w.scrollWidth - w.clientWidth));
						expect(
							overflow.every((o) => o <= 0),
							`tables cut off in print by ${overflow} px`,
						).toBe(true);
						for (const svg of await page.locator('svg[role="img"]').all())
							expect((await svg.boundingBox())?.width ?? 0).toBeLessThanOrEqual(680);
						await page.emulateMedia({ media: 'screen' });
						await page.setViewportSize({ width: 1280, height: 800 });
					},
				],
				[
					'an area page has its 12-month chart beside a table of the same months',
					async () => {
						await page.goto(`${prefix}/areas/guanmou-cun/`);
						const chart = page.locator('[data-area-chart]');
						await expect(chart.locator('svg[role="img"]')).toHaveCount(1);
						await expect(chart.locator('[data-area-chart-table] tbody tr')).toHaveCount(doc.total.months.length);
						// Each bar's value equals its row's figures.
						const bars = await chart
							.locator('rect[data-series]')
							.evaluateAll((rs) => rs.reduce((s, r) => s + Number(r.getAttribute('data-value')), 0));
						const cells = await chart.locator('[data-area-chart-table] tbody td:not(:last-child)').allTextContents();
						expect(bars).toBe(cells.reduce((s, c) => s + Number(c), 0));
						expect(bars).toBeGreaterThan(0);
					},
				],
				[
					'the calendar shows three months, and every day link reaches its day page with that many notices',
					async () => {
						await page.goto(`${prefix}/outages/calendar/`);
						await expect(page.locator('[data-calendar-month]')).toHaveCount(3);
						await expect(page.locator('[data-calendar-month]').first()).toHaveAttribute(
							'data-calendar-month',
							'2026-12',
						);
						await expect(page.locator('td[aria-current="date"]')).toHaveAttribute('data-date', '2026-12-01');
						const links = await page.locator('a[data-day-link]').evaluateAll((as) =>
							as.map((a) => ({
								href: a.getAttribute('href') as string,
								n:
									Number(a.querySelector('[data-outages]')?.getAttribute('data-outages') ?? 0) +
									Number(a.querySelector('[data-cancelled]')?.getAttribute('data-cancelled') ?? 0),
							})),
						);
						expect(links.length).toBeGreaterThan(3);
						for (const { href } of links)
							expect(href).toMatch(new RegExp(`^${prefix}/outages/day/2\\d{3}-\\d{2}-\\d{2}/$`));
						await expect(page.locator('[data-cancelled]').first()).toBeVisible();
						for (const { href, n } of links) {
							await page.goto(href);
							await expect(page.locator('main [data-notice]'), href).toHaveCount(n);
						}
					},
				],
				[
					'following a calendar link by click opens the day page, which links back',
					async () => {
						await page.goto(`${prefix}/outages/calendar/`);
						await page.locator('a[data-day-link]').first().click();
						await expect(page).toHaveURL(/\/outages\/day\/\d{4}-\d{2}-\d{2}\/$/);
						await expect(page.locator(`main a[href="${prefix}/outages/calendar/"]`)).toBeVisible();
					},
				],
				[
					'the calendar prints on A4: no navigation, nothing wider than the printable width',
					async () => {
						await page.goto(`${prefix}/outages/calendar/`);
						// A4 less 15 mm margins each side is 180 mm ≈ 680 CSS px.
						await page.setViewportSize({ width: 680, height: 1000 });
						await page.emulateMedia({ media: 'print' });
						await expect(page.locator('.site-nav')).toBeHidden();
						expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
						await page.emulateMedia({ media: 'screen' });
						await expectNoSidewaysScroll(page, 320);
						await page.setViewportSize({ width: 1280, height: 800 });
					},
				],
			]);
		});
	}
});

test.describe('service-quality downloads', () => {
	test('the JSON validates against its published JSON Schema, with the window of the build', async ({ request }) => {
		const doc = await (await request.get('/api/reliability.json')).json();
		const res = await request.get('/api/reliability.schema.json');
		expect(res.headers()['content-type']).toMatch(/^application\/json/);
		const schema = await res.json();
		expect(schema.$id).toBe(`${ORIGIN}/api/reliability.schema.json`);
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
		expect(doc.window).toEqual({ from: '2025-12-01T10:00:00+08:00', to: '2026-12-01T10:00:00+08:00' });
		// The sample's 20 outages starting between 2025-12-01 10:00 and 2026-12-01 10:00 (two of them in progress,
		// counted up to 10:00), all announced on time; the short-notice one and the cancelled one are still ahead.
		expect([doc.total.outages, doc.total.cancelled, doc.total.leadTime.eligible, doc.total.leadTime.onTime]).toEqual([
			20, 0, 20, 20,
		]);
		expect(doc.total.months).toHaveLength(13);
		expect(doc.total.months.reduce((s: number, m: { outages: number }) => s + m.outages, 0)).toBe(20);
	});

	test('the CSV starts with a UTF-8 BOM, parses, and has the JSON’s totals', async ({ request }) => {
		const doc = await (await request.get('/api/reliability.json')).json();
		const res = await request.get('/api/reliability.csv');
		expect(res.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
		const body = await res.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows: string[][] = parse(body, { bom: true });
		expect(rows[0][0]).toBe('范围 / scope');
		const total = rows.find((r) => r[0] === '全部 / total' && r[3] === '12个月 / 12 months') as string[];
		expect([Number(total[4]), Number(total[9]), Number(total[11]), Number(total[12])]).toEqual([
			doc.total.outages,
			doc.total.hours,
			doc.total.leadTime.eligible,
			doc.total.leadTime.onTime,
		]);
		expect(rows).toHaveLength(1 + (1 + doc.districts.length) * 14);
	});
});
