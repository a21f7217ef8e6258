/**
 * The importer's warnings, module by module: short notice (only for what this import adds, moves or reinstates),
 * windows over 12 hours, windows overlapping on one line, and the cells cleaned of invisible junk. Each warning
 * asserted whole, both languages. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import { cleanedCellWarnings, cleanTable } from '../../../src/lib/import/clean-cells.ts';
import type { NoticeChange } from '../../../src/lib/import/merge.ts';
import type { ImportedRow } from '../../../src/lib/import/rows.ts';
import { exportWarnings, LONG_WINDOW_HOURS } from '../../../src/lib/import/warnings.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { validNotice } from '../helpers.ts';

const site = () =>
	siteSchema.parse({
		name: { zh: '供电局' },
		hotline: '95598',
		baseUrl: 'https://power.example.org',
		leadTimeHours: { planned: 168, temporary: 24, other: 0 },
	});
/** A row of `plan.csv` for line `line`, from `start` to `end` (local times, +08:00), published at the import. */
const row = (
	n: number,
	id: string,
	start: string,
	end: string,
	line = '10kV 关牟线',
	more: Partial<Notice> = {},
): ImportedRow => ({
	row: n,
	id,
	keyedBySourceId: true,
	idCell: {},
	notice: validNotice({
		id,
		start: `${start}:00+08:00`,
		end: `${end}:00+08:00`,
		line: { zh: line },
		publishedAt: '2026-12-01T10:00:00+08:00',
		updatedAt: '2026-12-01T10:00:00+08:00',
		history: [{ revision: 1, at: '2026-12-01T10:00:00+08:00', event: 'published' }],
		...more,
	}),
});
const change = (type: NoticeChange['type'], r: ImportedRow, withRow = true): NoticeChange => ({
	type,
	id: r.id,
	...(withRow ? { row: r.row } : {}),
	after: r.notice,
	fields: [],
});

describe('short notice', () => {
	it.each([
		['added', 'warned'],
		['rescheduled', 'warned'],
		['reinstated', 'warned'],
		['amended', 'not warned'],
		['cancelled', 'not warned'],
		['restored', 'not warned'],
	] as const)('a change of type %s: %s', (type, warned) => {
		const r = row(3, 'qs-1', '2026-12-03T08:00', '2026-12-03T12:00');
		const out = exportWarnings('plan.csv', [r], [change(type, r)], site());
		expect(out.length).toBe(warned === 'warned' ? 1 : 0);
	});

	it('says which notice, when, how much notice it gives and how much its kind needs', () => {
		const r = row(3, 'qs-1', '2026-12-03T08:00', '2026-12-03T12:00');
		expect(exportWarnings('plan.csv', [r], [change('added', r)], site())).toEqual([
			{
				severity: 'warning',
				file: 'plan.csv',
				row: 3,
				en: 'short notice: qs-1 starts 2026-12-03 08:00, 46 h after this import; planned outages need 168 h',
				zh: '通知时间不足：qs-1 于 2026-12-03 08:00 停电，距本次导入仅 46 小时，此类停电须提前 168 小时公告',
			},
		]);
	});

	it.each([
		['exactly the lead time', '2026-12-08T10:00', 0],
		['a minute short', '2026-12-08T09:59', 1],
	])('%s: %i warning', (_what, start, count) => {
		const r = row(3, 'qs-1', start, '2026-12-08T12:00');
		expect(exportWarnings('plan.csv', [r], [change('added', r)], site())).toHaveLength(count);
	});

	it('a change without a row of its own takes the row of its id', () => {
		const r = row(7, 'qs-1', '2026-12-03T08:00', '2026-12-03T12:00');
		expect(exportWarnings('plan.csv', [r], [change('rescheduled', r, false)], site())[0].row).toBe(7);
		expect(exportWarnings('plan.csv', [], [change('rescheduled', r, false)], site())[0].row).toBeUndefined();
	});

	it('other works need no lead time', () => {
		const r = row(3, 'qs-1', '2026-12-01T12:00', '2026-12-01T13:00', undefined, { kind: 'other' });
		expect(exportWarnings('plan.csv', [r], [change('added', r)], site())).toEqual([]);
	});
});

describe('long windows', () => {
	it.each([
		['exactly 12 hours', '2026-12-20T06:00', '2026-12-20T18:00', []],
		[
			'12 hours and a minute',
			'2026-12-20T06:00',
			'2026-12-20T18:01',
			[
				{
					severity: 'warning',
					file: 'plan.csv',
					row: 4,
					en: 'the outage lasts 12 h (2026-12-20 06:00 to 2026-12-20 18:01): over 12 h, check the dates',
					zh: '停电时长 12 小时（2026-12-20 06:00 至 2026-12-20 18:01），超过 12 小时，请核对日期',
				},
			],
		],
		[
			'a day by a typo in the date',
			'2026-12-20T08:00',
			'2026-12-21T09:30',
			[
				{
					severity: 'warning',
					file: 'plan.csv',
					row: 4,
					en: 'the outage lasts 25.5 h (2026-12-20 08:00 to 2026-12-21 09:30): over 12 h, check the dates',
					zh: '停电时长 25.5 小时（2026-12-20 08:00 至 2026-12-21 09:30），超过 12 小时，请核对日期',
				},
			],
		],
	])('%s', (_what, start, end, expected) => {
		expect(exportWarnings('plan.csv', [row(4, 'qs-1', start, end)], [], site())).toEqual(expected);
		expect(LONG_WINDOW_HOURS).toBe(12);
	});
});

describe('windows overlapping on one line', () => {
	const overlap = (n: number, first: number, line: string, start: string, end: string) => ({
		severity: 'warning',
		file: 'plan.csv',
		row: n,
		en: `overlaps row ${first} on the same line ${line} (${start} to ${end}): one outage listed twice?`,
		zh: `与第 ${first} 行同一线路 ${line} 的停电时间重叠（${start} 至 ${end}）：是否重复填报？`,
	});

	it('reports each window that starts before the latest end so far on its line, in start order', () => {
		const rows = [
			row(5, 'c', '2026-12-20T10:00', '2026-12-20T11:00'),
			row(3, 'a', '2026-12-20T08:00', '2026-12-20T12:00'),
			row(4, 'b', '2026-12-20T12:00', '2026-12-20T13:00'),
			row(6, 'd', '2026-12-20T12:30', '2026-12-20T14:00'),
		];
		expect(exportWarnings('plan.csv', rows, [], site())).toEqual([
			overlap(5, 3, '10kV 关牟线', '2026-12-20 08:00', '2026-12-20 12:00'),
			overlap(6, 4, '10kV 关牟线', '2026-12-20 12:00', '2026-12-20 13:00'),
		]);
	});

	it('the same line however it is spaced or written; other lines apart', () => {
		const rows = [
			row(3, 'a', '2026-12-20T08:00', '2026-12-20T12:00', '10kV 关牟线'),
			row(4, 'b', '2026-12-20T09:00', '2026-12-20T10:00', '１０ｋＶ  关牟线'),
			row(5, 'c', '2026-12-20T09:00', '2026-12-20T10:00', '10kV 白云线'),
		];
		expect(exportWarnings('plan.csv', rows, [], site())).toEqual([
			overlap(4, 3, '１０ｋＶ  关牟线', '2026-12-20 08:00', '2026-12-20 12:00'),
		]);
	});

	it('equal starts: by row; a window ending where the next starts does not overlap', () => {
		const rows = [
			row(9, 'b', '2026-12-20T08:00', '2026-12-20T09:00'),
			row(8, 'a', '2026-12-20T08:00', '2026-12-20T10:00'),
			row(10, 'c', '2026-12-20T10:00', '2026-12-20T11:00'),
		];
		expect(exportWarnings('plan.csv', rows, [], site())).toEqual([
			overlap(9, 8, '10kV 关牟线', '2026-12-20 08:00', '2026-12-20 10:00'),
		]);
	});
});

describe('cells cleaned of invisible junk', () => {
	const table = () => ({
		rows: [['标题'], ['计划编号', '停\u200b电范围', 7], ['QS-1', '关牟村\u00001组', null], ['\ufeffQS-2', '白云村', 3]],
		rowNumbers: [1, 2, 3, 4],
		description: 'CSV',
	});

	it('cleans every text cell, headers included, and leaves other cells as they are', () => {
		const { table: t, cleaned } = cleanTable(table());
		expect(t.rows).toEqual([['标题'], ['计划编号', '停电范围', 7], ['QS-1', '关牟村1组', null], ['QS-2', '白云村', 3]]);
		expect(t.rowNumbers).toEqual([1, 2, 3, 4]);
		expect(t.description).toBe('CSV');
		expect(cleaned.map((c) => [c.rowIndex, c.col, c.value])).toEqual([
			[1, 1, '停电范围'],
			[2, 1, '关牟村1组'],
			[3, 0, 'QS-2'],
		]);
	});

	it('one warning per cleaned cell, at its row and column, under its header (not for the header itself)', () => {
		const t = table();
		const { cleaned } = cleanTable(t);
		const warnings = cleanedCellWarnings('plan.csv', t, cleaned, 1);
		expect(warnings[1]).toEqual({
			severity: 'warning',
			file: 'plan.csv',
			row: 3,
			column: 'B',
			header: '停\u200b电范围',
			value: '关牟村1组',
			en: 'invisible junk removed: U+0000 NULL at character 4 (a control character: invisible, and feeds (XML) cannot carry it); the value shown is what was imported',
			zh: '已删除不可见的杂字符：U+0000 NULL（在第 4 个字符；控制字符：不可见，订阅源（XML）无法承载）；所示为导入的值',
		});
		expect(warnings.map((w) => [w.row, w.column, w.header])).toEqual([
			[2, 'B', undefined],
			[3, 'B', '停\u200b电范围'],
			[4, 'A', '计划编号'],
		]);
		expect(cleanedCellWarnings('plan.csv', t, cleaned).map((w) => w.header)).toEqual([undefined, undefined, undefined]);
	});

	it('a header that is not text, or blank, is no header', () => {
		const t = {
			rows: [
				[' ', 5],
				['a\u0000', 'b\u0000'],
			],
			rowNumbers: [1, 2],
			description: 'CSV',
		};
		const { cleaned } = cleanTable(t);
		expect(cleanedCellWarnings('plan.csv', t, cleaned, 0).map((w) => w.header)).toEqual([undefined, undefined]);
	});
});
