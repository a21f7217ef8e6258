/**
 * What the search box sends to Pagefind. Readers type queries the way they write them on paper or a phone:
 * full-width letters and digits (１０ｋＶ), Chinese punctuation, a line name glued to its voltage (10kV关牟线).
 * Pagefind's query-time segmentation (the browser's Intl.Segmenter) splits some of these differently from its
 * index-time segmentation, and then a page that contains the words is not found (Pagefind issue #1237).
 * `normaliseQuery` rewrites a query into the form that matches what the index holds.
 */

import { toHalfWidth } from '../text/width.ts';

// Punctuation readers put between words: Chinese and ASCII. Hyphens inside Latin words (e.g. "e-bike") stay.
const separators = /[，,。.、；;：:！!？?“”"‘’'（）()【】[\]《》<>〈〉「」『』·•…—–~～|/\\]+/g;

/**
 * The query as Pagefind should see it: half-width, separators as spaces, a boundary between Latin/digit runs
 * and Chinese characters ("10kV关牟线" → "10kV 关牟线"), whitespace collapsed. An exact-phrase query in double
 * quotes is kept as it is (only widths are normalised), so Pagefind's phrase search still applies.
 */
export function normaliseQuery(raw: string): string {
	const half = toHalfWidth(raw).trim();
	if (/^".+"$/.test(half)) return half;
	return half
		.replace(separators, ' ')
		.replace(/([A-Za-z0-9])(\p{Script=Han})/gu, '$1 $2')
		.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Pagefind ranking for this site (its defaults: termFrequency 1, pageLength 0.75). Area pages and district
 * pages repeat 停电 and village names in every notice they list; with the defaults they outrank the page that is
 * about the term (the outage list for 停电, the village's own page for its name). Counting repeats less and
 * normalising for page length more puts the specific page first; tests/e2e/search-terms.spec.ts holds the cases.
 */
export const searchRanking = { termFrequency: 0.3, pageLength: 1 } as const;
