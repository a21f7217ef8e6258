import { describe, expect, test } from 'vitest';
import { outageStatus } from '../../../src/lib/outages/status.ts';
import { crossesMidnight, describeWindow, durationHours } from '../../../src/lib/outages/window-text.ts';

const TZ = 'Asia/Shanghai';
const day = { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00', lifecycle: 'published' as const };
const night = { start: '2026-12-03T22:00:00+08:00', end: '2026-12-04T05:00:00+08:00', lifecycle: 'published' as const };

describe('outageStatus', () => {
	test.each([
		[day, '2026-11-30T08:00:00+08:00', 'upcoming'],
		[day, '2026-12-02T08:00:01+08:00', 'soon'],
		[day, '2026-12-02T08:00:00+08:00', 'soon'],
		[day, '2026-12-02T07:59:59+08:00', 'upcoming'],
		[day, '2026-12-03T08:00:00+08:00', 'in-progress'],
		[day, '2026-12-03T17:29:59+08:00', 'in-progress'],
		[day, '2026-12-03T17:30:00+08:00', 'ended'],
		[night, '2026-12-03T21:59:00+08:00', 'soon'],
		[night, '2026-12-04T00:30:00+08:00', 'in-progress'],
		[night, '2026-12-04T04:59:00+08:00', 'in-progress'],
		[night, '2026-12-04T05:00:00+08:00', 'ended'],
		[{ ...day, lifecycle: 'cancelled' as const }, '2026-12-03T09:00:00+08:00', 'cancelled'],
	])('%o at %s is %s', (notice, now, expected) => {
		expect(outageStatus(notice, new Date(now))).toBe(expected);
		// The live status script in the browser passes the clock as milliseconds.
		expect(outageStatus(notice, Date.parse(now))).toBe(expected);
	});
});

describe('describeWindow', () => {
	test.each([
		[day, 'zh-cn', '12月3日（周四）08:00 至 17:30，约 9.5 小时'],
		[day, 'en', 'Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)'],
		[night, 'zh-cn', '12月3日（周四）22:00 至 次日（12月4日）05:00，约 7 小时'],
		[night, 'en', 'Thursday 3 December, 22:00 to 05:00 the next day, Friday 4 December (overnight, about 7 hours)'],
		[
			{ start: '2026-12-03T08:00:00+08:00', end: '2026-12-05T17:00:00+08:00' },
			'zh-cn',
			'12月3日（周四）08:00 至 12月5日（周六）17:00，约 57 小时',
		],
		[
			{ start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T09:00:00+08:00' },
			'en',
			'Thursday 3 December, 08:00 to 09:00 (about 1 hour)',
		],
		[
			{ start: '2026-12-03T08:00:00+08:00', end: '2026-12-05T17:00:00+08:00' },
			'en',
			'Thursday 3 December, 08:00 to Saturday 5 December, 17:00 (about 57 hours)',
		],
		// The same instants written with another offset read the same in the utility's zone.
		[
			{ start: '2026-12-03T00:00:00Z', end: '2026-12-03T09:30:00Z' },
			'zh-cn',
			'12月3日（周四）08:00 至 17:30，约 9.5 小时',
		],
	] as const)('%o in %s', (w, locale, text) => {
		expect(describeWindow(w.start, w.end, TZ, locale)).toBe(text);
	});

	test('midnight and duration helpers', () => {
		expect(crossesMidnight(night.start, night.end, TZ)).toBe(true);
		expect(crossesMidnight(day.start, day.end, TZ)).toBe(false);
		expect(crossesMidnight('2026-12-03T15:00:00Z', '2026-12-03T17:00:00Z', TZ)).toBe(true);
		expect(durationHours(day.start, day.end)).toBe(9.5);
		expect(durationHours('2026-12-03T08:00:00+08:00', '2026-12-03T08:10:00+08:00')).toBe(0.5);
	});
});
