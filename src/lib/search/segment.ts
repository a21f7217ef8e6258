/**
 * Chinese text as the search box will cut it. Pagefind segments Chinese with a dictionary when it builds the
 * index, but the browser cuts the reader's query with Intl.Segmenter (ICU), which splits names it does not know
 * into single characters: 关牟村 → 关 / 牟 / 村, 阶梯电价 → 阶梯 / 电 / 价 (Pagefind issue #1237). Those
 * one-character query words then match only as prefixes of whatever the index holds, so the page that is
 * exactly about 关牟村 ranks no higher than any page with words starting 关, 牟 and 村. Indexing a page's key
 * words once more in the query's own cut gives the right page exact matches. Node's Intl.Segmenter uses the same
 * ICU word rules as Chromium, so the build sees the cut readers' browsers make.
 */
const han = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The word-like segments of `text` as the browser's search query would have them. */
export function querySegments(text: string): string[] {
	return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The query-time cut of a word or phrase that contains Chinese, joined by spaces, when it differs from the text
 * itself (`关牟村` → `关 牟 村`); otherwise undefined (Latin text, or Chinese the segmenter keeps whole).
 */
export function queryTimeForm(text: string): string | undefined {
	if (!han.test(text)) return undefined;
	const joined = querySegments(text).join(' ');
	return joined && joined !== text.trim() ? joined : undefined;
}
