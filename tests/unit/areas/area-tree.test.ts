/**
 * The area tree flattened, and every rule it checks, each problem asserted whole (where, which field, both
 * languages): three levels at most, each level of its kinds, ids unique, official codes of the right length that
 * extend their parent's and belong to one area, Chinese names and aliases not shared. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import { areaNameKey, childAreas, flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';

const village = (id: string, zh = id, more: Partial<AreaNodeInput> = {}): AreaNodeInput => ({
	id,
	kind: 'village',
	name: { zh },
	...more,
});
const tree = (
	villages: AreaNodeInput[],
	town: Partial<AreaNodeInput> = {},
	district: Partial<AreaNodeInput> = {},
): AreaNodeInput[] => [
	{
		id: 'd',
		kind: 'district',
		name: { zh: '北区' },
		...district,
		children: [{ id: 't', kind: 'town', name: { zh: '林镇' }, ...town, children: villages }],
	},
];

describe('flattenAreaTree', () => {
	it('every area by id, in file order, with its place in the tree', () => {
		const { areas, problems } = flattenAreaTree(
			tree(
				[village('v1', '一村', { code: '510823100201', pinyin: 'yi cun', aliases: ['一组'] }), village('v2', '二村')],
				{ code: '510823100' },
				{ code: '510823', name: { zh: '北区', en: 'North' } },
			),
		);
		expect(problems).toEqual([]);
		expect([...areas.keys()]).toEqual(['d', 't', 'v1', 'v2']);
		expect(areas.get('d')).toEqual({
			id: 'd',
			kind: 'district',
			code: '510823',
			name: { zh: '北区', en: 'North' },
			pinyin: undefined,
			aliases: [],
			depth: 0,
			parent: undefined,
			ancestors: [],
			children: ['t'],
		});
		expect(areas.get('v1')).toEqual({
			id: 'v1',
			kind: 'village',
			code: '510823100201',
			name: { zh: '一村' },
			pinyin: 'yi cun',
			aliases: ['一组'],
			depth: 2,
			parent: 't',
			ancestors: ['d', 't'],
			children: [],
		});
		expect('code' in (areas.get('v2') as object)).toBe(false);
	});

	it('a fourth level is refused, and not flattened', () => {
		const { areas, problems } = flattenAreaTree(tree([village('v', 'v', { children: [village('deep')] })]));
		expect(problems).toEqual([
			{
				entry: 'd > t > v > deep',
				field: 'children',
				en: 'the tree has three levels at most: district > town/street > village/community',
				zh: '区域最多三级：片区 > 镇/街道 > 村/社区',
			},
		]);
		expect(areas.has('deep')).toBe(false);
	});

	it.each([
		['a town at the top', tree([]).map((d) => ({ ...d, kind: 'town' as const })), 'd', 'district', '"town"'],
		['a village as a town', tree([], { kind: 'village' }), 'd > t', 'town or street', '"village"'],
		[
			'a district as a village',
			tree([{ id: 'v', kind: 'district', name: { zh: '村' } }]),
			'd > t > v',
			'village or community',
			'"district"',
		],
	])('%s: the kinds its level allows', (_what, input, entry, allowed, got) => {
		expect(flattenAreaTree(input).problems).toEqual([
			{
				entry,
				field: 'kind',
				en: `at this level must be ${allowed}, got ${got}`,
				zh: `此级别应为 ${allowed.replace(' or ', ' 或 ')}，实际为 ${got}`,
			},
		]);
	});

	it('a duplicate id is refused once, where it comes again, and the first is kept', () => {
		const { areas, problems } = flattenAreaTree(tree([village('v', '一村'), village('v', '二村')]));
		expect(problems).toEqual([
			{
				entry: 'd > t > v',
				field: 'id',
				en: 'duplicate id "v": ids must be unique across the whole tree',
				zh: '区域编号 "v" 重复，须在全表唯一',
			},
		]);
		expect(areas.get('v')?.name.zh).toBe('一村');
		expect(areas.get('t')?.children).toEqual(['v', 'v']);
	});
});

describe('official codes', () => {
	const codes = (d: string | undefined, t: string | undefined, v: string[]) =>
		flattenAreaTree(
			tree(
				v.map((code, i) => village(`v${i}`, `${i}村`, { code })),
				t === undefined ? {} : { code: t },
				d === undefined ? {} : { code: d },
			),
		).problems;

	it('of the right length for the level', () => {
		expect(codes('51082', '510823100', ['510823100201'])).toEqual([
			{
				entry: 'd',
				field: 'code',
				en: '"51082" has 5 digits; at this level the official code has 6',
				zh: '"51082" 为 5 位，此级别的统计用区划代码应为 6 位',
			},
		]);
	});

	it('beginning with the parent’s code', () => {
		expect(codes('510823', '510824100', [])).toEqual([
			{
				entry: 'd > t',
				field: 'code',
				en: '"510824100" does not begin with its parent\'s code 510823: is the area under the right parent?',
				zh: '"510824100" 不以上级区域的代码 510823 开头：区域是否放错了上级？',
			},
		]);
		// Without a parent code there is nothing to extend.
		expect(codes(undefined, '510824100', ['510824100201'])).toEqual([]);
	});

	it('each belonging to one area', () => {
		expect(codes('510823', '510823100', ['510823100201', '510823100201'])).toEqual([
			{
				entry: 'd > t > v1',
				field: 'code',
				en: '"510823100201" is also the code of d > t > v0: each official code belongs to one area',
				zh: '"510823100201" 也是 d > t > v0 的代码，每个统计用区划代码只属于一个区域',
			},
		]);
	});

	it('a code of the wrong length is not also checked against its parent', () => {
		expect(codes('510823', '5108', []).map((p) => p.en)).toEqual([
			'"5108" has 4 digits; at this level the official code has 9',
		]);
	});
});

describe('names two areas share', () => {
	it('a Chinese name or alias another area has, reported on the second with the first named', () => {
		const { problems } = flattenAreaTree(
			tree([
				village('v1', '河平村', { aliases: ['河坝'] }),
				village('v2', '二村', { aliases: ['河平村'] }),
				village('v3', '河坝'),
			]),
		);
		expect(problems).toEqual([
			{
				entry: 'd > t > v2',
				field: 'aliases[0]',
				en: '"河平村" is also the name.zh of d > t > v1: the importer could not tell which area a scope naming it means; rename it or drop the alias on one of the two',
				zh: '"河平村" 也是 d > t > v1 的 name.zh，导入时无法判断停电范围中的这个名称指哪个区域，请在其中一处改名或删去别名',
			},
			{
				entry: 'd > t > v3',
				field: 'name.zh',
				en: '"河坝" is also the aliases[0] of d > t > v1: the importer could not tell which area a scope naming it means; rename it or drop the alias on one of the two',
				zh: '"河坝" 也是 d > t > v1 的 aliases[0]，导入时无法判断停电范围中的这个名称指哪个区域，请在其中一处改名或删去别名',
			},
		]);
	});

	it('compared in half-width without surrounding spaces; an area repeating its own name is fine; English names may repeat', () => {
		expect(
			flattenAreaTree(tree([village('v1', '１号村'), village('v2', ' 1号村 ')])).problems.map((p) => p.entry),
		).toEqual(['d > t > v2']);
		expect(flattenAreaTree(tree([village('v1', '一村', { aliases: ['一村'] })])).problems).toEqual([]);
		expect(
			flattenAreaTree(
				tree([
					village('v1', '河平村', { name: { zh: '河平村', en: 'Heping' } }),
					village('v2', '和平村', { name: { zh: '和平村', en: 'Heping' } }),
				]),
			).problems,
		).toEqual([]);
	});

	it('areaNameKey: half-width, trimmed', () => {
		expect(areaNameKey(' １号村\u3000')).toBe('1号村');
		expect(areaNameKey('\t东关\n')).toBe('东关');
	});
});

describe('childAreas', () => {
	it('the areas directly inside, in file order, ids missing from the map skipped', () => {
		const { areas } = flattenAreaTree(tree([village('a'), village('b'), village('c')]));
		areas.delete('b');
		expect(childAreas(areas, areas.get('t')!).map((a) => a.id)).toEqual(['a', 'c']);
	});
});
