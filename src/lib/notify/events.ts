/**
 * What residents must hear since the last run, worked out from the notices, the alerts and the state: pure, with
 * the clock passed in. Each event has a key that stays the same on every run that sees it, so the messages it
 * becomes can be recorded as sent and never sent again.
 */
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { NotifyConfig, NotifyEvent } from '../../schemas/notify.ts';
import type { HistoryEntry, Notice, OutageWindow } from '../../schemas/notice.ts';
import { noticeAreaKeys } from '../outages/notice-view.ts';
import { actualEnd } from '../outages/restoration.ts';
import { instantFromZoned, zonedParts } from '../time.ts';
import type { MessageSubject } from './text.ts';
import type { NotifyState } from './state.ts';

/** One thing to tell the channels that hear about its areas. */
export interface NotifyItem {
	/** Stable key, e.g. `qs-1203-01#r2:rescheduled` or `qs-1203-01@2026-12-06T08:00:00+08:00:reminder-1d`. */
	key: string;
	event: NotifyEvent;
	subject: MessageSubject;
	/** The areas concerned with the areas enclosing them; empty = the whole service area. */
	areaKeys: string[];
	/** The areas concerned, as given (a town-wide alert concerns every village in the town). */
	areas: string[];
	/** For notice events: the notice and the revision that, once every message is out, counts as announced. */
	notice?: { id: string; revision: number };
}

export interface PlanInput {
	notices: readonly Notice[];
	alerts: readonly Alert[];
	areas: ReadonlyMap<string, Area>;
	config: NotifyConfig;
	timeZone: string;
	state: NotifyState;
	now: Date;
}

const HOUR = 3_600_000;

/**
 * The events due at `now`: notice changes after the revision recorded in the state (collapsed, so residents hear
 * the outcome: a notice first seen already moved is simply new; a cancellation makes earlier moves moot; several
 * moves become one from → to), reminders due, and alerts showing. Stale events (the outage is over, or the change
 * is older than `maxAgeHours`) are dropped, but still mark the revision announced.
 */
export function planEvents(input: PlanInput): { items: NotifyItem[]; settled: Record<string, number> } {
	const { notices, config, state, now, areas } = input;
	const t = now.getTime();
	const maxAge = config.maxAgeHours * HOUR;
	const items: NotifyItem[] = [];
	/** Notices whose changes produce no message: their revision counts as announced at once. */
	const settled: Record<string, number> = {};
	for (const n of notices) {
		const areaKeys = noticeAreaKeys(n, areas);
		const seen = state.notices[n.id];
		const over = Date.parse(actualEnd(n)) <= t;
		const fresh = (h: HistoryEntry) => t - Date.parse(h.at) <= maxAge;
		const mark = { id: n.id, revision: n.revision };
		if (seen === undefined || seen < n.revision) {
			const unseen = n.history.filter((h) => h.revision > (seen ?? 0));
			const latest = unseen.at(-1) as HistoryEntry;
			const found: NotifyItem[] = [];
			const cancelled = unseen.find((h) => h.event === 'cancelled');
			const restored = unseen.findLast((h) => h.event === 'restored');
			const moves = unseen.filter((h) => h.event === 'rescheduled');
			if (seen === undefined) {
				// First seen: announce what it now is.
				if (n.lifecycle === 'cancelled') {
					// A notice never announced and already cancelled needs no message.
				} else if (!over && fresh(latest)) {
					found.push({
						key: `${n.id}#r${n.revision}:new`,
						event: 'new',
						subject: { kind: 'new', notice: n },
						areaKeys,
						areas: n.areas,
						notice: mark,
					});
				}
			} else if (cancelled) {
				if (!(Date.parse(n.end) <= t) && fresh(cancelled))
					found.push({
						key: `${n.id}#r${cancelled.revision}:cancelled`,
						event: 'cancelled',
						subject: { kind: 'cancelled', notice: n },
						areaKeys,
						areas: n.areas,
						notice: mark,
					});
			} else if (moves.length > 0) {
				const last = moves.at(-1) as HistoryEntry;
				const from = moves[0].from as OutageWindow;
				const to = last.to as OutageWindow;
				if (!over && fresh(last) && (from.start !== to.start || from.end !== to.end)) {
					found.push({
						key: `${n.id}#r${last.revision}:rescheduled`,
						event: 'rescheduled',
						subject: { kind: 'rescheduled', notice: n, from, to },
						areaKeys,
						areas: n.areas,
						notice: mark,
					});
				}
			}
			if (restored && n.restoredAt && fresh(restored)) {
				found.push({
					key: `${n.id}#r${restored.revision}:restored`,
					event: 'restored',
					subject: { kind: 'restored', notice: n },
					areaKeys,
					areas: n.areas,
					notice: mark,
				});
			}
			if (found.length === 0) settled[n.id] = n.revision;
			items.push(...found);
		}
		const reminder = dueReminder(n, config, input.timeZone, now);
		if (reminder !== undefined) {
			items.push({
				key: `${n.id}@${n.start}:reminder-${reminder}d`,
				event: 'reminder',
				subject: { kind: 'reminder', notice: n, now },
				areaKeys,
				areas: n.areas,
			});
		}
	}
	for (const a of input.alerts) {
		const start = Date.parse(a.start);
		if (start <= t && t < Date.parse(a.expiry) && t - start <= maxAge) {
			items.push({
				key: `alert:${a.id}`,
				event: 'alert',
				subject: { kind: 'alert', alert: a },
				areaKeys: noticeAreaKeys(a, areas),
				areas: a.areas,
			});
		}
	}
	return { items, settled };
}

/**
 * The instant the `days`-ahead reminder of an outage starting at `start` falls due: `hour` o'clock, local time,
 * `days` calendar days before the outage's day in the site's zone (not 24·days hours before: an outage at 00:30
 * gets its 1-day reminder the morning before, not just after midnight the same night).
 */
export function reminderDueAt(start: string, days: number, hour: number, timeZone: string): Date {
	const p = zonedParts(start, timeZone);
	const day = new Date(Date.UTC(p.year, p.month - 1, p.day - days));
	return instantFromZoned(
		{ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour },
		timeZone,
	);
}

/**
 * Which reminder (days ahead) is due for a notice at `now`, if any: the nearest one whose time has come, while the
 * outage has not started, and only if its window was set before that time (a notice published or moved with less
 * lead time was announced at once, and that message is its reminder).
 */
export function dueReminder(n: Notice, config: NotifyConfig, timeZone: string, now: Date): number | undefined {
	if (n.lifecycle === 'cancelled') return undefined;
	const t = now.getTime();
	if (t >= Date.parse(n.start)) return undefined;
	const windowSetAt = Date.parse(n.history.findLast((h) => h.event === 'rescheduled')?.at ?? n.publishedAt);
	const due = [...config.reminders.daysAhead]
		.sort((a, b) => a - b)
		.find((d) => reminderDueAt(n.start, d, config.reminders.hour, timeZone).getTime() <= t);
	if (due === undefined) return undefined;
	return windowSetAt < reminderDueAt(n.start, due, config.reminders.hour, timeZone).getTime() ? due : undefined;
}
