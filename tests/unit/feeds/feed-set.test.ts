import { describe, expect, test } from 'vitest';
import { selfAndDescendants } from '../../../src/lib/areas/tree.ts';
import { buildAreaNoticeIndex } from '../../../src/lib/outages/area-index.ts';
import { createFeedSet, feedSetFor, ICS_EVENT_LIMIT, selectForCalendar } from '../../../src/lib/feeds/feed-set.ts';
import { noticeState } from '../../../src/lib/feeds/notice-words.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { byId, feedFixture } from './feed-fixtures.ts';

const { ctx, notices, site } = feedFixture();
const feeds = createFeedSet(notices, ctx);

describe('area roll-up', () => {
	test.each(['beishan', 'guanmou', 'guanmou-cun', 'chengqu', 'chengguan', 'xingfu'])(
		'%s: its own notices and those of every area inside it',
		(areaId) => {
			const inside = new Set(selfAndDescendants(ctx.areas, areaId));
			const expected = notices
				.filter((n) => n.areas.some((a) => inside.has(a)))
				.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1))
				.map((n) => n.id);
			expect(feeds.areaNotices(areaId).map((n) => n.id)).toEqual(expected);
		},
	);

	test.each(['beishan', 'guanmou', 'guanmou-cun', 'chengqu', 'xingfu'])(
		'%s: the same notices, in the same order, as the area page lists',
		(areaId) => {
			expect(feeds.areaNotices(areaId).map((n) => n.id)).toEqual(
				buildAreaNoticeIndex(ctx.areas, notices)
					.forArea(areaId)
					.map((n) => n.id),
			);
		},
	);

	test('a notice naming two areas of one town appears once in the town', () => {
		const ids = feeds.areaNotices('guanmou').map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('qs-20261201-guanmou-cun');
	});

	test('an unknown area has no notices', () => {
		expect(feeds.areaNotices('atlantis')).toEqual([]);
	});
});

describe('selectForCalendar', () => {
	const make = (i: number): Notice => {
		const start = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 86_400_000);
		return {
			...byId(notices, 'qs-20261201-guanmou-cun'),
			id: `n-${i}`,
			start: start.toISOString(),
			end: new Date(start.getTime() + 3_600_000).toISOString(),
		};
	};
	test.each([
		[3, 10, ['n-0', 'n-1', 'n-2']],
		[5, 3, ['n-2', 'n-3', 'n-4']],
	])('%i notices, limit %i', (count, limit, ids) => {
		const list = Array.from({ length: count }, (_, i) => make(count - 1 - i));
		expect(selectForCalendar(list, limit).map((n) => n.id)).toEqual(ids);
	});

	test('the default limit keeps everything upcoming and the most recent past', () => {
		expect(ICS_EVENT_LIMIT).toBeGreaterThanOrEqual(500);
	});
});

describe('noticeState', () => {
	test.each([
		['qs-20261201-guanmou-cun', 'published'],
		['qs-20261205-lianhua', 'cancelled'],
		['qs-20261210-zhongba', 'rescheduled'],
	])('%s is %s', (id, state) => {
		expect(noticeState(byId(notices, id))).toBe(state);
	});
});

describe('feedSetFor', () => {
	test('is made once per set of notices and areas', () => {
		const a = feedSetFor(notices, ctx.areas, site);
		expect(feedSetFor(notices, ctx.areas, site)).toBe(a);
		expect(feedSetFor([...notices], ctx.areas, site)).not.toBe(a);
	});
});
