/**
 * Which areas an outage affects, by the page's definition: the areas its notice names and every area below them.
 * Built on the project's one area-tree walk (src/lib/areas/tree.ts).
 */
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import { selfAndAncestors, selfAndDescendants } from '../areas/tree.ts';

/** The ids of every area `notice` affects: each named area and every area inside it (unknown ids skipped). */
export function affectedAreaIds(notice: Pick<Notice, 'areas'>, areas: ReadonlyMap<string, Area>): Set<string> {
	const out = new Set<string>();
	for (const id of notice.areas) for (const a of selfAndDescendants(areas, id)) out.add(a);
	return out;
}

/** The villages and communities (areas with no areas below them) `notice` affects. */
export function affectedLeafIds(notice: Pick<Notice, 'areas'>, areas: ReadonlyMap<string, Area>): string[] {
	return [...affectedAreaIds(notice, areas)].filter((id) => (areas.get(id)?.children.length ?? 0) === 0);
}

/**
 * The districts (top-level areas) `notice` affects: the district of each named area. A notice naming a village
 * affects its district, since the village is part of it.
 */
export function affectedDistrictIds(notice: Pick<Notice, 'areas'>, areas: ReadonlyMap<string, Area>): Set<string> {
	const out = new Set<string>();
	for (const id of notice.areas) {
		const top = selfAndAncestors(areas, id)[0];
		if (top !== undefined) out.add(top);
	}
	return out;
}
