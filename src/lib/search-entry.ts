/** What the site search (Pagefind) should know about a page beyond its text. */
export interface SearchEntry {
	/** The content type filter: 停电 / 电价 / 安全用电 … */
	type: 'outage' | 'area' | 'tariff' | 'guidance' | 'page';
	/** Names of the districts the page concerns, for the district filter. */
	districts?: string[];
	/** Words to find the page by that its text may not contain (aliases, pinyin, synonyms). */
	keywords?: string[];
	/** Pagefind ranking weight of the page's main heading; default 1. */
	weight?: number;
	/** Shown with the result, e.g. a notice's date window. */
	summary?: string;
}
