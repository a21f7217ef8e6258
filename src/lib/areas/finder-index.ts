import { pinyin } from 'pinyin-pro';
import type { Area } from '../../schemas/area.ts';
import { localizePath, pickText, type Locale } from '../../i18n/index.ts';
import { normalizeTerm, type FinderEntry } from './finder-match.ts';

/**
 * The toneless pinyin syllables of a Chinese name. Latin letters and digits pass through as they are.
 * `override` (areas.json `pinyin`, e.g. `chong qing`) wins where a character has more than one reading.
 */
export function pinyinSyllables(text: string, override?: string): string[] {
	if (override) return override.split(/\s+/).filter(Boolean);
	return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
		.map((s) => normalizeTerm(s))
		.filter(Boolean);
}

/**
 * The search keys of one Chinese name: itself, its full pinyin, its initials; and where the pinyin has ü
 * (written v, as on a keyboard), also spelled with u, as many people type it (绿水: lvshui, lushui).
 */
export function nameKeys(text: string, override?: string): string[] {
	const syllables = pinyinSyllables(text, override);
	const full = syllables.join('');
	const keys = [normalizeTerm(text), full, syllables.map((s) => s[0]).join('')];
	if (full.includes('v')) keys.push(full.replace(/v/g, 'u'));
	return keys;
}

/** The search keys of an area: Chinese name, aliases, English name, with the pinyin and initials of each. */
export function areaKeys(area: Area): string[] {
	const keys = [...nameKeys(area.name.zh, area.pinyin), ...area.aliases.flatMap((a) => nameKeys(a))];
	if (area.name.en) keys.push(normalizeTerm(area.name.en));
	return [...new Set(keys.filter(Boolean))];
}

/** The area names from the district down to the enclosing area, e.g. `城区供电片区 › 城关街道`. */
export function areaContext(areas: ReadonlyMap<string, Area>, area: Area, locale: Locale): string {
	return area.ancestors.map((id) => pickText((areas.get(id) as Area).name, locale)).join(' › ');
}

/**
 * The finder index for one language: every area with its display name, where it is, its page, the area it lies in
 * and its search keys. Compact enough (about 100 bytes an area) to fetch on first use.
 */
export function buildFinderIndex(areas: ReadonlyMap<string, Area>, locale: Locale): FinderEntry[] {
	return [...areas.values()].map((a) => [
		a.id,
		pickText(a.name, locale),
		areaContext(areas, a, locale),
		localizePath(`/areas/${a.id}/`, locale),
		a.ancestors.at(-1) ?? '',
		...areaKeys(a),
	]);
}

/** The sort key of an area name in pinyin order (the order readers expect for Chinese names). */
export function pinyinSortKey(area: Pick<Area, 'name' | 'pinyin'>): string {
	return pinyinSyllables(area.name.zh, area.pinyin).join(' ');
}

/** Areas in pinyin order of their Chinese names, ties by id. */
export function sortByPinyin<T extends Pick<Area, 'id' | 'name' | 'pinyin'>>(list: readonly T[]): T[] {
	const keyed = list.map((a) => ({ a, k: pinyinSortKey(a) }));
	return keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : x.a.id < y.a.id ? -1 : 1)).map((x) => x.a);
}
