import { pinyin } from 'pinyin-pro';
import type { AreaKind } from '../../schemas/area.ts';
import { areaNameKey } from './tree.ts';
import type { Division } from './division-codes.ts';
import { countyLevelName, ENGLISH_KIND, townLevelName, villageLevelName, type OfficialName } from './official-names.ts';
import { byCodeUnit } from '../order.ts';

/** One area of a county as the official code list gives it, named as it will be published. */
export interface OfficialArea {
	code: string;
	kind: AreaKind;
	/** The Chinese name as published: the short name, told apart by its town where the county has two. */
	name: string;
	/** The English name, romanised from the pinyin of the stem (Jinshan Village, Pu'an Town). */
	en?: string;
	/** Other names: the full official name (金山村村民委员会), and the town-qualified forms (龙源镇金山村). */
	aliases: string[];
	/** The short name before any telling apart, its stem and kind word. */
	official: OfficialName;
	/** The slug the area's id is made from (its stem in pinyin), and the slug of the stem that told it apart. */
	slug: string;
	qualifier?: string;
	children: OfficialArea[];
}

/**
 * A pinyin slug: the toneless syllables of `text` run together, ü written v, letters and digits only
 * (普安 → puan, 绿化 → lvhua). The readings are pinyin-pro's; an id, once published, never changes anyway.
 */
export function pinyinSlug(text: string): string {
	return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
		.join('')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/**
 * The English name of an official name: its stem romanised as place names are (syllables run together, an
 * apostrophe before a syllable starting with a, o or e: Pu'an), then the kind word (Village, Town, Subdistrict).
 * Undefined where the stem is not all Chinese characters: a machine cannot tell how to write it.
 */
export function englishName(n: Pick<OfficialName, 'stem' | 'suffix'>): string | undefined {
	if (!/^\p{Script=Han}+$/u.test(n.stem)) return undefined;
	const syllables = pinyin(n.stem, { toneType: 'none', type: 'array' });
	const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
	const kind = ENGLISH_KIND[n.suffix];
	const cap = word.charAt(0).toUpperCase() + word.slice(1);
	return kind ? `${cap} ${kind}` : cap;
}

/**
 * A county's areas from the code lists: the county, its towns and streets (乡级, in code order), each with its
 * villages and communities (村级, in code order). Names drop the administrative suffixes and keep the full official
 * name as an alias.
 *
 * Names must be unique across the area tree (the importer finds areas in scope text by name, see
 * `areaNameProblems`), but most real counties have two villages of the same name in different towns (金山村 in
 * 龙源镇 and in 公兴镇). Every area whose name another area of the county shares is told apart by its town, as
 * docs/content.md asks of hand-made trees: 金山村（龙源）, with 龙源镇金山村 and 龙源镇金山村村民委员会 as
 * aliases — the way scope text names it. A town sharing its name is told apart by the county the same way; a name still shared
 * after that (the same name twice in one town) takes its code.
 */
export function officialCounty(
	county: Division,
	towns: readonly Division[],
	villages: readonly Division[],
): OfficialArea {
	const byTown = new Map<string, Division[]>();
	for (const v of villages) {
		const list = byTown.get(v.parent ?? '');
		if (list) list.push(v);
		else byTown.set(v.parent ?? '', [v]);
	}
	const byCode = (a: Division, b: Division) => byCodeUnit(a.code, b.code);
	const make = (code: string, official: OfficialName, children: OfficialArea[]): OfficialArea => ({
		code,
		kind: official.kind,
		name: official.name,
		en: englishName(official),
		aliases: official.full !== official.name ? [official.full] : [],
		official,
		slug: pinyinSlug(official.stem) || `a${code}`,
		children,
	});
	const root = make(
		county.code,
		countyLevelName(county.name),
		[...towns]
			.filter((t) => t.parent === county.code)
			.sort(byCode)
			.map((t) =>
				make(
					t.code,
					townLevelName(t.name),
					(byTown.get(t.code) ?? []).sort(byCode).map((v) => make(v.code, villageLevelName(v.name), [])),
				),
			),
	);
	tellApart(root);
	return root;
}

/** Every area below `root`, with its parent. */
function withParents(root: OfficialArea): Array<{ area: OfficialArea; parent: OfficialArea }> {
	return root.children.flatMap((t) => [{ area: t, parent: root }, ...t.children.map((v) => ({ area: v, parent: t }))]);
}

/** How many areas of the tree use each name key (as name or alias). */
function nameUse(root: OfficialArea): Map<string, number> {
	const use = new Map<string, number>();
	for (const a of [root, ...withParents(root).map((x) => x.area)]) {
		for (const key of new Set([a.name, ...a.aliases].map(areaNameKey))) use.set(key, (use.get(key) ?? 0) + 1);
	}
	return use;
}

/** Qualifies every name the county uses twice by the enclosing area (see `officialCounty`), then by code. */
function tellApart(root: OfficialArea): void {
	const shared = (use: Map<string, number>, a: OfficialArea) =>
		[a.name, ...a.aliases].some((n) => (use.get(areaNameKey(n)) ?? 0) > 1);
	let use = nameUse(root);
	for (const { area, parent } of withParents(root)) {
		if (!shared(use, area)) continue;
		const o = area.official;
		area.name = `${o.name}（${parent.official.stem}）`;
		area.aliases = [...new Set([`${parent.official.name}${o.name}`, `${parent.official.name}${o.full}`])];
		area.qualifier = pinyinSlug(parent.official.stem);
		const en = englishName(o);
		const parentEn = englishName({ stem: parent.official.stem, suffix: '' });
		area.en = en && parentEn ? `${en} (${parentEn})` : undefined;
	}
	use = nameUse(root);
	for (const { area } of withParents(root)) {
		if (!shared(use, area)) continue;
		area.name = `${area.official.name}（${area.code}）`;
		area.aliases = [];
		area.en = undefined;
	}
}
