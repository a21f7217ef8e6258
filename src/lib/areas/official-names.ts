import type { AreaKind } from '../../schemas/area.ts';

/** How an official division name is published: the short name people use, its kind, its stem (for slugs). */
export interface OfficialName {
	/** The name as published, without the administrative suffix: 金山村, 鼓楼社区, 建外街道, 普安镇. */
	name: string;
	/** The name exactly as the code list writes it (kept as an alias where it differs from `name`). */
	full: string;
	kind: AreaKind;
	/** The name without its kind word, for the slug and the English name: 金山, 鼓楼, 建外, 普安. */
	stem: string;
	/** The kind word the stem was written with (村, 社区, 镇, 乡, 街道, 县, 区…), or '' where there is none. */
	suffix: string;
}

/** Drops `suffix` from the end of `name` unless that would leave a single character (新村 stays 新村, not 新). */
function stemOf(name: string, suffix: string): string {
	return name.endsWith(suffix) && name.length - suffix.length >= 2 ? name.slice(0, -suffix.length) : name;
}

/** The committees' suffixes: the village committee (村民委员会 and the code list's misspellings of it). */
const VILLAGE_COMMITTEE = /(?:村民+委员?会|村委员?会)$/;
/** 社区居民委员会, 社区居委会, 社区委员会… */
const COMMUNITY_COMMITTEE = /社区(?:居民委员会|居委会|居委|委员会|家委会)$/;
/** A residents' committee without 社区 in its name: 南关居委会 is 南关社区. */
const RESIDENTS_COMMITTEE = /(?:居民委员会|居委会)$/;

/**
 * The published name of a village-level division (村级: 村民委员会, 居民委员会…): 金山村村民委员会 → 金山村,
 * 鼓楼社区居民委员会 → 鼓楼社区, 南关居委会 → 南关社区. A village committee is a village; every other kind
 * (社区, 居委会, 生活区, 管理区…) is a community, except a Mongolian 嘎查 (a village). A name with no known
 * suffix is published as written.
 */
export function villageLevelName(full: string): OfficialName {
	const name = full.trim();
	if (COMMUNITY_COMMITTEE.test(name)) {
		const short = `${name.replace(COMMUNITY_COMMITTEE, '')}社区`;
		return { name: short, full: name, kind: 'community', stem: stemOf(short, '社区'), suffix: '社区' };
	}
	if (VILLAGE_COMMITTEE.test(name)) {
		const rest = name.replace(VILLAGE_COMMITTEE, '');
		const short = rest.endsWith('村') ? rest : `${rest}村`;
		return { name: short, full: name, kind: 'village', stem: stemOf(short, '村'), suffix: '村' };
	}
	if (RESIDENTS_COMMITTEE.test(name)) {
		const short = `${name.replace(RESIDENTS_COMMITTEE, '')}社区`;
		return { name: short, full: name, kind: 'community', stem: stemOf(short, '社区'), suffix: '社区' };
	}
	if (name.endsWith('村')) return { name, full: name, kind: 'village', stem: stemOf(name, '村'), suffix: '村' };
	if (name.endsWith('嘎查')) return { name, full: name, kind: 'village', stem: stemOf(name, '嘎查'), suffix: '嘎查' };
	if (name.endsWith('社区')) return { name, full: name, kind: 'community', stem: stemOf(name, '社区'), suffix: '社区' };
	return { name, full: name, kind: 'community', stem: name, suffix: '' };
}

/** Town-level kind words, longest first (民族乡 before 乡). */
const TOWN_SUFFIXES = ['民族乡', '街道', '苏木', '镇', '乡'];

/**
 * The published name of a town-level division (乡级): 漓东街道办事处 → 漓东街道 (a street), 普安镇 (a town).
 * Streets (街道, and a bare 办事处) are urban sub-districts; everything else (镇, 乡, 苏木, a farm, a
 * development zone) is a town.
 */
export function townLevelName(full: string): OfficialName {
	const name = full.trim();
	if (/街道办事处$/.test(name)) {
		const short = name.replace(/办事处$/, '');
		return { name: short, full: name, kind: 'street', stem: stemOf(short, '街道'), suffix: '街道' };
	}
	if (name.endsWith('街道')) return { name, full: name, kind: 'street', stem: stemOf(name, '街道'), suffix: '街道' };
	if (name.endsWith('办事处')) return { name, full: name, kind: 'street', stem: name, suffix: '' };
	const suffix = TOWN_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2) ?? '';
	return { name, full: name, kind: 'town', stem: suffix ? name.slice(0, -suffix.length) : name, suffix };
}

/** County-level kind words, longest first. */
const COUNTY_SUFFIXES = ['自治县', '自治旗', '林区', '特区', '县', '区', '市', '旗'];

/** The published name of a county (县级): kept as written (剑阁县, 朝阳区); its stem is 剑阁, 朝阳. */
export function countyLevelName(full: string): OfficialName {
	const name = full.trim();
	const suffix = COUNTY_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2) ?? '';
	return { name, full: name, kind: 'district', stem: suffix ? name.slice(0, -suffix.length) : name, suffix };
}

/** The English word for a kind word, as the sample tree writes it (Guanmou Town, Chengguan Subdistrict). */
export const ENGLISH_KIND: Record<string, string> = {
	村: 'Village',
	嘎查: 'Gacha',
	社区: 'Community',
	镇: 'Town',
	乡: 'Township',
	民族乡: 'Ethnic Township',
	苏木: 'Sumu',
	街道: 'Subdistrict',
	县: 'County',
	自治县: 'Autonomous County',
	区: 'District',
	市: 'City',
	旗: 'Banner',
	自治旗: 'Autonomous Banner',
	林区: 'Forest District',
	特区: 'Special District',
};
