/**
 * Strings compared by UTF-16 code unit, as the default sort does: the same order on every host, whatever its locale
 * (`localeCompare` follows the host's). For ids, codes, paths and file names, where the order only has to be stable;
 * names shown to people are sorted by pinyin (areas/finder-index.ts) or by their locale's collation.
 */
export function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
