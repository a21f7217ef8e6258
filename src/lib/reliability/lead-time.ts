/**
 * Whether an outage was announced on time, by the definition the reliability page states: its first publication
 * came at least the required lead time (site.json `leadTimeHours` for its kind) before its start as first
 * announced. Notice pages, the content check and the importer measure the notice given for the current window
 * instead (src/lib/outages/notice-lead-time.ts): what a resident was told, rather than whether the utility kept its
 * rule.
 */
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';

const HOUR = 3_600_000;

/**
 * The start as first announced: for a rescheduled notice, the start before its first reschedule (the `from.start`
 * of its history's first `rescheduled` entry); otherwise its start. A later reschedule cannot make a late
 * notice look punctual, nor an early one late.
 */
export function firstAnnouncedStart(notice: Pick<Notice, 'start' | 'history'>): string {
	return notice.history.find((h) => h.event === 'rescheduled')?.from?.start ?? notice.start;
}

/** Hours between the first publication and the start as first announced (may be negative: published after). */
export function noticeGivenHours(notice: Pick<Notice, 'start' | 'history' | 'publishedAt'>): number {
	return (Date.parse(firstAnnouncedStart(notice)) - Date.parse(notice.publishedAt)) / HOUR;
}

/**
 * Whether `notice` was announced on time; `undefined` when its kind has no lead time (0 hours in site.json), so
 * it is not counted either way.
 */
export function announcedOnTime(
	notice: Pick<Notice, 'kind' | 'start' | 'history' | 'publishedAt'>,
	leadTimeHours: SiteConfig['leadTimeHours'],
): boolean | undefined {
	const required = leadTimeHours[notice.kind];
	if (!(required > 0)) return undefined;
	return noticeGivenHours(notice) >= required;
}
