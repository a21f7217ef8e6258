import { describe, expect, test } from 'vitest';
import { normaliseQuery } from '../../../src/lib/search/query.ts';
import { toHalfWidth } from '../../../src/lib/text/width.ts';

describe('normaliseQuery', () => {
	test.each([
		['停电', '停电'],
		['  计划停电  ', '计划停电'],
		['１０ｋＶ关牟线', '10kV 关牟线'],
		['10kV关牟线', '10kV 关牟线'],
		['10kV 关牟线', '10kV 关牟线'],
		['关牟村，停电', '关牟村 停电'],
		['关牟村、长岭村', '关牟村 长岭村'],
		['“阶梯电价”是什么？', '阶梯电价 是什么'],
		['峰谷电价（分时电价）', '峰谷电价 分时电价'],
		['城关工业园\u3000停电', '城关工业园 停电'],
		['tiered   prices', 'tiered prices'],
		['e-bike charging', 'e-bike charging'],
		['"power cut"', '"power cut"'],
		['', ''],
		['，。', ''],
	])('%j → %j', (input, expected) => {
		expect(normaliseQuery(input)).toBe(expected);
	});
});

describe('toHalfWidth', () => {
	test.each([
		['ＡＢＣ１２３', 'ABC123'],
		['ｋＶ', 'kV'],
		['中文不变', '中文不变'],
		['a\u3000b', 'a b'],
	])('%j → %j', (input, expected) => {
		expect(toHalfWidth(input)).toBe(expected);
	});
});

describe('normaliseQuery at its edges', () => {
	test.each([
		// A phrase in quotes, spaces around it trimmed first, inside kept as typed (widths aside).
		['  "停电 通知"  ', '"停电 通知"'],
		['"１０ｋＶ关牟线"', '"10kV关牟线"'],
		// Not a phrase: a quote not at both ends.
		['"停电 通知', '停电 通知'],
		['停电 "通知"', '停电 通知'],
		['a"b"', 'a b'],
		// Runs of separators are one space; Chinese and Latin apart both ways.
		['关牟村，，、停电', '关牟村 停电'],
		['停电10kV', '停电 10kV'],
		['关牟3组', '关牟 3 组'],
	])('%j → %j', (input, expected) => {
		expect(normaliseQuery(input)).toBe(expected);
	});
});
