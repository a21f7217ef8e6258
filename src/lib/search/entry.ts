/**
 * What the site search (Pagefind) should know about a page beyond its text. Pages pass it to BaseLayout as
 * `search`; src/components/SearchMeta.astro renders it, through `searchIndexTerms`, as Pagefind filters, meta
 * and weighted keywords inside <main data-pagefind-body>. Nothing of it is shown to readers.
 */
export interface SearchEntry {
	/** The content type filter: 停电 (notices and area pages) / 电价 / 安全用电; `page` for anything else. */
	type: 'outage' | 'area' | 'tariff' | 'guidance' | 'page';
	/** Ids of the areas the page concerns (content/areas.json): their districts become the district filter, their
	 * names and aliases (both languages) keywords. The simplest way for a notice or area page to be findable. */
	areas?: string[];
	/** Names of further districts for the district filter, in the page's language. */
	districts?: string[];
	/** Words to find the page by that its text may not contain (aliases, pinyin, synonyms, split forms of terms
	 * that Chinese segmentation cuts differently at index and query time). */
	keywords?: string[];
	/** How strongly the page should rank for the words of its title: 1 (default; 2 for area pages) like any page; above 1 the
	 * title is indexed once more with Pagefind weight 5 × weight (at most 10), for section pages that should come
	 * first for their topic (the outage list for 停电). */
	weight?: number;
	/** Shown with the result, e.g. a notice's date window (Pagefind meta `summary`). */
	summary?: string;
	/**
	 * A notice's window, for its status in the results and for listing the power cuts still to come first
	 * (src/lib/search/upcoming.ts). Facts that do not change with the clock: the index stays as it is while
	 * the notice's status moves.
	 */
	outage?: {
		start: string;
		/** The actual end: the reported restoration where there is one, else the planned end. */
		end: string;
		cancelled: boolean;
		/** The utility's time zone, in which the `ends` filter counts hours, days and months. */
		timeZone: string;
	};
}
