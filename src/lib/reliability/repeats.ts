/**
 * Repeat outages: a village or community affected by 3 or more outages that start within any 60 days of the
 * window.
 */
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import { affectedLeafIds } from './affected.ts';
import { byCodeUnit } from '../order.ts';

/** How many outages make a repeat. */
export const REPEAT_MIN_OUTAGES = 3;
/** Within how many days (of 24 hours) they must start. */
export const REPEAT_DAYS = 60;
const SPAN_MS = REPEAT_DAYS * 86_400_000;

/** A village or community with repeated outages, and the outages that make it one (start order). */
export interface RepeatArea {
	id: string;
	outages: string[];
}

/**
 * The villages and communities with repeated outages among `outages` (already the outages of the window: not
 * cancelled, start in the window), in the order of the area file. Three starts lie "within 60 days" when the last
 * starts less than 60 × 24 hours after the first: a 60-day period [t, t + 60 days) holds them all. An area's
 * `outages` are those belonging to at least one such group.
 */
export function repeatAreas(
	outages: readonly Notice[],
	areas: ReadonlyMap<string, Area>,
	include: (areaId: string) => boolean = () => true,
): RepeatArea[] {
	const byLeaf = new Map<string, Array<{ t: number; id: string }>>();
	for (const n of outages) {
		for (const leaf of affectedLeafIds(n, areas)) {
			if (!include(leaf)) continue;
			let list = byLeaf.get(leaf);
			if (!list) byLeaf.set(leaf, (list = []));
			list.push({ t: Date.parse(n.start), id: n.id });
		}
	}
	const out: RepeatArea[] = [];
	for (const id of areas.keys()) {
		const list = byLeaf.get(id);
		if (!list) continue;
		list.sort((a, b) => a.t - b.t || byCodeUnit(a.id, b.id));
		const marked = new Set<number>();
		for (let i = 0; i + REPEAT_MIN_OUTAGES - 1 < list.length; i++) {
			if (list[i + REPEAT_MIN_OUTAGES - 1].t - list[i].t >= SPAN_MS) continue;
			for (let j = i; j < list.length && list[j].t - list[i].t < SPAN_MS; j++) marked.add(j);
		}
		if (marked.size > 0) out.push({ id, outages: list.filter((_, k) => marked.has(k)).map((o) => o.id) });
	}
	return out;
}
