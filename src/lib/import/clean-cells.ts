import { cleanJunk, describeJunk } from '../text/junk.ts';
import { columnLetter, type ImportProblem } from './problems.ts';
import type { Table } from './read-table.ts';

/** A cell the cleaning changed: where it is and what was removed. */
export interface CleanedCell {
	/** 0-based row index in the table. */
	rowIndex: number;
	/** 0-based column index. */
	col: number;
	/** The cell after cleaning. */
	value: string;
	/** How the removed characters are described to staff. */
	removed: ReturnType<typeof describeJunk>;
}

/**
 * The table with the invisible junk (see src/lib/text/junk.ts) removed from every text cell, and the cells that
 * changed. Exports pasted together from web pages, Word and older systems carry zero-width spaces, stray control
 * characters and byte-order marks: left in, they would stop a header or an area name from matching and reach the
 * published pages invisible. They are removed before anything reads the table, headers included.
 */
export function cleanTable(table: Table): { table: Table; cleaned: CleanedCell[] } {
	const cleaned: CleanedCell[] = [];
	const rows = table.rows.map((cells, rowIndex) =>
		cells.map((cell, col) => {
			if (typeof cell !== 'string') return cell;
			const r = cleanJunk(cell);
			if (r.removed.length > 0) cleaned.push({ rowIndex, col, value: r.text, removed: describeJunk(r.removed) });
			return r.text;
		}),
	);
	return { table: { ...table, rows }, cleaned };
}

/** One warning per cleaned cell: its row and column as the spreadsheet shows them, its header, what was removed. */
export function cleanedCellWarnings(
	file: string,
	table: Table,
	cleaned: readonly CleanedCell[],
	headerRowIndex?: number,
): ImportProblem[] {
	return cleaned.map((c) => {
		const head = headerRowIndex === undefined ? undefined : table.rows[headerRowIndex]?.[c.col];
		return {
			severity: 'warning',
			file,
			row: table.rowNumbers[c.rowIndex],
			column: columnLetter(c.col),
			header: typeof head === 'string' && head.trim() && c.rowIndex !== headerRowIndex ? head.trim() : undefined,
			value: c.value,
			en: `invisible junk removed: ${c.removed.en}; the value shown is what was imported`,
			zh: `已删除不可见的杂字符：${c.removed.zh}；所示为导入的值`,
		};
	});
}
