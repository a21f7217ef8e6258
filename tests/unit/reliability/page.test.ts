import { describe, expect, it } from 'vitest';
import { outageData } from '../../../src/lib/outages/outage-data.ts';
import { reliabilityReport } from '../../../src/lib/reliability/figures.ts';
import { calendarHrefs, reliabilityPage } from '../../../src/lib/reliability/page.ts';
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
