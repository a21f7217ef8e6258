/**
 * What a closed segment's build leaves for the live segment's build, so that the live build never loads the
 * closed notices through the content layer and still renders byte for byte what a build of every notice renders:
 * - `summary.json` (small, read by every live build): the segment's months and their number of notices (the
 *   archive's year and index pages), the earliest publication and latest update (the feeds and the API), the latest
 *   end of any outage (whether its notices can still show on a live page), for each area and for the whole site the
 *   notices its feeds could carry — each feed's choice (src/lib/feeds/feed-set.ts) made among the segment's notices,
 *   so the choice among every segment's candidates and the live notices is the choice among all notices — and a
 *   digest of the area's notices, which the area's feed keys hold;
 * - `parts.jsonl`: each notice's calendar events and Atom entries (both languages), rendered by the same code as
 *   the live build's own, read by offset only for the notices a feed being rendered carries;
 * - `api.jsonl`: each notice's record of the JSON API, one line each in id order (the ids of `notices`), joined by
 *   the merge into the API document, which carries every notice (api-document.ts);
 * - `history.json`: the segment's notices themselves, for the pages that show the last 12 months (an area's record,
 *   chart and list of earlier outages; the service-quality figures). A live build reads the history of only the
 *   segments with an outage that ended in that window (src/lib/build/segments/closed.ts), so what it reads does not
 *   grow with the archive.
 */
import type { Area } from '../../../schemas/area.ts';
import type { Notice } from '../../../schemas/notice.ts';
import type { Locale } from '../../../i18n/index.ts';
import { apiNotice, firstPublishedStamp, latestUpdateStamp, type Stamp } from '../../feeds/api.ts';
import { atomEntry } from '../../feeds/atom.ts';
import { selectForAtom, selectForCalendar, type NoticeParts } from '../../feeds/feed-set.ts';
import { eventBlock, eventData } from '../../feeds/ics.ts';
import { noticeWords, type FeedContext } from '../../feeds/notice-words.ts';
import { buildAreaNoticeIndex } from '../../outages/area-index.ts';
import { actualEnd } from '../../outages/restoration.ts';
import { cacheKey } from '../cache-key.ts';

/** Bump when the summary's format or meaning changes: a live build refuses summaries of another format. */
export const summaryFormat = 1;

/** One notice in the summary: what the feeds choose by, and where its parts are in parts.jsonl. */
export type SummaryNotice = [id: string, start: string, updatedAt: string, offset: number, length: number];

/** What an area's (or the site's) feeds could carry of the segment's notices: indexes into `notices`. */
export interface FeedChoice {
	/** Digest of every notice of the area in the segment (by content): changes whenever any does. */
	digest: string;
	/** The latest-starting notices, as many as a calendar carries, in start order. */
	calendar: number[];
	/** The most recently updated, as many as an Atom feed carries, newest first. */
	atom: number[];
}

export interface SegmentSummary {
	format: number;
	name: string;
	/** The closed months, oldest first, with their number of notices. */
	months: Record<string, number>;
	first: Stamp | null;
	latest: Stamp | null;
	/** The latest actual end (restoration, or the planned end) of any of its outages, ISO. */
	latestEnd: string | null;
	/** Every notice, in id order (by code unit): the API joins records in this order. */
	notices: SummaryNotice[];
	/** By area id: every area with a notice of the segment, its own or an inner area's. */
	areas: Record<string, FeedChoice>;
	site: FeedChoice;
}

/** The segment's notices, for pages that show the last 12 months, with the digests their keys use. */
export interface SegmentHistory {
	notices: Notice[];
	digests: string[];
}

const locales: readonly Locale[] = ['zh-cn', 'en'];

/** The parts of one notice, as parts.jsonl holds them: `[icsZh, icsEn, atomZh, atomEn]`. */
export type PartsLine = [string, string, string, string];

/** The feed parts of a notice, rendered as the live build's feed set renders them. */
export function noticeParts(n: Notice, ctx: FeedContext): PartsLine {
	const [ics, atom] = [[], []] as [string[], string[]];
	for (const l of locales) {
		const words = noticeWords(n, ctx, l);
		ics.push(eventBlock(eventData(n, ctx, l, words)));
		atom.push(atomEntry(n, ctx, l, words));
	}
	return [ics[0], ics[1], atom[0], atom[1]];
}

/** A parts.jsonl line read back. */
export function partsOf(line: PartsLine): NoticeParts {
	return { ics: { 'zh-cn': line[0], en: line[1] }, atom: { 'zh-cn': line[2], en: line[3] } };
}

/**
 * The summary of a closed segment, its parts.jsonl text and its history, from its validated notices (`digest`:
 * each notice's content digest, as the segment's build has it).
 */
export function segmentSummary(
	name: string,
	months: readonly string[],
	notices: readonly Notice[],
	areas: ReadonlyMap<string, Area>,
	ctx: FeedContext,
	digest: (n: Notice) => string,
	timeZoneMonth: (n: Notice) => string,
): { summary: SegmentSummary; parts: string; api: string; history: SegmentHistory } {
	const byId = [...notices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const position = new Map(byId.map((n, i) => [n.id, i]));
	const lines: string[] = [];
	const api: string[] = [];
	const entries: SummaryNotice[] = [];
	let offset = 0;
	for (const n of byId) {
		const line = `${JSON.stringify(noticeParts(n, ctx))}\n`;
		const length = Buffer.byteLength(line);
		lines.push(line);
		api.push(`${JSON.stringify(apiNotice(n, ctx))}\n`);
		entries.push([n.id, n.start, n.updatedAt, offset, length]);
		offset += length;
	}
	const choice = (list: readonly Notice[]): FeedChoice => ({
		digest: cacheKey(list.map(digest)),
		calendar: selectForCalendar(list).map((n) => position.get(n.id) as number),
		atom: selectForAtom(list).map((n) => position.get(n.id) as number),
	});
	const index = buildAreaNoticeIndex(areas, notices);
	const perArea: Record<string, FeedChoice> = {};
	for (const id of areas.keys()) {
		const list = index.forArea(id);
		if (list.length > 0) perArea[id] = choice(list);
	}
	const counts = Object.fromEntries(months.map((m) => [m, 0]));
	for (const n of notices) {
		const m = timeZoneMonth(n);
		if (!(m in counts)) throw new Error(`notice ${n.id} starts in ${m}, not a month of segment ${name}`);
		counts[m]++;
	}
	let latestEnd: number | undefined;
	for (const n of notices) latestEnd = Math.max(latestEnd ?? -Infinity, Date.parse(actualEnd(n)));
	const inStart = [...notices].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
	return {
		summary: {
			format: summaryFormat,
			name,
			months: counts,
			first: firstPublishedStamp(notices) ?? null,
			latest: latestUpdateStamp(notices) ?? null,
			latestEnd: latestEnd === undefined ? null : new Date(latestEnd).toISOString(),
			notices: entries,
			areas: perArea,
			site: choice(inStart),
		},
		parts: lines.join(''),
		api: api.join(''),
		history: { notices: [...notices], digests: notices.map(digest) },
	};
}
