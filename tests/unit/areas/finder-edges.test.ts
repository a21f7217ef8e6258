/** Find my area at its edges: scores, ties, limits, pinyin overrides, sort keys. Inputs built here. */
import { describe, expect, it } from 'vitest';
import { relatedAreaIds } from '../../../src/lib/areas/area-groups.ts';
import {
	areaKeys,
	nameKeys,
	pinyinSortKey,
	pinyinSyllables,
	sortByPinyin,
} from '../../../src/lib/areas/finder-index.ts';
import { matchAreas, normalizeTerm, type FinderEntry } from '../../../src/lib/areas/finder-match.ts';
import type { Area } from '../../../src/schemas/area.ts';

const entry = (id: string, where: string, ...terms: string[]): FinderEntry => [
	id,
	id,
	where,
	`/areas/${id}/`,
	'',
	...terms,
];

describe('matchAreas', () => {
	it('exact before prefix before inside, each at its best term', () => {
		const entries = [
			entry('inside', 'd', 'xguanmou'),
			entry('prefix', 'd', 'guanmoux'),
			entry('exact', 'd', 'zzz', 'guanmou'),
		];
		expect(matchAreas(entries, 'guanmou').map((m) => [m.id, m.score])).toEqual([
			['exact', 0],
			['prefix', 1],
			['inside', 2],
		]);
	});

	it('a term inside a name counts from two characters; one character only as a prefix', () => {
		const entries = [entry('a', 'd', 'xq'), entry('b', 'd', 'qx')];
		expect(matchAreas(entries, 'q').map((m) => m.id)).toEqual(['b']);
		expect(matchAreas([entry('a', 'd', 'xqy')], 'qy').map((m) => m.score)).toEqual([2]);
	});

	it('the best of an area’s terms counts, whichever order they come in', () => {
		expect(matchAreas([entry('a', 'd', 'xab', 'abx', 'ab')], 'ab')[0].score).toBe(0);
		expect(matchAreas([entry('a', 'd', 'abx', 'xab')], 'ab')[0].score).toBe(1);
		expect(matchAreas([entry('a', 'd', 'xab', 'abx')], 'ab')[0].score).toBe(1);
	});

	it('among equals, deeper areas first (villages before towns before districts), then the index order', () => {
		const entries = [
			entry('district', '', 'lin'),
			entry('town', 'North', 'lin'),
			entry('village-2', 'North › Lin', 'lin'),
			entry('village-1', 'North › Lin', 'lin'),
		];
		expect(matchAreas(entries, 'lin').map((m) => m.id)).toEqual(['village-2', 'village-1', 'town', 'district']);
	});

	it('at most `limit` matches, eight by default; nothing for an empty query', () => {
		const many = Array.from({ length: 12 }, (_, i) => entry(`a${i}`, 'd', `lin${i}`));
		expect(matchAreas(many, 'lin')).toHaveLength(8);
		expect(matchAreas(many, 'lin', 3).map((m) => m.id)).toEqual(['a0', 'a1', 'a2']);
		expect(matchAreas(many, ' · ')).toEqual([]);
		expect(matchAreas(many, 'lin')[0]).toEqual({ id: 'a0', name: 'a0', where: 'd', href: '/areas/a0/', score: 1 });
	});

	it.each([
		['Qing Shan', 'qingshan'],
		["qing'shan", 'qingshan'],
		['Lü-shui', 'lvshui'],
		['A.B（C）', 'abc'],
		['ＱＳ', 'qs'],
	])('normalizeTerm(%j) = %j', (text, term) => {
		expect(normalizeTerm(text)).toBe(term);
	});
});

describe('pinyin', () => {
	it('an override wins, split on any spaces', () => {
		expect(pinyinSyllables('重阳', ' chong  yang ')).toEqual(['chong', 'yang']);
		expect(nameKeys('重阳', 'chong yang')).toEqual(['重阳', 'chongyang', 'cy']);
	});

	it('Latin letters and digits run together; ü as v', () => {
		expect(pinyinSyllables('A区3号')).toEqual(['a', 'qu', '3', 'hao']);
		expect(pinyinSyllables('绿')).toEqual(['lv']);
		expect(pinyinSyllables('AB12')).toEqual(['ab12']);
	});

	const area = (id: string, zh: string, more: Partial<Area> = {}): Area => ({
		id,
		kind: 'village',
		name: { zh },
		aliases: [],
		depth: 2,
		ancestors: [],
		children: [],
		...more,
	});

	it('an area’s keys: its names, aliases and English name, each once, none empty', () => {
		expect(areaKeys(area('a', '关牟村', { aliases: ['关牟'], name: { zh: '关牟村', en: 'Guan Mou' } }))).toEqual([
			'关牟村',
			'guanmucun',
			'gmc',
			'关牟',
			'guanmu',
			'gm',
			'guanmou',
		]);
		// Nothing left to search by: no keys, not an empty one.
		expect(areaKeys(area('b', '·'))).toEqual([]);
	});

	it('sort keys are syllables with spaces; ties by id', () => {
		expect(pinyinSortKey(area('a', '关牟村'))).toBe('guan mu cun');
		const list = [area('b', '关村'), area('a', '关村'), area('c', '阿村'), area('d', '关村', { pinyin: 'a cun' })];
		// 阿村 and the override a cun read the same: by id.
		expect(sortByPinyin(list).map((a) => a.id)).toEqual(['c', 'd', 'a', 'b']);
		// 'guan' before 'guana…': a shorter key first, whole syllables compared as text.
		expect(sortByPinyin([area('x', '关岸'), area('y', '关')]).map((a) => a.id)).toEqual(['y', 'x']);
	});
});

it('the areas related to an unknown one: none', () => {
	expect(relatedAreaIds(new Map(), 'nowhere')).toEqual(new Set());
});
