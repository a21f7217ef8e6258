/**
 * Full-width characters, as Chinese input methods type them, to their ASCII forms. Two strengths, for two jobs:
 * names and dates in the scheduling exports keep their full-width punctuation (，（）are separators and brackets
 * the importer reads as such), while a search query is compared with an index that holds ASCII.
 */

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19\uFF1A\uFF0D\uFF0F\u3000]/g;

/**
 * Full-width digits, colon, hyphen, slash and the ideographic space become their ASCII forms; everything else stays:
 * for dates, times, phone numbers and area names in the scheduling exports (１０：３０, 关牟村１组).
 */
export function toHalfWidthDigits(text: string): string {
	return text.replace(FULL_WIDTH_DIGITS, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** All full-width ASCII (U+FF01–U+FF5E) to its half-width form, and the ideographic space to a space. */
export function toHalfWidth(s: string): string {
	return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
