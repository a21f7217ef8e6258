import { describe, expect, test } from 'vitest';
import { buildNow } from '../../src/lib/clock.ts';
import {
	dateTimeIntl,
	fillPattern,
	formatClock,
	formatDate,
	formatDateTime,
	instantFromZoned,
	offsetMinutes,
	startOfZonedDay,
	toZonedIso,
	utcOffsetLabel,
	zonedDate,
	zonedParts,
} from '../../src/lib/time.ts';
import { formatDateTimeIntl } from '../../src/lib/time-intl.ts';

describe('zoned time', () => {
	test.each([
		// instant, zone, ISO in that zone
		['2026-12-03T00:00:00Z', 'Asia/Shanghai', '2026-12-03T08:00:00+08:00'],
		['2026-12-02T16:00:00Z', 'Asia/Shanghai', '2026-12-03T00:00:00+08:00'],
		['2026-12-03T08:00:00+08:00', 'UTC', '2026-12-03T00:00:00+00:00'],
		['2026-07-01T12:00:00Z', 'America/New_York', '2026-07-01T08:00:00-04:00'],
		['2026-12-01T12:00:00Z', 'America/New_York', '2026-12-01T07:00:00-05:00'],
		['2026-12-01T12:00:00Z', 'Asia/Kolkata', '2026-12-01T17:30:00+05:30'],
	])('%s in %s is %s', (instant, zone, iso) => {
		expect(toZonedIso(instant, zone)).toBe(iso);
	});

	test.each([
		[{ year: 2026, month: 12, day: 3, hour: 8 }, 'Asia/Shanghai', '2026-12-03T00:00:00.000Z'],
		[{ year: 2026, month: 12, day: 31, hour: 24 }, 'Asia/Shanghai', '2026-12-31T16:00:00.000Z'],
		[{ year: 2026, month: 7, day: 1, hour: 8 }, 'America/New_York', '2026-07-01T12:00:00.000Z'],
		// 02:30 does not exist on 8 March 2026 in New York: the instant after the gap.
		[{ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York', '2026-03-08T07:30:00.000Z'],
		[{ year: 2026, month: 11, day: 1, hour: 12 }, 'America/New_York', '2026-11-01T17:00:00.000Z'],
	])('wall time %o in %s is %s', (local, zone, utc) => {
		expect(instantFromZoned(local, zone).toISOString()).toBe(utc);
	});

	test('the calendar date follows the utility’s zone, not UTC', () => {
		expect(zonedDate('2026-12-02T17:00:00Z', 'Asia/Shanghai')).toBe('2026-12-03');
		expect(zonedParts('2026-12-02T17:00:00Z', 'Asia/Shanghai')).toMatchObject({ day: 3, hour: 1, weekday: 4 });
	});

	test.each([
		['zh-cn', 'day-weekday', '12月3日（周四）'],
		['zh-cn', 'full', '2026年12月3日（周四）'],
		['zh-cn', 'day', '12月3日'],
		['en', 'day-weekday', 'Thursday 3 December'],
		['en', 'full', 'Thursday 3 December 2026'],
	] as const)('formatDate %s %s', (locale, style, expected) => {
		expect(formatDate('2026-12-03T08:00:00+08:00', 'Asia/Shanghai', locale, style)).toBe(expected);
	});

	test('formatDateTime in both languages', () => {
		expect(formatDateTime('2026-12-03T00:30:00Z', 'Asia/Shanghai', 'zh-cn')).toBe('2026年12月3日（周四）08:30');
		expect(formatDateTime('2026-12-03T00:30:00Z', 'Asia/Shanghai', 'en')).toBe('Thursday 3 December 2026, 08:30');
	});

	test.each([
		['Asia/Shanghai', '2026-12-01T00:00:00Z', 'UTC+8'],
		['Asia/Kolkata', '2026-12-01T00:00:00Z', 'UTC+5:30'],
		['America/New_York', '2026-12-01T00:00:00Z', 'UTC−5'],
		['UTC', '2026-12-01T00:00:00Z', 'UTC+0'],
	])('utcOffsetLabel %s', (zone, instant, label) => {
		expect(utcOffsetLabel(new Date(instant), zone)).toBe(label);
	});
});

describe('build clock', () => {
	test.each([
		[{ SITE_NOW: '2026-12-01T10:00:00+08:00' }, '2026-12-01T02:00:00.000Z'],
		[{ SOURCE_DATE_EPOCH: '1796090400' }, '2026-12-01T02:00:00.000Z'],
		[{ SITE_NOW: '2026-12-01T10:00:00+08:00', SOURCE_DATE_EPOCH: '0' }, '2026-12-01T02:00:00.000Z'],
	])('%o gives %s', (env, iso) => {
		expect(buildNow(env).toISOString()).toBe(iso);
	});

	test('refuses a clock it cannot read', () => {
		expect(() => buildNow({ SITE_NOW: 'tomorrow' })).toThrow(/SITE_NOW/);
		expect(() => buildNow({ SOURCE_DATE_EPOCH: '1.5' })).toThrow(/SOURCE_DATE_EPOCH/);
	});
});

describe('zonedParts agrees with Intl around the clock and across daylight-saving changes', () => {
	const referenceFormat = (timeZone: string) => {
		const fmt = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		return (t: number) => fmt.format(t);
	};
	const ours = (t: number, zone: string) => {
		const p = zonedParts(t, zone);
		const two = (n: number) => String(n).padStart(2, '0');
		return `${two(p.month)}/${two(p.day)}/${p.year}, ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
	};
	test.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
		'%s',
		(zone) => {
			const reference = referenceFormat(zone);
			const instants: number[] = [];
			// Hourly through 2026, drifting 13 s each step so every phase of the quarter hour is hit…
			for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_613_000) instants.push(t);
			// …and each second either side of every quarter hour on the days clocks change in these zones.
			for (const day of [
				Date.UTC(2026, 2, 8),
				Date.UTC(2026, 2, 29),
				Date.UTC(2026, 3, 5),
				Date.UTC(2026, 9, 4),
				Date.UTC(2026, 9, 25),
				Date.UTC(2026, 10, 1),
			]) {
				for (let q = day - 86_400_000; q < day + 86_400_000; q += 900_000) instants.push(q - 1000, q, q + 1000);
			}
			const mismatches = instants
				.filter((t) => ours(t, zone) !== reference(t))
				.map((t) => `${new Date(t).toISOString()}: ${ours(t, zone)} ≠ ${reference(t)}`);
			expect(mismatches.slice(0, 5)).toEqual([]);
		},
	);
});

describe('wall times that occur twice or never, in zones west and east of UTC', () => {
	test.each([
		// New York falls back at 02:00 EDT on 1 November 2026: 01:30 happens twice; the first is EDT (UTC−4).
		[{ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York', '2026-11-01T05:30:00.000Z'],
		[{ year: 2026, month: 11, day: 1, hour: 2, minute: 30 }, 'America/New_York', '2026-11-01T07:30:00.000Z'],
		// Berlin falls back at 03:00 CEST on 25 October 2026: 02:30 happens twice; the first is CEST (UTC+2).
		[{ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
		// Berlin springs forward at 02:00 CET on 29 March 2026: 02:30 never happens; read as 02:30 CET = 03:30 CEST.
		[{ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
		[{ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
		[{ year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 }, 'Europe/Berlin', '2026-03-29T00:59:59.000Z'],
		// Sydney (east of UTC, summer time in the southern summer) springs forward at 02:00 AEST on 4 October 2026.
		[{ year: 2026, month: 10, day: 4, hour: 2, minute: 30 }, 'Australia/Sydney', '2026-10-03T16:30:00.000Z'],
		[{ year: 2026, month: 1, day: 15, hour: 12 }, 'Australia/Sydney', '2026-01-15T01:00:00.000Z'],
		[{ year: 2026, month: 7, day: 15, hour: 12 }, 'Australia/Sydney', '2026-07-15T02:00:00.000Z'],
		// Hours, minutes and seconds default to 0.
		[{ year: 2026, month: 12, day: 3 }, 'Asia/Shanghai', '2026-12-02T16:00:00.000Z'],
		[{ year: 2026, month: 12, day: 3, hour: 8, minute: 5, second: 9 }, 'Asia/Shanghai', '2026-12-03T00:05:09.000Z'],
	])('%o in %s is %s', (local, zone, utc) => {
		expect(instantFromZoned(local, zone).toISOString()).toBe(utc);
	});
});

describe('offsets written and read', () => {
	test.each([
		['2026-12-01T12:00:00Z', 'America/St_Johns', '2026-12-01T08:30:00-03:30', 'UTC−3:30', -210],
		['2026-07-01T12:00:00Z', 'America/St_Johns', '2026-07-01T09:30:00-02:30', 'UTC−2:30', -150],
		['2026-12-01T12:00:00Z', 'Asia/Kathmandu', '2026-12-01T17:45:00+05:45', 'UTC+5:45', 345],
		['2026-12-01T12:00:00Z', 'Pacific/Kiritimati', '2026-12-02T02:00:00+14:00', 'UTC+14', 840],
		['2026-12-01T12:00:00Z', 'Pacific/Pago_Pago', '2026-12-01T01:00:00-11:00', 'UTC−11', -660],
		['2026-07-01T12:00:00Z', 'Europe/London', '2026-07-01T13:00:00+01:00', 'UTC+1', 60],
		['2026-12-01T12:00:00Z', 'Europe/London', '2026-12-01T12:00:00+00:00', 'UTC+0', 0],
	])('%s in %s', (instant, zone, iso, label, minutes) => {
		expect(toZonedIso(instant, zone)).toBe(iso);
		expect(toZonedIso(new Date(instant), zone)).toBe(iso);
		expect(utcOffsetLabel(new Date(instant), zone)).toBe(label);
		expect(offsetMinutes(new Date(instant), zone)).toBe(minutes);
	});

	test('an instant may be a Date, an ISO string or milliseconds', () => {
		const expected = { year: 2026, month: 12, day: 3, hour: 8, minute: 5, second: 9, weekday: 4 };
		expect(zonedParts(new Date('2026-12-03T00:05:09Z'), 'Asia/Shanghai')).toEqual(expected);
		expect(zonedParts('2026-12-03T00:05:09Z', 'Asia/Shanghai')).toEqual(expected);
		expect(zonedParts(Date.parse('2026-12-03T00:05:09Z'), 'Asia/Shanghai')).toEqual(expected);
	});

	test.each(['tomorrow', '2026-13-45', '', Number.NaN, new Date(Number.NaN)])(
		'refuses %j: not a date-time',
		(instant) => {
			expect(() => zonedParts(instant as string, 'Asia/Shanghai')).toThrow(
				new RangeError(`not a date-time: ${String(instant)}`),
			);
		},
	);
});

describe('names of weekdays and months', () => {
	const zh = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
	const en = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
	// 6 December 2026 is a Sunday.
	test.each([6, 7, 8, 9, 10, 11, 12].map((day, weekday) => [day, weekday]))('12月%i日: weekday %i', (day, weekday) => {
		const at = `2026-12-${String(day).padStart(2, '0')}T10:00:00+08:00`;
		expect(zonedParts(at, 'Asia/Shanghai').weekday).toBe(weekday);
		expect(formatDate(at, 'Asia/Shanghai', 'zh-cn')).toBe(`12月${day}日（${zh[weekday]}）`);
		expect(formatDate(at, 'Asia/Shanghai', 'en')).toBe(`${en[weekday]} ${day} December`);
	});

	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	test.each(months.map((name, i) => [i + 1, name]))('month %i is %s', (month, name) => {
		const at = `2027-${String(month).padStart(2, '0')}-01T00:30:00+08:00`;
		expect(formatDate(at, 'Asia/Shanghai', 'en', 'day')).toBe(`1 ${name}`);
		expect(formatDate(at, 'Asia/Shanghai', 'zh-cn', 'day')).toBe(`${month}月1日`);
		expect(zonedDate(at, 'Asia/Shanghai')).toBe(`2027-${String(month).padStart(2, '0')}-01`);
	});

	test('the clock and the date follow the zone, not UTC', () => {
		expect(formatClock('2026-12-31T16:05:00Z', 'Asia/Shanghai')).toBe('00:05');
		expect(formatDateTime('2026-12-31T16:05:00Z', 'Asia/Shanghai', 'en')).toBe('Friday 1 January 2027, 00:05');
		expect(formatDateTime(new Date('2026-12-31T16:05:00Z'), 'Asia/Shanghai', 'zh-cn')).toBe(
			'2027年1月1日（周五）00:05',
		);
		expect(formatDate('2026-12-03T08:00:00+08:00', 'Asia/Shanghai', 'en', 'day')).toBe('3 December');
	});
});

describe('startOfZonedDay', () => {
	test.each([
		['late evening in Shanghai', '2026-12-01T23:59:59+08:00', 'Asia/Shanghai', '2026-11-30T16:00:00.000Z'],
		['just after midnight in Shanghai', '2026-12-02T00:00:00+08:00', 'Asia/Shanghai', '2026-12-01T16:00:00.000Z'],
		[
			'the same instant, another zone’s day',
			'2026-12-01T23:59:59+08:00',
			'America/New_York',
			'2026-12-01T05:00:00.000Z',
		],
		[
			'the day daylight saving starts in New York (23 hours long)',
			'2026-03-08T12:00:00-04:00',
			'America/New_York',
			'2026-03-08T05:00:00.000Z',
		],
		['the day it ends (25 hours long)', '2026-11-01T23:00:00-05:00', 'America/New_York', '2026-11-01T04:00:00.000Z'],
	])('%s', (_, instant, zone, expected) => {
		expect(startOfZonedDay(new Date(instant), zone).toISOString()).toBe(expected);
	});
});

describe('a time rewritten on the reader’s device reads like the build’s', () => {
	// The live status script rewrites the "as of" time with formatDateTimeIntl from the browser's Intl data; it must
	// give formatDateTime's very words, whatever the zone.
	const instants = [
		'2026-12-08T00:30:00+08:00',
		'2026-12-31T16:05:00Z',
		'2027-03-14T06:59:00Z',
		'2026-07-01T12:00:00Z',
		'2026-11-01T05:30:00Z',
	];
	const zones = ['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'UTC'];
	test.each(instants.flatMap((at) => zones.flatMap((zone) => (['zh-cn', 'en'] as const).map((l) => [at, zone, l]))))(
		'%s in %s (%s)',
		(at, zone, locale) => {
			const l = locale as 'zh-cn' | 'en';
			expect(formatDateTimeIntl(Date.parse(at), dateTimeIntl(l, zone))).toBe(formatDateTime(at, zone, l));
		},
	);

	test.each([
		['{a}-{b}', { a: 1, b: 'x' }, '1-x'],
		['{year}年{month}月', { year: 2026, month: 12 }, '2026年12月'],
		['{missing}!', {}, '!'],
	])('fillPattern(%s)', (pattern, parts, out) => {
		expect(fillPattern(pattern, parts)).toBe(out);
	});
});
