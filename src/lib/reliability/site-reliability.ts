/**
 * The service-quality figures of this build, computed once from the shared outage data (site-data.ts), and the
 * incremental-build keys of the pages that show them.
 */
import type { Locale } from '../../i18n/index.ts';
import { cacheKey } from '../build/cache-key.ts';
import { getOutageData, type OutageData } from '../outages/site-data.ts';
import { reliabilityReport, type ReliabilityReport } from './figures.ts';

const memo = new WeakMap<OutageData, ReliabilityReport>();

/** The figures of `data`'s build (once per build). */
export function reportFor(data: OutageData): ReliabilityReport {
	let r = memo.get(data);
	if (!r) memo.set(data, (r = reliabilityReport(data.notices, data.areas, data.site, data.now)));
	return r;
}

/** The build's outage data with its figures. */
export async function getReliability(): Promise<{ data: OutageData; report: ReliabilityReport }> {
	const data = await getOutageData();
	return { data, report: reportFor(data) };
}

/**
 * The key of /reliability/: everything it shows is the report (window included, so it changes with the build's
 * now: the page belongs to the part rebuilt at every publish) with the lead times it states, around the shared
 * base (site, area names) and the late notices it lists (by content: their areas are named).
 */
export function reliabilityPageKey(data: OutageData, report: ReliabilityReport, locale: Locale): string {
	const late = report.total.late.map((l) => data.byId.get(l.id)).map((n) => (n ? data.keys.notice(n) : null));
	return cacheKey(data.keys.base, locale, data.site.leadTimeHours, report, late);
}
