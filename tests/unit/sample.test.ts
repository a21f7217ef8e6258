import { describe, expect, test } from 'vitest';
import { serializeNotices } from '../../src/lib/notices-file.ts';
import { sampleNoticeId, sampleNotices } from '../../src/lib/sample/sample-notices.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';

describe('sample notices', () => {
	const anchor = '2026-12-01';
	const now = Date.parse('2026-12-01T10:00:00+08:00');
	const notices = sampleNotices(anchor, 'Asia/Shanghai');

	test('are valid, with unique ids', () => {
		for (const n of notices) expect(noticeSchema.safeParse(n).success, n.id).toBe(true);
		expect(new Set(notices.map((n) => n.id)).size).toBe(notices.length);
	});

	// Before, ids ended in the notice's position in the list (qs-20261201-17): adding a sample renumbered the
	// rest, and every test naming one broke.
	test('ids say what the notice is, the day it starts and its first area, not where it stands in the list', () => {
		for (const n of notices) expect(n.id).toBe(`qs-${n.start.slice(0, 10).replace(/-/g, '')}-${n.areas[0]}`);
		expect(notices.find((n) => n.id === 'qs-20261201-guanmou-cun')?.start).toBe('2026-12-01T08:00:00+08:00');
	});

	test.each([
		[{ year: 2026, month: 12, day: 1 }, 'guanmou-cun', 'qs-20261201-guanmou-cun'],
		[{ year: 2027, month: 1, day: 9 }, 'nanmen', 'qs-20270109-nanmen'],
	])('sampleNoticeId(%j, %s) is %s', (date, area, id) => {
		expect(sampleNoticeId(date, area)).toBe(id);
	});

	test('cover past, in-progress and upcoming outages around the anchor, and the special cases', () => {
		const t = (s: string) => Date.parse(s);
		expect(notices.length).toBeGreaterThanOrEqual(30);
		expect(notices.filter((n) => t(n.end) < now).length).toBeGreaterThanOrEqual(10);
		expect(notices.filter((n) => t(n.start) <= now && now < t(n.end)).length).toBe(2);
		expect(notices.filter((n) => t(n.start) > now).length).toBeGreaterThanOrEqual(10);
		expect(notices.filter((n) => n.lifecycle === 'cancelled')).toHaveLength(1);
		expect(notices.filter((n) => n.history.some((h) => h.event === 'rescheduled'))).toHaveLength(1);
		expect(notices.some((n) => n.start.slice(0, 10) !== n.end.slice(0, 10))).toBe(true);
	});

	test('are the same bytes for the same anchor, in any host time zone', () => {
		const before = process.env.TZ;
		process.env.TZ = 'America/New_York';
		const a = serializeNotices(sampleNotices(anchor, 'Asia/Shanghai'));
		process.env.TZ = 'UTC';
		const b = serializeNotices(sampleNotices(anchor, 'Asia/Shanghai'));
		process.env.TZ = before;
		expect(a).toBe(b);
		expect(a).toBe(serializeNotices(notices));
	});
});
