/**
 * Residents' reading tasks, done as a person does them on a phone (360×740 CSS px), in both languages, against the
 * built fixture (the sample anchored at 2026-12-01, built at 10:00 that day):
 * - open a notice from the outage list and read its time, place, reason and phone without scrolling;
 * - read the service-quality figures of a month and check them against that month's calendar, day by day;
 * - read times the page rewrites on the reader's device in the same style as the times built beside them.
 * The sweeps over every page type (layout at 320 px and 200 % zoom, touch targets, language) are in
 * page-types.spec.ts, with the audits in reading.ts; docs/accessibility.md says what each check means.
 */
import type { Page } from '@playwright/test';
import { runChecks } from './checks.ts';
import { expect, test } from './fixtures.ts';
import { layoutProblems } from './reading.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { reliabilityText } from '../../src/i18n/reliability.ts';
import { formatDateTime } from '../../src/lib/time.ts';
import { fixture } from '../fixture-site.ts';

const phone = { width: 360, height: 740 };
/**
 * The reader's clock: the morning after the build. The sample's storm alert (until 20:00 on 1 December) is over, so
 * the first screen is the notice's own; the alert banner's size is not what these tasks measure.
 */
const READ_AT = new Date('2026-12-02T09:00:00+08:00');

/** The sample's notices a resident reads here: in progress at the build, restored early, short-notice, coming up. */
const notices = ['qs-20261201-guanmou-cun', 'qs-20261130-shangguan', 'qs-20261202-xinzhuang', 'qs-20261203-changling'];

/**
 * Where the notice's time, place (its areas), reason and phone are on the loaded page: found by their labels, as a
 * reader finds them, not by the page's own hooks.
 */
async function noticeFacts(page: Page, labels: { areas: string; reason: string; unit: string }) {
	return page.evaluate((labels) => {
		const dd = (label: string) =>
			[...document.querySelectorAll('article dt')]
				.find((dt) => (dt.textContent ?? '').trim().replace(/[:：]\s*$/, '') === label)
				?.nextElementSibling?.closest('dd') ?? null;
		const parts: Record<string, Element | null> = {
			time: document.querySelector('[data-window]'),
			place: dd(labels.areas),
			reason: dd(labels.reason),
			phone: dd(labels.unit)?.querySelector('a[href^="tel:"]') ?? null,
		};
		return {
			scrollY: window.scrollY,
			height: window.innerHeight,
			parts: Object.entries(parts).map(([name, el]) => {
				const r = el?.getBoundingClientRect();
				return {
					name,
					text: el?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
					bottom: r ? Math.ceil(r.bottom) : null,
				};
			}),
		};
	}, labels);
}

for (const locale of ['zh-cn', 'en'] as const) {
	const prefix = locale === 'en' ? '/en' : '';
	const t = useTranslations(locale);
	const r = reliabilityText(locale);

	test.describe(`reading on a phone (${locale})`, () => {
		test.use({ viewport: phone });
		test.beforeEach(async ({ page }) => {
			await page.clock.install({ time: READ_AT });
		});

		test('a notice’s time, place, reason and phone are on the first screen', async ({ page }) => {
			const labels = { areas: t.outages.areasLabel, reason: t.outages.reason, unit: t.outages.unit };
			await runChecks(
				`${locale} first screen`,
				notices.map((id, i) => [
					`${id}: time, place, reason and phone within ${phone.height} px, without scrolling`,
					async () => {
						if (i === 0) {
							// As a resident gets there: the outage list, then the notice's title.
							await page.goto(`${prefix}/outages/`);
							await page.locator(`a[href="${prefix}/outages/${id}/"]`).first().click();
							await expect(page).toHaveURL(`${prefix}/outages/${id}/`);
						} else await page.goto(`${prefix}/outages/${id}/`);
						// The notice page itself, loaded (the address changes before the new page is in).
						await expect(page.locator('article [data-window]')).toBeVisible();
						const facts = await noticeFacts(page, labels);
						expect(facts.scrollY, 'the page opens at its top').toBe(0);
						for (const part of facts.parts) {
							expect(part.text, `${part.name}: found on the page by its label`).toBeTruthy();
							expect(
								part.bottom,
								`${part.name} ("${part.text}") ends at ${part.bottom} px, below the first screen (${facts.height} px)`,
							).toBeLessThanOrEqual(facts.height);
						}
						expect(facts.parts.find((p) => p.name === 'phone')?.text).toMatch(/^[\d-]+$/);
					},
				]),
			);
		});

		test('the service-quality figures of each month match its calendar, day by day', async ({ page, request }) => {
			const doc: { window: { from: string }; total: { months: Array<{ month: string }> } } = await (
				await request.get('/api/reliability.json')
			).json();
			// Whole months only: the first month counts from the window's start, the last up to the build.
			const months = doc.total.months.map((m) => m.month).slice(1, -1);
			const table = page.locator('[data-month-table]').first();
			const rowOf = (month: string) => table.locator(`tbody tr[data-month="${month}"]`);
			const figures = async (month: string) => ({
				outages: Number(await rowOf(month).locator('[data-outages]').textContent({ timeout: 5000 })),
				cancelled: Number(await rowOf(month).locator('[data-cancelled]').textContent({ timeout: 5000 })),
			});
			await runChecks(`${locale} figures against the calendar`, [
				[
					'the charts say what they count: a heading each, the hours chart in hours',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						await expect(page.getByRole('heading', { name: r.outagesHeading, exact: true })).toHaveCount(1);
						await expect(page.getByRole('heading', { name: r.hoursHeading, exact: true })).toHaveCount(1);
						expect(r.hoursHeading).toContain(locale === 'en' ? 'Hours' : '小时');
						await expect(table.locator('caption')).toHaveText(r.districtMonthly(r.totalScope));
					},
				],
				[
					'last month: tap its row, and the calendar’s days add up to its figures',
					async () => {
						const month = months.at(-1) as string;
						await page.goto(`${prefix}/reliability/`);
						const want = await figures(month);
						await rowOf(month).getByRole('link').click();
						await expect(page).toHaveURL(`${prefix}/outages/calendar/${month}/`);
						const grid = page.locator(`[data-calendar-month="${month}"]`);
						// The address changes before the new page is parsed; evaluateAll does not wait for it.
						await expect(grid).toBeVisible();
						const sum = (attr: string) =>
							grid
								.locator(`[${attr}]`)
								.evaluateAll((els, a) => els.reduce((s, e) => s + Number(e.getAttribute(a)), 0), attr);
						expect({ outages: await sum('data-outages'), cancelled: await sum('data-cancelled') }).toEqual(want);
						expect(want.outages, 'the sample has outages last month').toBeGreaterThan(0);
						// A day with outages opens its day page, which lists that many notices.
						const day = grid.locator('a[data-day-link]').first();
						const n = Number((await day.locator('[data-outages]').getAttribute('data-outages')) ?? 0);
						await day.click();
						await expect(page).toHaveURL(new RegExp(`${prefix}/outages/day/${month}-\\d\\d/$`));
						await expect(page.locator('[data-notice]:not([data-cancelled])')).toHaveCount(n);
					},
				],
				[
					'every earlier month: the figures match its calendar page, which steps to the month before',
					async () => {
						await page.goto(`${prefix}/reliability/`);
						const want = new Map<string, { outages: number; cancelled: number }>();
						for (const m of months) want.set(m, await figures(m));
						for (const [i, m] of months.entries()) {
							await page.goto(`${prefix}/outages/calendar/${m}/`);
							const grid = page.locator(`[data-calendar-month="${m}"]`);
							const got = {
								outages: await grid
									.locator('[data-outages]')
									.evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute('data-outages')), 0)),
								cancelled: await grid
									.locator('[data-cancelled]')
									.evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute('data-cancelled')), 0)),
							};
							expect(got, m).toEqual(want.get(m));
							if (i > 0)
								await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
									'href',
									`${prefix}/outages/calendar/${months[i - 1]}/`,
								);
						}
					},
				],
				[
					'the calendar of this month leads to the earlier months',
					async () => {
						await page.goto(`${prefix}/outages/calendar/`);
						const links = page.locator('[data-calendar-months] a');
						await expect(links).toHaveCount(12);
						await expect(links.first()).toHaveAttribute('href', `${prefix}/outages/calendar/${months.at(-1)}/`);
						expect(await layoutProblems(page)).toEqual([]);
					},
				],
			]);
		});

		test('at 200 % zoom the header leaves room for the page: its heading starts on the first screen', async ({
			page,
		}) => {
			// A phone at 200 % zoom: 180×370 CSS px.
			await page.setViewportSize({ width: phone.width / 2, height: phone.height / 2 });
			await runChecks(
				`${locale} 200 % zoom`,
				['/', '/outages/qs-20261203-changling/', '/reliability/', '/tariffs/'].map((path) => [
					`${path}: the heading's first line within ${phone.height / 2} px`,
					async () => {
						await page.goto(`${prefix}${path}`);
						const { top, line, header } = await page.evaluate(() => {
							const h1 = document.querySelector('h1') as HTMLElement;
							return {
								top: Math.ceil(h1.getBoundingClientRect().top),
								line: Math.ceil(parseFloat(getComputedStyle(h1).lineHeight)),
								header: Math.ceil((document.querySelector('header') as HTMLElement).getBoundingClientRect().bottom),
							};
						});
						expect(top + line, `the header ends at ${header} px, the heading starts at ${top} px`).toBeLessThanOrEqual(
							phone.height / 2,
						);
					},
				]),
			);
		});

		test('a time rewritten on the reader’s device reads like the times built beside it', async ({ page }) => {
			await page.goto(`${prefix}/outages/`);
			// The live status script has rewritten the "as of" time from the reader's clock.
			await expect(page.locator('[data-live-asof]')).toHaveText(formatDateTime(READ_AT, fixture.timeZone, locale));
		});
	});
}
