import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { searchIndexTerms } from '../../../src/lib/search/index-terms.ts';
import { en } from '../../../src/i18n/en.ts';
import { zhCN } from '../../../src/i18n/zh-cn.ts';
import type { SearchEntry } from '../../../src/lib/search/entry.ts';
import { aliasesFor, sectionAliases } from '../../../src/lib/search/section-aliases.ts';

// Built when a test asks (a mutation run then knows which test reached the area tree).
const areas = () =>
	flattenAreaTree([
		{
			id: 'beishan',
			kind: 'district',
			name: { zh: '北山供电片区', en: 'Beishan District' },
			children: [
				{
					id: 'guanmou',
					kind: 'town',
					name: { zh: '关牟镇', en: 'Guanmou Town' },
					children: [
						{
							id: 'guanmou-cun',
							kind: 'village',
							name: { zh: '关牟村', en: 'Guanmou Village' },
							aliases: ['关牟坝', '老街'],
						},
						{ id: 'changling', kind: 'village', name: { zh: '长岭村' } },
					],
				},
			],
		},
		{ id: 'chengqu', kind: 'district', name: { zh: '城区供电片区', en: 'Urban District' } },
	]).areas;

describe('searchIndexTerms', () => {
	test.each<
		[
			string,
			SearchEntry,
			'zh-cn' | 'en',
			{ type: string; districts: string[]; keywords: string[]; weight: number; summary?: string },
		]
	>([
		['a plain page', { type: 'page' }, 'zh-cn', { type: '其他', districts: [], keywords: [], weight: 2 }],
		[
			'a tariff page in English',
			{ type: 'tariff', keywords: ['tiered prices'] },
			'en',
			{ type: 'Prices', districts: [], keywords: ['tiered prices'], weight: 2 },
		],
		[
			'a notice: districts and names from its areas(), summary kept',
			{ type: 'outage', areas: ['guanmou-cun', 'changling'], summary: '12月1日 08:00 至 17:30' },
			'zh-cn',
			{
				type: '停电',
				districts: ['北山供电片区'],
				keywords: ['关牟村', 'Guanmou Village', '关牟坝', '老街', '长岭村', '关 牟 村', '关 牟 坝', '长岭 村'],
				weight: 2,
				summary: '12月1日 08:00 至 17:30',
			},
		],
		[
			'the same notice on the English site: district in English',
			{ type: 'outage', areas: ['guanmou-cun'] },
			'en',
			{
				type: 'Power cuts',
				districts: ['Beishan District'],
				keywords: ['关牟村', 'Guanmou Village', '关牟坝', '老街', '关 牟 村', '关 牟 坝'],
				weight: 2,
			},
		],
		[
			'a district page is its own district',
			{ type: 'area', areas: ['chengqu'] },
			'zh-cn',
			{
				type: '停电',
				districts: ['城区供电片区'],
				keywords: ['城区供电片区', 'Urban District', '城区 供电 片 区'],
				weight: 2,
			},
		],
		[
			'explicit districts and keywords merge without duplicates, blanks dropped',
			{ type: 'area', areas: ['guanmou'], districts: ['北山供电片区'], keywords: ['关牟镇', ' guanmou zhen ', ''] },
			'zh-cn',
			{
				type: '停电',
				districts: ['北山供电片区'],
				keywords: ['关牟镇', 'Guanmou Town', 'guanmou zhen', '关 牟 镇'],
				weight: 2,
			},
		],
		['guidance', { type: 'guidance' }, 'zh-cn', { type: '安全用电', districts: [], keywords: [], weight: 2 }],
	])('%s', (_name, entry, locale, expected) => {
		expect(searchIndexTerms(entry, areas(), locale, (locale === 'en' ? en : zhCN).search.types)).toEqual(expected);
	});

	test.each([
		['no weight: no boost', undefined, undefined],
		['weight 1: no boost', 1, undefined],
		['weight 2: title again at 10', 2, 10],
		['weight 1.5: title again at 7.5', 1.5, 7.5],
		['weight 5: capped at 10', 5, 10],
	])('%s', (_name, weight, titleWeight) => {
		const terms = searchIndexTerms({ type: 'outage', weight }, areas(), 'zh-cn', zhCN.search.types, {
			title: '停电信息',
		});
		expect(terms.titleWeight).toBe(titleWeight);
		expect(terms.boostTitle).toBe(titleWeight ? '停电信息' : undefined);
	});

	test('an area page ranks first for its own name by default; an explicit weight wins', () => {
		expect(searchIndexTerms({ type: 'area' }, areas(), 'zh-cn', zhCN.search.types, { title: '关牟村' })).toMatchObject({
			boostTitle: '关牟村',
			titleWeight: 10,
		});
		expect(
			searchIndexTerms({ type: 'area', weight: 1 }, areas(), 'zh-cn', zhCN.search.types, { title: '关牟村' })
				.boostTitle,
		).toBeUndefined();
		expect(
			searchIndexTerms({ type: 'outage' }, areas(), 'zh-cn', zhCN.search.types, { title: '关牟村停电' }).boostTitle,
		).toBeUndefined();
	});

	// A notice's window: the meta its result's status is worked out from, and the `ends` filter that lists the
	// power cuts still to come first (src/lib/search/upcoming.ts); both facts of the notice, not of the clock.
	test.each([
		[
			'a notice',
			{ start: '2026-12-13T08:00:00+08:00', end: '2026-12-13T18:00:00+08:00', cancelled: false },
			{ start: '2026-12-13T08:00:00+08:00', end: '2026-12-13T18:00:00+08:00' },
			['2026-12', '2026-12-13', '2026-12-13T18'],
		],
		[
			'an overnight notice: the day and hour it ends',
			{ start: '2026-12-31T22:00:00+08:00', end: '2027-01-01T05:30:00+08:00', cancelled: false },
			{ start: '2026-12-31T22:00:00+08:00', end: '2027-01-01T05:30:00+08:00' },
			['2027-01', '2027-01-01', '2027-01-01T05'],
		],
		[
			'a cancelled notice: marked, and never among the power cuts to come',
			{ start: '2026-12-05T08:00:00+08:00', end: '2026-12-05T18:00:00+08:00', cancelled: true },
			{ start: '2026-12-05T08:00:00+08:00', end: '2026-12-05T18:00:00+08:00', lifecycle: 'cancelled' },
			undefined,
		],
	])('%s', (_name, window, meta, ends) => {
		const terms = searchIndexTerms(
			{ type: 'outage', outage: { ...window, timeZone: 'Asia/Shanghai' } },
			areas(),
			'zh-cn',
			zhCN.search.types,
		);
		expect(terms.window).toEqual(meta);
		expect(terms.ends).toEqual(ends);
	});

	test('the end counts in the utility’s time zone, not the host’s', () => {
		const outage = { start: '2026-12-13T08:00:00Z', end: '2026-12-13T18:00:00Z', cancelled: false };
		expect(
			searchIndexTerms(
				{ type: 'outage', outage: { ...outage, timeZone: 'Asia/Shanghai' } },
				areas(),
				'en',
				en.search.types,
			).ends,
		).toEqual(['2026-12', '2026-12-14', '2026-12-14T02']);
		expect(
			searchIndexTerms(
				{ type: 'outage', outage: { ...outage, timeZone: 'America/New_York' } },
				areas(),
				'en',
				en.search.types,
			).ends,
		).toEqual(['2026-12', '2026-12-13', '2026-12-13T13']);
	});

	test('section aliases join the keywords after the page’s own', () => {
		const terms = searchIndexTerms({ type: 'outage', keywords: ['停电'] }, areas(), 'zh-cn', zhCN.search.types, {
			aliases: ['停电查询', '停电'],
		});
		expect(terms.keywords).toEqual(['停电', '停电查询', '停电 查询']);
	});

	test('the title is indexed once more as the browser cuts a query, where that differs', () => {
		expect(searchIndexTerms({ type: 'area' }, areas(), 'zh-cn', zhCN.search.types, { title: '关牟村' }).titleCut).toBe(
			'关 牟 村',
		);
		expect(
			searchIndexTerms({ type: 'area' }, areas(), 'zh-cn', zhCN.search.types, { title: '停电' }).titleCut,
		).toBeUndefined();
		expect(
			searchIndexTerms({ type: 'area' }, areas(), 'en', en.search.types, { title: 'Guanmou Village' }).titleCut,
		).toBeUndefined();
	});

	test('an unknown area id stops the build, naming the id', () => {
		expect(() =>
			searchIndexTerms({ type: 'outage', areas: ['atlantis'] }, areas(), 'zh-cn', zhCN.search.types),
		).toThrow(/"atlantis"/);
	});
});

describe('section aliases', () => {
	test.each(Object.entries(sectionAliases))('%s has aliases in both languages, no duplicates', (path, byLocale) => {
		for (const locale of ['zh-cn', 'en'] as const) {
			expect(aliasesFor(path, locale).length).toBeGreaterThan(0);
			expect(new Set(byLocale[locale]).size).toBe(byLocale[locale].length);
		}
	});
	test('pages without an entry have none', () => {
		expect(aliasesFor('/outages/qs-1/', 'zh-cn')).toEqual([]);
	});
});
