import { describe, expect, test } from 'vitest';
import {
	combine,
	fromExcelDate,
	fromExcelSerial,
	inferYear,
	parseTimeText,
	parseWhenCell,
	parseWhenText,
	parseWindowText,
	type LocalDate,
} from '../../../src/lib/import/datetime.ts';
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
		expect(parseWhenCell('46359.5', today)).toEqual({ ok: true, value: { date: { year: 2026, month: 12, day: 3 }, time: hm(12) } });
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
