/**
 * Matching for "find my area": the same code runs at build time (tests) and in the reader's browser, so it
 * imports nothing. The index is built by `finder-index.ts`.
 *
 * People type a place the way notices and letters write it, not only as its bare name: with the villagers' group
 * (杨柳村5组, 杨柳村五组, 杨柳村1-4组, Yangliu Village group 5), with the town or district before it (石桥镇杨柳村,
 * 北山石桥杨柳村) or after it (杨柳村（石桥镇）, Yangliu Village, Shiqiao Town), with the county or city in front
 * (青山县石桥镇杨柳村). `matchAreas` reads all of these as the village they name.
 */

/**
 * One area in the finder index: `[id, name, where (enclosing areas), href, parent id ('' at the top), ...search
 * terms]`. The parent links the enclosing areas, whose terms a query may carry before or after the area's own.
 */
export type FinderEntry = [id: string, name: string, where: string, href: string, parent: string, ...terms: string[]];

/** A match: the entry and how good the match is (lower is better). */
export interface FinderMatch {
	id: string;
	name: string;
	where: string;
	href: string;
	score: number;
}

/**
 * A search term in its comparable form: lower case, without spaces, apostrophes, hyphens, dots, commas or
 * brackets, so "Qing Shan", "qing'shan" and "qingshan" meet, "杨柳村（石桥镇）" reads as "杨柳村石桥镇", and ü is
 * typed as v or u.
 */
export function normalizeTerm(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKC')
		.replace(/ü/g, 'v')
		.replace(/[\s'’\-·.,、()（）[\]【】]/g, '');
}

// A numeral as notices write a group number: digits or Chinese numerals, possibly a list or range (1-4, 1、2, 5至8;
// the hyphen and 、 are already gone after normalizeTerm).
const numeral = '[0-9一二三四五六七八九十百零〇两]+(?:[~～至到和及][0-9一二三四五六七八九十百零〇两]+)*';
/**
 * What follows a place's name in an address and names no area of its own: a villagers' group (5组, 第五村民小组,
 * 3社, 2队; pinyin 5zu; English group 5, groups 1 to 4) and a house number (12号). Normalized form, at the end.
 */
const trailingParts = [
	new RegExp(`${numeral}号(?:院|楼)?$`),
	new RegExp(`第?${numeral}(?:村民)?(?:小组|组|社|队)$`),
	/\d+(?:xiaozu|zu)$/,
	/(?:villagers?)?(?:groups?|teams?)\d+(?:(?:to|and|&)\d+)*$/,
];

/** The query without a trailing group or house number, repeatedly ("5组12号"); the query itself if none. */
export function withoutTrailingParts(query: string): string {
	let q = query;
	for (let changed = true; changed;) {
		changed = false;
		for (const re of trailingParts) {
			const next = q.replace(re, '');
			if (next !== q && next !== '') {
				q = next;
				changed = true;
			}
		}
	}
	return q;
}

/**
 * A province, prefecture, city or county written before the place (四川省, 青山市, 青山县, 青山区): none of them is in
 * the area tree, whose top is the utility's supply districts. Tried only when nothing matches as typed, because a
 * name may itself contain such a character (城市花园).
 */
const leadingAdministrativeUnit = /^\p{Script=Han}{1,8}?(?:省|自治区|自治州|市|州|盟|自治县|县|旗|区)/u;

/**
 * Generic words at the end of an enclosing area's name that people drop when they write it before a village
 * (石桥镇杨柳村 and 石桥杨柳村 both occur): only stripped where two characters or more remain.
 */
const enclosingSuffix =
	/(?:供电片区|片区|街道办事处|街道|街办|镇|乡|gongdianpianqu|pianqu|jiedao|zhen|xiang|subdistrict|district|township|town)$/;

/** How well `term` matches `query` (both normalized): 0 equal, 1 prefix, 2 inside (from 2 characters), else -1. */
function termScore(term: string, query: string): number {
	if (term === query) return 0;
	if (term.startsWith(query)) return 1;
	if (query.length >= 2 && term.includes(query)) return 2;
	return -1;
}

/** The best score of any of `terms` for `query`, down to `worst` (2: inside matches count; 1: only prefixes). */
function bestScore(terms: readonly string[], query: string, worst: number): number {
	let best = -1;
	for (const term of terms) {
		const s = termScore(term, query);
		if (s >= 0 && s <= worst && (best < 0 || s < best)) best = s;
		if (best === 0) break;
	}
	return best;
}

/** The terms an enclosing area is written with: its own and, where that leaves a name, without 镇/乡/街道…. */
function enclosingTerms(terms: readonly string[]): string[] {
	const out = new Set(terms);
	for (const t of terms) {
		const short = t.replace(enclosingSuffix, '');
		if (short !== t && short.length >= 2) out.add(short);
	}
	return [...out];
}

/**
 * What is left of `query` once some of the enclosing areas (outermost first) are taken off its start or end:
 * "北山石桥镇杨柳村" → "石桥镇杨柳村", "杨柳村". Each enclosing area is taken at most once; the query itself is not
 * included, nor anything empty.
 */
function remaindersAfter(query: string, enclosing: ReadonlyArray<readonly string[]>): string[] {
	let forms = new Set([query]);
	for (const terms of enclosing) {
		const next = new Set(forms);
		for (const f of forms) {
			for (const t of terms) {
				if (t.length >= f.length) continue;
				if (f.startsWith(t)) next.add(f.slice(t.length));
				if (f.endsWith(t)) next.add(f.slice(0, f.length - t.length));
			}
		}
		forms = next;
	}
	forms.delete(query);
	return [...forms];
}

/**
 * The areas matching what a reader typed, best first: exact names before prefixes before words inside a name;
 * among equals, villages and communities (what people usually look for) before towns and districts, then by
 * name. Matches a Chinese name or alias, an English name, full pinyin ("qingshan") or initials ("qs"), written
 * alone or as an address: with a group or house number after it, with enclosing towns and districts before or
 * after it (whose part must then be a whole name, and the area's own part its name or the start of it), and, when
 * nothing else matches, with a county or city in front.
 */
export function matchAreas(entries: readonly FinderEntry[], typed: string, limit = 8): FinderMatch[] {
	const query = normalizeTerm(typed);
	if (!query) return [];
	const forms = [...new Set([query, withoutTrailingParts(query)])];
	let found = matchForms(entries, forms);
	// A county or city in front: drop one level at a time until something matches.
	for (let i = 0, rest = forms; found.length === 0 && i < 3; i++) {
		rest = rest.map((f) => f.replace(leadingAdministrativeUnit, '')).filter((f) => f !== '' && !forms.includes(f));
		if (rest.length === 0) break;
		found = matchForms(entries, rest);
	}
	const depth = (m: FinderMatch) => (m.where ? m.where.split(' › ').length : 0);
	return found
		.sort((a, b) => a.score - b.score || depth(b) - depth(a) || a.order - b.order)
		.slice(0, limit)
		.map(({ order: _order, ...m }) => m);
}

/** Every entry matching any of `forms` (normalized queries), with its best score and its place in the index. */
function matchForms(entries: readonly FinderEntry[], forms: readonly string[]): Array<FinderMatch & { order: number }> {
	const termsById = new Map<string, string[]>();
	const parentById = new Map<string, string>();
	for (const [id, , , , parent, ...terms] of entries) {
		termsById.set(id, terms);
		parentById.set(id, parent);
	}
	// The remainders depend only on the enclosing areas: worked out once per parent, not once per village.
	const remaindersByParent = new Map<string, string[]>();
	const remaindersFor = (parent: string): string[] => {
		let r = remaindersByParent.get(parent);
		if (!r) {
			const chain: string[][] = [];
			for (let p = parent; p; p = parentById.get(p) ?? '') chain.unshift(enclosingTerms(termsById.get(p) ?? []));
			r = [...new Set(forms.flatMap((f) => remaindersAfter(f, chain)))].filter((f) => !forms.includes(f));
			remaindersByParent.set(parent, r);
		}
		return r;
	};
	const out: Array<FinderMatch & { order: number }> = [];
	entries.forEach(([id, name, where, href, parent, ...terms], order) => {
		let best = -1;
		for (const f of forms) {
			const s = bestScore(terms, f, 2);
			if (s >= 0 && (best < 0 || s < best)) best = s;
		}
		// With an enclosing area taken off, the rest must be the area's name or its start: "石桥镇柳" is no address.
		if (best !== 0 && parent) {
			for (const f of remaindersFor(parent)) {
				const s = bestScore(terms, f, 1);
				if (s >= 0 && (best < 0 || s < best)) best = s;
			}
		}
		if (best >= 0) out.push({ id, name, where, href, score: best, order });
	});
	return out;
}
