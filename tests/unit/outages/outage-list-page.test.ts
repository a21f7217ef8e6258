import { describe, expect, test } from 'vitest';
import { outageList, LIST_BUDGET } from '../../../src/lib/outages/listing.ts';
import { outageListPageModel, RECENT_SHOWN } from '../../../src/lib/outages/outage-list-page.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const NOW = new Date('2026-12-01T10:00:00+08:00');
const TZ = 'Asia/Shanghai';
const at = (id: string, start: string, end: string, extra: Partial<Notice> = {}) =>
	validNotice({ id, start, end, ...extra });
const day = (d: number, n: number) =>
	Array.from({ length: n }, (_, i) =>
		at(
			`d${d}-${i}`,
			`2026-12-${String(d).padStart(2, '0')}T08:00:00+08:00`,
			`2026-12-${String(d).padStart(2, '0')}T12:00:00+08:00`,
		),
	);

describe('outage list page model', () => {
	test.each([
		['nothing at all', [], { sections: [], linked: [], recent: 0, recentTotal: 0, hasCurrent: false }],
		[
			'one in progress',
			[at('now', '2026-12-01T08:00:00+08:00', '2026-12-01T12:00:00+08:00')],
			{ sections: ['now'], linked: [], recent: 0, recentTotal: 0, hasCurrent: true },
		],
		[
			'one ended yesterday',
			[at('past', '2026-11-30T08:00:00+08:00', '2026-11-30T12:00:00+08:00')],
			{ sections: [], linked: [], recent: 1, recentTotal: 1, hasCurrent: false },
		],
		[
			'a day in progress and two coming',
			[at('now', '2026-12-01T08:00:00+08:00', '2026-12-01T12:00:00+08:00'), ...day(3, 1), ...day(5, 2)],
			{ sections: ['now', '2026-12-03', '2026-12-05'], linked: [], recent: 0, recentTotal: 0, hasCurrent: true },
		],
	])('%s', (_, notices, expected) => {
		const m = outageListPageModel(outageList(notices, NOW), TZ);
		expect({
			sections: m.sections.map((s) => s.key),
			linked: m.linked.map((s) => s.key),
			recent: m.recent.length,
			recentTotal: m.recentTotal,
			hasCurrent: m.hasCurrent,
		}).toEqual(expected);
	});

	test('days beyond the page budget are linked to their day pages, whole days only', () => {
		const notices = [...day(2, LIST_BUDGET - 5), ...day(3, 10), ...day(4, 1)];
		const m = outageListPageModel(outageList(notices, NOW), TZ);
		expect(m.sections.map((s) => s.key)).toEqual(['2026-12-02']);
		expect(m.linked.map((s) => [s.key, s.items.length])).toEqual([
			['2026-12-03', 10],
			['2026-12-04', 1],
		]);
	});

	test(`at most ${RECENT_SHOWN} recently ended are shown, newest first, and the total is kept`, () => {
		const ended = Array.from({ length: RECENT_SHOWN + 5 }, (_, i) =>
			at(
				`e${String(i).padStart(3, '0')}`,
				new Date(NOW.getTime() - (i + 2) * 3_600_000).toISOString(),
				new Date(NOW.getTime() - (i + 1) * 3_600_000).toISOString(),
			),
		);
		const m = outageListPageModel(outageList(ended, NOW), TZ);
		expect(m.recent).toHaveLength(RECENT_SHOWN);
		expect(m.recentTotal).toBe(RECENT_SHOWN + 5);
		expect(m.recent[0].notice.id).toBe('e000');
	});
});
