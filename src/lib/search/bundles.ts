/**
 * How the built site is split into Pagefind bundles, so that a publish re-indexes only what changed:
 * - notice pages whose outage started in a closed month: one archive bundle per year (/pagefind/archive/<year>/),
 *   merged in the browser with Pagefind's `mergeIndex` when a search needs past notices;
 * - notice pages of the open months (the current one, the one before, and any later month with upcoming outages):
 *   one bundle per month (/pagefind/open/<YYYY-MM>/), merged before the first search;
 * - an archive month page (/outages/archive/<year>/<month>/) with its month's notices;
 * - every other page — areas, units, tariffs, guidance, lists — in the live bundle at /pagefind/, which also
 *   carries Pagefind's scripts.
 * A bundle is rebuilt only when what Pagefind reads of its pages changes (its key, from indexed-content.ts), so an
 * hour's publishing re-indexes the months it touched, and an area page whose outage list changed (not indexed:
 * the notices are found by their own pages) does not rebuild the live bundle.
 */
import { createHash } from 'node:crypto';
import { byCodeUnit } from '../order.ts';

/** The bundle of every page that is not a notice; its files (and Pagefind's scripts) go to /pagefind/. */
export const liveBundle = 'live';

/** What a bundle holds, and so where it is served and when the search page merges it. */
export type BundleKind = 'live' | 'open' | 'archive';

/** Months before now's month that stay live: notices of the current and the previous month can still change. */
export const defaultOpenMonths = 1;

/** The month (`YYYY-MM`) that `instant` falls in, in `timeZone`; the host's zone plays no part. */
export function monthIn(instant: Date, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(
		instant,
	);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}`;
}

/** `month` (`YYYY-MM`) moved by `n` months (negative: earlier). */
export function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number);
	const total = y * 12 + (m - 1) + n;
	return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The last closed month at `now`: notices that started in it or earlier are archived. With `openMonths` 1 and now
 * in December, that is October (November and December stay live).
 */
export function archiveThrough(now: Date, timeZone: string, openMonths: number = defaultOpenMonths): string {
	if (!Number.isInteger(openMonths) || openMonths < 0)
		throw new Error(`openMonths must be a whole number ≥ 0, not ${openMonths}`);
	return addMonths(monthIn(now, timeZone), -(openMonths + 1));
}

// The notice page marker (src/components/outages/NoticeDetail.astro) and its JSON-LD Event's start, which carries
// the utility's own offset (e.g. 2026-02-14T09:00:00+08:00), so its first seven characters are the local month.
const noticeMarker = 'data-notice-page=';
const jsonLdOpen = '<script type="application/ld+json">';
const eventStart = /"@type":"Event"[\s\S]*?"startDate":"(\d{4}-\d{2})-/;

/**
 * The month an outage notice page's outage starts in (`YYYY-MM`), from its JSON-LD Event; null for any other page
 * (no `data-notice-page` element), which always stays in the live bundle. A notice page without a readable start
 * also returns null: kept live, it is re-indexed each build but never lost.
 */
export function noticeMonth(html: string): string | null {
	if (!html.includes(noticeMarker)) return null;
	for (let at = html.indexOf(jsonLdOpen); at >= 0; at = html.indexOf(jsonLdOpen, at + 1)) {
		const end = html.indexOf('</script>', at);
		const month = eventStart.exec(html.slice(at + jsonLdOpen.length, end < 0 ? undefined : end))?.[1];
		if (month) return month;
	}
	return null;
}

/**
 * The month an archive month page lists (`/outages/archive/2026/11/`, in either language) as `YYYY-MM`; null for
 * any other URL. Such a page goes with its month's notices, so that the first notice of a new month does not add a
 * page to the live bundle (and re-index it).
 */
export function archivePageMonth(url: string): string | null {
	const m = /^\/(?:en\/)?outages\/archive\/(\d{4})\/(\d{2})\/$/.exec(url);
	return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * The bundle a page goes to: the year of its notice month when that month is closed, the month itself when it is
 * open, the live bundle for any other page.
 */
export function bundleFor(month: string | null, through: string | null): string {
	if (!month) return liveBundle;
	if (through && month <= through) return month.slice(0, 4);
	return month;
}

/** The kind of bundle an id names: `live`, a year (`2025`, archive) or a month (`2026-11`, open). */
export function bundleKind(id: string): BundleKind {
	if (id === liveBundle) return 'live';
	return /^\d{4}$/.test(id) ? 'archive' : 'open';
}

/** Where a bundle is served, under the site root, with a trailing slash: `pagefind/`, `pagefind/archive/2025/`… */
export function bundleDir(id: string, kind: BundleKind = bundleKind(id)): string {
	return kind === 'live' ? 'pagefind/' : `pagefind/${kind}/${id}/`;
}

/** One HTML file to index. */
export interface PageFile {
	/** Path relative to the built site, e.g. `outages/qs-20260214-02/index.html`. */
	rel: string;
	/** The URL Pagefind records for it, e.g. `/outages/qs-20260214-02/`. */
	url: string;
	/** SHA-256 of what Pagefind reads of the page (indexed-content.ts), hex: its part of the bundle key. */
	hash: string;
	/** Its notice month, or null. */
	month: string | null;
}

/** A bundle to build or reuse. */
export interface BundlePlan {
	/** `live`, the archive year or the open month; a closed segment's name for its archive bundle. */
	id: string;
	/** What the bundle holds: the kind its id names (`bundleKind`) unless given. */
	kind?: BundleKind;
	/** Its pages, sorted by URL. */
	pages: PageFile[];
	/** For archive and open-month bundles: the first and last notice month in it. */
	from?: string;
	to?: string;
}

/** Groups pages into bundles: the live bundle first (even when empty), then archive years, then open months, in order. */
export function planBundles(pages: readonly PageFile[], through: string | null): BundlePlan[] {
	const groups = new Map<string, PageFile[]>([[liveBundle, []]]);
	for (const page of pages) {
		const id = bundleFor(page.month, through);
		const list = groups.get(id) ?? [];
		list.push(page);
		groups.set(id, list);
	}
	const rest = [...groups.keys()].filter((id) => id !== liveBundle).sort();
	const ids = [...rest.filter((id) => bundleKind(id) === 'archive'), ...rest.filter((id) => bundleKind(id) === 'open')];
	return [liveBundle, ...ids].map((id) => {
		const list = (groups.get(id) ?? []).sort((a, b) => byCodeUnit(a.url, b.url));
		if (id === liveBundle) return { id, pages: list };
		const months = list.map((p) => p.month as string).sort();
		return { id, pages: list, from: months[0], to: months[months.length - 1] };
	});
}

/** A bundle's kind: as planned, or as its id names it. */
export function kindOf(plan: Pick<BundlePlan, 'id' | 'kind'>): BundleKind {
	return plan.kind ?? bundleKind(plan.id);
}

/**
 * One archive bundle of every page: a closed segment's (src/lib/build/segments/), named after it, its pages all
 * notices of closed months and their archive month pages.
 */
export function archiveBundle(id: string, pages: readonly PageFile[]): BundlePlan {
	const list = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const months = list.flatMap((p) => (p.month ? [p.month] : [])).sort();
	return { id, kind: 'archive', pages: list, from: months[0], to: months[months.length - 1] };
}

/**
 * The cache key of a bundle: everything its output depends on — the format of this step, Pagefind's version and
 * options, whether it is the live bundle (which keeps Pagefind's scripts) or not, and each page's URL and the hash
 * of what Pagefind reads of it. Same key, same bytes.
 */
export function bundleKey(
	plan: BundlePlan,
	env: { format: number; pagefindVersion: string; options: unknown },
): string {
	const h = createHash('sha256');
	h.update(
		JSON.stringify({
			format: env.format,
			pagefind: env.pagefindVersion,
			options: env.options,
			live: kindOf(plan) === 'live',
		}),
	);
	for (const p of plan.pages) h.update(`\n${p.url}\u0000${p.hash}`);
	return h.digest('hex');
}
