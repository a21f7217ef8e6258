/**
 * Power cuts still to come first in search results, and each notice's status, without re-indexing as time passes.
 *
 * What moves with the clock is only where `now` falls; a notice's window does not. So the index holds the window
 * (`searchIndexTerms` puts it on every notice page) and the reader's browser works out the rest at query time:
 * - as Pagefind meta, `start`, `end` (the actual end: the reported restoration where there is one) and `lifecycle`
 *   (`cancelled` only): the search page puts them on the result's status badge as data attributes, and the
 *   live-status script (src/scripts/live-status.ts, on every page) labels it with the very rule of the notice
 *   pages — the search page's own script leaves that rule to it rather than bundling a second copy;
 * - as the Pagefind filter `ends`, the end's month, day and hour in the utility's time zone
 *   (`endFilterValues`: `2026-12`, `2026-12-13`, `2026-12-13T18`; none for a cancelled notice). The values from
 *   the current hour on (`notEndedValues`: today's hours from now, this month's later days, the later months)
 *   select exactly the notices ending at or after the current hour, with one Pagefind filter (`any`) — a notice
 *   that ended earlier in the current hour is told apart by its meta.
 * `upcomingFirst` orders a search's results with these, when the search is about power cuts — its best match is a
 * power-cut page (type filter 停电: the outage list, an area's page, a notice): the best match when it is no notice
 * (the outage list for 停电, a village's own page for its name), then the notices on now or still to come, soonest
 * end first (by relevance within an hour, a day, a month), then everything else by relevance. A search about
 * something else (台风, 阶梯电价: its best match a safety or price page) keeps Pagefind's relevance order: a notice
 * that happens to mention the word does not jump ahead of the article about it. Either way each notice shows its
 * status.
 *
 * Pagefind's own `sort` is no help here: pages without the sort key drop out of sorted results, and across merged
 * bundles Pagefind lists results by score again (Pagefind#259; `Pagefind.search` in pagefind.js).
 */
import { zonedParts } from '../time.ts';

/** The Pagefind filter holding a notice's end (month, day and hour). */
export const endsFilter = 'ends';

const pad = (n: number) => String(n).padStart(2, '0');

/** The `ends` filter values of a notice ending at `end`: its month, day and hour in `timeZone`. */
export function endFilterValues(end: string, timeZone: string): string[] {
	const p = zonedParts(end, timeZone);
	const month = `${p.year}-${pad(p.month)}`;
	const day = `${month}-${pad(p.day)}`;
	return [month, day, `${day}T${pad(p.hour)}`];
}

/**
 * The `ends` values of every notice ending at or after the start of `now`'s hour (in `timeZone`), in time order:
 * today's hours from the current one, then this month's later days, then the next `monthsAhead` months. A
 * notice's end falls in exactly one of them (the hour if today, else the day if this month, else the month).
 */
export function notEndedValues(now: number, timeZone: string, monthsAhead = 120): string[] {
	const p = zonedParts(now, timeZone);
	const month = `${p.year}-${pad(p.month)}`;
	const today = `${month}-${pad(p.day)}`;
	const out: string[] = [];
	for (let h = p.hour; h < 24; h++) out.push(`${today}T${pad(h)}`);
	const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
	for (let d = p.day + 1; d <= daysInMonth; d++) out.push(`${month}-${pad(d)}`);
	for (let i = 1; i <= monthsAhead; i++) {
		const m = new Date(Date.UTC(p.year, p.month - 1 + i, 1));
		out.push(`${m.getUTCFullYear()}-${pad(m.getUTCMonth() + 1)}`);
	}
	return out;
}

/** A result's Pagefind meta, as far as it concerns a notice's window. */
export interface WindowMeta {
	start?: string;
	end?: string;
	lifecycle?: string;
}

/** What `upcomingFirst` reads of a result's data (its fragment): the window meta and the `type` filter. */
export interface ResultFacts {
	meta: WindowMeta;
	/** The result's `type` filter values (停电, 电价, …). */
	types: string[];
}

/** Whether a result is a notice: only notice pages carry a window. */
export function isNotice(meta: WindowMeta | undefined): boolean {
	return !!meta?.start && !!meta.end;
}

/** Pagefind's filter argument: a list of values a page must all have, or `{ any: [...] }`. */
export type SearchFilters = Record<string, string[] | { any: string[] }>;

/** What `upcomingFirst` needs of a search: Pagefind's `search(term, { filters })` bound to the term. */
export interface RankSearch<R extends { id: string }> {
	search(filters: SearchFilters): Promise<{ results: R[]; filters?: Record<string, Record<string, number>> }>;
	/** A result's facts (Pagefind loads them with the result's fragment, which the list shows anyway). */
	facts(result: R): Promise<ResultFacts>;
	/** The `type` filter value of power-cut pages, in the page's language (停电, Power cuts). */
	outageType: string;
}

/**
 * A search with its results in the order described above (and the plain search's filter counts). `chosen` are the
 * reader's filters (type, district), kept in every search; `now` is the reader's clock. Runs the plain search and
 * loads the best match's facts; when that is a power-cut page, one search for every notice not yet ended and one
 * per hour, day or month that has some (all on the index already loaded), and the facts of the notices ending
 * within the current hour.
 */
export async function upcomingFirst<R extends { id: string }>(
	run: RankSearch<R>,
	chosen: Record<string, string[]>,
	now: number,
	timeZone: string,
): Promise<{ results: R[]; filters?: Record<string, Record<string, number>> }> {
	const plain = await run.search(chosen);
	const all = plain.results;
	if (all.length === 0) return plain;
	const best = all[0];
	const bestFacts = await run.facts(best);
	if (!bestFacts.types.includes(run.outageType)) return plain;
	const values = notEndedValues(now, timeZone);
	const soon = await run.search({ ...chosen, [endsFilter]: { any: values } });
	const counts = soon.filters?.[endsFilter] ?? {};
	const buckets = values.filter((v) => (counts[v] ?? 0) > 0);
	// One bucket: the search just run is it. Several: one search each, in time order.
	const byBucket = new Map<string, R[]>();
	if (buckets.length === 1) byBucket.set(buckets[0], soon.results);
	else for (const v of buckets) byBucket.set(v, (await run.search({ ...chosen, [endsFilter]: [v] })).results);
	// The current hour's notices may have ended a few minutes ago: their meta says.
	const thisHour = byBucket.get(values[0]);
	if (thisHour) {
		const stillOn: R[] = [];
		for (const r of thisHour) if (Date.parse((await run.facts(r)).meta.end ?? '') > now) stillOn.push(r);
		byBucket.set(values[0], stillOn);
	}
	const upcoming = [...byBucket.values()].flat();
	const first = new Set(upcoming.map((r) => r.id));
	const lead = !first.has(best.id) && !isNotice(bestFacts.meta) ? [best] : [];
	const placed = new Set([...first, ...lead.map((r) => r.id)]);
	return { ...plain, results: [...lead, ...upcoming, ...all.filter((r) => !placed.has(r.id))] };
}
