import { describe, expect, test } from 'vitest';
import {
	combine,
	compareLocal,
	fromExcelDate,
	fromExcelSerial,
	inferYear,
	parseTimeText,
	parseWhenCell,
	parseWhenText,
	parseWindowText,
	type LocalDate,
} from '../../../src/lib/import/datetime.ts';
import { toHalfWidthDigits } from '../../../src/lib/text/width.ts';
import { ZonedClock } from '../../../src/lib/import/zoned.ts';

const today: LocalDate = { year: 2026, month: 11, day: 20 };
const hm = (h: number, m = 0, s = 0) => ({ hour: h, minute: m, second: s });

describe('date and time in one cell: every written form', () => {
	test.each([
		['2026-12-03 08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03T08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03 08:00:30', { year: 2026, month: 12, day: 3 }, hm(8, 0, 30)],
		['2026/12/3 8:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026.12.3 8:05', { year: 2026, month: 12, day: 3 }, hm(8, 5)],
		['2026年12月3日 8时30分', { year: 2026, month: 12, day: 3 }, hm(8, 30)],
		['2026年12月3日8时', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026年12月3日 8点半', { year: 2026, month: 12, day: 3 }, hm(8, 30)],
		['2026年12月3日（周四）下午2点', { year: 2026, month: 12, day: 3 }, hm(14)],
		['２０２６－１２－０３　０８：００', { year: 2026, month: 12, day: 3 }, hm(8)],
		['20261203 0800'.replace(' 0800', ' 08:00'), { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03 24:00', { year: 2026, month: 12, day: 3 }, hm(24)],
		['12月3日 8:00', { year: 2026, month: 12, day: 3, yearInferred: true }, hm(8)],
		['12月3日', { year: 2026, month: 12, day: 3, yearInferred: true }, undefined],
		['2026-12-03', { year: 2026, month: 12, day: 3 }, undefined],
	])('%s', (text, date, time) => {
		const p = parseWhenText(text, today);
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.value.date).toEqual(date);
		expect(p.value.time).toEqual(time);
	});

	test.each([
		['2026-13-03 08:00', 'there is no month 13'],
		['2026-02-30 08:00', 'has no day 30'],
		['2026-12-03 25:00', 'is not a time of day'],
		['2026-12-03 24:30', 'is not a time of day'],
		['2026-12-03 08:61', 'is not a time of day'],
		['明天上午', 'is not a date or time'],
		['2026-12-03 早上', 'has a date but'],
		['', 'is empty'],
	])('refuses %j (%s)', (text, reason) => {
		const p = parseWhenText(text, today);
		expect(p.ok).toBe(false);
		if (!p.ok) {
			expect(p.en).toContain(reason);
			expect(p.zh.length).toBeGreaterThan(0);
		}
	});
});

describe('times alone', () => {
	test.each([
		['8:00', hm(8)],
		['08:30', hm(8, 30)],
		['8时30分', hm(8, 30)],
		['8时', hm(8)],
		['8点', hm(8)],
		['24:00', hm(24)],
		['次日06:00', { ...hm(6), nextDay: true }],
		['翌日6时', { ...hm(6), nextDay: true }],
		['晚上10点', hm(22)],
		['凌晨2点', hm(2)],
		['０８：００', hm(8)],
	])('%s', (text, time) => {
		const p = parseTimeText(text);
		expect(p).toEqual({ ok: true, value: time });
	});
});

describe('windows in one cell', () => {
	test.each([
		['08:00-17:30', hm(8), hm(17, 30)],
		['8:00～17:30', hm(8), hm(17, 30)],
		['08:00至17:30', hm(8), hm(17, 30)],
		['8时-12时', hm(8), hm(12)],
		['22:00-次日06:00', hm(22), { ...hm(6), nextDay: true }],
		['22:00 — 次日 6:00', hm(22), { ...hm(6), nextDay: true }],
		['16:00-24:00', hm(16), hm(24)],
	])('%s', (text, start, end) => {
		const p = parseWindowText(text, today);
		expect(p.ok).toBe(true);
		if (p.ok) {
			expect(p.value.start.time).toEqual(start);
			expect(p.value.end.time).toEqual(end);
		}
	});

	test('a window with its date: 2026-12-03 08:00-17:30', () => {
		const p = parseWindowText('2026-12-03 08:00-17:30', today);
		expect(p.ok && p.value.start.date).toEqual({ year: 2026, month: 12, day: 3 });
		expect(p.ok && p.value.end.time).toEqual(hm(17, 30));
	});

	test.each(['08:00', '上午', '08:00-', '8:00-25:00'])('refuses %j', (text) => {
		expect(parseWindowText(text, today).ok).toBe(false);
	});
});

describe('year inference: the year that puts the date nearest the import', () => {
	test.each([
		[{ year: 2026, month: 12, day: 20 }, 1, 5, 2027],
		[{ year: 2026, month: 11, day: 20 }, 12, 3, 2026],
		[{ year: 2027, month: 1, day: 3 }, 12, 28, 2026],
		[{ year: 2026, month: 6, day: 1 }, 6, 15, 2026],
	])('today %o: %i月%i日 is %i', (ref, month, day, year) => {
		expect(inferYear(month, day, ref)).toBe(year);
	});
});

describe('Excel cells', () => {
	test.each([
		// 2026-12-03 is serial 46359.
		[46359, { date: { year: 2026, month: 12, day: 3 }, midnight: true }],
		[46359 + 8 / 24, { date: { year: 2026, month: 12, day: 3 }, time: hm(8) }],
		[46359 + 17.5 / 24, { date: { year: 2026, month: 12, day: 3 }, time: hm(17, 30) }],
		[0.34375, { time: hm(8, 15) }],
		// Floating point: 08:00 stored as 0.33333333 must not become 07:59.
		[46359.333333333, { date: { year: 2026, month: 12, day: 3 }, time: hm(8) }],
	])('serial %d', (serial, when) => {
		expect(fromExcelSerial(serial)).toEqual({ ok: true, value: when });
	});

	test.each([
		[new Date(Date.UTC(2026, 11, 3, 8, 0)), { date: { year: 2026, month: 12, day: 3 }, time: hm(8) }],
		[new Date(Date.UTC(2026, 11, 3)), { date: { year: 2026, month: 12, day: 3 }, midnight: true }],
		[new Date(Date.UTC(1899, 11, 30, 22, 0)), { time: hm(22) }],
		[new Date(Date.UTC(2026, 11, 3, 7, 59, 59, 999)), { date: { year: 2026, month: 12, day: 3 }, time: hm(8) }],
	])('exceljs Date %s', (d, when) => {
		expect(fromExcelDate(d)).toEqual({ ok: true, value: when });
	});

	test('a serial number that arrived as text', () => {
		expect(parseWhenCell('46359.5', today)).toEqual({
			ok: true,
			value: { date: { year: 2026, month: 12, day: 3 }, time: hm(12) },
		});
	});
});

describe('wall-clock readings become instants in the utility zone, never the host zone', () => {
	const clock = new ZonedClock('Asia/Shanghai');
	const d = { year: 2026, month: 12, day: 3 };
	test.each([
		[combine(d, hm(8)), '2026-12-03T08:00:00+08:00'],
		[combine(d, hm(24)), '2026-12-04T00:00:00+08:00'],
		[combine(d, { ...hm(6), nextDay: true }), '2026-12-04T06:00:00+08:00'],
		[combine({ year: 2026, month: 12, day: 31 }, hm(24)), '2027-01-01T00:00:00+08:00'],
	])('%o → %s', (local, iso) => {
		expect(clock.iso(local)).toBe(iso);
	});

	test('a zone with daylight saving: the offset of that day', () => {
		const ny = new ZonedClock('America/New_York');
		expect(ny.iso(combine({ year: 2026, month: 7, day: 1 }, hm(8)))).toBe('2026-07-01T08:00:00-04:00');
		expect(ny.iso(combine({ year: 2026, month: 12, day: 1 }, hm(8)))).toBe('2026-12-01T08:00:00-05:00');
	});
});

describe('edges of the calendar and the clock', () => {
	const date = (text: string, ref: LocalDate = today) => {
		const p = parseWhenText(text, ref);
		return p.ok ? p.value : { en: p.en, zh: p.zh };
	};
	test.each([
		['1999-12-31', { en: 'the year 1999 is out of range', zh: '年份 1999 不合理' }],
		['2000-01-01', { date: { year: 2000, month: 1, day: 1 } }],
		['2100-12-31', { date: { year: 2100, month: 12, day: 31 } }],
		['2101-01-01', { en: 'the year 2101 is out of range', zh: '年份 2101 不合理' }],
		['2026-00-10', { en: 'there is no month 0', zh: '月份 0 不存在' }],
		['2026-13-10', { en: 'there is no month 13', zh: '月份 13 不存在' }],
		['2026-12-00', { en: '2026-12 has no day 0', zh: '2026年12月没有 0 日' }],
		['2026-01-31', { date: { year: 2026, month: 1, day: 31 } }],
		['2026-01-32', { en: '2026-1 has no day 32', zh: '2026年1月没有 32 日' }],
		['2026-02-28', { date: { year: 2026, month: 2, day: 28 } }],
		['2026-02-29', { en: '2026-2 has no day 29', zh: '2026年2月没有 29 日' }],
		['2028-02-29', { date: { year: 2028, month: 2, day: 29 } }],
		['2026-04-30', { date: { year: 2026, month: 4, day: 30 } }],
		['2026-04-31', { en: '2026-4 has no day 31', zh: '2026年4月没有 31 日' }],
		['2026-12-31', { date: { year: 2026, month: 12, day: 31 } }],
	])('%s', (text, expected) => {
		expect(date(text)).toEqual(expected);
	});

	test.each([
		// Spaces inside dates, dates without 日, a weekday or a T between date and time.
		['2026 - 12 - 03 08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026 年 12 月 3 日 8 时', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026年12月3 8:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026年12月3号 8:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026/12/3号 8:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03（周四）08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03 星期四 08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		// A space before a bracketed weekday was once left in front of the time, and the cell refused.
		['2026-12-03 (礼拜四) 08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03 （周四） 08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['2026-12-03t08:00', { year: 2026, month: 12, day: 3 }, hm(8)],
		['  2026-12-03 08:00  ', { year: 2026, month: 12, day: 3 }, hm(8)],
		['20261203', { year: 2026, month: 12, day: 3 }, undefined],
		['12 月 3 日 8:00', { year: 2026, month: 12, day: 3, yearInferred: true }, hm(8)],
		['12月3号', { year: 2026, month: 12, day: 3, yearInferred: true }, undefined],
	])('%j', (text, d, time) => {
		expect(date(text)).toEqual(time ? { date: d, time } : { date: d });
	});

	test.each([
		// Text around a date that is not a time.
		[
			'2026-12-03 上午',
			'has a date but "上午" is not a time such as 08:00 or 8时30分',
			'日期之后的"上午"不是时间，应如 08:00 或 8时30分',
		],
		[
			'2026-12-03 8:00左右',
			'has a date but "8:00左右" is not a time such as 08:00 or 8时30分',
			'日期之后的"8:00左右"不是时间，应如 08:00 或 8时30分',
		],
		['约2026-12-03 8:00', 'is not a date or time such as 2026-12-03 08:00', '不是日期或时间，应如 2026-12-03 08:00'],
		['202612031', 'is not a date or time such as 2026-12-03 08:00', '不是日期或时间，应如 2026-12-03 08:00'],
		['   ', 'is empty', '为空'],
	])('refuses %j', (text, en, zh) => {
		expect(parseWhenText(text, today)).toEqual({ ok: false, en, zh });
	});
});

describe('times of day: periods, the last minute and second', () => {
	test.each([
		['中午12点', hm(12)],
		['中午1点', hm(13)],
		['中午11点', hm(11)],
		['中午12点半', hm(12, 30)],
		['下午12点', hm(12)],
		['下午1点', hm(13)],
		['下午11点', hm(23)],
		['傍晚6点', hm(18)],
		['晚上8点', hm(20)],
		['夜间11点', hm(23)],
		['晚9点', hm(21)],
		['上午11点', hm(11)],
		['早上7点', hm(7)],
		['早晨6点半', hm(6, 30)],
		['凌晨0点', hm(0)],
		['8点05分', hm(8, 5)],
		['8 点 5', hm(8, 5)],
		['8點半', hm(8, 30)],
		['23:59', hm(23, 59)],
		['23:59:59', hm(23, 59, 59)],
		['00:00:00', hm(0)],
		['24:00:00', hm(24)],
		['8 : 05 : 09', hm(8, 5, 9)],
		['第二天 6:00', { ...hm(6), nextDay: true }],
		['次天6:00', { ...hm(6), nextDay: true }],
		['+1天 6:00', { ...hm(6), nextDay: true }],
		['+1 06:00', { ...hm(6), nextDay: true }],
	])('%s', (text, time) => {
		expect(parseTimeText(text)).toEqual({ ok: true, value: time });
	});

	test.each(['23:60', '23:59:60', '24:01', '24:00:01', '25:00', '8时60分', '8', '08:0', ':30', '8:00 pm'])(
		'refuses %j',
		(text) => {
			const p = parseTimeText(text);
			expect(p.ok).toBe(false);
		},
	);

	test('the two refusals, in both languages', () => {
		expect(parseTimeText('noon')).toEqual({
			ok: false,
			en: 'is not a time such as 08:00 or 8时30分',
			zh: '不是时间，应如 08:00 或 8时30分',
		});
		expect(parseTimeText('24:30')).toEqual({
			ok: false,
			en: 'is not a time of day (00:00 to 24:00)',
			zh: '不是有效的时刻（00:00 至 24:00）',
		});
	});
});

describe('year inference around the turn of the year and the half-year', () => {
	test.each([
		// Half a year either way: the nearer date wins…
		[{ year: 2026, month: 7, day: 2 }, 1, 1, 2026],
		[{ year: 2026, month: 7, day: 3 }, 1, 1, 2027],
		[{ year: 2026, month: 6, day: 1 }, 12, 1, 2025],
		[{ year: 2026, month: 6, day: 2 }, 12, 1, 2026],
		// …and on an exact tie (183 days each way in a leap year) the earlier year.
		[{ year: 2028, month: 7, day: 2 }, 1, 1, 2028],
		[{ year: 2026, month: 12, day: 31 }, 1, 1, 2027],
		[{ year: 2027, month: 1, day: 1 }, 12, 31, 2026],
		[{ year: 2026, month: 3, day: 1 }, 3, 1, 2026],
	])('today %o: %i月%i日 is %i', (ref, month, day, year) => {
		expect(inferYear(month, day, ref)).toBe(year);
	});

	test('a written date without a year carries the inferred year and says so', () => {
		expect(parseWhenText('1月5日 8:00', { year: 2026, month: 12, day: 20 })).toEqual({
			ok: true,
			value: { date: { year: 2027, month: 1, day: 5, yearInferred: true }, time: hm(8) },
		});
		expect(parseWhenText('2月29日', { year: 2027, month: 12, day: 20 })).toEqual({
			ok: true,
			value: { date: { year: 2028, month: 2, day: 29, yearInferred: true } },
		});
	});
});

describe('Excel numbers and dates at their edges', () => {
	const refused = { ok: false, en: 'is a number but not an Excel date or time', zh: '是数字，但不是 Excel 日期或时间' };
	test.each([
		[-1, refused],
		[-0.5, refused],
		[2958466, refused],
		[Number.NaN, refused],
		[Number.POSITIVE_INFINITY, refused],
		[0, { ok: true, value: { time: hm(0) } }],
		[0.5, { ok: true, value: { time: hm(12) } }],
		[0.999988426, { ok: true, value: { time: hm(23, 59, 59) } }],
		[46359 + 0.5 / 24, { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(0, 30) } }],
		[
			46359 + (23 * 3600 + 59 * 60 + 59) / 86400,
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(23, 59, 59) } },
		],
		[46022, { ok: true, value: { date: { year: 2025, month: 12, day: 31 }, midnight: true } }],
		[46023, { ok: true, value: { date: { year: 2026, month: 1, day: 1 }, midnight: true } }],
		// 00:00 written as a fraction that rounds to it is still a time, not a bare date cell.
		[46359.000001, { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(0) } }],
		[1, { ok: false, en: 'the year 1899 is out of range', zh: '年份 1899 不合理' }],
		[2958465, { ok: false, en: 'the year 9999 is out of range', zh: '年份 9999 不合理' }],
	])('serial %d', (serial, expected) => {
		expect(fromExcelSerial(serial)).toEqual(expected);
	});

	test.each([
		[
			'a date cell at 00:30',
			new Date(Date.UTC(2026, 11, 3, 0, 30)),
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(0, 30) } },
		],
		[
			'a date cell at 00:00:30',
			new Date(Date.UTC(2026, 11, 3, 0, 0, 30)),
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(0, 0, 30) } },
		],
		[
			'a date cell at 12:00',
			new Date(Date.UTC(2026, 11, 3, 12, 0)),
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(12) } },
		],
		['a time cell at 00:00', new Date(Date.UTC(1899, 11, 30)), { ok: true, value: { time: hm(0) } }],
		[
			'a time cell at 23:59:59',
			new Date(Date.UTC(1899, 11, 30, 23, 59, 59)),
			{ ok: true, value: { time: hm(23, 59, 59) } },
		],
		[
			"the day after the time cells' day",
			new Date(Date.UTC(1899, 11, 31, 8)),
			{ ok: false, en: 'the year 1899 is out of range', zh: '年份 1899 不合理' },
		],
		[
			'the day before it',
			new Date(Date.UTC(1899, 11, 29, 8)),
			{ ok: false, en: 'the year 1899 is out of range', zh: '年份 1899 不合理' },
		],
		['an invalid date', new Date(Number.NaN), { ok: false, en: 'is not a valid date', zh: '不是有效日期' }],
		[
			'499 ms short of a minute',
			new Date(Date.UTC(2026, 11, 3, 7, 59, 59, 499)),
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(7, 59, 59) } },
		],
		[
			'500 ms short of a minute',
			new Date(Date.UTC(2026, 11, 3, 7, 59, 59, 500)),
			{ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(8) } },
		],
	])('exceljs Date: %s', (_, d, expected) => {
		expect(fromExcelDate(d)).toEqual(expected);
	});

	test.each([
		['46359', { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, midnight: true } }],
		[' 46359.25 ', { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(6) } }],
		// Four or six digits are not serials of this century: read as text.
		[
			'4635',
			{ ok: false, en: 'is not a date or time such as 2026-12-03 08:00', zh: '不是日期或时间，应如 2026-12-03 08:00' },
		],
		[
			'463590',
			{ ok: false, en: 'is not a date or time such as 2026-12-03 08:00', zh: '不是日期或时间，应如 2026-12-03 08:00' },
		],
		[
			'46359.',
			{ ok: false, en: 'is not a date or time such as 2026-12-03 08:00', zh: '不是日期或时间，应如 2026-12-03 08:00' },
		],
		[46359.5, { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(12) } }],
		[new Date(Date.UTC(2026, 11, 3, 8)), { ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(8) } }],
		[null, { ok: false, en: 'is empty', zh: '为空' }],
		[true, { ok: false, en: 'is empty', zh: '为空' }],
	])('cell %j', (cell, expected) => {
		expect(parseWhenCell(cell, today)).toEqual(expected);
	});
});

describe('windows: separators and refusals', () => {
	test.each([
		['08:00~17:30', hm(8), hm(17, 30)],
		['08:00–17:30', hm(8), hm(17, 30)],
		['08:00到17:30', hm(8), hm(17, 30)],
		['08:00－17:30', hm(8), hm(17, 30)],
		['08:00--17:30', hm(8), hm(17, 30)],
		['  08:00 - 17:30  ', hm(8), hm(17, 30)],
	])('%j', (text, start, end) => {
		expect(parseWindowText(text, today)).toEqual({ ok: true, value: { start: { time: start }, end: { time: end } } });
	});

	test('a window with a date on both sides', () => {
		expect(parseWindowText('2026-12-03 22:00 至 2026-12-04 06:00', today)).toEqual({
			ok: true,
			value: {
				start: { date: { year: 2026, month: 12, day: 3 }, time: hm(22) },
				end: { date: { year: 2026, month: 12, day: 4 }, time: hm(6) },
			},
		});
	});

	test.each(['', '   ', '-08:00', '2026-12-03-2026-12-04', '08:00-17:30-19:00'])(
		'refuses %j, in both languages',
		(text) => {
			expect(parseWindowText(text, today)).toEqual(
				text.trim() === ''
					? { ok: false, en: 'is empty', zh: '为空' }
					: {
							ok: false,
							en: 'is not a time window such as 08:00-17:30 or 22:00-次日06:00',
							zh: '不是时间段，应如 08:00-17:30 或 22:00-次日06:00',
						},
			);
		},
	);
});

describe('combining a date and a time; ordering wall-clock readings', () => {
	const d = { year: 2026, month: 12, day: 31 };
	test.each([
		[hm(8), 0, { year: 2026, month: 12, day: 31, hour: 8, minute: 0, second: 0 }],
		[hm(8, 15, 30), 0, { year: 2026, month: 12, day: 31, hour: 8, minute: 15, second: 30 }],
		[hm(8), 1, { year: 2027, month: 1, day: 1, hour: 8, minute: 0, second: 0 }],
		[{ ...hm(6), nextDay: true }, 1, { year: 2027, month: 1, day: 2, hour: 6, minute: 0, second: 0 }],
		[hm(24), 0, { year: 2027, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
	])('%o + %i days', (time, addDays, expected) => {
		expect(combine(d, time, addDays)).toEqual(expected);
	});

	test('compareLocal orders by every field down to the second', () => {
		const base = { year: 2026, month: 12, day: 3, hour: 8, minute: 0, second: 0 };
		for (const field of ['year', 'month', 'day', 'hour', 'minute', 'second'] as const) {
			const later = { ...base, [field]: base[field] + 1 };
			expect(compareLocal(later, base)).toBeGreaterThan(0);
			expect(compareLocal(base, later)).toBeLessThan(0);
		}
		expect(compareLocal(base, { ...base })).toBe(0);
	});

	test('full-width digits, colon, hyphen, slash and space read as ASCII', () => {
		expect(toHalfWidthDigits('２０２６／１２－０３\u3000０８：００')).toBe('2026/12-03 08:00');
		expect(toHalfWidthDigits('关牟村１组')).toBe('关牟村1组');
	});
});
