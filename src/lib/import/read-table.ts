import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CellValue } from './datetime.ts';

/** The rows of an export, as the spreadsheet shows them. */
export interface Table {
	/** Each row's cells, left to right. */
	rows: CellValue[][];
	/** Each row's number as the spreadsheet (Excel, WPS) shows it, 1-based. */
	rowNumbers: number[];
	/** How the file was read, for the summary: e.g. `CSV, GB18030, comma-separated` or `xlsx, sheet "12月"`. */
	description: string;
}

export interface ReadOptions {
	/** Force a text encoding for CSV (any name iconv-lite knows: utf8, gb18030, gbk, utf16le…). */
	encoding?: string;
	/** The sheet of an .xlsx workbook to read; default the first. */
	sheet?: string;
}

/** A file that cannot be read as an export at all: the message says why, in both languages. */
export class ExportReadError extends Error {
	readonly en: string;
	readonly zh: string;
	constructor(en: string, zh: string) {
		super(`${en} / ${zh}`);
		this.name = 'ExportReadError';
		this.en = en;
		this.zh = zh;
	}
}

/** Reads a CSV/TSV (.csv, .tsv, .txt) or .xlsx export. */
export async function readExport(file: string, options: ReadOptions = {}): Promise<Table> {
	const ext = path.extname(file).toLowerCase();
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		throw new ExportReadError(
			missing ? 'the file does not exist' : `cannot be read (${(e as Error).message})`,
			missing ? '文件不存在' : '无法读取文件',
		);
	}
	if (ext === '.xls') {
		throw new ExportReadError(
			'is an old-style .xls workbook: save it as .xlsx (Excel/WPS: File > Save As > Excel Workbook) or as CSV',
			'是旧版 .xls 文件：请另存为 .xlsx（Excel/WPS：文件 > 另存为 > Excel 工作簿）或 CSV',
		);
	}
	const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	if (ext === '.xlsx' || isZip) return readXlsx(bytes, options);
	return readCsv(bytes, options);
}

/** The encoding of a CSV file: a byte-order mark decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030. */
export function detectEncoding(bytes: Uint8Array): { encoding: string; bom: number } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { encoding: 'utf8', bom: 0 };
	} catch {
		// Not UTF-8: Chinese Windows (and the scheduling system's export) writes GBK/GB18030; GB18030 is a superset.
		return { encoding: 'gb18030', bom: 0 };
	}
}

const ENCODING_NAMES: Record<string, string> = {
	utf8: 'UTF-8',
	gb18030: 'GB18030',
	utf16le: 'UTF-16LE',
	utf16be: 'UTF-16BE',
};

/** Decodes CSV bytes: forced encoding, or detected. */
export function decodeCsv(bytes: Buffer, forced?: string): { text: string; encoding: string } {
	if (forced) {
		if (!iconv.encodingExists(forced)) {
			throw new ExportReadError(
				`unknown encoding "${forced}" (try utf8, gb18030, gbk)`,
				`未知编码 "${forced}"（可用 utf8、gb18030、gbk）`,
			);
		}
		return { text: iconv.decode(bytes, forced).replace(/^\uFEFF/, ''), encoding: forced };
	}
	const { encoding, bom } = detectEncoding(bytes);
	return { text: iconv.decode(bytes.subarray(bom), encoding), encoding: ENCODING_NAMES[encoding] ?? encoding };
}

/** Comma or tab: whichever separates more fields in the leading lines (a title line has neither). */
export function detectDelimiter(text: string): ',' | '\t' {
	let commas = 0;
	let tabs = 0;
	for (const line of text.split(/\r?\n/, 12)) {
		commas = Math.max(commas, line.split(',').length - 1);
		tabs = Math.max(tabs, line.split('\t').length - 1);
	}
	return tabs > commas ? '\t' : ',';
}

/** Whether decoded "text" is really binary data: NULs make up more than 1 in 100 of its characters. */
export function isBinary(text: string): boolean {
	let nuls = 0;
	for (let i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) nuls++;
	return nuls * 100 > text.length;
}

function readCsv(bytes: Buffer, options: ReadOptions): Table {
	const { text, encoding } = decodeCsv(bytes, options.encoding);
	// Text with NULs all through it is binary (or UTF-16 without its byte-order mark); a stray NUL in a text is junk,
	// removed and reported with the other junk characters (see clean-cells.ts).
	if (isBinary(text)) {
		throw new ExportReadError(
			'is not a text (CSV) file: it contains binary data',
			'不是文本（CSV）文件：含有二进制数据',
		);
	}
	const delimiter = detectDelimiter(text);
	let records: string[][];
	try {
		records = parseCsv(text, {
			delimiter,
			relax_column_count: true,
			skip_empty_lines: false,
			trim: false,
		}) as string[][];
	} catch (e) {
		const err = e as Error & { lines?: number };
		throw new ExportReadError(
			`is not well-formed CSV near line ${err.lines ?? '?'}: ${err.message} (a quote opened and never closed?)`,
			`CSV 格式错误，约在第 ${err.lines ?? '?'} 行：引号未闭合或字段格式不对`,
		);
	}
	// Excel and WPS show one row per record, however many lines a quoted field spans.
	const rowNumbers = records.map((_, i) => i + 1);
	const rows: CellValue[][] = records;
	const sep = delimiter === '\t' ? 'tab-separated' : 'comma-separated';
	return { rows, rowNumbers, description: `CSV, ${encoding}, ${sep}` };
}

async function readXlsx(bytes: Buffer, options: ReadOptions): Promise<Table> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		throw new ExportReadError(
			`cannot be read as an .xlsx workbook (${(e as Error).message})`,
			'无法按 .xlsx 工作簿读取，文件可能已损坏',
		);
	}
	const names = workbook.worksheets.map((w) => w.name);
	const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
	if (!sheet) {
		throw new ExportReadError(
			options.sheet === undefined
				? 'the workbook has no sheets'
				: `has no sheet "${options.sheet}"; its sheets are: ${names.join(', ')}`,
			options.sheet === undefined
				? '工作簿中没有工作表'
				: `没有名为 "${options.sheet}" 的工作表；现有工作表：${names.join('、')}`,
		);
	}
	const rows: CellValue[][] = [];
	const rowNumbers: number[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: CellValue[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			// A merged title spans many cells; only its top-left holds the value.
			cells[col - 1] = cell.isMerged && cell.master !== cell ? null : cellValue(cell.value);
		});
		for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
		rows.push(cells);
		rowNumbers.push(rowNumber);
	});
	return { rows, rowNumbers, description: `xlsx, sheet "${sheet.name}"` };
}

/** Flattens an exceljs cell value (rich text, formula, hyperlink, shared string…) to text, number, date or null. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
	if (typeof v === 'object') {
		if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
		if ('formula' in v || 'sharedFormula' in v) {
			const result = (v as { result?: unknown }).result;
			if (result === undefined || result === null) return null;
			if (typeof result === 'object' && !(result instanceof Date)) return null;
			return result as CellValue;
		}
		if ('text' in v) {
			const t = (v as { text: unknown }).text;
			if (typeof t === 'string') return t;
			if (t && typeof t === 'object' && 'richText' in t)
				return (t as { richText: Array<{ text: string }> }).richText.map((x) => x.text).join('');
		}
		if ('error' in v) return null;
	}
	return String(v);
}
