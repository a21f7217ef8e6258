import { describe, expect, test } from 'vitest';
import { digitGroups, spokenPhone } from '../../../src/lib/text/phone.ts';
import { spokenWindow } from '../../../src/lib/outages/window-text.ts';
import {
	englishNumber,
	englishOrdinal,
	sentence,
	spokenClock,
	spokenDate,
	spokenHours,
	spokenText,
} from '../../../src/lib/text/spoken-words.ts';

/** Dates, times, lengths of time, phone numbers and shorthand as a speech engine should be given them. */
const TZ = 'Asia/Shanghai';

describe('spokenDate', () => {
	test.each([
		['2026-12-01T08:00:00+08:00', 'zh-cn', '12月1日 星期二'],
		['2026-12-01T08:00:00+08:00', 'en', 'Tuesday the 1st of December'],
		['2026-12-22T08:00:00+08:00', 'en', 'Tuesday the 22nd of December'],
		['2026-12-13T08:00:00+08:00', 'en', 'Sunday the 13th of December'],
		['2026-12-13T08:00:00+08:00', 'zh-cn', '12月13日 星期日'],
		// The utility's calendar day, not UTC's: 23:30 UTC on the 1st is the 2nd in Shanghai.
		['2026-12-01T23:30:00Z', 'zh-cn', '12月2日 星期三'],
	] as const)('%s in %s is %s', (at, locale, said) => {
		expect(spokenDate(at, TZ, locale)).toBe(said);
	});
});

describe('spokenClock', () => {
	test.each([
		['00:00', '零点', 'midnight'],
		['00:30', '零点半', '12:30 a.m.'],
		['05:00', '凌晨5点', '5 a.m.'],
		['08:00', '上午8点', '8 a.m.'],
		['08:05', '上午8点零5分', '8:05 a.m.'],
		['11:45', '上午11点45分', '11:45 a.m.'],
		['12:00', '中午12点', 'noon'],
		['12:30', '中午12点半', '12:30 p.m.'],
		['13:00', '下午1点', '1 p.m.'],
		['17:30', '下午5点半', '5:30 p.m.'],
		['17:50', '下午5点50分', '5:50 p.m.'],
		['18:00', '晚上6点', '6 p.m.'],
		['22:15', '晚上10点15分', '10:15 p.m.'],
	])('%s is %s, %s', (clock, zh, en) => {
		const at = `2026-12-01T${clock}:00+08:00`;
		expect(spokenClock(at, TZ, 'zh-cn')).toBe(zh);
		expect(spokenClock(at, TZ, 'en')).toBe(en);
	});
});

describe('spokenHours', () => {
	test.each([
		[0.5, '半个小时', 'half an hour'],
		[1, '1个小时', 'one hour'],
		[1.5, '1个半小时', 'one and a half hours'],
		[2, '两个小时', 'two hours'],
		[2.5, '两个半小时', 'two and a half hours'],
		[9.5, '9个半小时', 'nine and a half hours'],
		[24, '24个小时', 'twenty-four hours'],
		[57, '57个小时', 'fifty-seven hours'],
		[130, '130个小时', '130 hours'],
	])('%s hours: %s, %s', (hours, zh, en) => {
		expect(spokenHours(hours, 'zh-cn')).toBe(zh);
		expect(spokenHours(hours, 'en')).toBe(en);
	});
});

describe('English numbers', () => {
	test.each([
		[0, 'zero'],
		[7, 'seven'],
		[13, 'thirteen'],
		[20, 'twenty'],
		[21, 'twenty-one'],
		[99, 'ninety-nine'],
		[100, '100'],
		[2.5, '2.5'],
	])('%s is %s', (n, words) => expect(englishNumber(n)).toBe(words));

	test.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[23, '23rd'],
		[30, '30th'],
		[31, '31st'],
	])('%s is %s', (n, ordinal) => expect(englishOrdinal(n)).toBe(ordinal));
});

describe('spokenWindow', () => {
	test.each([
		[
			'2026-12-01T08:00:00+08:00',
			'2026-12-01T17:30:00+08:00',
			'12月1日 星期二，上午8点 到 下午5点半，大约9个半小时',
			'Tuesday the 1st of December, from 8 a.m. to 5:30 p.m., about nine and a half hours',
		],
		[
			'2026-12-03T22:00:00+08:00',
			'2026-12-04T05:00:00+08:00',
			'12月3日 星期四 晚上10点，到第二天，12月4日 星期五 凌晨5点，大约7个小时',
			'Thursday the 3rd of December, from 10 p.m. to 5 a.m. the next day, Friday the 4th of December, about seven hours',
		],
		[
			'2026-12-03T08:00:00+08:00',
			'2026-12-05T17:00:00+08:00',
			'12月3日 星期四 上午8点，到 12月5日 星期六 下午5点，大约57个小时',
			'from Thursday the 3rd of December, 8 a.m., to Saturday the 5th of December, 5 p.m., about fifty-seven hours',
		],
		[
			'2026-12-03T12:00:00+08:00',
			'2026-12-03T12:20:00+08:00',
			'12月3日 星期四，中午12点 到 中午12点20分，大约半个小时',
			'Thursday the 3rd of December, from noon to 12:20 p.m., about half an hour',
		],
		// Written in UTC, read in the utility's zone.
		[
			'2026-12-03T00:00:00Z',
			'2026-12-03T02:00:00Z',
			'12月3日 星期四，上午8点 到 上午10点，大约两个小时',
			'Thursday the 3rd of December, from 8 a.m. to 10 a.m., about two hours',
		],
	])('%s to %s', (start, end, zh, en) => {
		expect(spokenWindow(start, end, TZ, 'zh-cn')).toBe(zh);
		expect(spokenWindow(start, end, TZ, 'en')).toBe(en);
	});
});

describe('spokenPhone', () => {
	test.each([
		['0839-5550142', '零八三九，五五五，零一四二', 'zero eight three nine, five five five, zero one four two'],
		['95598', '九五五九八', 'nine five five nine eight'],
		['(0839) 555 0199', '零八三九，五五五，零一九九', 'zero eight three nine, five five five, zero one nine nine'],
		['13800138000', '一三八，零零一三，八零零零', 'one three eight, zero zero one three, eight zero zero zero'],
		[
			'+86 839 5550142',
			'加八六，八三九，五五五，零一四二',
			'plus eight six, eight three nine, five five five, zero one four two',
		],
	])('%s', (phone, zh, en) => {
		expect(spokenPhone(phone, 'zh-cn')).toBe(zh);
		expect(spokenPhone(phone, 'en')).toBe(en);
	});

	test.each([
		['1', ['1']],
		['95598', ['95598']],
		['555555', ['555', '555']],
		['5550142', ['555', '0142']],
		['55501420', ['5550', '1420']],
		['123456789', ['12', '345', '6789']],
		['0839555014', ['083', '955', '5014']],
		['13800138000', ['138', '0013', '8000']],
	])('%s is read in groups %j', (digits, groups) => {
		expect(digitGroups(digits)).toEqual(groups);
		expect(groups.join('')).toBe(digits);
	});
});

describe('spokenText', () => {
	test.each([
		['10kV 关牟线', '10千伏 关牟线', '10 kilovolt 关牟线'],
		['10 kV Guanmou line', '10千伏 Guanmou line', '10 kilovolt Guanmou line'],
		['10kV 东郊线 8# 杆', '10千伏 东郊线 8号杆', '10 kilovolt 东郊线 8 杆'],
		['10kV 关牟线 12#–25# 杆', '10千伏 关牟线 12号到25号杆', '10 kilovolt 关牟线 12 to 25 杆'],
		[
			'10 kV Guanmou line, poles 12–25',
			'10千伏 Guanmou line, poles 12到25',
			'10 kilovolt Guanmou line, poles 12 to 25',
		],
		['幸福小区1-12栋', '幸福小区1到12栋', '幸福小区1 to 12栋'],
		['Yangliu Village, groups 1–4', 'Yangliu Village, groups 1到4', 'Yangliu Village, groups 1 to 4'],
		// A phone number or a date is not a range.
		['详询 0839-5550142', '详询 0839-5550142', '详询 0839-5550142'],
		['2026-12-01 起', '2026-12-01 起', '2026-12-01 起'],
		['更换老旧电杆', '更换老旧电杆', '更换老旧电杆'],
	])('%s', (text, zh, en) => {
		expect(spokenText(text, 'zh-cn')).toBe(zh);
		expect(spokenText(text, 'en')).toBe(en);
	});

	test.each([
		['更换老旧电杆', 'zh-cn', '更换老旧电杆。'],
		['更换老旧电杆。', 'zh-cn', '更换老旧电杆。'],
		['Replacing old poles', 'en', 'Replacing old poles.'],
		['Replacing old poles.', 'en', 'Replacing old poles.'],
		['Really?', 'en', 'Really.'],
	] as const)('sentence(%s, %s)', (text, locale, said) => {
		expect(sentence(text, locale)).toBe(said);
	});
});
