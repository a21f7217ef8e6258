/** The notices, rows and options the unit tests of mergeNotices build (merge-notices.test.ts, merge-unit.test.ts). */
import type { MergeOptions } from '../../../src/lib/import/merge.ts';
import type { ImportedRow } from '../../../src/lib/import/rows.ts';
import { ZonedClock } from '../../../src/lib/import/zoned.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

export const PUBLISHED = '2026-11-20T09:00:00+08:00';
export const NOW = '2026-11-28T10:30:00+08:00';

export const options = (over: Partial<MergeOptions> = {}): MergeOptions => ({
	file: 'plan.csv',
	nowIso: NOW,
	clock: new ZonedClock('Asia/Shanghai'),
	cancelMissing: false,
	...over,
});

/** A published notice as an earlier import left it. */
export const existing = (over: Partial<Notice> = {}): Notice =>
	validNotice({ id: 'qs-1', sourceId: 'QS-1', publishedAt: PUBLISHED, updatedAt: PUBLISHED, ...over });

/** An export row saying `over` about plan QS-1 (by default exactly what `existing()` says, English aside). */
export function row(over: Partial<Notice> = {}, at: Partial<ImportedRow> = {}): ImportedRow {
	const base = existing();
	const notice: Notice = {
		...base,
		scope: { zh: base.scope.zh },
		publishedAt: NOW,
		updatedAt: NOW,
		history: [{ revision: 1, at: NOW, event: 'published' }],
		...over,
	};
	return {
		row: 2,
		id: notice.id,
		sourceId: notice.sourceId,
		notice,
		keyedBySourceId: notice.sourceId !== undefined,
		idCell: { column: 'A', header: '计划编号' },
		...at,
	};
}
