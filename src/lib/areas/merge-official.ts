import type { AreaNodeInput } from '../../schemas/area.ts';
import { areaNameKey } from './tree.ts';
import { englishName, type OfficialArea } from './official-tree.ts';

/** An area the merge added. */
export interface AddedArea {
	id: string;
	name: string;
	code: string;
	/** The id of the area it was added under; undefined for a county added at the top. */
	parent?: string;
}

/** What a merge did, for the staff member who runs it. */
export interface OfficialMergeReport {
	/** New areas, parents before children, in code order. */
	added: AddedArea[];
	/** Existing areas matched by name that now carry their official code. */
	coded: Array<{ id: string; code: string }>;
	/** Existing areas inside the county the code list does not have (kept; `referenced` if a notice names them). */
	unofficial: Array<{ id: string; name: string; referenced: boolean }>;
}

/**
 * Merges a county from the code lists into an area tree (content/areas.json) and returns the new tree; the input is
 * left as it is. An existing area is the official one with the same code, or, if it has no code yet, the one with
 * the same name (or alias) under the same parent: it keeps its id, names and aliases, gains the code and the
 * official area's aliases (its full name) where no other area uses them. Official areas with no existing match are added with new ids, unique across the
 * tree. Nothing is removed or renamed: areas the code list does not have (an industrial park, a supply district,
 * an area notices name) stay, and are reported. A new area whose name another area of the tree already uses is
 * told apart by its parent, then by its code; an alias already in use elsewhere is not added.
 */
export function mergeOfficialTree(
	existing: readonly AreaNodeInput[],
	county: OfficialArea,
	referenced: ReadonlySet<string> = new Set(),
): { tree: AreaNodeInput[]; report: OfficialMergeReport } {
	const tree = structuredClone(existing) as AreaNodeInput[];
	const report: OfficialMergeReport = { added: [], coded: [], unofficial: [] };
	const ids = new Set<string>();
	const names = new Map<string, string>();
	const byCode = new Map<string, AreaNodeInput>();
	const register = (n: AreaNodeInput) => {
		ids.add(n.id);
		if (n.code) byCode.set(n.code, n);
		for (const name of [n.name.zh, ...(n.aliases ?? [])])
			if (!names.has(areaNameKey(name))) names.set(areaNameKey(name), n.id);
		(n.children ?? []).forEach(register);
	};
	tree.forEach(register);
	const free = (name: string, id?: string) => {
		const owner = names.get(areaNameKey(name));
		return owner === undefined || owner === id;
	};
	const claim = (name: string, id: string) => names.set(areaNameKey(name), id);

	const sameName = (node: AreaNodeInput, off: OfficialArea) => {
		const mine = new Set([node.name.zh, ...(node.aliases ?? [])].map(areaNameKey));
		return [off.name, off.official.name, off.official.full, ...off.aliases].some((n) => mine.has(areaNameKey(n)));
	};
	const match = (siblings: AreaNodeInput[], off: OfficialArea) =>
		byCode.get(off.code) ?? siblings.find((n) => !n.code && sameName(n, off));

	const newId = (off: OfficialArea, parent?: AreaNodeInput) => {
		const kindWord = off.official.suffix ? `-${slugOfSuffix(off.official.suffix)}` : '';
		const qualified = off.qualifier ? [`${off.qualifier}-${off.slug}`] : [];
		const candidates = [
			...qualified,
			off.slug,
			`${off.slug}${kindWord}`,
			parent ? `${parent.id}-${off.slug}` : '',
			`${off.slug}-${off.code}`,
		];
		const id = candidates.find((c) => c && !ids.has(c)) as string;
		ids.add(id);
		return id;
	};
	const create = (off: OfficialArea, parent?: AreaNodeInput, parentOfficial?: OfficialArea): AreaNodeInput => {
		const id = newId(off, parent);
		const qualifier = parentOfficial ? parentOfficial.official.stem : '';
		const name = [
			off.name,
			qualifier ? `${off.official.name}（${qualifier}）` : '',
			`${off.official.name}（${off.code}）`,
		].find((n) => n && free(n)) as string;
		claim(name, id);
		const aliases = off.aliases.filter((a) => areaNameKey(a) !== areaNameKey(name) && free(a));
		aliases.forEach((a) => claim(a, id));
		// Told apart here (a name the tree already uses): the English name is told apart the same way.
		const parentEn = parentOfficial ? englishName({ stem: parentOfficial.official.stem, suffix: '' }) : undefined;
		const en =
			name === off.name
				? off.en
				: off.en && parentEn && name === `${off.official.name}（${qualifier}）`
					? `${off.en} (${parentEn})`
					: undefined;
		const node: AreaNodeInput = {
			id,
			kind: off.kind,
			code: off.code,
			name: en ? { zh: name, en } : { zh: name },
			aliases,
			children: [],
		};
		byCode.set(off.code, node);
		report.added.push({ id, name, code: off.code, parent: parent?.id });
		node.children = off.children.map((c) => create(c, node, off));
		return node;
	};
	const mergeInto = (node: AreaNodeInput, off: OfficialArea) => {
		if (!node.code) {
			node.code = off.code;
			report.coded.push({ id: node.id, code: off.code });
		}
		const aliases = (node.aliases ??= []);
		for (const a of off.aliases) {
			if (
				areaNameKey(a) !== areaNameKey(node.name.zh) &&
				!aliases.some((x) => areaNameKey(x) === areaNameKey(a)) &&
				free(a)
			) {
				aliases.push(a);
				claim(a, node.id);
			}
		}
		const children = (node.children ??= []);
		const matched = new Set<AreaNodeInput>();
		for (const c of off.children) {
			const m = match(children, c);
			if (m) {
				matched.add(m);
				mergeInto(m, c);
			} else children.push(create(c, node, off));
		}
		for (const c of children) {
			if (!matched.has(c) && !c.code)
				report.unofficial.push({ id: c.id, name: c.name.zh, referenced: referenced.has(c.id) });
		}
	};

	const top = match(tree, county);
	if (top) mergeInto(top, county);
	else tree.push(create(county));
	return { tree, report };
}

/** The pinyin of a kind word for an id: 村 → cun, 社区 → shequ, 街道 → jiedao. */
function slugOfSuffix(suffix: string): string {
	const words: Record<string, string> = {
		村: 'cun',
		社区: 'shequ',
		镇: 'zhen',
		乡: 'xiang',
		民族乡: 'xiang',
		街道: 'jiedao',
		苏木: 'sumu',
		嘎查: 'gacha',
		县: 'xian',
		区: 'qu',
		市: 'shi',
		旗: 'qi',
	};
	return words[suffix] ?? 'a';
}

/**
 * The area tree as content/areas.json writes it: tab-indented, keys in a fixed order (id, kind, code, name, pinyin,
 * aliases, children), empty aliases and children left out, a final line break. Reading and writing a hand-made file
 * this way leaves it byte for byte as it was, so a merge's diff shows only what it changed.
 */
export function serializeAreaTree(tree: readonly AreaNodeInput[]): string {
	const ordered = (n: AreaNodeInput): Record<string, unknown> => ({
		id: n.id,
		kind: n.kind,
		...(n.code === undefined ? {} : { code: n.code }),
		name: n.name.en === undefined ? { zh: n.name.zh } : { zh: n.name.zh, en: n.name.en },
		...(n.pinyin === undefined ? {} : { pinyin: n.pinyin }),
		...(n.aliases?.length ? { aliases: n.aliases } : {}),
		...(n.children?.length ? { children: n.children.map(ordered) } : {}),
	});
	return `${JSON.stringify(tree.map(ordered), null, '\t')}\n`;
}
