/**
 * Matching for "find my area": the same code runs at build time (tests) and in the reader's browser, so it
 * imports nothing. The index is built by `finder-index.ts`.
 */

/** One area in the finder index: `[id, name, where (enclosing areas), href, ...search terms]`. */
export type FinderEntry = [id: string, name: string, where: string, href: string, ...terms: string[]];

/** A match: the entry and how good the match is (lower is better). */
export interface FinderMatch {
	id: string;
	name: string;
	where: string;
	href: string;
	score: number;
}

/**
 * A search term in its comparable form: lower case, without spaces, apostrophes, hyphens or dots, so
 * "Qing Shan", "qing'shan" and "qingshan" meet, and ü is typed as v or u.
 */
export function normalizeTerm(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKC')
		.replace(/ü/g, 'v')
		.replace(/[\s'’\-·.()（）]/g, '');
}

/** How well `term` matches `query` (both normalized): 0 equal, 1 prefix, 2 inside (from 2 characters), else -1. */
function termScore(term: string, query: string): number {
	if (term === query) return 0;
	if (term.startsWith(query)) return 1;
	if (query.length >= 2 && term.includes(query)) return 2;
	return -1;
}

/**
 * The areas matching what a reader typed, best first: exact names before prefixes before words inside a name;
 * among equals, villages and communities (what people usually look for) before towns and districts, then by
 * name. Matches a Chinese name or alias, an English name, full pinyin ("qingshan") or initials ("qs").
 */
export function matchAreas(entries: readonly FinderEntry[], typed: string, limit = 8): FinderMatch[] {
	const query = normalizeTerm(typed);
	if (!query) return [];
	const out: Array<FinderMatch & { order: number }> = [];
	entries.forEach(([id, name, where, href, ...terms], order) => {
		let best = -1;
		for (const term of terms) {
			const s = termScore(term, query);
			if (s >= 0 && (best < 0 || s < best)) best = s;
			if (best === 0) break;
		}
		if (best >= 0) out.push({ id, name, where, href, score: best, order });
	});
	const depth = (m: FinderMatch) => (m.where ? m.where.split(' › ').length : 0);
	return out
		.sort((a, b) => a.score - b.score || depth(b) - depth(a) || a.order - b.order)
		.slice(0, limit)
		.map(({ order: _order, ...m }) => m);
}
