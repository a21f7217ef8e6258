import type { Notice } from '../../schemas/notice.ts';
import type { ListedNotice } from './listing.ts';
import { actualEnd } from './restoration.ts';

/** Where an outage stands at a given moment. */
export type OutageStatus = 'upcoming' | 'soon' | 'in-progress' | 'ended' | 'cancelled';

/** How close a start must be for an upcoming outage to count as "starting soon": 24 hours. */
export const SOON_MS = 86_400_000;

/**
 * The status of an outage at `now`, from its times alone: cancelled; ended once its actual end has passed (the
 * reported restoration `restoredAt`, else the planned `end`); in progress from `start` (inclusive) to that end
 * (exclusive); starting soon within 24 hours of `start`; otherwise upcoming.
 * The same rule runs in the reader's browser (see the live status script), so a page built earlier stays right.
 */
export function outageStatus(
	notice: Pick<Notice, 'start' | 'end' | 'lifecycle' | 'restoredAt'>,
	now: Date | number,
): OutageStatus {
	if (notice.lifecycle === 'cancelled') return 'cancelled';
	// Stryker disable next-line ConditionalExpression: a Date compares and subtracts as its milliseconds, so using it as given behaves the same
	const t = Number(now);
	const start = Date.parse(notice.start);
	const end = Date.parse(actualEnd(notice));
	if (t >= end) return 'ended';
	if (t >= start) return 'in-progress';
	if (start - t <= SOON_MS) return 'soon';
	return 'upcoming';
}

/** Statuses that no later build can change: a page showing only these needs no "as of" time. */
export const finalStatuses: ReadonlySet<OutageStatus> = new Set(['ended', 'cancelled']);

/** Whether a list shows any status that can still change, and so an "as of" time. */
export function hasLiveStatus(items: readonly Pick<ListedNotice, 'status'>[]): boolean {
	return items.some((i) => !finalStatuses.has(i.status));
}
