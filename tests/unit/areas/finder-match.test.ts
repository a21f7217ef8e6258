/**
 * matchAreas at its edges, on small indexes built in each test: which forms of a query are tried (a trailing group,
 * a county in front), how enclosing areas are taken off, and which score wins when several forms match.
 */
import { describe, expect, it } from 'vitest';
import { matchAreas, withoutTrailingParts, type FinderEntry } from '../../../src/lib/areas/finder-match.ts';

/** An index entry named by its id, under `parent` ('' at the top), with its (normalized) search terms. */
const e = (id: string, parent: string, ...terms: string[]): FinderEntry => [
	id,
	id,
	'',
	`/areas/${id}/`,
	parent,
	...terms,
];

/** The matches as [id, score], best first. */
const found = (entries: FinderEntry[], typed: string) => matchAreas(entries, typed).map((m) => [m.id, m.score]);

describe('withoutTrailingParts', () => {
	it.each([
		['杨柳村', '杨柳村'],
		['杨柳村5组', '杨柳村'],
		['杨柳村5组12号', '杨柳村'],
		// The group after the house number: taken off on a second pass.
		['杨柳村12号5组', '杨柳村'],
		['杨柳村12号5组3号', '杨柳村'],
		['yangliucun5zu', 'yangliucun'],
		['yangliuvillagegroup5', 'yangliuvillage'],
		// Never down to nothing.
		['5组', '5组'],
		['12号5组', '12号'],
	])('%j → %j', (query, out) => {
		expect(withoutTrailingParts(query)).toBe(out);
	});
});

describe('matchAreas: a province, city or county in front', () => {
	it.each([
		// The first level off already matches: no more are taken off, though 丙村 would match too.
		['甲县乙区丙村', [['yiqu-bingcun', 0]]],
		['乙区丙村', [['yiqu-bingcun', 0]]],
		[
			'丙村',
			[
				['bingcun', 0],
				['yiqu-bingcun', 2],
			],
		],
		// Three levels at most.
		['甲市乙县丙区丁村', [['dingcun', 0]]],
		['甲省乙市丙县丁区戊村', []],
		['乙市丙县丁区戊村', [['wucun', 0]]],
		// Nothing left once the county is off: nothing found, not everything.
		['青山县', []],
		['四川省青山县', []],
		// No county in front: nothing to take off.
		['杨柳村x', []],
	])('%j finds %j', (typed, out) => {
		const entries = [
			e('bingcun', '', '丙村'),
			e('yiqu-bingcun', '', '乙区丙村'),
			e('dingcun', '', '丁村'),
			e('wucun', '', '戊村'),
		];
		expect(found(entries, typed)).toEqual(out);
	});
});

describe('matchAreas: order among equal scores', () => {
	it('the deeper area first, by the number of enclosing areas, not the length of their names', () => {
		const entries: FinderEntry[] = [
			['shallow', 'Lin', 'A long district name', '/areas/shallow/', '', 'lin'],
			['deep', 'Lin', 'N › T', '/areas/deep/', '', 'lin'],
			['top', 'Lin', '', '/areas/top/', '', 'lin'],
		];
		expect(matchAreas(entries, 'lin').map((m) => m.id)).toEqual(['deep', 'shallow', 'top']);
	});
});

describe('matchAreas: the best of the forms tried (as typed, without the trailing group)', () => {
	it.each([
		// 杨5组 matches inside; 杨 alone (one character) matches nothing: the match stays.
		['杨5组', 'x杨5组', [['e', 2]]],
		// Equal as typed, a prefix without the group: equal wins.
		['杨柳村5组', '杨柳村5组', [['e', 0]]],
		// Inside as typed, a prefix without the group: the prefix wins.
		['杨柳村5组', '杨柳村x杨柳村5组', [['e', 1]]],
		['杨柳村5组', '杨柳村', [['e', 0]]],
		['杨柳村5组', 'x杨柳村', [['e', 2]]],
	])('%j against %j', (typed, term, out) => {
		expect(found([e('e', '', term)], typed)).toEqual(out);
	});
});

describe('matchAreas: enclosing areas written before or after', () => {
	it.each([
		// 镇 is dropped only where two characters or more remain: "a" alone is no town.
		['a杨柳村', 'a镇', []],
		['ab杨柳村', 'ab镇', [['v', 0]]],
		['ab镇杨柳村', 'ab镇', [['v', 0]]],
		['杨柳村ab', 'ab镇', [['v', 0]]],
		// Only the enclosing area's own terms are taken off, no letter or character of anything else.
		['ayangliucun', 'shiqiaozhen', []],
		['shiqiaozhenyangliu', 'shiqiaozhen', [['v', 1]]],
		['shiqiaoyangliucun', 'shiqiaozhen', [['v', 0]]],
	])('%j, the town being %j, finds %j', (typed, town, out) => {
		expect(found([e('t', '', town), e('v', 't', '杨柳村', 'yangliucun')], typed)).toEqual(out);
	});

	it.each([
		// Taken off: the district's cx (→ ab, a prefix), then the town's x (→ abc, the name): the name wins.
		['abcx', ['cx'], ['x'], [['v', 0]]],
		// The other way round: the name (abc) comes first, a prefix (ab) after it; the name still wins.
		['xabc', ['x'], ['c'], [['v', 0]]],
		// Only prefixes left.
		['xab', ['x'], ['c'], [['v', 1]]],
		// A remainder inside the name does not count.
		['xbc', ['x'], ['c'], []],
	])('%j under districts %j and towns %j finds %j', (typed, district, town, out) => {
		const entries = [e('d', '', ...district), e('t', 'd', ...town), e('v', 't', 'abc')];
		expect(found(entries, typed)).toEqual(out);
	});

	it('an entry whose parent is not in the index matches by its own terms', () => {
		const entries = [e('v', 'gone', '杨柳村'), e('w', 'v', '河口村')];
		expect([found(entries, '石桥杨柳村'), found(entries, '杨柳'), found(entries, '杨柳村河口')]).toEqual([
			[],
			[['v', 1]],
			[['w', 1]],
		]);
	});
});
