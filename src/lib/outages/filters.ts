import type { Area } from '../../schemas/area.ts';
import { pickText, type Locale } from '../../i18n/index.ts';
import { childrenByPinyin } from '../areas/area-groups.ts';
import { sortByPinyin } from '../areas/finder-index.ts';

/** One choice of the area filter: a district, or a town/street indented under it. */
export interface AreaFilterOption {
	id: string;
	label: string;
	depth: 0 | 1;
}

/**
 * The area filter's choices: districts and, under each, its towns and streets, in pinyin order. Villages are
 * reached through their town or the finder; listing 2,000 of them in a select would help no one.
 */
export function areaFilterOptions(areas: ReadonlyMap<string, Area>, locale: Locale): AreaFilterOption[] {
	const all = [...areas.values()];
	const out: AreaFilterOption[] = [];
	for (const d of sortByPinyin(all.filter((a) => a.depth === 0))) {
		out.push({ id: d.id, label: pickText(d.name, locale), depth: 0 });
		for (const town of childrenByPinyin(areas, d)) {
			out.push({ id: town.id, label: pickText(town.name, locale), depth: 1 });
		}
	}
	return out;
}
