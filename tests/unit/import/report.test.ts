import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { renderReport, type ImportProblem } from '../../../src/lib/import/problems.ts';

const problem = (value: unknown): ImportProblem => ({
	severity: 'error',
	file: 'plan.csv',
	row: 3,
	column: 'C',
	header: '停电范围',
	value,
	en: 'why',
	zh: '原因',
});

/** The report's rows, read back with a real CSV parser (the BOM removed). */
function rowsOf(report: string): string[][] {
	expect(report.startsWith('\uFEFF')).toBe(true);
	return parse(report.slice(1), { relax_column_count: false });
}

describe('the problem report (CSV for Excel and WPS)', () => {
	// OWASP CSV injection: a cell starting with = + - @, a tab or a carriage return is read by a spreadsheet as a
	// formula. Before the fix, -, tab and CR went through unguarded.
	test.each([
		['=HYPERLINK("http://x","click")'],
		['+1+cmd|" /C calc"!A0'],
		['-2+3+cmd|" /C calc"!A0'],
		['@SUM(1+1)*cmd|" /C calc"!A0'],
		['\t=1+1'],
		['\r=1+1'],
		['＝1+1'],
	])('a value starting with a formula character is written as text: %j', (value) => {
		const rows = rowsOf(renderReport([problem(value)], true));
		expect(rows[1][5]).toBe(`'${value}`);
	});

	test.each([
		['幸福小区、府前路沿线'],
		['3-5栋'],
		['QS-2026-12-101'],
		['a "quoted", comma'],
		['two\nlines'],
		['two\r\nlines'],
	])('an ordinary value is kept as it is, in one cell: %j', (value) => {
		const rows = rowsOf(renderReport([problem(value)], true));
		expect(rows).toHaveLength(2);
		expect(rows[1][5]).toBe(value);
	});

	test('a header row, one row per problem, CRLF line ends', () => {
		const report = renderReport([problem('x'), { ...problem(undefined), severity: 'warning', row: undefined }], true);
		expect(report).toBe(
			'\uFEFF级别 severity,文件 file,行 row,列 column,表头 header,值 value,原因,reason\r\n错误 error,plan.csv,3,C,停电范围,x,原因,why\r\n警告 warning,plan.csv,,C,停电范围,,原因,why\r\n',
		);
	});
});
