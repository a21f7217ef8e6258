/**
 * An hour of staff publishing, applied to a content folder: new notices, reschedules, cancellations, an urgent
 * alert. Deterministic (same folder and options, same result), so the warm-equals-cold test and the benchmark
 * repeat it exactly. Every change goes through the notice rules a real import follows (a history entry and a
 * revision per change), so the result passes `npm run check`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeNotices } from '../../../src/lib/notices-file.ts';
import { toZonedIso } from '../../../src/lib/time.ts';
import type { Notice } from '../../../src/schemas/notice.ts';

/** What an hour's publishing changes. */
export interface PublishHour {
	/**
	 * New notices: copies of existing upcoming ones (their areas, lines, hours and length), each starting a week
	 * after the publishing hour (within a day of it), as planned works are announced about a week ahead.
	 */
	add: number;
	/** Upcoming notices moved by a day. */
	reschedule: number;
	/** Upcoming notices cancelled. */
	cancel: number;
	/** Whether to publish an urgent alert. */
	alert: boolean;
	/** The time of the changes (the new build's "now"), ISO 8601 with offset. */
	at: string;
	/** The utility's time zone, for the times written. */
	timeZone: string;
}

/** What the benchmark publishes in an hour: 20 new notices, 5 moved, 2 cancelled and an urgent alert. */
export const hourOfPublishing = { add: 20, reschedule: 5, cancel: 2, alert: true } as const;

const DAY = 86_400_000;
/** How far ahead a new notice starts: the week's notice planned works are given (rounded to the template's hour). */
const NOTICE_LEAD = 7 * DAY;

/** Applies `change` to the notices of `contentDir` (and its alerts folder); returns the ids it touched. */
export function publishHour(
	contentDir: string,
	change: PublishHour,
): { added: string[]; rescheduled: string[]; cancelled: string[]; alert?: string } {
	const file = path.join(contentDir, 'outages/notices.json');
	const notices = JSON.parse(readFileSync(file, 'utf8')) as Notice[];
	const at = Date.parse(change.at);
	const iso = (t: number) => toZonedIso(new Date(t), change.timeZone);
	const stamp = iso(at);
	// Upcoming, published notices that start at least two days on: safe to move or cancel, in a stable order.
	const upcoming = notices
		.filter((n) => n.lifecycle === 'published' && Date.parse(n.start) > at + 2 * DAY)
		.sort((a, b) => a.id.localeCompare(b.id));
	if (upcoming.length < change.add + change.reschedule + change.cancel) {
		throw new RangeError(
			`only ${upcoming.length} upcoming notices to change; asked for ${change.add + change.reschedule + change.cancel}`,
		);
	}
	const pick = upcoming.slice(0, change.reschedule + change.cancel);
	const rescheduled = pick.slice(0, change.reschedule);
	const cancelled = pick.slice(change.reschedule);
	for (const n of rescheduled) {
		const to = { start: iso(Date.parse(n.start) + DAY), end: iso(Date.parse(n.end) + DAY) };
		n.history.push({
			revision: n.revision + 1,
			at: stamp,
			event: 'rescheduled',
			from: { start: n.start, end: n.end },
			to,
		});
		Object.assign(n, to, { revision: n.revision + 1, updatedAt: stamp });
	}
	for (const n of cancelled) {
		n.history.push({ revision: n.revision + 1, at: stamp, event: 'cancelled' });
		Object.assign(n, {
			lifecycle: 'cancelled',
			revision: n.revision + 1,
			updatedAt: stamp,
			cancellation: { at: stamp, reason: { zh: '施工计划调整', en: 'Works rescheduled' } },
		});
	}
	const added = (change.add > 0 ? upcoming.slice(-change.add) : []).map((n, i) => {
		// Moved by whole days so that it starts at its own time of day, in the day from a week on. A fixed week after
		// the template instead pushed the latest start a week further every hour: after a dozen synthetic hours the
		// site had three more open months than a real one (and a first search to match).
		const shift = Math.ceil((at + NOTICE_LEAD - Date.parse(n.start)) / DAY) * DAY;
		const start = iso(Date.parse(n.start) + shift);
		const end = iso(Date.parse(n.end) + shift);
		const { sourceId: _sourceId, cancellation: _cancellation, ...rest } = n;
		return {
			...rest,
			id: `pub-${change.at.slice(0, 13).replace(/[^0-9]/g, '')}-${String(i + 1).padStart(3, '0')}`,
			lifecycle: 'published' as const,
			start,
			end,
			publishedAt: stamp,
			updatedAt: stamp,
			revision: 1,
			history: [{ revision: 1, at: stamp, event: 'published' as const }],
		};
	});
	writeFileSync(file, serializeNotices([...notices, ...added]));
	let alert: string | undefined;
	if (change.alert) {
		alert = `storm-${change.at.slice(0, 13).replace(/[^0-9]/g, '')}`;
		mkdirSync(path.join(contentDir, 'alerts'), { recursive: true });
		const alertJson = {
			title: { zh: '雷雨大风预警', en: 'Thunderstorm warning' },
			text: {
				zh: '今夜有雷雨大风，可能造成临时停电，请做好准备。',
				en: 'Thunderstorms tonight may cause power cuts. Please be prepared.',
			},
			areas: [],
			severity: 'severe',
			start: stamp,
			expiry: iso(at + DAY),
		};
		writeFileSync(path.join(contentDir, 'alerts', `${alert}.json`), `${JSON.stringify(alertJson, null, '\t')}\n`);
	}
	return {
		added: added.map((n) => n.id),
		rescheduled: rescheduled.map((n) => n.id),
		cancelled: cancelled.map((n) => n.id),
		alert,
	};
}
