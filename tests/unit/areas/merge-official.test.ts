/**
 * Merging a county from the official code lists into an area tree, decision by decision: what matches (by code,
 * else by name or alias among uncoded siblings), what is added (ids and names told apart step by step), which
 * aliases are taken, what is reported; and the file's canonical text. Official areas are built here by hand.
 */
import { describe, expect, it } from 'vitest';
import { mergeOfficialTree, serializeAreaTree } from '../../../src/lib/areas/merge-official.ts';
import type { OfficialArea } from '../../../src/lib/areas/official-tree.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';

/** An official area: `name` as published, `full` as the code list writes it, its stem and kind word. */
function off(
	code: string,
	kind: OfficialArea['kind'],
	name: string,
	o: {
		stem: string;
		suffix: string;
		slug: string;
		full?: string;
		en?: string;
		qualifier?: string;
		children?: OfficialArea[];
		shown?: string;
	},
): OfficialArea {
	const full = o.full ?? name;
	return {
		code,
		kind,
		name: o.shown ?? name,
		en: o.en,
		aliases: full !== name ? [full] : [],
		official: { name, full, kind, stem: o.stem, suffix: o.suffix },
		slug: o.slug,
		...(o.qualifier ? { qualifier: o.qualifier } : {}),
		children: o.children ?? [],
	};
}
const jinshan = (code = '510823100201', more = {}) =>
	off(code, 'village', '金山村', {
		stem: '金山',
		suffix: '村',
		slug: 'jinshan',
		full: '金山村村民委员会',
		en: 'Jinshan Village',
		...more,
	});
const town = (children: OfficialArea[] = [jinshan()], more = {}) =>
	off('510823100', 'town', '普安镇', { stem: '普安', suffix: '镇', slug: 'puan', en: "Pu'an Town", children, ...more });
const county = (children: OfficialArea[] = [town()]) =>
	off('510823', 'district', '剑阁县', { stem: '剑阁', suffix: '县', slug: 'jiange', en: 'Jiange County', children });

describe('into an empty tree', () => {
	it('adds the county with its towns and villages: ids from the slugs, names, English names, full names as aliases', () => {
		const { tree, report } = mergeOfficialTree([], county());
		expect(tree).toEqual([
			{
				id: 'jiange',
				kind: 'district',
				code: '510823',
				name: { zh: '剑阁县', en: 'Jiange County' },
				aliases: [],
				children: [
					{
						id: 'puan',
						kind: 'town',
						code: '510823100',
						name: { zh: '普安镇', en: "Pu'an Town" },
						aliases: [],
						children: [
							{
								id: 'jinshan',
								kind: 'village',
								code: '510823100201',
								name: { zh: '金山村', en: 'Jinshan Village' },
								aliases: ['金山村村民委员会'],
								children: [],
							},
						],
					},
				],
			},
		]);
		expect(report).toEqual({
			added: [
				{ id: 'jiange', name: '剑阁县', code: '510823', parent: undefined },
				{ id: 'puan', name: '普安镇', code: '510823100', parent: 'jiange' },
				{ id: 'jinshan', name: '金山村', code: '510823100201', parent: 'puan' },
			],
			coded: [],
			unofficial: [],
		});
	});

	it('leaves the tree given as it was', () => {
		const existing: AreaNodeInput[] = [{ id: 'other', kind: 'district', name: { zh: '别县' } }];
		const before = structuredClone(existing);
		const { tree } = mergeOfficialTree(existing, county());
		expect(existing).toEqual(before);
		expect(tree.map((n) => n.id)).toEqual(['other', 'jiange']);
	});
});

describe('new ids, told apart step by step', () => {
	const taken = (ids: string[]): AreaNodeInput[] =>
		ids.map((id, i) => ({ id, kind: 'district', name: { zh: `别${i}` } }));
	it.each([
		['the slug', [], 'jinshan'],
		['taken: with the kind word', ['jinshan'], 'jinshan-cun'],
		['that taken too: under its parent', ['jinshan', 'jinshan-cun'], 'puan-jinshan'],
		['all taken: with its code', ['jinshan', 'jinshan-cun', 'puan-jinshan'], 'jinshan-510823100201'],
	])('%s: %s', (_what, ids, id) => {
		const { report } = mergeOfficialTree(taken(ids), county());
		expect(report.added.find((a) => a.code === '510823100201')?.id).toBe(id);
	});

	it('a qualified area (told apart by its town) first tries its qualified slug', () => {
		const v = jinshan('510823100201', { qualifier: 'puan', shown: '金山村（普安）' });
		expect(mergeOfficialTree([], county([town([v])])).report.added[2].id).toBe('puan-jinshan');
		expect(mergeOfficialTree(taken(['puan-jinshan']), county([town([v])])).report.added[2].id).toBe('jinshan');
	});

	it.each([
		['民族乡', 'xiang'],
		['街道', 'jiedao'],
		['苏木', 'sumu'],
		['嘎查', 'gacha'],
		['社区', 'shequ'],
		['林区', 'a'],
	])('the kind word %s in an id is %s', (suffix, word) => {
		const v = off('510823100202', 'village', `金${suffix}`, { stem: '金', suffix, slug: 'jin' });
		const { report } = mergeOfficialTree(taken(['jin']), county([town([v])]));
		expect(report.added[2].id).toBe(`jin-${word}`);
	});

	it('a county’s kind words', () => {
		for (const [suffix, word] of [
			['县', 'xian'],
			['区', 'qu'],
			['市', 'shi'],
			['旗', 'qi'],
			['镇', 'zhen'],
			['乡', 'xiang'],
			['村', 'cun'],
		]) {
			const c = off('510823', 'district', `剑${suffix}`, { stem: '剑', suffix, slug: 'jian', children: [] });
			expect(mergeOfficialTree(taken(['jian']), c).report.added[0].id).toBe(`jian-${word}`);
		}
		const bare = off('510823', 'district', '剑', { stem: '剑', suffix: '', slug: 'jian', children: [] });
		expect(mergeOfficialTree(taken(['jian']), bare).report.added[0].id).toBe('jian-510823');
	});
});

describe('names a new area takes', () => {
	const elsewhere = (names: string[]): AreaNodeInput[] => [
		{
			id: 'other',
			kind: 'district',
			name: { zh: '别县' },
			children: [
				{
					id: 'o',
					kind: 'town',
					name: { zh: '别镇' },
					children: names.map((zh, i) => ({ id: `o${i}`, kind: 'village', name: { zh } })),
				},
			],
		},
	];
	it('its name, where no area has it', () => {
		const added = mergeOfficialTree(elsewhere([]), county()).tree[1].children?.[0].children?.[0];
		expect(added?.name).toEqual({ zh: '金山村', en: 'Jinshan Village' });
	});

	it('taken: told apart by its town, in both languages', () => {
		const added = mergeOfficialTree(elsewhere(['金山村']), county()).tree[1].children?.[0].children?.[0];
		expect(added?.name).toEqual({ zh: '金山村（普安）', en: "Jinshan Village (Pu'an)" });
	});

	it('that taken too: by its code, and no English name (a machine cannot tell it apart in words)', () => {
		const added = mergeOfficialTree(elsewhere(['金山村', '金山村（普安）']), county()).tree[1].children?.[0]
			.children?.[0];
		expect(added?.name).toEqual({ zh: '金山村（510823100201）' });
	});

	it('a county taken at the top: by its code (it has no parent)', () => {
		const tree: AreaNodeInput[] = [{ id: 'x', kind: 'district', code: '110101', name: { zh: '剑阁县' } }];
		expect(mergeOfficialTree(tree, county([])).tree[1].name).toEqual({ zh: '剑阁县（510823）' });
	});

	it('without an English name of its own, none told apart either', () => {
		const v = jinshan('510823100201', { en: undefined });
		const added = mergeOfficialTree(elsewhere(['金山村']), county([town([v])])).tree[1].children?.[0].children?.[0];
		expect(added?.name).toEqual({ zh: '金山村（普安）' });
	});

	it('aliases: not its own name again, not one another area has', () => {
		const v = off('510823100201', 'village', '金山村', { stem: '金山', suffix: '村', slug: 'jinshan', full: '金山村' });
		v.aliases = ['金山村', '金山', '老金山'];
		const added = mergeOfficialTree(elsewhere(['老金山']), county([town([v])])).tree[1].children?.[0].children?.[0];
		expect(added?.aliases).toEqual(['金山']);
	});

	it('two new areas of one name: the second told apart, each keeping what it claimed', () => {
		const a = jinshan('510823100201');
		const b = jinshan('510823101201');
		const t2 = off('510823101', 'town', '公兴镇', { stem: '公兴', suffix: '镇', slug: 'gongxing', children: [b] });
		const { tree } = mergeOfficialTree([], county([town([a]), t2]));
		const [first, second] = [tree[0].children?.[0].children?.[0], tree[0].children?.[1].children?.[0]];
		expect([first?.name.zh, first?.aliases]).toEqual(['金山村', ['金山村村民委员会']]);
		expect([second?.id, second?.name.zh, second?.aliases]).toEqual(['jinshan-cun', '金山村（公兴）', []]);
	});
});

describe('into a tree that has the county', () => {
	const existing = (): AreaNodeInput[] => [
		{
			id: 'jiange',
			kind: 'district',
			name: { zh: '剑阁县' },
			children: [
				{
					id: 'pa',
					kind: 'town',
					name: { zh: '普安' },
					aliases: ['普安镇'],
					children: [
						{ id: 'js', kind: 'village', name: { zh: '金山' }, aliases: ['金山村'] },
						{ id: 'park', kind: 'village', name: { zh: '工业园' } },
						{ id: 'ref', kind: 'village', name: { zh: '老街' } },
						{ id: 'coded', kind: 'village', code: '510823100299', name: { zh: '已编码村' } },
					],
				},
			],
		},
	];

	it('matches by name or alias, keeps ids and names, adds the codes and the full names; reports what it did', () => {
		const { tree, report } = mergeOfficialTree(existing(), county(), new Set(['ref']));
		const pa = tree[0].children?.[0];
		expect([tree[0].code, pa?.id, pa?.code, pa?.name, pa?.aliases]).toEqual([
			'510823',
			'pa',
			'510823100',
			{ zh: '普安' },
			['普安镇'],
		]);
		expect(pa?.children?.[0]).toEqual({
			id: 'js',
			kind: 'village',
			code: '510823100201',
			name: { zh: '金山' },
			aliases: ['金山村', '金山村村民委员会'],
			children: [],
		});
		expect(report).toEqual({
			added: [],
			coded: [
				{ id: 'jiange', code: '510823' },
				{ id: 'pa', code: '510823100' },
				{ id: 'js', code: '510823100201' },
			],
			unofficial: [
				{ id: 'park', name: '工业园', referenced: false },
				{ id: 'ref', name: '老街', referenced: true },
			],
		});
	});

	it('an area with a code is matched by it, whatever its name, and keeps it', () => {
		const tree = existing();
		(tree[0].children as AreaNodeInput[])[0].children = [
			{ id: 'renamed', kind: 'village', code: '510823100201', name: { zh: '新名字' } },
		];
		const { tree: merged, report } = mergeOfficialTree(tree, county());
		expect(merged[0].children?.[0].children?.map((c) => [c.id, c.code, c.name.zh])).toEqual([
			['renamed', '510823100201', '新名字'],
		]);
		expect(report.coded.map((c) => c.id)).toEqual(['jiange', 'pa']);
		expect(report.unofficial).toEqual([]);
	});

	it('a coded area is not matched by name: the official one is added beside it', () => {
		const tree = existing();
		(tree[0].children as AreaNodeInput[])[0].children = [
			{ id: 'js', kind: 'village', code: '510823100999', name: { zh: '金山村' } },
		];
		const { report } = mergeOfficialTree(tree, county());
		expect(report.added.map((a) => [a.id, a.name])).toEqual([['jinshan', '金山村（普安）']]);
	});

	it('an official alias the area has already, or another area uses, is not added again', () => {
		const tree = existing();
		const js = (tree[0].children as AreaNodeInput[])[0].children?.[0] as AreaNodeInput;
		js.aliases = ['金山村', '金山村村民委员会'];
		expect(mergeOfficialTree(tree, county()).tree[0].children?.[0].children?.[0].aliases).toEqual([
			'金山村',
			'金山村村民委员会',
		]);
		const other = existing();
		other.push({ id: 'x', kind: 'district', name: { zh: '金山村村民委员会' } });
		expect(mergeOfficialTree(other, county()).tree[0].children?.[0].children?.[0].aliases).toEqual(['金山村']);
	});

	it('an official alias that is the area’s own name is not added', () => {
		const tree = existing();
		const js = (tree[0].children as AreaNodeInput[])[0].children?.[0] as AreaNodeInput;
		js.name = { zh: '金山村村民委员会' };
		js.aliases = [];
		expect(mergeOfficialTree(tree, county()).tree[0].children?.[0].children?.[0].aliases).toEqual([]);
	});

	it('an area without aliases or children gains them', () => {
		const tree: AreaNodeInput[] = [{ id: 'jiange', kind: 'district', name: { zh: '剑阁县' } }];
		const { tree: merged } = mergeOfficialTree(tree, county());
		expect(merged[0].children?.map((c) => c.id)).toEqual(['puan']);
		expect(merged[0].aliases).toEqual([]);
	});

	it('an area another official area already claimed is not matched twice', () => {
		const twins = [jinshan('510823100201'), jinshan('510823100202')];
		const { report } = mergeOfficialTree(existing(), county([town(twins)]));
		expect(report.coded.map((c) => c.id)).toContain('js');
		expect(report.added.map((a) => a.code)).toEqual(['510823100202']);
	});
});

describe('serializeAreaTree', () => {
	it('tabs, keys in a fixed order, empty aliases and children and missing fields left out, a final line break', () => {
		const tree: AreaNodeInput[] = [
			{
				children: [{ name: { zh: '金山村' }, kind: 'village', id: 'js', aliases: [], children: [] }],
				aliases: ['普安镇'],
				pinyin: 'pu an',
				name: { en: "Pu'an", zh: '普安' },
				code: '510823100',
				kind: 'town',
				id: 'pa',
			},
		];
		expect(serializeAreaTree(tree)).toBe(
			[
				'[',
				'\t{',
				'\t\t"id": "pa",',
				'\t\t"kind": "town",',
				'\t\t"code": "510823100",',
				'\t\t"name": {',
				'\t\t\t"zh": "普安",',
				'\t\t\t"en": "Pu\'an"',
				'\t\t},',
				'\t\t"pinyin": "pu an",',
				'\t\t"aliases": [',
				'\t\t\t"普安镇"',
				'\t\t],',
				'\t\t"children": [',
				'\t\t\t{',
				'\t\t\t\t"id": "js",',
				'\t\t\t\t"kind": "village",',
				'\t\t\t\t"name": {',
				'\t\t\t\t\t"zh": "金山村"',
				'\t\t\t\t}',
				'\t\t\t}',
				'\t\t]',
				'\t}',
				']',
				'',
			].join('\n'),
		);
	});
});
