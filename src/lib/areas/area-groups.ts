import type { Area } from '../../schemas/area.ts';
import { childAreas, selfAndDescendants } from './tree.ts';
import { sortByPinyin } from './finder-index.ts';

/** An area with the areas inside it, each level in pinyin order. */
export interface AreaNode {
	area: Area;
	children: AreaNode[];
}

/**
 * The area tree for the /areas/ page: districts, their towns and streets, their villages and communities, every
 * level ordered by the pinyin of the Chinese names (the order a resident looks names up in).
 */
export function areaTreeByPinyin(areas: ReadonlyMap<string, Area>): AreaNode[] {
	const node = (a: Area): AreaNode => ({
		area: a,
		children: childrenByPinyin(areas, a).map(node),
	});
	return sortByPinyin([...areas.values()].filter((a) => a.depth === 0)).map(node);
}

/** The children of an area, in pinyin order. */
export function childrenByPinyin(areas: ReadonlyMap<string, Area>, area: Area): Area[] {
	return sortByPinyin(childAreas(areas, area));
}

/** `id`, its ancestors and its descendants: the areas whose alerts concern `id`'s page. */
export function relatedAreaIds(areas: ReadonlyMap<string, Area>, id: string): Set<string> {
	return new Set([...(areas.get(id)?.ancestors ?? []), ...selfAndDescendants(areas, id)]);
}
