import type { Notice } from '../../schemas/notice.ts';

/** Where an outage stands at a given moment. */
export type OutageStatus = 'upcoming' | 'soon' | 'in-progress' | 'ended' | 'cancelled';

/** How close a start must be for an upcoming outage to count as "starting soon": 24 hours. */
export const SOON_MS = 24 * 3_600_000;

/**
 * The status of an outage at `now`, from its times alone: cancelled; ended once `end` has passed; in progress
 * from `start` (inclusive) to `end` (exclusive); starting soon within 24 hours of `start`; otherwise upcoming.
 * The same rule runs in the reader's browser (see the live status script), so a page built earlier stays right.
 */
export function outageStatus(notice: Pick<Notice, 'start' | 'end' | 'lifecycle'>, now: Date | number): OutageStatus {
	if (notice.lifecycle === 'cancelled') return 'cancelled';
	// Stryker disable next-line ConditionalExpression: a Date compares and subtracts as its milliseconds, so using it as given behaves the same
	const t = typeof now === 'number' ? now : now.getTime();
	const start = Date.parse(notice.start);
	const end = Date.parse(notice.end);
	if (t >= end) return 'ended';
	if (t >= start) return 'in-progress';
	if (start - t <= SOON_MS) return 'soon';
	return 'upcoming';
}
