import { describe, expect, it } from 'vitest';
import { outageData } from '../../../src/lib/outages/outage-data.ts';
import { reliabilityReport } from '../../../src/lib/reliability/figures.ts';
import { calendarHrefs, LATE_SHOWN, reliabilityPage, reliabilityPageKey } from '../../../src/lib/reliability/page.ts';
import { reliabilityText } from '../../../src/i18n/reliability.ts';
import { cacheKey } from '../../../src/lib/build/cache-key.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { areas, notices, now } from './fixture.ts';

const site = siteSchema.parse({
	name: { zh: '橡树县供电局', en: 'Oak County Power Supply Bureau' },
	shortName: { zh: '橡树供电', en: 'Oak Power' },
	baseUrl: 'https://power.test.example',
	hotline: '0839-5550100',
	timeZone: 'Asia/Shanghai',
	leadTimeHours: { planned: 168, temporary: 24, other: 0 },
});
const data = () => outageData({ notices, areas: areas(), alerts: [], site, units: [], now });
const report = () => reliabilityReport(notices, areas(), site, now);

describe('the /reliability/ page model', () => {
	it.each([
		['zh-cn', '全县', '全县逐月情况', '全县逐月停电次数（按类型）'],
		['en', 'Whole county', 'Whole county, month by month', 'Whole county: power cuts per month, by kind'],
	] as const)(
		'%s: the whole service area is “%s” in tables and charts, not the utility’s name',
		(locale, county, caption, title) => {
			const page = reliabilityPage(data(), report(), locale);
			expect({ county: page.county, caption: page.monthCaption, title: page.charts.outages.title }).toEqual({
				county,
				caption,
				title,
			});
			expect(page.monthCaption).not.toMatch(/[:：]\s*\S*逐月停电次数/);
		},
	);

	it.each(['zh-cn', 'en'] as const)('%s: every month of the tables links to where it is shown day by day', (locale) => {
		const page = reliabilityPage(data(), report(), locale);
		const prefix = locale === 'en' ? '/en' : '';
		for (const m of report().total.months) expect(page.monthHrefs[m.month], m.month).toBeDefined();
		expect(page.monthHrefs['2026-11']).toBe(`${prefix}/outages/calendar/2026-11/`);
		expect(page.monthHrefs['2025-12']).toBe(`${prefix}/outages/calendar/2025-12/`);
		// The current month is on the calendar's own page.
		expect(page.monthHrefs['2026-12']).toBe(`${prefix}/outages/calendar/#m-2026-12`);
	});

	it('calendarHrefs follows the zone: 1 January 00:30 in Shanghai is in January', () => {
		const hrefs = calendarHrefs(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai', 'zh-cn');
		expect(hrefs['2027-01']).toBe('/outages/calendar/#m-2027-01');
		expect(Object.keys(hrefs)).toHaveLength(13);
	});
});

describe('the /reliability/ page model, entry by entry', () => {
	it.each([
		[
			'zh-cn',
			'',
			[
				['n02', '2026年2月1日（周日） · 一村', '首次发布距原定开始时间 96 小时，应为至少 168 小时'],
				['n04', '2026年4月20日（周一） · 二村', '首次发布距原定开始时间 120 小时，应为至少 168 小时'],
				['n06', '2026年6月30日（周二） · 二村', '首次发布距原定开始时间 12 小时，应为至少 24 小时'],
			],
			{ d1: '一区', d2: '二区' },
			'统计期间：2025年12月1日（周一）10:00 至 2026年12月1日（周二）10:00（不含）',
		],
		[
			'en',
			'/en',
			[
				[
					'n02',
					'Sunday 1 February 2026 · 一村',
					'first published 96 hours before the start first announced; 168 hours required',
				],
				[
					'n04',
					'Monday 20 April 2026 · 二村',
					'first published 120 hours before the start first announced; 168 hours required',
				],
				[
					'n06',
					'Tuesday 30 June 2026 · 二村',
					'first published 12 hours before the start first announced; 24 hours required',
				],
			],
			{ d1: 'District One', d2: '二区' },
			'Period: Monday 1 December 2025, 10:00 up to Tuesday 1 December 2026, 10:00',
		],
	] as const)(
		'%s: the late outages, repeated outages and districts as listed',
		(locale, prefix, late, names, period) => {
			const r = report();
			const page = reliabilityPage(data(), r, locale);
			const t = reliabilityText(locale);
			expect(page.period).toBe(period);
			expect(page.late).toEqual(late.map(([id, text, why]) => ({ id, href: `${prefix}/outages/${id}/`, text, why })));
			expect(page.lateMore).toBe(0);
			expect(page.repeats).toEqual([
				{ id: 'v1', href: `${prefix}/areas/v1/`, name: '一村', district: names.d1, count: 3 },
			]);
			expect(page.districts).toEqual(
				(['d1', 'd2'] as const).map((id, i) => ({
					id,
					name: names[id],
					href: `${prefix}/areas/${id}/`,
					figures: r.districts[i],
					chart: expect.objectContaining({ id: `chart-${id}`, title: t.chartOutagesTitle(names[id]) }),
					caption: t.districtMonthly(names[id]),
				})),
			);
			expect({ outages: page.charts.outages.id, hours: page.charts.hours.id }).toEqual({
				outages: 'chart-total-outages',
				hours: 'chart-total-hours',
			});
			expect(page.leadTimeHours).toEqual({ planned: 168, temporary: 24, other: 0 });
			expect(page.repeatRule).toEqual({ min: 3, days: 60 });
			expect(page.definitions).toEqual(t.definitions({ planned: 168, temporary: 24, other: 0, min: 3, days: 60 }));
		},
	);

	it.each([
		// A notice naming two areas lists both; an area the build does not know is left out; a late outage whose notice
		// the build does not have (or whose areas it knows none of) gets its date alone.
		['n09', ['d2', 'v3'], '2026年8月1日（周六） · 二区、三村'],
		['n09', ['d2'], '2026年8月1日（周六） · 二区'],
		['n09', ['v3'], '2026年8月1日（周六） · 三村'],
		['n09', [], '2026年8月1日（周六）'],
		['gone', ['d2', 'v3'], '2026年8月1日（周六）'],
	] as const)('a late %s with the areas %j known reads “%s”', (id, known, text) => {
		const all = areas();
		const kept = new Map(
			[...all].filter(([a]) => !['d2', 'v3'].includes(a) || (known as readonly string[]).includes(a)),
		);
		const r = report();
		const late = { ...r.total.late[0], id, firstStart: '2026-08-01T08:00:00+08:00' };
		const page = reliabilityPage(
			outageData({ notices, areas: kept, alerts: [], site, units: [], now }),
			{ ...r, total: { ...r.total, late: [late], repeatAreas: [] }, districts: [] },
			'zh-cn',
		);
		expect(page.late).toEqual([
			{ id, href: `/outages/${id}/`, text, why: '首次发布距原定开始时间 96 小时，应为至少 168 小时' },
		]);
	});

	it.each([
		[0, 0, 0],
		[1, 1, 0],
		[49, 49, 0],
		[50, 50, 0],
		[51, 50, 1],
		[53, 50, 3],
	])('%i late outages: the first %i are listed, %i more are not', (count, listed, more) => {
		const r = report();
		const late = Array.from({ length: count }, (_, i) => ({ ...r.total.late[0], id: `x${i}` }));
		const page = reliabilityPage(data(), { ...r, total: { ...r.total, late } }, 'zh-cn');
		expect(page.late.map((l) => l.id)).toEqual(late.slice(0, listed).map((l) => l.id));
		expect(page.lateMore).toBe(more);
		expect(LATE_SHOWN).toBe(50);
	});

	it('a repeat area that has no district above it is its own district', () => {
		const r = report();
		const repeatAreas = [
			{ id: 'd2', outages: ['n09', 'n10'] },
			{ id: 'v3', outages: ['n09', 'n10', 'n12'] },
		];
		const page = reliabilityPage(data(), { ...r, total: { ...r.total, repeatAreas } }, 'zh-cn');
		expect(page.repeats).toEqual([
			{ id: 'd2', href: '/areas/d2/', name: '二区', district: '二区', count: 2 },
			{ id: 'v3', href: '/areas/v3/', name: '三村', district: '二区', count: 3 },
		]);
	});
});

describe('the /reliability/ page key', () => {
	const changed = (id: string) => notices.map((n) => (n.id === id ? { ...n, revision: n.revision + 1 } : n));

	it.each([
		['the same inputs', () => notices, 'zh-cn', false],
		['another language', () => notices, 'en', true],
		['a listed late notice changed', () => changed('n02'), 'zh-cn', true],
		['a notice not listed as late changed', () => changed('n01'), 'zh-cn', false],
	] as const)('%s: the key changes: %s', (_, input, locale, differs) => {
		const r = report();
		const key = reliabilityPageKey(data(), r, 'zh-cn');
		expect(key).toMatch(/^[\w-]{22}$/);
		const other = reliabilityPageKey(
			outageData({ notices: input(), areas: areas(), alerts: [], site, units: [], now }),
			r,
			locale,
		);
		expect(other !== key).toBe(differs);
	});

	it('a late outage whose notice the build does not have keys as absent, not as a notice', () => {
		const r = report();
		const late = [{ ...r.total.late[0], id: 'gone' }];
		const withGone = { ...r, total: { ...r.total, late } };
		const key = reliabilityPageKey(data(), withGone, 'zh-cn');
		const d = data();
		expect(key).toBe(cacheKey(d.keys.base, 'zh-cn', d.site.leadTimeHours, withGone, [null]));
		expect(reliabilityPageKey(data(), r, 'zh-cn')).toBe(
			cacheKey(
				d.keys.base,
				'zh-cn',
				d.site.leadTimeHours,
				r,
				['n02', 'n04', 'n06'].map((id) => d.keys.notice(d.byId.get(id)!)),
			),
		);
	});
});
