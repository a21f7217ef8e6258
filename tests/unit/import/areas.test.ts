import { describe, expect, test } from 'vitest';
import { AreaMatcher, editDistance } from '../../../src/lib/import/areas.ts';
import type { Area } from '../../../src/schemas/area.ts';

// Finding areas in scope text and area columns, on a small tree of its own where every name and alias is unique
// (what happens to a name two areas share is a content rule, tested with it).

const area = (id: string, zh: string, en: string | undefined, aliases: string[] = []): Area => ({
	id,
	kind: 'village',
	name: en === undefined ? { zh } : { zh, en },
	aliases,
	depth: 2,
	parent: 'town',
	ancestors: ['district', 'town'],
	children: [],
});
const areas = new Map(
	[
		area('guanmou-cun', '关牟村', 'Guanmou Village', ['关牟']),
		area('guanmou-jie', '关牟街社区', 'Guanmou Street', ['关牟街']),
		area('baiyun', '白云村', 'Baiyun Village'),
		area('songlin', '松林村', undefined, ['松林', '１号松林']),
		area('dongguan', '东关社区', 'Dongguan', ['东关']),
	].map((a) => [a.id, a]),
);
// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
const matcher = () => new AreaMatcher(areas);

describe('scope text: every place it names', () => {
	test.each([
		['关牟村1-5组、关牟街', ['guanmou-cun', 'guanmou-jie'], []],
		// Longest name first: 关牟街社区 is one community, not 关牟 (the village) followed by 街社区.
		['关牟街社区全部', ['guanmou-jie'], []],
		['关牟街', ['guanmou-jie'], []],
		['关牟', ['guanmou-cun'], []],
		// Every separator the exports use.
		[
			'白云村，松林村;东关|关牟\n关牟街/白云村  东关社区',
			['baiyun', 'songlin', 'dongguan', 'guanmou-cun', 'guanmou-jie'],
			[],
		],
		// A name twice is listed once; a segment of numbers and group words continues the place before it.
		['白云村3组、4组、5-7栋、白云村', ['baiyun'], []],
		['白云村和松林村部分用户', ['baiyun', 'songlin'], []],
		['１号松林', ['songlin'], []],
		['', [], []],
		['、 、', [], []],
	])('%j', (text, ids, unmatched) => {
		expect(matcher().matchScope(text)).toEqual({ ids, unmatched, ambiguous: [] });
	});

	test('a segment naming no area is reported, with the closest names', () => {
		expect(matcher().matchScope('白云村、火星村2组')).toEqual({
			ids: ['baiyun'],
			unmatched: [{ text: '火星村2组', suggestions: ['关牟村', '松林村', '白云村'] }],
			ambiguous: [],
		});
	});

	test('the same text twice gives the same answer', () => {
		const first = matcher().matchScope('东关、松林');
		expect(matcher().matchScope('东关、松林')).toEqual(first);
		expect(first.ids).toEqual(['dongguan', 'songlin']);
	});
});

describe('area column: each item exactly a name, alias, English name or id', () => {
	test.each([
		['关牟村', ['guanmou-cun'], []],
		['guanmou-jie', ['guanmou-jie'], []],
		['Guanmou Street、baiyun , SONGLIN', ['guanmou-jie', 'baiyun', 'songlin'], []],
		['松林、松林村、songlin', ['songlin'], []],
		['东关社区；白云村', ['dongguan', 'baiyun'], []],
		['', [], []],
	])('%j', (text, ids, unmatched) => {
		expect(matcher().matchList(text)).toEqual({ ids, unmatched, ambiguous: [] });
	});

	test('an item that is only part of a name is not matched', () => {
		expect(matcher().matchList('白云村3组、关牟')).toEqual({
			ids: ['guanmou-cun'],
			unmatched: [{ text: '白云村3组', suggestions: ['白云村', '关牟村', '松林村'] }],
			ambiguous: [],
		});
	});
});

describe('suggestions', () => {
	test.each([
		// Nearest by edit distance over length; equally near names in code-point order.
		['白云', 3, ['白云村', '1号松林', '东关']],
		['白云村5组', 1, ['白云村']],
		['关牟街道', 2, ['关牟街', '关牟街社区']],
		['xyz', 2, ['1号松林', '东关']],
		['3组', 1, ['1号松林']],
	])('closest to %j (%i)', (text, count, names) => {
		expect(matcher().closest(text, count)).toEqual(names);
	});

	test('three by default', () => {
		expect(matcher().closest('松林')).toHaveLength(3);
	});

	test.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['abc', 'abc', 0],
		['关牟村', '关某村', 1],
		['kitten', 'sitting', 3],
		['flaw', 'lawn', 2],
		['松林村', '村林松', 2],
		['𠀀a', 'a', 1],
	])('edit distance %j %j = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
});
