/**
 * The official code lists at their edges: names with their kind words where they end and only there, short names
 * that keep them, every kind word's English; the CSV refused line by line with both messages; a county found by
 * code, name, prefix or with its province and city in front. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import {
	CodeListError,
	countyLookupMessage,
	findCounty,
	linesWithPrefix,
	parseCodeList,
} from '../../../src/lib/areas/division-codes.ts';
import { countyLevelName, townLevelName, villageLevelName } from '../../../src/lib/areas/official-names.ts';
import { englishName, pinyinSlug } from '../../../src/lib/areas/official-tree.ts';

describe('official names, whole', () => {
	it.each([
		['金山村村民委员会', { name: '金山村', kind: 'village', stem: '金山', suffix: '村' }],
		['金山村民民委员会', { name: '金山村', kind: 'village', stem: '金山', suffix: '村' }],
		[' 金山村 ', { name: '金山村', kind: 'village', stem: '金山', suffix: '村' }],
		['巴彦嘎查', { name: '巴彦嘎查', kind: 'village', stem: '巴彦', suffix: '嘎查' }],
		['东田社区', { name: '东田社区', kind: 'community', stem: '东田', suffix: '社区' }],
		['南关居委会', { name: '南关社区', kind: 'community', stem: '南关', suffix: '社区' }],
		['鼓楼社区居民委员会', { name: '鼓楼社区', kind: 'community', stem: '鼓楼', suffix: '社区' }],
		['农场生活区', { name: '农场生活区', kind: 'community', stem: '农场生活区', suffix: '' }],
		// A kind word inside a name, not at its end, is part of the name.
		['居委会旁社区', { name: '居委会旁社区', kind: 'community', stem: '居委会旁', suffix: '社区' }],
		['社区居委会新村', { name: '社区居委会新村', kind: 'village', stem: '社区居委会新', suffix: '村' }],
		['村委会路社区', { name: '村委会路社区', kind: 'community', stem: '村委会路', suffix: '社区' }],
		// Too short to lose the kind word.
		['新村', { name: '新村', kind: 'village', stem: '新村', suffix: '村' }],
		['东社区', { name: '东社区', kind: 'community', stem: '东社区', suffix: '社区' }],
	] as const)('village level: %j', (full, expected) => {
		expect(villageLevelName(full)).toEqual({ ...expected, full: full.trim() });
	});

	it.each([
		['漓东街道办事处', { name: '漓东街道', kind: 'street', stem: '漓东', suffix: '街道' }],
		['办事处街道办事处', { name: '办事处街道', kind: 'street', stem: '办事处', suffix: '街道' }],
		[' 建外街道 ', { name: '建外街道', kind: 'street', stem: '建外', suffix: '街道' }],
		['庆北办事处', { name: '庆北办事处', kind: 'street', stem: '庆北办事处', suffix: '' }],
		['街道办事处路镇', { name: '街道办事处路镇', kind: 'town', stem: '街道办事处路', suffix: '镇' }],
		['长阳民族乡', { name: '长阳民族乡', kind: 'town', stem: '长阳', suffix: '民族乡' }],
		['新镇', { name: '新镇', kind: 'town', stem: '新镇', suffix: '' }],
		['国营农场', { name: '国营农场', kind: 'town', stem: '国营农场', suffix: '' }],
	] as const)('town level: %j', (full, expected) => {
		expect(townLevelName(full)).toEqual({ ...expected, full: full.trim() });
	});

	it.each([
		[' 剑阁县 ', { name: '剑阁县', stem: '剑阁', suffix: '县' }],
		['峨边彝族自治县', { name: '峨边彝族自治县', stem: '峨边彝族', suffix: '自治县' }],
		['神农架林区', { name: '神农架林区', stem: '神农架', suffix: '林区' }],
		['新县', { name: '新县', stem: '新县', suffix: '' }],
		['某地', { name: '某地', stem: '某地', suffix: '' }],
	] as const)('county level: %j', (full, expected) => {
		expect(countyLevelName(full)).toEqual({ ...expected, kind: 'district', full: full.trim() });
	});
});

describe('English names and slugs', () => {
	it.each([
		['村', 'Anping Village'],
		['嘎查', 'Anping Gacha'],
		['社区', 'Anping Community'],
		['镇', 'Anping Town'],
		['乡', 'Anping Township'],
		['民族乡', 'Anping Ethnic Township'],
		['苏木', 'Anping Sumu'],
		['街道', 'Anping Subdistrict'],
		['县', 'Anping County'],
		['自治县', 'Anping Autonomous County'],
		['区', 'Anping District'],
		['市', 'Anping City'],
		['旗', 'Anping Banner'],
		['自治旗', 'Anping Autonomous Banner'],
		['林区', 'Anping Forest District'],
		['特区', 'Anping Special District'],
		['', 'Anping'],
	])('安平 with %j: %s (no apostrophe before the first syllable)', (suffix, en) => {
		expect(englishName({ stem: '安平', suffix })).toBe(en);
	});

	it.each([
		['平安', "Ping'an"],
		['西峨', "Xi'e"],
		['二郎', 'Erlang'],
	])('%s: %s', (stem, en) => {
		expect(englishName({ stem, suffix: '' })).toBe(en);
	});

	it.each([
		['A区3号', 'aqu3hao'],
		['AB12村', 'ab12cun'],
		['绿化', 'lvhua'],
		['第1组', 'di1zu'],
	])('slug of %s: %s', (text, slug) => {
		expect(pinyinSlug(text)).toBe(slug);
	});
});

describe('parseCodeList refuses what is not the list, naming file and line', () => {
	const refused = (text: string, level: Parameters<typeof parseCodeList>[1]) => {
		try {
			parseCodeList(text, level, 'x.csv');
		} catch (e) {
			expect(e).toBeInstanceOf(CodeListError);
			const err = e as CodeListError;
			return { name: err.name, en: err.en, zh: err.zh, message: err.message };
		}
		throw new Error('not refused');
	};

	it('not CSV', () => {
		const r = refused('code,name\n"51,x\n', 'provinces');
		expect(r.name).toBe('CodeListError');
		expect(r.en).toMatch(/^x\.csv is not well-formed CSV: /);
		expect(r.zh).toBe('x.csv 不是格式正确的 CSV');
		expect(r.message).toBe(`${r.en} / ${r.zh}`);
	});

	it.each([
		[
			'provinces',
			'code,name\n5,x\n',
			'x.csv line 2: expected a 2-digit code and a name (columns code,name), got {"code":"5","name":"x"}',
			'x.csv 第 2 行：应为 2 位代码和名称（列 code,name），实际为 {"code":"5","name":"x"}',
		],
		[
			'streets',
			'code,name,areaCode\n510823100,普安镇,510823\n510823101,,510823\n',
			'x.csv line 3: expected a 9-digit code and a name (columns code,name,areaCode), got {"code":"510823101","name":"","areaCode":"510823"}',
			'x.csv 第 3 行：应为 9 位代码和名称（列 code,name,areaCode），实际为 {"code":"510823101","name":"","areaCode":"510823"}',
		],
		[
			'streets',
			'code,name,areaCode\n510824100,普安镇,510823\n',
			'x.csv line 2: code 510824100 does not begin with its areaCode 510823',
			'x.csv 第 2 行：代码 510824100 不以上级代码 510823 开头',
		],
		[
			'provinces',
			'code,name\nx51,四川\n',
			'x.csv line 2: expected a 2-digit code and a name (columns code,name), got {"code":"x51","name":"四川"}',
			'x.csv 第 2 行：应为 2 位代码和名称（列 code,name），实际为 {"code":"x51","name":"四川"}',
		],
	] as const)('%s: %j', (level, text, en, zh) => {
		expect(refused(text, level)).toMatchObject({ en, zh });
	});

	it('a top level has no parent; a byte-order mark and blank lines are no matter', () => {
		expect(parseCodeList('\uFEFFcode,name\n51,四川省\n\n', 'provinces')).toStrictEqual([
			{ code: '51', name: '四川省' },
		]);
		expect(parseCodeList('code,name,provinceCode\n5108,广元市,51\n', 'cities')).toStrictEqual([
			{ code: '5108', name: '广元市', parent: '51' },
		]);
	});

	it('linesWithPrefix: the header, and the lines of the prefix, quoted or not', () => {
		const text = 'code,name\n510823100201,a\n"510823100202",b\n510824100201,c\nx510823,d';
		expect(linesWithPrefix(text, '510823')).toBe('code,name\n510823100201,a\n"510823100202",b');
	});
});

describe('findCounty', () => {
	const lists = () => ({
		provinces: [
			{ code: '11', name: '北京市' },
			{ code: '22', name: '吉林省' },
			{ code: '45', name: '广西壮族自治区' },
			{ code: '51', name: '四川省' },
		],
		cities: [
			{ code: '1101', name: '市辖区', parent: '11' },
			{ code: '2201', name: '长春市', parent: '22' },
			{ code: '4503', name: '桂林市', parent: '45' },
			{ code: '5108', name: '广元市', parent: '51' },
		],
		areas: [
			{ code: '110105', name: '朝阳区', parent: '1101' },
			{ code: '220104', name: '朝阳区', parent: '2201' },
			{ code: '450305', name: '七星区', parent: '4503' },
			{ code: '510823', name: '剑阁县', parent: '5108' },
			{ code: '510824', name: '剑门县', parent: '5108' },
		],
	});
	const found = (q: string) => {
		const r = findCounty(q, lists());
		return r.ok ? [r.county.code] : r.candidates.map((c) => c.code);
	};

	it.each([
		['510823', ['510823']],
		[' 510823 ', ['510823']],
		['5108231', []],
		['x510823', []],
		['51082', []],
		['剑阁县', ['510823']],
		['剑阁', ['510823']],
		// One character is not enough to go by the start of a name.
		['剑', []],
		['剑门', ['510824']],
		['朝阳区', ['110105', '220104']],
		['北京朝阳区', ['110105']],
		['北京市朝阳区', ['110105']],
		['吉林长春朝阳区', ['220104']],
		['长春朝阳区', ['220104']],
		['广西桂林七星区', ['450305']],
		['广西壮族自治区七星区', ['450305']],
		['桂林七星区', ['450305']],
		['上海朝阳区', []],
		['四川省', []],
	])('%j: %j', (q, codes) => {
		expect(found(q)).toEqual(codes);
	});

	it('a found county with its province and city', () => {
		expect(findCounty('剑阁县', lists())).toEqual({
			ok: true,
			county: { code: '510823', name: '剑阁县', province: '四川省', city: '广元市' },
		});
		expect(findCounty('剑阁县', { ...lists(), provinces: [], cities: [] })).toEqual({
			ok: true,
			county: { code: '510823', name: '剑阁县', province: '', city: '' },
		});
	});

	it('the messages: none, and several to choose from (a municipality’s county without its “city”)', () => {
		expect(countyLookupMessage('某县', [])).toEqual({
			en: 'no county is named or coded "某县" in the division codes: give the county\'s name as the code list writes it (e.g. 剑阁县) or its 6-digit code',
			zh: '统计用区划代码中没有名称或代码为"某县"的县级区划：请写代码表中的县名（如 剑阁县）或 6 位代码',
			choices: [],
		});
		const r = findCounty('朝阳区', lists());
		const choices = r.ok ? [] : [...r.candidates, { code: '500229', name: '城口县', province: '重庆市', city: '县' }];
		expect(countyLookupMessage('朝阳区', choices).choices).toEqual([
			'110105  北京市 朝阳区',
			'220104  吉林省 长春市 朝阳区',
			'500229  重庆市 城口县',
		]);
	});
});
