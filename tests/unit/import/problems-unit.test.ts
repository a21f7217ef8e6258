import { describe, expect, test } from 'vitest';
import {
	columnLetter,
	formatImportProblem,
	renderReport,
	showValue,
	type ImportProblem,
} from '../../../src/lib/import/problems.ts';

// How a problem with the export is shown to staff: the column's letter, the value as read, the printed line and the
// report file they open in Excel or WPS.

describe('columnLetter', () => {
	test.each([
		[0, 'A'],
		[1, 'B'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('column %i is %s', (index, letter) => {
		expect(columnLetter(index)).toBe(letter);
	});
});

describe('showValue', () => {
	test.each<[string, () => unknown, string]>([
		['a date read from Excel', () => new Date('2026-12-03T08:05:59.999Z'), '2026-12-03 08:05 (Excel 日期 date)'],
		['an invalid date', () => new Date('nonsense'), 'an invalid date'],
		['null', () => null, '(empty 空)'],
		['the empty text', () => '', '(empty 空)'],
		['text, quoted', () => '关牟村', '"关牟村"'],
		['text with runs of white space, each one space', () => ' a \t\n b  c ', '" a b c "'],
		['a single space', () => ' ', '" "'],
		['a number', () => 42.5, '42.5'],
		['zero', () => 0, '0'],
		['false', () => false, 'false'],
		['nothing', () => undefined, 'nothing'],
	])('%s', (_, value, shown) => {
		expect(showValue(value())).toBe(shown);
	});
});

describe('formatImportProblem', () => {
	const base = { zh: '月份 13 不存在', en: 'there is no month 13' };
	test.each<[string, () => ImportProblem, string]>([
		[
			'an error located to the cell, with its value',
			() => ({
				...base,
				severity: 'error',
				file: 'examples/plan.csv',
				row: 7,
				column: 'C',
				header: '停电开始时间',
				value: '2026-13-03 08:00',
			}),
			'错误 error examples/plan.csv:7 column C "停电开始时间": "2026-13-03 08:00" — 月份 13 不存在 / there is no month 13',
		],
		[
			'a warning with the whole file',
			() => ({ ...base, severity: 'warning', file: 'plan.xlsx' }),
			'警告 warning plan.xlsx — 月份 13 不存在 / there is no month 13',
		],
		[
			'a row without a column',
			() => ({ ...base, severity: 'error', file: 'plan.xlsx', row: 1 }),
			'错误 error plan.xlsx:1 — 月份 13 不存在 / there is no month 13',
		],
		[
			'row 0 is still a row',
			() => ({ ...base, severity: 'warning', file: 'p.csv', row: 0 }),
			'警告 warning p.csv:0 — 月份 13 不存在 / there is no month 13',
		],
		[
			'a column letter without a header',
			() => ({ ...base, severity: 'error', file: 'p.csv', row: 3, column: 'AB' }),
			'错误 error p.csv:3 column AB — 月份 13 不存在 / there is no month 13',
		],
		[
			'a header without a column letter',
			() => ({ ...base, severity: 'error', file: 'p.csv', header: '线路' }),
			'错误 error p.csv column "线路" — 月份 13 不存在 / there is no month 13',
		],
		[
			'an empty header and an empty column letter',
			() => ({ ...base, severity: 'error', file: 'p.csv', column: '', header: '' }),
			'错误 error p.csv column "" — 月份 13 不存在 / there is no month 13',
		],
		[
			'an empty column letter alone',
			() => ({ ...base, severity: 'error', file: 'p.csv', column: '' }),
			'错误 error p.csv column — 月份 13 不存在 / there is no month 13',
		],
		[
			'an empty value',
			() => ({ ...base, severity: 'warning', file: 'p.csv', row: 2, value: null }),
			'警告 warning p.csv:2: (empty 空) — 月份 13 不存在 / there is no month 13',
		],
		[
			'a date value',
			() => ({ ...base, severity: 'warning', file: 'p.csv', row: 2, value: new Date('2026-12-03T08:00:00Z') }),
			'警告 warning p.csv:2: 2026-12-03 08:00 (Excel 日期 date) — 月份 13 不存在 / there is no month 13',
		],
	])('%s', (_, problem, line) => {
		expect(formatImportProblem(problem())).toBe(line);
	});
});

describe('renderReport', () => {
	const problems = (): ImportProblem[] => [
		{
			severity: 'error',
			file: 'plan.csv',
			row: 7,
			column: 'C',
			header: '停电开始时间',
			value: '2026-13-03',
			zh: '月份不存在',
			en: 'no such month',
		},
		{ severity: 'warning', file: 'plan.csv', zh: '空表', en: 'empty sheet' },
		{
			severity: 'warning',
			file: 'plan.csv',
			row: 9,
			value: new Date('2026-12-03T08:00:00Z'),
			zh: '甲',
			en: 'a',
		},
		{ severity: 'error', file: 'plan.csv', row: 10, value: null, zh: '乙', en: 'b' },
		{ severity: 'error', file: 'plan.csv', row: 11, value: 0, zh: '丙', en: 'c' },
		{ severity: 'error', file: 'plan.csv', row: 12, value: '=1+1', zh: '丁', en: 'd' },
		{ severity: 'error', file: 'plan.csv', row: 13, value: 'a\nb, c', zh: '戊', en: 'e' },
	];

	test('as text: the printed lines, with a byte-order mark and CRLF', () => {
		expect(renderReport(problems().slice(0, 2), false)).toBe(
			'\uFEFF错误 error plan.csv:7 column C "停电开始时间": "2026-13-03" — 月份不存在 / no such month\r\n' +
				'警告 warning plan.csv — 空表 / empty sheet\r\n',
		);
	});

	test('as text, with no problems: one empty line', () => {
		expect(renderReport([], false)).toBe('\uFEFF\r\n');
	});

	test('as CSV: a header row and one row per problem, formulas and line breaks kept as text', () => {
		expect(renderReport(problems(), true)).toBe(
			[
				'\uFEFF级别 severity,文件 file,行 row,列 column,表头 header,值 value,原因,reason',
				'错误 error,plan.csv,7,C,停电开始时间,2026-13-03,月份不存在,no such month',
				'警告 warning,plan.csv,,,,,空表,empty sheet',
				'警告 warning,plan.csv,9,,,2026-12-03 08:00 (Excel 日期 date),甲,a',
				'错误 error,plan.csv,10,,,,乙,b',
				'错误 error,plan.csv,11,,,0,丙,c',
				"错误 error,plan.csv,12,,,'=1+1,丁,d",
				'错误 error,plan.csv,13,,,"a\nb, c",戊,e',
				'',
			].join('\r\n'),
		);
	});
});
