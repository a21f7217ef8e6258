import { stringify } from 'csv-stringify/sync';
import { describeValue, type Bilingual } from '../../schemas/errors.ts';

/** One thing wrong with (or worth a second look in) the export, located to the cell. */
export interface ImportProblem extends Bilingual {
	/** `error` refuses the whole import; `warning` is printed and the import goes on. */
	severity: 'error' | 'warning';
	/** The export file, as given on the command line. */
	file: string;
	/** The row as the spreadsheet shows it (1-based); absent for problems with the whole file. */
	row?: number;
	/** The column letter as the spreadsheet shows it, e.g. `C`. */
	column?: string;
	/** The column's header as written in the export. */
	header?: string;
	/** The cell's value as read (absent where the problem is not about one value). */
	value?: unknown;
}

/** The spreadsheet's name for the 0-based column `index`: A … Z, AA … */
export function columnLetter(index: number): string {
	let n = index + 1;
	let s = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

/** A cell value as shown in a message: quoted text, or a date/number as read. */
export function showValue(value: unknown): string {
	if (value instanceof Date)
		return Number.isNaN(value.getTime())
			? 'an invalid date'
			: `${value.toISOString().slice(0, 16).replace('T', ' ')} (Excel 日期 date)`;
	if (value === null || value === '') return '(empty 空)';
	return describeValue(typeof value === 'string' ? value.replace(/\s+/g, ' ') : value);
}

/**
 * One line per problem: `file:row column C "header": value — reason`, the reason in Chinese and English.
 * E.g. `examples/plan.csv:7 column C "停电开始时间": "2026-13-03 08:00" — 月份 13 不存在 / there is no month 13`.
 */
export function formatImportProblem(p: ImportProblem): string {
	const tag = p.severity === 'error' ? '错误 error' : '警告 warning';
	let where = p.row === undefined ? p.file : `${p.file}:${p.row}`;
	if (p.column !== undefined || p.header !== undefined) {
		where += ` column${p.column ? ` ${p.column}` : ''}${p.header !== undefined ? ` "${p.header}"` : ''}`;
	}
	const value = p.value === undefined ? '' : `: ${showValue(p.value)}`;
	return `${tag} ${where}${value} — ${p.zh} / ${p.en}`;
}

/**
 * The problems as a report staff open in Excel or WPS: CSV in UTF-8 with a byte-order mark (without it Excel reads
 * UTF-8 as the local ANSI code page and the Chinese turns to mojibake), CRLF line ends, one problem per row, columns
 * they can sort and filter by. A file name not ending in .csv gets the same lines as printed, as UTF-8 text with BOM.
 */
export function renderReport(problems: ImportProblem[], asCsv: boolean): string {
	if (!asCsv) return `\uFEFF${problems.map(formatImportProblem).join('\r\n')}\r\n`;
	const head = ['级别 severity', '文件 file', '行 row', '列 column', '表头 header', '值 value', '原因', 'reason'];
	const rows = problems.map((p) => [
		p.severity === 'error' ? '错误 error' : '警告 warning',
		p.file,
		p.row === undefined ? '' : String(p.row),
		p.column ?? '',
		p.header ?? '',
		p.value instanceof Date ? showValue(p.value) : String(p.value ?? ''),
		p.zh,
		p.en,
	]);
	// escape_formulas: a cell starting with = + - @ (or their full-width forms), a tab or a carriage return would
	// be run as a formula by Excel (OWASP "CSV injection"): it is written with a leading ' so it shows as text.
	// quoted_match: a line break of either kind inside a cell is quoted, so the row stays one row.
	return stringify([head, ...rows], {
		bom: true,
		record_delimiter: '\r\n',
		escape_formulas: true,
		quoted_match: /[\r\n]/,
	});
}
