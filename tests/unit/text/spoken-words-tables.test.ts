/**
 * Every word the read-aloud tables hold, and the shorthand rules at their edges: each English number below 100,
 * each month and weekday in both languages, the parts of the day at their first and last hours, voltages with and
 * without decimals, pole numbers of several digits, spaces before Chinese punctuation and runs of spaces.
 */
import { describe, expect, it } from 'vitest';
import { englishNumber, sentence, spokenClock, spokenDate, spokenText } from '../../../src/lib/text/spoken-words.ts';

const tz = 'Asia/Shanghai';

describe('englishNumber, every word', () => {
	it.each([
		[0, 'zero'],
		[1, 'one'],
		[2, 'two'],
		[3, 'three'],
		[4, 'four'],
		[5, 'five'],
		[6, 'six'],
		[7, 'seven'],
		[8, 'eight'],
		[9, 'nine'],
		[10, 'ten'],
		[11, 'eleven'],
		[12, 'twelve'],
		[13, 'thirteen'],
		[14, 'fourteen'],
		[15, 'fifteen'],
		[16, 'sixteen'],
		[17, 'seventeen'],
		[18, 'eighteen'],
		[19, 'nineteen'],
		[20, 'twenty'],
		[21, 'twenty-one'],
		[30, 'thirty'],
		[35, 'thirty-five'],
		[40, 'forty'],
		[48, 'forty-eight'],
		[50, 'fifty'],
		[57, 'fifty-seven'],
		[60, 'sixty'],
		[62, 'sixty-two'],
		[70, 'seventy'],
		[73, 'seventy-three'],
		[80, 'eighty'],
		[84, 'eighty-four'],
		[90, 'ninety'],
		[99, 'ninety-nine'],
		// Outside the words: digits, as written.
		[100, '100'],
		[-1, '-1'],
		[1.5, '1.5'],
	])('%d → %s', (n, words) => {
		expect(englishNumber(n)).toBe(words);
	});
});

describe('spokenDate, every month and weekday', () => {
	it.each([
		['2026-01-05T12:00:00+08:00', 'Monday the 5th of January', '1月5日 星期一'],
		['2026-02-03T12:00:00+08:00', 'Tuesday the 3rd of February', '2月3日 星期二'],
		['2026-03-04T12:00:00+08:00', 'Wednesday the 4th of March', '3月4日 星期三'],
		['2026-04-02T12:00:00+08:00', 'Thursday the 2nd of April', '4月2日 星期四'],
		['2026-05-01T12:00:00+08:00', 'Friday the 1st of May', '5月1日 星期五'],
		['2026-06-06T12:00:00+08:00', 'Saturday the 6th of June', '6月6日 星期六'],
		['2026-07-05T12:00:00+08:00', 'Sunday the 5th of July', '7月5日 星期日'],
		['2026-08-11T12:00:00+08:00', 'Tuesday the 11th of August', '8月11日 星期二'],
		['2026-09-22T12:00:00+08:00', 'Tuesday the 22nd of September', '9月22日 星期二'],
		['2026-10-13T12:00:00+08:00', 'Tuesday the 13th of October', '10月13日 星期二'],
		['2026-11-23T12:00:00+08:00', 'Monday the 23rd of November', '11月23日 星期一'],
		['2026-12-31T12:00:00+08:00', 'Thursday the 31st of December', '12月31日 星期四'],
	])('%s: %s / %s', (instant, en, zh) => {
		expect(spokenDate(instant, tz, 'en')).toBe(en);
		expect(spokenDate(instant, tz, 'zh-cn')).toBe(zh);
	});
});

describe('spokenClock in Chinese, at the edges of the parts of the day and of the minutes', () => {
	it.each([
		['05:59', '凌晨5点59分'],
		['06:00', '上午6点'],
		['06:09', '上午6点零9分'],
		['06:10', '上午6点10分'],
		['11:59', '上午11点59分'],
		['12:00', '中午12点'],
		['12:59', '中午12点59分'],
		['13:00', '下午1点'],
		['17:59', '下午5点59分'],
		['18:00', '晚上6点'],
		['23:30', '晚上11点半'],
	])('%s → %s', (time, words) => {
		expect(spokenClock(`2026-12-01T${time}:00+08:00`, tz, 'zh-cn')).toBe(words);
	});
});

describe('spokenText, shorthand at its edges', () => {
	it.each([
		['10kV 关牟线', '10千伏 关牟线', '10 kilovolt 关牟线'],
		['0.4kV', '0.4千伏', '0.4 kilovolt'],
		['10.25 kV', '10.25千伏', '10.25 kilovolt'],
		['35KV', '35千伏', '35 kilovolt'],
		['12# 杆', '12号杆', '12 杆'],
		['room 123#', 'room 123号', 'room 123'],
		['石桥镇 ，杨柳村  ；', '石桥镇，杨柳村；', '石桥镇，杨柳村；'],
		['a   b', 'a b', 'a b'],
		['a \t 。', 'a。', 'a。'],
	])('%j → %j / %j', (text, zh, en) => {
		expect(spokenText(text, 'zh-cn')).toBe(zh);
		expect(spokenText(text, 'en')).toBe(en);
	});
});

describe('sentence: one full stop, whatever the text ended with', () => {
	it.each([
		['停电。。', '停电。', '停电.'],
		['Power cut!?', 'Power cut。', 'Power cut.'],
		['a，：；', 'a。', 'a.'],
		['  b  ', 'b。', 'b.'],
	])('%j → %j / %j', (text, zh, en) => {
		expect(sentence(text, 'zh-cn')).toBe(zh);
		expect(sentence(text, 'en')).toBe(en);
	});
});
