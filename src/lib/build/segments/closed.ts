/**
 * The closed segments as the live segment's build sees them: their summaries (summary.ts), read once; the history
 * of those whose outages can still show on a live page; their feed parts, read by offset for the notices a feed
 * being rendered carries. Their API records are joined into the API document by the merge (api-document.ts).
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import type { Notice } from '../../../schemas/notice.ts';
import type { Stamp } from '../../feeds/api.ts';
import { earlierStamp, laterStamp } from '../../feeds/api.ts';
import { ATOM_ENTRY_LIMIT } from '../../feeds/atom.ts';
import { ICS_EVENT_LIMIT, type ClosedCandidate, type ClosedFeeds, type NoticeParts } from '../../feeds/feed-set.ts';
import { twelveMonthsBefore } from '../../outages/record.ts';
import { actualEnd } from '../../outages/restoration.ts';
import { startOfZonedDay } from '../../time.ts';
import { cacheKey } from '../cache-key.ts';
import type { SegmentFolder } from './layout.ts';
import {
	partsOf,
	summaryFormat,
	type FeedChoice,
	type PartsLine,
	type SegmentHistory,
	type SegmentSummary,
} from './summary.ts';

export interface ClosedArchive {
	/** The closed segments' names, oldest first. */
	names: string[];
	/** Notices per closed month. */
	months: Map<string, number>;
	/**
	 * The closed notices whose outage ended at or after `since` (epoch ms), with their digests: what a page showing a
	 * period from `since` on can show of them. Only the segments with such a notice are read.
	 */
	history(since: number): { notices: Notice[]; digests: Map<Notice, string> };
	/** What the live build's feeds take from the closed segments. */
	feeds: ClosedFeeds;
}

interface Opened {
	folder: SegmentFolder;
	summary: SegmentSummary;
}

/** Reads a closed segment's summary; throws when it is missing or of another format. */
export function readSummary(folder: SegmentFolder): SegmentSummary {
	const summary = JSON.parse(readFileSync(folder.summary, 'utf8')) as SegmentSummary;
	if (summary.format !== summaryFormat)
		throw new Error(`${folder.summary}: summary format ${summary.format}, this build reads ${summaryFormat}`);
	return summary;
}

/** The closed segments in `folders` (oldest first) for a live build. */
export function openClosedArchive(folders: readonly SegmentFolder[]): ClosedArchive {
	const segments: Opened[] = folders.map((folder) => ({ folder, summary: readSummary(folder) }));
	const months = new Map<string, number>();
	for (const s of segments) for (const [m, n] of Object.entries(s.summary.months)) months.set(m, n);

	// Feed parts, read by offset, each notice's once: a feed re-rendered reads only the notices it carries. Each
	// segment's file is opened once and stays open for the build (a district's feeds read a thousand notices).
	const partsMemo = new Map<string, NoticeParts>();
	const partsFiles = new Map<Opened, number>();
	const readParts = (s: Opened, i: number): NoticeParts => {
		const key = `${s.summary.name}:${i}`;
		let parts = partsMemo.get(key);
		if (!parts) {
			const [, , , offset, length] = s.summary.notices[i];
			const buf = Buffer.alloc(length);
			let fd = partsFiles.get(s);
			if (fd === undefined) partsFiles.set(s, (fd = openSync(s.folder.parts, 'r')));
			if (readSync(fd, buf, 0, length, offset) !== length) throw new Error(`${s.folder.parts} is cut short`);
			parts = partsOf(JSON.parse(buf.toString('utf8')) as PartsLine);
			partsMemo.set(key, parts);
		}
		return parts;
	};
	const candidateMemo = new Map<string, ClosedCandidate>();
	const candidate = (s: Opened, i: number): ClosedCandidate => {
		const key = `${s.summary.name}:${i}`;
		let c = candidateMemo.get(key);
		if (!c) {
			const [id, start, updatedAt] = s.summary.notices[i];
			c = { id, start, updatedAt, parts: () => readParts(s, i) };
			candidateMemo.set(key, c);
		}
		return c;
	};
	const choiceOf = (s: Opened, areaId: string | undefined): FeedChoice | undefined =>
		areaId === undefined ? s.summary.site : s.summary.areas[areaId];

	let first: Stamp | undefined;
	let latest: Stamp | undefined;
	for (const s of segments) {
		first = earlierStamp(first, s.summary.first ?? undefined);
		latest = laterStamp(latest, s.summary.latest ?? undefined);
	}

	const startOf = (s: Opened, i: number) => Date.parse(s.summary.notices[i][1]);
	const updatedOf = (s: Opened, i: number) => Date.parse(s.summary.notices[i][2]);
	const feeds: ClosedFeeds = {
		candidates(areaId) {
			const choices = segments.flatMap((s) => {
				const choice = choiceOf(s, areaId);
				return choice ? [{ s, choice }] : [];
			});
			// Only the segments that can hold one of the feed's notices: a district's choice in each of 30 segments is a
			// thousand notices, of which a calendar carries the latest thousand of them all.
			const calendar = listsReaching(
				choices
					.filter((c) => c.choice.calendar.length > 0)
					.map(({ s, choice }) => ({
						// In start order: the last starts latest.
						greatest: startOf(s, choice.calendar[choice.calendar.length - 1]),
						keys: () => choice.calendar.map((i) => startOf(s, i)),
						items: () => choice.calendar.map((i) => candidate(s, i)),
					})),
				ICS_EVENT_LIMIT,
			);
			const atom = listsReaching(
				choices
					.filter((c) => c.choice.atom.length > 0)
					.map(({ s, choice }) => ({
						// Newest first.
						greatest: updatedOf(s, choice.atom[0]),
						keys: () => choice.atom.map((i) => updatedOf(s, i)),
						items: () => choice.atom.map((i) => candidate(s, i)),
					})),
				ATOM_ENTRY_LIMIT,
			);
			return { calendar, atom };
		},
		key(areaId) {
			const digests = segments.flatMap((s) => {
				const choice = s.summary.areas[areaId];
				return choice ? [`${s.summary.name}:${choice.digest}`] : [];
			});
			return digests.length > 0 ? cacheKey(digests) : undefined;
		},
		first,
		api: { latest },
	};

	const histories = new Map<Opened, SegmentHistory>();
	return {
		names: segments.map((s) => s.summary.name),
		months,
		history(since) {
			const notices: Notice[] = [];
			const digests = new Map<Notice, string>();
			for (const s of segments) {
				if (s.summary.latestEnd === null || Date.parse(s.summary.latestEnd) < since) continue;
				let h = histories.get(s);
				if (!h) histories.set(s, (h = JSON.parse(readFileSync(s.folder.history, 'utf8')) as SegmentHistory));
				h.notices.forEach((n, i) => {
					if (Date.parse(actualEnd(n)) < since) return;
					notices.push(n);
					digests.set(n, h.digests[i]);
				});
			}
			return { notices, digests };
		},
		feeds,
	};
}

const DAY = 86_400_000;

/**
 * How far back a live page can show a closed notice: an area page's record and its list of earlier outages cover
 * the 12 months to midnight, its chart and the service-quality figures the 12 months to now (a later start). A day
 * more, so no rounding of the period can leave a notice out; a segment with no outage over since is not read.
 */
export function historySince(now: Date, timeZone: string): number {
	return twelveMonthsBefore(startOfZonedDay(now, timeZone), timeZone).getTime() - DAY;
}

/** A list of candidates for a feed: its greatest key, every key, and the candidates themselves. */
export interface KeyedList<T> {
	greatest: number;
	keys(): number[];
	items(): T[];
}

/**
 * The items of those `lists` that can hold one of the `limit` greatest keys among them all: the lists by their
 * greatest key, largest first, each taken while its greatest key is not below the `limit`-th greatest key of the
 * lists taken before it (a tie is kept: ties are decided by id when the feed chooses). A superset of the top `limit`,
 * which the feed's own choice (`selectForCalendar`, `selectForAtom`) then makes exactly.
 */
export function listsReaching<T>(lists: readonly KeyedList<T>[], limit: number): T[] {
	const order = [...lists].sort((a, b) => b.greatest - a.greatest);
	const out: T[] = [];
	let keys: number[] = [];
	for (const list of order) {
		if (keys.length >= limit) {
			keys = keys.sort((a, b) => b - a).slice(0, limit);
			if (list.greatest < keys[limit - 1]) break;
		}
		keys.push(...list.keys());
		out.push(...list.items());
	}
	return out;
}
