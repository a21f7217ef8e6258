import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import {
	CodeListError,
	countyLookupMessage,
	findCounty,
	linesWithPrefix,
	parseCodeList,
	type Division,
} from '../../../src/lib/areas/division-codes.ts';
import { mergeOfficialTree, serializeAreaTree } from '../../../src/lib/areas/merge-official.ts';
import { countyLevelName, townLevelName, villageLevelName } from '../../../src/lib/areas/official-names.ts';
import { englishName, officialCounty, pinyinSlug } from '../../../src/lib/areas/official-tree.ts';
import { areaTreeSchema, type AreaNodeInput } from '../../../src/schemas/area.ts';

const FIXTURE = 'tests/fixtures/area-codes';
const list = (level: 'provinces' | 'cities' | 'areas' | 'streets' | 'villages') =>
	parseCodeList(readFileSync(`${FIXTURE}/${level}.csv`, 'utf8'), level);
// Read in each test, not when the file loads: a mutation run then knows which tests reach which code.
const lists = () => ({ provinces: list('provinces'), cities: list('cities'), areas: list('areas') });
const county = (code: string) =>
	officialCounty(list('areas').find((a) => a.code === code) as Division, list('streets'), list('villages'));

describe('parseCodeList', () => {
	test.each([
		['provinces', 'code,name\n51,"四川省"\n', [{ code: '51', name: '四川省' }]],
		[
			'areas',
			'code,name,cityCode,provinceCode\n510823,"剑阁县",5108,51\n',
			[{ code: '510823', name: '剑阁县', parent: '5108' }],
		],
		[
			'villages',
			'\uFEFFcode,name,streetCode,provinceCode,cityCode,areaCode\r\n510823101218,"金山村村民委员会",510823101,51,5108,510823\r\n',
			[{ code: '510823101218', name: '金山村村民委员会', parent: '510823101' }],
		],
	] as const)('reads %s', (level, text, expected) => {
		expect(parseCodeList(text, level)).toEqual(expected);
	});

	test.each([
		[
			'a code of the wrong length',
			'streets',
			'code,name,areaCode\n51082310,"普安镇",510823\n',
			/streets\.csv line 2: expected a 9-digit code and a name/,
		],
		[
			'a code outside its parent',
			'streets',
			'code,name,areaCode\n510824100,"普安镇",510823\n',
			/line 2: code 510824100 does not begin with its areaCode 510823/,
		],
		['the wrong columns', 'villages', 'id,title\n1,x\n', /expected a 12-digit code and a name/],
	] as const)('refuses %s, naming file and line', (_, level, text, message) => {
		expect(() => parseCodeList(text, level)).toThrow(CodeListError);
		expect(() => parseCodeList(text, level)).toThrow(message);
	});

	test("linesWithPrefix keeps the header and one county's lines", () => {
		const text = readFileSync(`${FIXTURE}/villages.csv`, 'utf8');
		const kept = parseCodeList(linesWithPrefix(text, '510823111'), 'villages');
		expect(kept.map((v) => v.code)).toEqual(['510823111001', '510823111200', '510823111216']);
	});
});

describe('suffixes: the published name keeps the full official name as an alias', () => {
	test.each([
		['金山村村民委员会', '金山村', 'village', '金山'],
		['前刘庄村民委会', '前刘庄村', 'village', '前刘庄'],
		['杨甘固村委员会', '杨甘固村', 'village', '杨甘固'],
		['东赵村村委会', '东赵村', 'village', '东赵'],
		['新村村民委员会', '新村', 'village', '新村'],
		['鼓楼社区居民委员会', '鼓楼社区', 'community', '鼓楼'],
		['南郎家园社区居委会', '南郎家园社区', 'community', '南郎家园'],
		['柏尔哈舍里社区委员会', '柏尔哈舍里社区', 'community', '柏尔哈舍里'],
		['南关居委会', '南关社区', 'community', '南关'],
		['第一居民委员会', '第一社区', 'community', '第一'],
		['东田社区', '东田社区', 'community', '东田'],
		['巴彦嘎查', '巴彦嘎查', 'village', '巴彦'],
		['小营股份经济合作社生活区', '小营股份经济合作社生活区', 'community', '小营股份经济合作社生活区'],
	] as const)('village level: %s → %s (%s)', (full, name, kind, stem) => {
		expect(villageLevelName(full)).toMatchObject({ name, full, kind, stem });
	});

	test.each([
		['漓东街道办事处', '漓东街道', 'street', '漓东'],
		['建外街道', '建外街道', 'street', '建外'],
		['庆北办事处', '庆北办事处', 'street', '庆北办事处'],
		['普安镇', '普安镇', 'town', '普安'],
		['燕子乡', '燕子乡', 'town', '燕子'],
		['长阳土家族民族乡', '长阳土家族民族乡', 'town', '长阳土家族'],
		['贡宝拉格苏木', '贡宝拉格苏木', 'town', '贡宝拉格'],
		['国营农场', '国营农场', 'town', '国营农场'],
	] as const)('town level: %s → %s (%s)', (full, name, kind, stem) => {
		expect(townLevelName(full)).toMatchObject({ name, kind, stem });
	});

	test.each([
		['剑阁县', '剑阁'],
		['朝阳区', '朝阳'],
		['峨边彝族自治县', '峨边彝族'],
		['太仆寺旗', '太仆寺'],
	])('county level: %s keeps its name, stem %s', (full, stem) => {
		expect(countyLevelName(full)).toMatchObject({ name: full, kind: 'district', stem });
	});
});

describe('slugs and English names from the pinyin', () => {
	test.each([
		['普安', 'puan', "Pu'an Town", '镇'],
		['绿化', 'lvhua', 'Lühua Village', '村'],
		['金山', 'jinshan', 'Jinshan Village', '村'],
		['建外', 'jianwai', 'Jianwai Subdistrict', '街道'],
		['西安', 'xian', "Xi'an Community", '社区'],
		['第1组', 'di1zu', undefined, '村'],
	])('%s → %s, %s', (stem, slug, en, suffix) => {
		expect(pinyinSlug(stem)).toBe(slug);
		expect(englishName({ stem, suffix })).toBe(en);
	});
});

describe('findCounty', () => {
	test.each([
		['剑阁县', '510823'],
		['510823', '510823'],
		['剑阁', '510823'],
		[' 旺苍县 ', '510821'],
		['北京朝阳区', '110105'],
		['北京市朝阳区', '110105'],
		['长春市朝阳区', '220104'],
		['吉林朝阳区', '220104'],
		['四川省广元市剑阁县', '510823'],
		['四川广元剑阁县', '510823'],
		['广元剑阁县', '510823'],
	])('%j finds %s', (query, code) => {
		const r = findCounty(query, lists());
		expect(r.ok && r.county.code).toBe(code);
	});

	test('a name several counties share is refused with the list: province, city, code', () => {
		const r = findCounty('朝阳区', lists());
		expect(r.ok).toBe(false);
		const m = countyLookupMessage('朝阳区', r.ok ? [] : r.candidates);
		expect(m.en).toBe('"朝阳区" names 2 counties: run again with the 6-digit code of the one you mean');
		expect(m.zh).toBe('"朝阳区" 对应 2 个县级区划：请改用其中一个的 6 位代码重新运行');
		expect(m.choices).toEqual(['110105  北京市 朝阳区', '220104  吉林省 长春市 朝阳区']);
	});

	test.each(['某某县', '999999', '县', '上海朝阳区'])('%j finds nothing, and says so', (query) => {
		const r = findCounty(query, lists());
		expect(r).toEqual({ ok: false, candidates: [] });
		expect(countyLookupMessage(query, []).en).toMatch(/^no county is named or coded/);
	});
});

/** The tree as ids with codes and names, indented by depth: what a reader of the diff sees. */
function outline(tree: readonly AreaNodeInput[], depth = 0): string[] {
	return tree.flatMap((n) => [
		`${'  '.repeat(depth)}${n.id} ${n.code ?? '-'} ${n.name.zh}${n.aliases?.length ? ` [${n.aliases.join(', ')}]` : ''}`,
		...outline(n.children ?? [], depth + 1),
	]);
}

describe('officialCounty and a fresh tree', () => {
	test('剑阁县: towns in code order, villages under them, same-named villages told apart by their town', () => {
		const { tree, report } = mergeOfficialTree([], county('510823'));
		expect(outline(tree)).toEqual([
			'jiange 510823 剑阁县',
			'  puan 510823100 普安镇',
			'    gulou 510823100001 鼓楼社区 [鼓楼社区居民委员会]',
			'    xiaolinglong 510823100002 小玲珑社区 [小玲珑社区居民委员会]',
			'    shuangjian 510823100201 双剑村 [双剑村村民委员会]',
			'  longyuan 510823101 龙源镇',
			'    longyuansi 510823101001 龙源寺社区 [龙源寺社区居民委员会]',
			'    qinggan 510823101204 青杆村 [青杆村村民委员会]',
			'    longyuan-jinshan 510823101218 金山村（龙源） [龙源镇金山村, 龙源镇金山村村民委员会]',
			'  gongxing 510823111 公兴镇',
			'    daqiao 510823111001 大桥社区 [大桥社区居民委员会]',
			'    xinsheng 510823111200 新生村 [新生村村民委员会]',
			'    gongxing-jinshan 510823111216 金山村（公兴） [公兴镇金山村, 公兴镇金山村村民委员会]',
		]);
		expect(report.added).toHaveLength(13);
		expect(tree[0].children?.[1].children?.[2].name).toEqual({
			zh: '金山村（龙源）',
			en: 'Jinshan Village (Longyuan)',
		});
		// The tree passes the same checks as npm run check: kinds by level, codes by level and parent, unique names.
		expect(flattenAreaTree(areaTreeSchema.parse(tree)).problems).toEqual([]);
	});

	test('a street-level county: 街道 are streets, communities under them', () => {
		const { tree } = mergeOfficialTree([], county('220104'));
		expect(tree[0]).toMatchObject({
			id: 'chaoyang',
			kind: 'district',
			children: [{ id: 'qianjin', kind: 'street', name: { zh: '前进街道', en: 'Qianjin Subdistrict' } }],
		});
		expect(tree[0].children?.[0].children?.map((c) => [c.id, c.kind, c.name.zh])).toContainEqual([
			'dongtian',
			'community',
			'东田社区',
		]);
	});

	test('a slug already taken in the tree takes the kind word, then the parent', () => {
		const existing: AreaNodeInput[] = [
			{
				id: 'chengqu',
				kind: 'district',
				name: { zh: '城区' },
				children: [
					{ id: 'gulou', kind: 'street', name: { zh: '鼓楼街道' } },
					{ id: 'puan', kind: 'street', name: { zh: '普安路街道' } },
				],
			},
		];
		const { tree } = mergeOfficialTree(existing, county('510823'));
		const ids = outline(tree).map((l) => l.trim().split(' ')[0]);
		expect(ids).toEqual(expect.arrayContaining(['gulou', 'gulou-shequ', 'puan', 'puan-zhen']));
	});
});

describe('mergeOfficialTree into an existing tree', () => {
	/** A hand-made tree: the county with a town and villages typed by hand, an industrial park, another district. */
	const handMade = (): AreaNodeInput[] => [
		{
			id: 'chengqu',
			kind: 'district',
			name: { zh: '城区供电片区' },
			children: [
				{
					id: 'nanmen',
					kind: 'street',
					name: { zh: '南门街道' },
					children: [{ id: 'jinshan', kind: 'community', name: { zh: '金山社区' } }],
				},
			],
		},
		{
			id: 'jg',
			kind: 'district',
			name: { zh: '剑阁县', en: 'Jiange' },
			children: [
				{
					id: 'pa',
					kind: 'town',
					name: { zh: '普安镇' },
					aliases: ['普安'],
					children: [
						{ id: 'gl', kind: 'community', name: { zh: '鼓楼社区' }, aliases: ['鼓楼'] },
						{ id: 'pa-gyy', kind: 'community', name: { zh: '普安工业园' } },
					],
				},
				{ id: 'ly', kind: 'town', code: '510823101', name: { zh: '龙源乡（旧名）' } },
			],
		},
	];

	test('existing ids, names and aliases are kept; codes and the official full names are added; the rest is new', () => {
		const before = handMade();
		const { tree, report } = mergeOfficialTree(before, county('510823'), new Set(['pa-gyy']));
		expect(before).toEqual(handMade()); // the input is not changed
		expect(outline(tree)).toEqual([
			'chengqu - 城区供电片区',
			'  nanmen - 南门街道',
			'    jinshan - 金山社区',
			'jg 510823 剑阁县',
			'  pa 510823100 普安镇 [普安]',
			'    gl 510823100001 鼓楼社区 [鼓楼, 鼓楼社区居民委员会]',
			'    pa-gyy - 普安工业园',
			'    xiaolinglong 510823100002 小玲珑社区 [小玲珑社区居民委员会]',
			'    shuangjian 510823100201 双剑村 [双剑村村民委员会]',
			'  ly 510823101 龙源乡（旧名）',
			'    longyuansi 510823101001 龙源寺社区 [龙源寺社区居民委员会]',
			'    qinggan 510823101204 青杆村 [青杆村村民委员会]',
			'    longyuan-jinshan 510823101218 金山村（龙源） [龙源镇金山村, 龙源镇金山村村民委员会]',
			'  gongxing 510823111 公兴镇',
			'    daqiao 510823111001 大桥社区 [大桥社区居民委员会]',
			'    xinsheng 510823111200 新生村 [新生村村民委员会]',
			'    gongxing-jinshan 510823111216 金山村（公兴） [公兴镇金山村, 公兴镇金山村村民委员会]',
		]);
		expect(report.coded).toEqual([
			{ id: 'jg', code: '510823' },
			{ id: 'pa', code: '510823100' },
			{ id: 'gl', code: '510823100001' },
		]);
		expect(report.unofficial).toEqual([{ id: 'pa-gyy', name: '普安工业园', referenced: true }]);
		expect(report.added.map((a) => a.id)).toEqual([
			'xiaolinglong',
			'shuangjian',
			'longyuansi',
			'qinggan',
			'longyuan-jinshan',
			'gongxing',
			'daqiao',
			'xinsheng',
			'gongxing-jinshan',
		]);
		expect(flattenAreaTree(areaTreeSchema.parse(tree)).problems).toEqual([]);
	});

	test.each([['every existing id stays', (t: AreaNodeInput[]) => outline(t)]])(
		'merging twice changes nothing the second time (%s)',
		(_, view) => {
			const once = mergeOfficialTree(handMade(), county('510823')).tree;
			const twice = mergeOfficialTree(once, county('510823'));
			expect(view(twice.tree)).toEqual(view(once));
			expect(serializeAreaTree(twice.tree)).toBe(serializeAreaTree(once));
			expect(twice.report.added).toEqual([]);
		},
	);

	test('a new area whose name the tree already uses elsewhere is told apart by its town', () => {
		const existing: AreaNodeInput[] = [
			{
				id: 'chengqu',
				kind: 'district',
				name: { zh: '城区' },
				children: [
					{
						id: 'nanmen',
						kind: 'street',
						name: { zh: '南门街道' },
						children: [{ id: 'dq', kind: 'community', name: { zh: '大桥社区' }, aliases: ['大桥社区居民委员会'] }],
					},
				],
			},
		];
		const { tree } = mergeOfficialTree(existing, county('510823'));
		const lines = outline(tree);
		expect(lines).toContain('    dq - 大桥社区 [大桥社区居民委员会]');
		expect(lines).toContain('    daqiao 510823111001 大桥社区（公兴）');
		expect(tree[1].children?.[2].children?.[0].name).toEqual({
			zh: '大桥社区（公兴）',
			en: 'Daqiao Community (Gongxing)',
		});
		expect(flattenAreaTree(areaTreeSchema.parse(tree)).problems).toEqual([]);
	});
});

describe('serializeAreaTree', () => {
	test('the committed areas.json reads and writes back byte for byte', () => {
		const text = readFileSync('tests/fixtures/site/areas.json', 'utf8');
		expect(serializeAreaTree(areaTreeSchema.parse(JSON.parse(text)))).toBe(text);
	});
});

describe('official codes in the area tree (npm run check)', () => {
	const tree = (townCode?: string, villageCode?: string, other?: string): AreaNodeInput[] => [
		{
			id: 'd',
			kind: 'district',
			code: '510823',
			name: { zh: '剑阁县' },
			children: [
				{
					id: 't',
					kind: 'town',
					code: townCode,
					name: { zh: '普安镇' },
					children: [
						{ id: 'v', kind: 'village', code: villageCode, name: { zh: '双剑村' } },
						{ id: 'w', kind: 'village', code: other, name: { zh: '新村' } },
					],
				},
			],
		},
	];
	test.each([
		[
			'a county-length code on a town',
			'510824',
			undefined,
			undefined,
			'd > t',
			'has 6 digits; at this level the official code has 9',
		],
		[
			'a village code outside its town',
			'510823100',
			'510823101218',
			undefined,
			'd > t > v',
			"does not begin with its parent's code 510823100",
		],
		[
			'a code two areas share',
			'510823100',
			'510823100201',
			'510823100201',
			'd > t > w',
			'is also the code of d > t > v',
		],
	])('%s is refused', (_, t, v, w, entry, message) => {
		const problems = flattenAreaTree(areaTreeSchema.parse(tree(t, v, w))).problems;
		expect(problems).toEqual([expect.objectContaining({ entry, field: 'code', en: expect.stringContaining(message) })]);
	});
	test('codes of the right length under the right parent, or none, pass', () => {
		expect(flattenAreaTree(areaTreeSchema.parse(tree('510823100', '510823100201'))).problems).toEqual([]);
		expect(flattenAreaTree(areaTreeSchema.parse(tree())).problems).toEqual([]);
	});
	test('a code that is not 6, 9 or 12 digits fails the schema', () => {
		expect(areaTreeSchema.safeParse(tree('51082310x')).success).toBe(false);
	});
});
