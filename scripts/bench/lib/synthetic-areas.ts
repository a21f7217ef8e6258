import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import type { Rng } from './prng.ts';

/**
 * A synthetic area tree for the scale benchmark: districts ▸ towns and streets ▸ villages and communities, with
 * Chinese names, toneless pinyin, English names and some aliases, like a county-level utility's real tree.
 */

/** Syllables place names are made of, with their reading (given explicitly: some characters have several). */
const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
	['东', 'dong'],
	['西', 'xi'],
	['南', 'nan'],
	['北', 'bei'],
	['关', 'guan'],
	['牟', 'mou'],
	['石', 'shi'],
	['桥', 'qiao'],
	['河', 'he'],
	['口', 'kou'],
	['莲', 'lian'],
	['花', 'hua'],
	['桃', 'tao'],
	['源', 'yuan'],
	['中', 'zhong'],
	['坝', 'ba'],
	['白', 'bai'],
	['云', 'yun'],
	['松', 'song'],
	['林', 'lin'],
	['和', 'he'],
	['平', 'ping'],
	['黄', 'huang'],
	['土', 'tu'],
	['坡', 'po'],
	['茶', 'cha'],
	['园', 'yuan'],
	['杨', 'yang'],
	['柳', 'liu'],
	['龙', 'long'],
	['潭', 'tan'],
	['新', 'xin'],
	['庄', 'zhuang'],
	['岭', 'ling'],
	['双', 'shuang'],
	['井', 'jing'],
	['金', 'jin'],
	['青', 'qing'],
	['山', 'shan'],
	['湾', 'wan'],
	['马', 'ma'],
	['家', 'jia'],
	['王', 'wang'],
	['刘', 'liu'],
	['李', 'li'],
	['张', 'zhang'],
	['陈', 'chen'],
	['高', 'gao'],
	['田', 'tian'],
	['沟', 'gou'],
	['堡', 'bao'],
	['梁', 'liang'],
	['峰', 'feng'],
	['凤', 'feng'],
	['鸣', 'ming'],
	['安', 'an'],
	['兴', 'xing'],
	['隆', 'long'],
	['丰', 'feng'],
	['泉', 'quan'],
	['水', 'shui'],
	['竹', 'zhu'],
	['柏', 'bai'],
	['槐', 'huai'],
	['枣', 'zao'],
	['杏', 'xing'],
	['梨', 'li'],
	['红', 'hong'],
	['光', 'guang'],
	['明', 'ming'],
	['阳', 'yang'],
	['月', 'yue'],
	['星', 'xing'],
	['富', 'fu'],
	['顺', 'shun'],
	['吉', 'ji'],
	['祥', 'xiang'],
];

interface Name {
	zh: string;
	pinyin: string[];
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How many districts, towns per district and villages there are for a tree of about `total` nodes. */
export function treeShape(total: number): { districts: number; townsPerDistrict: number; villages: number } {
	if (!Number.isInteger(total) || total < 3)
		throw new RangeError(`--areas must be a whole number of at least 3, got ${total}`);
	const districts = Math.max(1, Math.round(total / 200));
	const townsPerDistrict = Math.max(1, Math.min(12, Math.floor((total - districts) / districts / 2)));
	const villages = total - districts - districts * townsPerDistrict;
	return { districts, townsPerDistrict, villages };
}

/** The forms a generated name of `zh` with `suffix` may take: its name and the aliases it may get. */
const nameForms = (zh: string, suffix: string) => [zh + suffix, `${zh}乡`, `${zh}组`, `老${zh}`, `${zh}小区`];

/**
 * An area tree of exactly `total` nodes (at least 3): about one district per 200 areas, up to 12 towns or
 * streets per district, the rest villages (under towns) and communities (under streets), spread evenly.
 * `beside` is a tree the result is added to (the committed areas): its ids, names and aliases are not reused, so
 * the whole passes `npm run check`, which refuses a name or alias shared by two areas.
 */
export function syntheticAreaTree(rng: Rng, total: number, beside: readonly AreaNodeInput[] = []): AreaNodeInput[] {
	const shape = treeShape(total);
	const usedIds = new Set<string>();
	const usedNames = new Set<string>();
	const take = (nodes: readonly AreaNodeInput[]) => {
		for (const n of nodes) {
			usedIds.add(n.id);
			for (const name of [n.name.zh, ...(n.aliases ?? [])]) usedNames.add(name);
			take(n.children ?? []);
		}
	};
	take(beside);
	const freshName = (suffix: string): Name => {
		for (;;) {
			const len = rng.chance(0.15) ? 3 : 2;
			const parts = Array.from({ length: len }, () => rng.pick(SYLLABLES));
			const zh = parts.map((p) => p[0]).join('');
			const forms = nameForms(zh, suffix);
			if (forms.some((f) => usedNames.has(f))) continue;
			forms.forEach((f) => usedNames.add(f));
			return { zh, pinyin: parts.map((p) => p[1]) };
		}
	};
	const freshId = (base: string) => {
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);
		return id;
	};
	const node = (
		name: Name,
		kind: AreaNodeInput['kind'],
		zhSuffix: string,
		pySuffix: string,
		enSuffix: string,
		aliases: string[],
	): AreaNodeInput => ({
		id: freshId(`${name.pinyin.join('')}-${pySuffix}`),
		kind,
		name: { zh: `${name.zh}${zhSuffix}`, en: `${titleCase(name.pinyin.join(''))} ${enSuffix}` },
		pinyin: [...name.pinyin, ...pySuffix.split('-')].join(' '),
		...(aliases.length ? { aliases } : {}),
		children: [],
	});

	const tree: AreaNodeInput[] = [];
	const towns: AreaNodeInput[] = [];
	for (let d = 0; d < shape.districts; d++) {
		const district = node(freshName('片区'), 'district', '片区', 'pian-qu', 'District', []);
		tree.push(district);
		for (let t = 0; t < shape.townsPerDistrict; t++) {
			const street = rng.chance(0.25);
			const name = freshName(street ? '街道' : '镇');
			const town = street
				? node(name, 'street', '街道', 'jie-dao', 'Subdistrict', [])
				: node(name, 'town', '镇', 'zhen', 'Town', rng.chance(0.3) ? [`${name.zh}乡`] : []);
			district.children?.push(town);
			towns.push(town);
		}
	}
	for (let v = 0; v < shape.villages; v++) {
		const town = towns[v % towns.length];
		const community = town.kind === 'street';
		const name = freshName(community ? '社区' : '村');
		const aliases = community
			? rng.chance(0.4)
				? [`${name.zh}小区`]
				: []
			: rng.chance(0.3)
				? [`${name.zh}组`, `老${name.zh}`]
				: [];
		town.children?.push(
			community
				? node(name, 'community', '社区', 'she-qu', 'Community', aliases)
				: node(name, 'village', '村', 'cun', 'Village', aliases),
		);
	}
	// Leaves carry no empty `children`, as a hand-written areas.json would not.
	const prune = (n: AreaNodeInput) => {
		if (n.children?.length) n.children.forEach(prune);
		else delete n.children;
	};
	tree.forEach(prune);
	return tree;
}
