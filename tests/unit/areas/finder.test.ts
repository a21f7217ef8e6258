import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { areaTreeByPinyin, relatedAreaIds } from '../../../src/lib/areas/area-groups.ts';
import {
	areaKeys,
	buildFinderIndex,
	nameKeys,
	pinyinSyllables,
	sortByPinyin,
} from '../../../src/lib/areas/finder-index.ts';
import { matchAreas, normalizeTerm, withoutTrailingParts } from '../../../src/lib/areas/finder-match.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';

const tree: AreaNodeInput[] = [
	{
		id: 'chengqu',
		kind: 'district',
		name: { zh: '城区供电片区', en: 'Urban District' },
		children: [
			{
				id: 'chengguan',
				kind: 'street',
				name: { zh: '城关街道', en: 'Chengguan Subdistrict' },
				children: [
					{ id: 'xingfu', kind: 'community', name: { zh: '幸福社区', en: 'Xingfu Community' }, aliases: ['幸福小区'] },
					{ id: 'anle', kind: 'community', name: { zh: '安乐社区' } },
				],
			},
		],
	},
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
					{ id: 'qingshanwan', kind: 'village', name: { zh: '青山湾村', en: 'Qingshanwan Village' } },
					{ id: 'shiqiao', kind: 'village', name: { zh: '石桥村' } },
					// 重 has two readings: the override says which one.
					{ id: 'chongyang', kind: 'village', name: { zh: '重阳村' }, pinyin: 'chong yang cun' },
					{ id: 'lvshui', kind: 'village', name: { zh: '绿水村' } },
				],
			},
			{
				id: 'shiqiao-zhen',
				kind: 'town',
				name: { zh: '石桥镇', en: 'Shiqiao Town' },
				children: [
					{ id: 'yangliu', kind: 'village', name: { zh: '杨柳村', en: 'Yangliu Village' } },
					{ id: 'hekou', kind: 'village', name: { zh: '河口村', en: 'Hekou Village' }, aliases: ['河口'] },
				],
			},
		],
	},
];
// Built when a test asks (a mutation run then knows which test reached the area tree).
const areas = () => flattenAreaTree(tree).areas;

describe('pinyin keys', () => {
	test.each([
		['青山湾村', undefined, ['青山湾村', 'qingshanwancun', 'qswc']],
		['重阳村', 'chong yang cun', ['重阳村', 'chongyangcun', 'cyc']],
		['绿水村', undefined, ['绿水村', 'lvshuicun', 'lsc', 'lushuicun']],
		['A区3号', undefined, ['a区3号', 'aqu3hao', 'aq3h']],
	])('%s (override %s)', (name, override, keys) => {
		expect(nameKeys(name, override)).toEqual(keys);
	});

	test('an area is found by its name, aliases, English name and their pinyin', () => {
		expect(areaKeys(areas().get('xingfu')!)).toEqual([
			'幸福社区',
			'xingfushequ',
			'xfsq',
			'幸福小区',
			'xingfuxiaoqu',
			'xfxq',
			'xingfucommunity',
		]);
	});

	test.each([
		['Qing Shan', 'qingshan'],
		["qing'shan", 'qingshan'],
		['LÜ', 'lv'],
		[' 青山 ', '青山'],
	])('normalizeTerm(%j) is %j', (input, out) => expect(normalizeTerm(input)).toBe(out));

	test('pinyinSyllables keeps the override as given', () => {
		expect(pinyinSyllables('重阳村', 'chong yang cun')).toEqual(['chong', 'yang', 'cun']);
	});
});

describe('matchAreas', () => {
	const index = () => buildFinderIndex(areas(), 'zh-cn');
	test.each([
		['青山湾', ['qingshanwan']],
		['青山湾村', ['qingshanwan']],
		['qingshan', ['qingshanwan']],
		['QingShanWan', ['qingshanwan']],
		['qs', ['qingshanwan']],
		['qswc', ['qingshanwan']],
		['幸福小区', ['xingfu']],
		['xfxq', ['xingfu']],
		['chongyang', ['chongyang']],
		['zhongyang', []],
		['lushui', ['lvshui']],
		['lvshui', ['lvshui']],
		['shanwan', ['qingshanwan']],
		['zzz', []],
		['', []],
	])('%j finds %j', (typed, ids) => {
		expect(matchAreas(index(), typed).map((m) => m.id)).toEqual(ids);
	});

	// Places as notices, letters and people write them: with the villagers' group, a house number, the town or
	// district before or after the village, the county in front. Each must find the village, first.
	test.each([
		// The group (村民小组) after the village
		['杨柳村5组', 'yangliu'],
		['杨柳村 5 组', 'yangliu'],
		['杨柳村五组', 'yangliu'],
		['杨柳村十二组', 'yangliu'],
		['杨柳村5-8组', 'yangliu'],
		['杨柳村1、2组', 'yangliu'],
		['杨柳村第五村民小组', 'yangliu'],
		['杨柳村3社', 'yangliu'],
		['杨柳村２队', 'yangliu'],
		['杨柳村5组12号', 'yangliu'],
		['杨柳5组', 'yangliu'],
		['yangliucun5zu', 'yangliu'],
		// The town (or district) before or after the village
		['石桥镇杨柳村', 'yangliu'],
		['石桥镇 杨柳村', 'yangliu'],
		['石桥杨柳村', 'yangliu'],
		['石桥镇杨柳', 'yangliu'],
		['石桥镇杨', 'yangliu'],
		['石桥镇杨柳村5组', 'yangliu'],
		['北山供电片区石桥镇杨柳村', 'yangliu'],
		['北山石桥镇杨柳村', 'yangliu'],
		['杨柳村（石桥镇）', 'yangliu'],
		['shiqiaozhenyangliucun', 'yangliu'],
		['sqzylc', 'yangliu'],
		['石桥镇河口', 'hekou'],
		// A county, city or province in front
		['青山县石桥镇杨柳村', 'yangliu'],
		['四川省青山县石桥镇杨柳村3组', 'yangliu'],
		['青山县杨柳村', 'yangliu'],
		// Names as they were before: the name alone still finds the area first
		['石桥镇', 'shiqiao-zhen'],
		['石桥', 'shiqiao'],
		['关牟镇青山湾村', 'qingshanwan'],
	])('%j finds %j first', (typed, id) => {
		expect(matchAreas(index(), typed)[0]?.id, `“${typed}”`).toBe(id);
	});

	test.each([
		// An address in English: the group after the name, the town after it.
		['Yangliu Village group 5', 'yangliu'],
		['Yangliu Village, groups 1 to 4', 'yangliu'],
		['Yangliu Village, Shiqiao Town', 'yangliu'],
		['Shiqiao Town Yangliu Village', 'yangliu'],
	])('in English, %j finds %j first', (typed, id) => {
		expect(matchAreas(buildFinderIndex(areas(), 'en'), typed)[0]?.id, `“${typed}”`).toBe(id);
	});

	test.each([
		// A group or house number alone names no place.
		['5组'],
		['12号'],
		// Another town's name before a village does not make it that town's: 关牟镇 has no 杨柳村.
		['关牟镇杨柳村x'],
		// Only the start of the village's own name counts once a town is taken off: 柳村 is inside 杨柳村, not its start.
		['石桥镇柳村'],
		// A town's name alone does not list its villages.
		['石桥镇村'],
	])('%j finds nothing', (typed) => {
		expect(matchAreas(index(), typed).map((m) => m.id)).toEqual([]);
	});

	test('the group is taken off the end only: a name with digits in it is matched as it is', () => {
		expect(withoutTrailingParts('杨柳村5组')).toBe('杨柳村');
		expect(withoutTrailingParts('杨柳村5组12号')).toBe('杨柳村');
		expect(withoutTrailingParts('5组')).toBe('5组');
		expect(withoutTrailingParts('a区3号')).toBe('a区');
		expect(
			matchAreas(
				buildFinderIndex(flattenAreaTree([{ id: 'a3', kind: 'district', name: { zh: 'A区3号' } }]).areas, 'zh-cn'),
				'A区3号',
			)[0]?.id,
		).toBe('a3');
	});

	test('exact before prefix before inside; villages before towns', () => {
		// "guanmou" is the prefix of the town only; "关" is inside several names.
		expect(matchAreas(index(), 'guanmou').map((m) => m.id)).toEqual(['guanmou']);
		expect(matchAreas(index(), 'c').map((m) => m.id)).toEqual(['chongyang', 'chengguan', 'chengqu']);
	});

	test('a match says where the area is and links to its page', () => {
		expect(matchAreas(buildFinderIndex(areas(), 'en'), 'qs')[0]).toEqual({
			id: 'qingshanwan',
			name: 'Qingshanwan Village',
			where: 'Beishan District › Guanmou Town',
			href: '/en/areas/qingshanwan/',
			score: 1,
		});
	});
});

describe('areas in pinyin order', () => {
	test('districts, towns and villages are each sorted by the pinyin of their Chinese names', () => {
		const t = areaTreeByPinyin(areas());
		expect(t.map((d) => d.area.id)).toEqual(['beishan', 'chengqu']);
		expect(t[0].children[0].children.map((v) => v.area.id)).toEqual(['chongyang', 'lvshui', 'qingshanwan', 'shiqiao']);
		expect(t[1].children[0].children.map((v) => v.area.id)).toEqual(['anle', 'xingfu']);
	});

	test('sortByPinyin respects the override', () => {
		expect(
			sortByPinyin([
				{ id: 'a', name: { zh: '重阳' }, pinyin: 'chong yang' },
				{ id: 'b', name: { zh: '长岭' } },
			]).map((a) => a.id),
		).toEqual(['b', 'a']);
	});

	test('related areas: ancestors, self and descendants', () => {
		expect([...relatedAreaIds(areas(), 'guanmou')].sort()).toEqual([
			'beishan',
			'chongyang',
			'guanmou',
			'lvshui',
			'qingshanwan',
			'shiqiao',
		]);
	});
});
