import { describe, expect, test } from 'vitest';
import { estimate } from '../../../src/lib/tariffs/estimate.ts';
import { explainerLinks } from '../../../src/lib/tariffs/explainers.ts';
import { tariffFact } from '../../../src/lib/tariffs/facts.ts';
import { dateText, describeLine, hoursText, monthsText, tierRangeText } from '../../../src/lib/tariffs/present.ts';
import { versionInForce, versionsNewestFirst, versionStatus } from '../../../src/lib/tariffs/versions.ts';
import { fixtureVersion } from './helpers.ts';

const v = fixtureVersion('qs-2026-07');
const old = fixtureVersion('qs-2025-01');

describe('versions', () => {
	test.each([
		['2024-12-31', undefined],
		['2025-01-01', 'qs-2025-01'],
		['2026-06-30', 'qs-2025-01'],
		['2026-07-01', 'qs-2026-07'],
		['2030-01-01', 'qs-2026-07'],
	])('in force on %s: %s', (date, id) => expect(versionInForce([old, v], date)?.id).toBe(id));
	test.each([
		[old, '2026-12-01', 'superseded'],
		[v, '2026-12-01', 'current'],
		[v, '2026-06-30', 'upcoming'],
	] as const)('status of %#', (version, date, status) => expect(versionStatus(version, date)).toBe(status));
	test('newest first', () =>
		expect(versionsNewestFirst([old, v]).map((x) => x.id)).toEqual(['qs-2026-07', 'qs-2025-01']));
});

describe('figures in words', () => {
	test.each([
		[[5, 6, 7, 8, 9, 10], 'zh-cn', '5–10 月'],
		[[1, 2, 3, 4, 11, 12], 'zh-cn', '1–4、11–12 月'],
		[[7, 8], 'en', 'July to August'],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'en', 'all year'],
		[[3], 'en', 'March'],
	] as const)('months %j in %s', (months, locale, text) => expect(monthsText(months, locale)).toBe(text));
	test.each([
		[0, 'zh-cn', '0–200 千瓦时'],
		[1, 'zh-cn', '201–400 千瓦时'],
		[2, 'zh-cn', '400 千瓦时以上'],
		[1, 'en', '201 to 400 kWh'],
		[2, 'en', 'over 400 kWh'],
	] as const)('tier %i range in %s', (tier, locale, text) =>
		expect(tierRangeText(tier, [200, 400], locale)).toBe(text),
	);
	test('hours and dates', () => {
		expect(
			hoursText(
				[
					{ from: '08:00', to: '11:00' },
					{ from: '18:00', to: '22:00' },
				],
				'zh-cn',
			),
		).toBe('08:00–11:00、18:00–22:00');
		expect(dateText('2026-07-01', 'en')).toBe('1 July 2026');
		expect(dateText('2026-07-01', 'zh-cn')).toBe('2026年7月1日');
	});
	test('a breakdown line reads as what it is and how it was worked', () => {
		const e = estimate(v, { month: 1, kwh: 450 });
		expect(describeLine(e.lines[2], v, 'residential', 'zh-cn')).toEqual({
			label: '第三档（第 401–450 千瓦时）',
			working: '50 千瓦时 × 0.8880 元/千瓦时',
			amount: '44.40 元',
		});
		expect(describeLine(e.lines[0], v, 'residential', 'en')).toEqual({
			label: 'Tier 1 (kWh 1 to 200)',
			working: '200 kWh × ¥0.5880 per kWh',
			amount: '¥117.60',
		});
	});
});

describe('tariffFact: the numbers the explanation pages quote', () => {
	test.each([
		['tier:1:price', 'zh-cn', '0.5880 元/千瓦时'],
		['tier:3:price', 'en', '¥0.8880 per kWh'],
		['boundary:summer:2', 'zh-cn', '600 千瓦时'],
		['season:summer:months', 'en', 'May to October'],
		['household:minPeople', 'en', '5'],
		['household:raise', 'zh-cn', '100 千瓦时'],
		['period:critical:hours', 'zh-cn', '19:00–21:00'],
		['period:critical:months', 'en', 'July to August'],
		['period:valley:price', 'zh-cn', '0.3380 元/千瓦时'],
		['addon:3', 'zh-cn', '0.3000 元/千瓦时'],
		['effectiveFrom', 'en', '1 July 2026'],
		['example:winter-450:total', 'zh-cn', '289.60 元'],
		['example:tou-november:kwh', 'en', '450 kWh'],
	] as const)('%s (%s) = %s', (k, locale, text) => expect(tariffFact(v, k, locale)).toBe(text));
	test.each([
		['tier:4:price', /no tier 4/],
		['boundary:winter:1', /no season "winter"/],
		['period:critical:price', /no critical period/],
		['example:nope:total', /no worked example "nope"/],
		['colour', /unknown key/],
	])('%s throws, stopping the build', (k, message) => {
		expect(() => tariffFact(k.startsWith('period') ? old : v, k, 'zh-cn')).toThrow(message);
	});
});

describe('explainerLinks', () => {
	test('the page in the reader’s language, else the Chinese one marked as such', () => {
		const entries = [
			{ id: 'zh-cn/a', data: { title: '甲', summary: 's' } },
			{ id: 'en/a', data: { title: 'A', summary: 's' } },
			{ id: 'zh-cn/b', data: { title: '乙', summary: 's' } },
		];
		expect(explainerLinks(entries, 'en')).toEqual([
			{ href: '/en/tariffs/a/', title: 'A', summary: 's' },
			{ href: '/tariffs/b/', title: '乙', summary: 's', lang: 'zh-CN' },
		]);
	});
});
