import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { AreaMatcher, editDistance } from '../../../src/lib/import/areas.ts';
import {
	defaultColumns,
	fieldOfHeader,
	findHeaderRow,
	headerIndex,
	defaultMapping,
	loadMappingFile,
	mappingClashes,
} from '../../../src/lib/import/mapping.ts';
import { importMappingSchema } from '../../../src/schemas/import-mapping.ts';
import { columnLetter } from '../../../src/lib/import/problems.ts';
import { detectDelimiter, detectEncoding, readExport } from '../../../src/lib/import/read-table.ts';
import { areaTreeSchema } from '../../../src/schemas/area.ts';
import { csv, HEADER, importFile, noticesIn, row, scratch, tempContent } from './import-helpers.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

describe('text exports: encodings and separators', () => {
	test('the GB18030 sample is detected as GB18030 and decoded', async () => {
		const bytes = readFileSync('examples/outage-plan-2026-12-gb18030.csv');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(detectEncoding(bytes).encoding).toBe('gb18030');
		const t = await readExport('examples/outage-plan-2026-12-gb18030.csv');
		expect(t.description).toBe('CSV, GB18030, comma-separated');
		expect(t.rows[0]).toContain('影响范围');
		expect(t.rows[3][3]).toBe('22:00-次日05:00');
	});

	test('forcing the wrong encoding garbles the headers, and the import says it cannot find them', async () => {
		const c = site();
		const r = await importFile('examples/outage-plan-2026-12-gb18030.csv', c.dir, { encoding: 'utf8' });
		expect(r.exitCode).toBe(1);
		expect(r.out).toContain('no header row found');
	});

	test('--encoding gbk reads a GBK file', async () => {
		const c = site();
		const s = scratch();
		const f = s.write('gbk.csv', iconv.encode(csv(HEADER, [row()]).slice(1), 'gbk'));
		const r = await importFile(f, c.dir, { encoding: 'gbk' });
		expect(r.exitCode).toBe(0);
		expect(r.out).toContain('CSV, gbk, comma-separated');
	});

	test.each([
		[
			'UTF-8 with BOM',
			Buffer.from(`\uFEFF${HEADER.join(',')}\r\n${row().join(',')}\r\n`, 'utf8'),
			'CSV, UTF-8, comma-separated',
		],
		[
			'UTF-8 without BOM',
			Buffer.from(`${HEADER.join(',')}\n${row().join(',')}\n`, 'utf8'),
			'CSV, UTF-8, comma-separated',
		],
		[
			'GB18030',
			iconv.encode(`${HEADER.join(',')}\r\n${row().join(',')}\r\n`, 'gb18030'),
			'CSV, GB18030, comma-separated',
		],
		['tab-separated', Buffer.from(`${HEADER.join('\t')}\n${row().join('\t')}\n`, 'utf8'), 'CSV, UTF-8, tab-separated'],
		[
			'UTF-16LE tab-separated (Excel "Unicode text")',
			Buffer.concat([
				Buffer.from([0xff, 0xfe]),
				iconv.encode(`${HEADER.join('\t')}\r\n${row().join('\t')}\r\n`, 'utf16le'),
			]),
			'CSV, UTF-16LE, tab-separated',
		],
	])('%s imports', async (_name, bytes, description) => {
		const c = site();
		const s = scratch();
		const r = await importFile(s.write('plan.csv', bytes), c.dir);
		expect(r.out).toContain(description);
		expect(r.exitCode).toBe(0);
		expect(noticesIn(c.dir).find((n) => n.id === 'qs-t-001')?.areas).toEqual(['guanmou-cun', 'guanmou-jie']);
	});

	test('quoted fields with line breaks: rows are numbered as the spreadsheet shows them', async () => {
		const c = site();
		const s = scratch();
		const f = s.write(
			'nl.csv',
			csv(HEADER, [row({ 检修内容: '更换电杆\n并调试' }), row({ 计划编号: 'QS-T-002', 联系电话: 'bad' })]),
		);
		const r = await importFile(f, c.dir);
		expect(r.out).toContain('nl.csv:3 column I "联系电话": "bad"');
		const t = await readExport(f);
		expect(t.rows[1][6]).toBe('更换电杆\n并调试');
	});

	test.each([
		['a,b,c\n1,2,3', ','],
		['a\tb\tc\n1\t2\t3', '\t'],
		['标题\na\tb,c\td\n', '\t'],
		['标题一行\n\n计划编号,停电开始时间\n', ','],
	])('delimiter of %j is %j', (text, d) => {
		expect(detectDelimiter(text)).toBe(d);
	});
});

/** A workbook as staff make one: title rows, a header, then the given rows. */
async function workbook(
	titleRows: string[],
	header: string[],
	rows: ExcelJS.CellValue[][],
	setup?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('说明').addRow(['这一页是填表说明，不是计划']);
	const ws = wb.addWorksheet('计划');
	for (const t of titleRows) {
		const r = ws.addRow([t]);
		ws.mergeCells(r.number, 1, r.number, header.length);
	}
	ws.addRow(header);
	for (const r of rows) ws.addRow(r);
	setup?.(ws);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

const XHEADER = [
	'工单号',
	'计划类型',
	'停电日期',
	'开始时间',
	'结束时间',
	'线路名称',
	'停电范围',
	'施工内容',
	'供电单位',
	'联系电话',
];
// 2026-12-08 is serial 46364.
const D = 46364;

describe('.xlsx exports', () => {
	test('two merged title rows, serial dates and times, text cells among date cells, formulas, rich text, empty trailing rows', async () => {
		const c = site();
		const s = scratch();
		const bytes = await workbook(
			['青山县供电局2026年12月计划停电表', '（2026年11月25日制表）'],
			XHEADER,
			[
				// Date cell + time cells (fractions of a day), formatted as Excel would.
				[
					'X-1',
					'计划',
					new Date(Date.UTC(2026, 11, 8)),
					new Date(Date.UTC(1899, 11, 30, 8)),
					new Date(Date.UTC(1899, 11, 30, 17, 30)),
					'10kV 关牟线',
					'关牟村1-5组',
					'更换电杆',
					'关牟供电所',
					'0839-5550141',
				],
				// Raw serial numbers without a date format.
				['X-2', '临时', D + 1, 22 / 24, 6 / 24, '10kV 茶园线', '茶园村', '消缺', '石桥供电所', 8395550142],
				// Text among the date cells; a formula; rich text.
				[
					'X-3',
					'计划',
					'2026年12月10日',
					'8时30分',
					{ formula: 'TEXT(12/24,"hh:mm")', result: '12:00' },
					{ richText: [{ text: '10kV ' }, { text: '白云线', font: { bold: true } }] },
					'白云村、松林村',
					'更换变压器',
					'关牟供电所',
					'0839-5550141',
				],
				['', null, null, null, null, null, null, null, null, null],
				[null, null, null],
			],
			(ws) => {
				ws.getColumn(3).numFmt = 'yyyy-mm-dd';
				ws.getCell('D4').numFmt = 'hh:mm';
				ws.getCell('E4').numFmt = 'hh:mm';
				for (let r = 8; r < 12; r++) ws.getCell(`C${r}`).numFmt = 'yyyy-mm-dd';
			},
		);
		const f = s.write('plan.xlsx', bytes);
		const r = await importFile(f, c.dir, { sheet: '计划' });
		expect(r.out).toContain('表头 Header row 3');
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(r.exitCode).toBe(0);
		const byId = new Map(noticesIn(c.dir).map((n) => [n.id, n]));
		expect([byId.get('x-1')?.start, byId.get('x-1')?.end]).toEqual([
			'2026-12-08T08:00:00+08:00',
			'2026-12-08T17:30:00+08:00',
		]);
		expect([byId.get('x-2')?.start, byId.get('x-2')?.end]).toEqual([
			'2026-12-09T22:00:00+08:00',
			'2026-12-10T06:00:00+08:00',
		]);
		expect(byId.get('x-2')?.unit.phone).toBe('8395550142');
		expect(byId.get('x-2')?.kind).toBe('temporary');
		expect([byId.get('x-3')?.start, byId.get('x-3')?.end]).toEqual([
			'2026-12-10T08:30:00+08:00',
			'2026-12-10T12:00:00+08:00',
		]);
		expect(byId.get('x-3')?.line.zh).toBe('10kV 白云线');
	});

	test('the first sheet by default: here the notes sheet, which has no header', async () => {
		const c = site();
		const s = scratch();
		const f = s.write(
			'plan.xlsx',
			await workbook([], XHEADER, [
				['X-1', '计划', D, 8 / 24, 12 / 24, '10kV 关牟线', '关牟村', '检修', '关牟供电所', '0839-5550141'],
			]),
		);
		const r = await importFile(f, c.dir);
		expect(r.out).toContain('no header row found');
		expect((await importFile(f, c.dir, { sheet: '计划' })).exitCode).toBe(0);
	});

	test('the sample .xlsx: merged title, serial dates, a text date, trailing formatted rows', async () => {
		const t = await readExport('examples/outage-plan-2026-12.xlsx');
		expect(t.rows[0][0]).toBe('青山县供电局2026年12月计划停电表');
		expect(t.rowNumbers[2]).toBe(3);
		expect(t.rows[3][2]).toBeInstanceOf(Date);
		expect(t.rows[5][2]).toBe('2026年12月10日 22时00分');
	});
});

describe('header mapping', () => {
	const index = headerIndex(defaultMapping);
	test.each(Object.entries(defaultColumns).flatMap(([field, names]) => names.map((n) => [n, field])))(
		'%s → %s',
		(header, field) => {
			expect(fieldOfHeader(header, index)).toBe(field);
		},
	);
	test.each([
		['停电开始时间（必填）', 'start'],
		[' 停电 开始时间 ', 'start'],
		['*联系电话', 'phone'],
		['Start Time', 'start'],
		['涉及村（社区）', 'areas'],
	])('%j → %s (spaces, case, notes in brackets ignored)', (header, field) => {
		expect(fieldOfHeader(header, index)).toBe(field);
	});
	test('a mapping file adds names; replaceColumns replaces them', () => {
		const added = headerIndex({ ...defaultMapping, columns: { start: '开工时间' } });
		expect(fieldOfHeader('开工时间', added)).toBe('start');
		expect(fieldOfHeader('停电开始时间', added)).toBe('start');
		const replaced = headerIndex({ ...defaultMapping, columns: { start: ['开工时间'] }, replaceColumns: true });
		expect(fieldOfHeader('停电开始时间', replaced)).toBeUndefined();
	});
	// Before the fix the defaults claimed their names first, so a mapping file could not take one of them.
	test.each([
		['a header the defaults give start, mapped to window', { window: '开始时间' }, '开始时间', 'window'],
		['a default header of end, mapped to start (written differently)', { start: ' 结束 时间 ' }, '结束时间', 'start'],
		['an English default header, mapped to reason', { reason: ['Work', 'Notes'] }, 'work', 'reason'],
	])('the mapping file wins: %s', (_, columns, header, field) => {
		const index = headerIndex(importMappingSchema.parse({ columns }));
		expect(fieldOfHeader(header, index)).toBe(field);
		// The other defaults stay: the field that lost the header keeps its other names.
		expect(fieldOfHeader('停电开始时间', index)).toBe('start');
	});
	test('a mapping file that takes a default header: the export reads the column as the mapped field', () => {
		const index = headerIndex(importMappingSchema.parse({ columns: { window: '开始时间', date: '日期' } }));
		const h = findHeaderRow([['计划编号', '日期', '开始时间']], index);
		expect([...(h?.columns.values() ?? [])].map((c) => [c.header, c.field])).toEqual([
			['计划编号', 'sourceId'],
			['日期', 'date'],
			['开始时间', 'window'],
		]);
	});
	test('the built-in names give no header to two fields', () => {
		const all = Object.values(defaultColumns)
			.flat()
			.map((n) => n.toLowerCase().replace(/\s+/g, ''));
		expect(all.length).toBe(new Set(all).size);
		expect(mappingClashes(importMappingSchema.parse({ columns: defaultColumns }))).toEqual([]);
	});
	test.each([
		['one header under two fields', { window: '开始时间', start: '开始时间' }, [['开始时间', 'window', 'start']]],
		['the same header written differently', { line: ['设备', 'Line'], scope: ' line ' }, [['line', 'line', 'scope']]],
		['a header listed twice under one field is no clash', { line: ['设备', '设备'] }, []],
	])('a mapping file with %s', (_, columns, expected) => {
		const s = scratch();
		const file = s.write('mapping.json', JSON.stringify({ columns }));
		const r = loadMappingFile(file);
		if (expected.length === 0) return expect(r.ok).toBe(true);
		expect(r.ok).toBe(false);
		expect(r.ok ? [] : r.problems).toEqual(
			expected.map(([header, a, b]) => ({
				where: `${file} > columns.${b}`,
				en: `the header "${header}" is given to both "${a}" and "${b}": a column can fill one field only; keep it under one of them`,
				zh: `表头 "${header}" 同时对应字段 "${a}" 和 "${b}"：一列只能填一个字段，请只保留其中一处`,
			})),
		);
	});
	test('the header row is found below title rows', () => {
		const h = findHeaderRow([['标题'], [null], ['计划编号', '停电开始时间', '备注']], index);
		expect(h?.rowIndex).toBe(2);
		expect(h?.unmapped).toEqual(['备注']);
	});
	test('a mapping file (the one in examples/) lets an export with other headers and types import', async () => {
		const c = site();
		const s = scratch();
		const f = s.write(
			'odd.csv',
			csv(
				['单号', '停电类型', '开工时间', '送电', ...HEADER.slice(4)],
				[[row()[0], '故障抢修', '2026-12-08 08:00', '2026-12-08 12:00', ...row().slice(4)]],
			),
		);
		expect((await importFile(f, c.dir)).exitCode).toBe(1);
		const r = await importFile(f, c.dir, { mappingFile: 'examples/mapping-example.json' });
		expect(r.exitCode).toBe(0);
		expect(noticesIn(c.dir).find((n) => n.id === 'qs-t-001')?.kind).toBe('temporary');
	});
	test("docs/importer.md's mapping table lists exactly the built-in header names", () => {
		const doc = readFileSync('docs/importer.md', 'utf8');
		for (const [field, names] of Object.entries(defaultColumns)) {
			const line = doc.split('\n').find((l) => new RegExp(`^\\|\\s*\`${field}\`\\s*\\|`).test(l));
			expect(line?.split('|')[2].trim(), field).toBe(names.join('、'));
		}
	});
	test.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('column %i is %s', (i, l) => {
		expect(columnLetter(i)).toBe(l);
	});
});

describe('areas from the scope text', () => {
	const tree = areaTreeSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8')));
	const matcher = new AreaMatcher(flattenAreaTree(tree).areas);
	test.each([
		['关牟村1-5组、关牟街', ['guanmou-cun', 'guanmou-jie'], []],
		['东郊村3组、4组', ['dongjiao'], []],
		['滨河花园、滨河路沿线商铺', ['binhe'], []],
		['莲花村和桃源村', ['lianhua', 'taoyuan'], []],
		['石桥镇', ['shiqiao'], []],
		['石桥街', ['shiqiao-jie'], []],
		['幸福小区；幸福花园', ['xingfu'], []],
		['府前路沿线', [], ['府前路沿线']],
		['关牟村、亚特兰蒂斯', ['guanmou-cun'], ['亚特兰蒂斯']],
	])('%s', (text, ids, unmatched) => {
		const m = matcher.matchScope(text);
		expect(m.ids).toEqual(ids);
		expect(m.unmatched.map((u) => u.text)).toEqual(unmatched);
	});
	test.each([
		['府前路', '府前社区'],
		['关某村', '关牟村'],
		['白云', '白云寨'],
		['松材村', '松林村'],
	])('"%s" suggests %s', (text, name) => {
		expect(matcher.closest(text)).toContain(name);
	});
	test('area column: names, aliases, English names and ids', () => {
		expect(matcher.matchList('白云村、songlin, Heping Village').ids).toEqual(['baiyun', 'songlin', 'heping']);
	});
	test.each([
		['', '', 0],
		['abc', 'abc', 0],
		['关牟村', '关某村', 1],
		['kitten', 'sitting', 3],
	])('edit distance %j %j = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
});
