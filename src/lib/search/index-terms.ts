/**
 * Turns a page's SearchEntry into exactly what goes into the Pagefind index: filter values, keyword text and
 * meta. Kept apart from the .astro component so the rules are unit-tested.
 */
import { pickText, type Locale } from '../../i18n/index.ts';
import type { SearchEntry } from './entry.ts';
import type { Area } from '../../schemas/area.ts';
import { queryTimeForm } from './segment.ts';
import { endFilterValues } from './upcoming.ts';

/** The index data of one page. */
export interface SearchIndexTerms {
	/** The `type` filter value: the type's label in the page's language. */
	type: string;
	/** `district` filter values, in the page's language, without duplicates. */
	districts: string[];
	/** Extra words to index, without duplicates, in a stable order. */
	keywords: string[];
	/** Pagefind weight of the keywords. */
	weight: number;
	/** The title as the browser cuts a query, where that differs from the index's cut; indexed at the weight of
	 * an h1 (`headingWeight`), so a query for exactly the title finds the page it names first. */
	titleCut?: string;
	/** The title again, to index with `titleWeight`, for pages that should rank first for their title's words. */
	boostTitle?: string;
	titleWeight?: number;
	summary?: string;
	/** A notice's window as Pagefind meta (`start`, `end`, `lifecycle`), for its status in the results. */
	window?: { start: string; end: string; lifecycle?: 'cancelled' };
	/** A notice's `ends` filter values (src/lib/search/upcoming.ts); none for a cancelled notice. */
	ends?: string[];
}

/** Pagefind weight of the keywords: above body text (1), below the page's own headings (h1 is 7). */
export const keywordWeight = 2;
/**
 * The default SearchEntry.weight by page type. An area page is THE page about a place: for a query that is the
 * place's name it must come before the notices and larger areas that merely mention it.
 */
export const defaultWeights: Partial<Record<SearchEntry['type'], number>> = { area: 2 };

/** Pagefind's default weight of an h1. */
export const headingWeight = 7;

/**
 * The index data of a page. `typeLabels` are the dictionary's search.types of the page's language. Every id in
 * `entry.areas` must exist in `areas` (content validation guarantees this for notices); an unknown id throws,
 * naming it, rather than silently leaving the page unfindable.
 */
export function searchIndexTerms(
	entry: SearchEntry,
	areas: ReadonlyMap<string, Area>,
	locale: Locale,
	typeLabels: Record<SearchEntry['type'], string>,
	page: { title?: string; aliases?: string[] } = {},
): SearchIndexTerms {
	const districts = new Set(entry.districts ?? []);
	const keywords = new Set<string>();
	for (const id of entry.areas ?? []) {
		const area = areas.get(id);
		if (!area) throw new Error(`search entry names unknown area id "${id}" / 搜索条目中的区域编号 "${id}" 不存在`);
		const district = area.depth === 0 ? area : areas.get(area.ancestors[0]);
		if (district) districts.add(pickText(district.name, locale));
		keywords.add(area.name.zh);
		if (area.name.en) keywords.add(area.name.en);
		for (const alias of area.aliases) keywords.add(alias);
	}
	for (const k of [...(entry.keywords ?? []), ...(page.aliases ?? [])]) {
		const word = k.trim();
		if (word) keywords.add(word);
	}
	// Chinese keywords once more as the browser cuts a query (see segment.ts, Pagefind #1237).
	for (const word of [...keywords]) {
		const cut = queryTimeForm(word);
		if (cut) keywords.add(cut);
	}
	const titleCut = page.title ? queryTimeForm(page.title) : undefined;
	const weight = entry.weight ?? defaultWeights[entry.type] ?? 1;
	const o = entry.outage;
	return {
		type: typeLabels[entry.type],
		districts: [...districts],
		keywords: [...keywords],
		weight: keywordWeight,
		...(titleCut ? { titleCut } : {}),
		...(weight > 1 && page.title ? { boostTitle: page.title, titleWeight: Math.min(10, 5 * weight) } : {}),
		...(entry.summary ? { summary: entry.summary } : {}),
		...(o
			? { window: { start: o.start, end: o.end, ...(o.cancelled ? { lifecycle: 'cancelled' as const } : {}) } }
			: {}),
		...(o && !o.cancelled ? { ends: endFilterValues(o.end, o.timeZone) } : {}),
	};
}
