/** The area filter of the outage list: districts, each with its towns and streets, all in pinyin order. */
import { expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { areaFilterOptions } from '../../../src/lib/outages/filters.ts';

const areas = () =>
	flattenAreaTree([
		{
			id: 'nan',
			kind: 'district',
			name: { zh: '南区', en: 'South' },
			children: [
				{ id: 'xin', kind: 'street', name: { zh: '新街道', en: 'Xin Street' } },
				{
					id: 'an',
					kind: 'town',
					name: { zh: '安镇' },
					children: [{ id: 'village', kind: 'village', name: { zh: '安村' } }],
				},
			],
		},
		{ id: 'bei', kind: 'district', name: { zh: '北区', en: 'North' } },
	]).areas;

it.each([
	[
		'zh-cn',
		[
			{ id: 'bei', label: '北区', depth: 0 },
			{ id: 'nan', label: '南区', depth: 0 },
			{ id: 'an', label: '安镇', depth: 1 },
			{ id: 'xin', label: '新街道', depth: 1 },
		],
	],
	[
		'en',
		[
			{ id: 'bei', label: 'North', depth: 0 },
			{ id: 'nan', label: 'South', depth: 0 },
			{ id: 'an', label: '安镇', depth: 1 },
			{ id: 'xin', label: 'Xin Street', depth: 1 },
		],
	],
] as const)('districts and their towns and streets in pinyin order, no villages (%s)', (locale, options) => {
	expect(areaFilterOptions(areas(), locale)).toEqual(options);
});

it('no areas: no choices', () => {
	expect(areaFilterOptions(new Map(), 'zh-cn')).toEqual([]);
});
