import type { Notice } from '../../schemas/notice.ts';

/**
 * When an outage really ended: the reported restoration (`restoredAt`, 实际送电时间) where there is one, else the
 * planned `end`. Every duration, record and figure built from notices goes through this, so a restoration
 * reported later changes them all in one place.
 */
export function actualEnd(notice: Pick<Notice, 'end' | 'restoredAt'>): string {
	return notice.restoredAt ?? notice.end;
}

/**
 * Minutes between the planned end and the actual restoration: negative when power came back early, positive when
 * late, 0 on time; `undefined` while no restoration is reported.
 */
export function restorationDeltaMinutes(notice: Pick<Notice, 'end' | 'restoredAt'>): number | undefined {
	if (notice.restoredAt === undefined) return undefined;
	return Math.round((Date.parse(notice.restoredAt) - Date.parse(notice.end)) / 60_000);
}
