import type { Area } from '../../schemas/area.ts';
import { selfAndAncestors } from '../areas/tree.ts';
import type { Notice } from '../../schemas/notice.ts';
import { byCodeUnit } from '../order.ts';

/**
 * Every area's notices, computed once per build: a notice naming a village is listed on the village's page,
 * its town's and its district's, and in their feeds. The one area roll-up: the area pages (src/data/outages.ts) and the
 * area feeds (feed-set.ts) both read it, so a page and its feed list the same notices. Built in one pass over the notices (each notice touches only its own areas
 * and their ancestors), so 2,000 area pages over 10,000 notices never rescan the whole list.
 */
export interface AreaNoticeIndex {
	/** The notices affecting `areaId` or any area inside it, each once, in start order. */
	forArea(areaId: string): Notice[];
	/** The notices naming `areaId` itself, in start order. */
	direct(areaId: string): Notice[];
}

/** Start order, ties by id. */
const byStart = (a: Notice, b: Notice) => Date.parse(a.start) - Date.parse(b.start) || byCodeUnit(a.id, b.id);

/** Builds the index; notice area ids not in `areas` are ignored (content validation reports them). */
export function buildAreaNoticeIndex(areas: ReadonlyMap<string, Area>, notices: readonly Notice[]): AreaNoticeIndex {
	const rolled = new Map<string, Notice[]>();
	const direct = new Map<string, Notice[]>();
	const push = (map: Map<string, Notice[]>, id: string, n: Notice) => {
		const list = map.get(id);
		if (list) list.push(n);
		else map.set(id, [n]);
	};
	for (const n of [...notices].sort(byStart)) {
		const touched = new Set<string>();
		for (const id of new Set(n.areas)) {
			const up = selfAndAncestors(areas, id);
			if (up.length === 0) continue;
			push(direct, id, n);
			for (const a of up) touched.add(a);
		}
		for (const a of touched) push(rolled, a, n);
	}
	return {
		forArea: (id) => rolled.get(id) ?? [],
		direct: (id) => direct.get(id) ?? [],
	};
}
