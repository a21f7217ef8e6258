import { describe, expect, test } from 'vitest';
import type { CellValue } from '../../../src/lib/import/datetime.ts';
import { defaultMapping } from '../../../src/lib/import/mapping.ts';
import { textOf } from '../../../src/lib/import/rows.ts';
import type { ImportMapping } from '../../../src/schemas/import-mapping.ts';
import type { Area } from '../../../src/schemas/area.ts';
import { UnitDirectory } from '../../../src/lib/units/directory.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { HEADER, NOW, readTable } from './import-helpers.ts';

// Reading export rows into notices, straight from cells (no file, no content folder): what each row becomes, and
// every problem it has, located to the cell.

const area = (id: string, zh: string, aliases: string[] = []): Area => ({
	id,
	kind: 'village',
	name: { zh },
	aliases,
	depth: 2,
	parent: 't',
	ancestors: ['d', 't'],
	children: [],
});
const areas = new Map(
	[
		area('guanmou-cun', '关牟村', ['关牟']),
		area('guanmou-jie', '关牟街社区', ['关牟街']),
		area('baiyun', '白云村'),
	].map((a) => [a.id, a]),
);
const unit = (id: string, zh: string, phone: string | undefined, otherNames: string[] = []): Unit => ({
	id,
	name: { zh },
	otherNames,
	phones: phone ? [{ number: phone }] : [],
	address: { zh: '地址' },
	hours: { zh: '8:30–17:30' },
	areas: ['t'],
	services: [],
});
const units = () =>
	new UnitDirectory([
		unit('guanmou', '关牟供电所', '0839-5550141', ['青山县供电局关牟供电所']),
		unit('baiyun', '白云供电所', '0839-5550150'),
		unit('xinjian', '新建供电所', undefined),
	]);
const good = (): CellValue[] => [
	'QS-1',
	'计划',
	'2026-12-08 08:00',
	'2026-12-08 17:30',
	'10kV 关牟线',
	'关牟村1-5组、关牟街',
	'更换老旧电杆',
	'关牟供电所',
	'0839-5550141',
];

/** Reads `rows` under `header` (the first row), as the import does. */
const read = (header: CellValue[], rows: CellValue[][], mapping?: ImportMapping) =>
	readTable(header, rows, { areas, units: units(), mapping });
/** One row under HEADER with some cells changed (by header). */
const one = (cells: Record<string, CellValue>) =>
	read(HEADER, [HEADER.map((h, i) => (h in cells ? cells[h] : good()[i]))]);
const located = (r: ReturnType<typeof read>) => r.problems.map((p) => [p.severity, p.row, p.column, p.header, p.en]);

describe('a good row becomes the notice it would first publish', () => {
	test('every field, keyed by its plan number', () => {
		const r = read(HEADER, [good()]);
		expect(r.problems).toEqual([]);
		expect(r.rows).toEqual([
			{
				row: 2,
				id: 'qs-1',
				sourceId: 'QS-1',
				keyedBySourceId: true,
				idCell: { column: 'A', header: '计划编号' },
				notice: {
					id: 'qs-1',
					sourceId: 'QS-1',
					kind: 'planned',
					lifecycle: 'published',
					start: '2026-12-08T08:00:00+08:00',
					end: '2026-12-08T17:30:00+08:00',
					areas: ['guanmou-cun', 'guanmou-jie'],
					scope: { zh: '关牟村1-5组、关牟街' },
					line: { zh: '10kV 关牟线' },
					reason: { zh: '更换老旧电杆' },
					unit: { id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550141' },
					publishedAt: NOW,
					updatedAt: NOW,
					revision: 1,
					history: [{ revision: 1, at: NOW, event: 'published' }],
				},
			},
		]);
	});

	test('without a plan number: keyed by day, line and scope, the scope cell named for it', () => {
		const r = one({ 计划编号: '' });
		expect(r.rows[0]).toMatchObject({
			id: expect.stringMatching(/^imp-20261208-[0-9a-f]{8}$/),
			sourceId: undefined,
			keyedBySourceId: false,
			idCell: { column: 'F', header: '停电范围' },
		});
		expect(r.rows[0].notice).not.toHaveProperty('sourceId');
	});

	test('line breaks inside cells: the scope lists with 、, other texts join with a space; phone in half-width', () => {
		const r = one({
			停电范围: '关牟村\r\n 关牟街',
			停电线路: '10kV\n关牟线',
			检修内容: '更换电杆\n并调试',
			供电所: '关牟\n供电所',
			联系电话: '０８３９－５５５０１４１',
		});
		expect(r.rows[0].notice).toMatchObject({
			scope: { zh: '关牟村、关牟街' },
			line: { zh: '10kV 关牟线' },
			reason: { zh: '更换电杆 并调试' },
			unit: { id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550141' },
		});
	});

	test.each([
		['计划', 'planned'],
		['临时停电', 'temporary'],
		['抢修作业', 'temporary'],
		['其他停运', 'other'],
		[' Planned ', 'planned'],
		['', 'planned'],
	])('outage type %j is %s', (text, kind) => {
		expect(one({ 停电类型: text }).rows[0]?.notice.kind).toBe(kind);
	});

	test("a mapping file's default type applies where the cell is empty", () => {
		const r = read(HEADER, [HEADER.map((h, i) => (h === '停电类型' ? '' : good()[i]))], {
			...defaultMapping,
			defaultKind: 'temporary',
		});
		expect(r.rows[0].notice.kind).toBe('temporary');
	});
});

describe('rows that are not plans', () => {
	test('blank rows, a repeated header and a note below the plans are skipped; only the note is mentioned', () => {
		const r = read(HEADER, [[null, '', '  '], good(), [...HEADER], ['制表人：张三', null], []]);
		expect(r.rows.map((x) => x.row)).toEqual([3]);
		expect(r.problems).toEqual([
			{
				severity: 'warning',
				file: 'plan.csv',
				row: 5,
				column: 'A',
				value: '制表人：张三',
				en: 'only one cell filled: read as a note and skipped',
				zh: '仅填写了一个单元格：视为备注，已跳过',
			},
		]);
	});

	test('one filled cell before any plan, or not in the first column, is a row with its problems', () => {
		const first = read(HEADER, [['QS-9'], good()]);
		expect(first.rows.map((x) => x.row)).toEqual([3]);
		expect(first.problems.some((p) => p.row === 2 && p.severity === 'error')).toBe(true);
		const notFirstColumn = read(HEADER, [good(), [null, '计划']]);
		expect(notFirstColumn.problems.some((p) => p.row === 3 && p.severity === 'error')).toBe(true);
		const aNumber = read(HEADER, [good(), [12345]]);
		expect(aNumber.problems.some((p) => p.row === 3 && p.severity === 'error')).toBe(true);
	});
});

describe('every problem of a row, located to its cell', () => {
	test.each([
		[
			'an unknown outage type',
			{ 停电类型: '停工' },
			[
				[
					'error',
					2,
					'B',
					'停电类型',
					expect.stringMatching(/^is not a known outage type; known: 计划、.*临时.*\(a mapping file can add more\)$/),
				],
			],
		],
		[
			'an unknown place and no known one',
			{ 停电范围: '火星村3组' },
			[
				[
					'error',
					2,
					'F',
					'停电范围',
					'"火星村3组" names no known area; closest: 关牟村, 白云村, 关牟. Correct the name, or add it to content/areas.json as an alias',
				],
			],
		],
		[
			'a scope naming no area at all',
			{ 停电范围: '3组' },
			[
				[
					'error',
					2,
					'F',
					'停电范围',
					'names no known area: every notice needs at least one area from content/areas.json',
				],
			],
		],
		[
			'an empty scope',
			{ 停电范围: '' },
			[
				[
					'error',
					2,
					'F',
					'停电范围',
					'the scope is empty and no area is given: residents could not tell who is affected',
				],
			],
		],
		['a bad phone', { 联系电话: 'call us' }, [['error', 2, 'I', '联系电话', expect.any(String)]]],
		['an empty start', { 停电开始时间: '' }, [['error', 2, 'C', '停电开始时间', 'is empty: when does power go off?']]],
		['an empty end', { 停电结束时间: null }, [['error', 2, 'D', '停电结束时间', 'is empty: when is power back?']]],
		[
			'both empty',
			{ 停电开始时间: '', 停电结束时间: '' },
			[
				['error', 2, 'C', '停电开始时间', 'is empty: when does power go off?'],
				['error', 2, 'D', '停电结束时间', 'is empty: when is power back?'],
			],
		],
		[
			'an unreadable start',
			{ 停电开始时间: '2026-12-32 08:00' },
			[['error', 2, 'C', '停电开始时间', '2026-12 has no day 32']],
		],
		[
			'an unreadable end',
			{ 停电结束时间: '明天' },
			[['error', 2, 'D', '停电结束时间', 'is not a date or time such as 2026-12-03 08:00']],
		],
		[
			'a time without a date',
			{ 停电开始时间: '08:00' },
			[['error', 2, 'C', '停电开始时间', 'has a time but no date, and there is no date column']],
		],
		[
			'a start without a time',
			{ 停电开始时间: '2026-12-08' },
			[['error', 2, 'C', '停电开始时间', 'has a date but no time: when on that day does power go off?']],
		],
		[
			'an end without a time',
			{ 停电结束时间: '2026-12-08' },
			[['error', 2, 'D', '停电结束时间', 'has a date but no time: when on that day is power back?']],
		],
		[
			'an end before the start, both dated',
			{ 停电结束时间: '2026-12-07 17:30' },
			[['error', 2, 'D', '停电结束时间', 'the end is not after the start']],
		],
		[
			'an end equal to the start',
			{ 停电结束时间: '2026-12-08 08:00' },
			[['error', 2, 'D', '停电结束时间', 'the end is not after the start']],
		],
	])('%s', (_, cells, problems) => {
		const r = one(cells);
		expect(r.rows).toEqual([]);
		expect(located(r)).toEqual(problems);
		for (const p of r.problems) expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
	});

	test('three problems on one row are all listed, the cell values with them', () => {
		const r = one({ 停电开始时间: '2026-12-32 08:00', 停电范围: '关牟村、火星村', 联系电话: 'call us' });
		expect(r.problems.map((p) => [p.header, p.value])).toEqual([
			['停电开始时间', '2026-12-32 08:00'],
			['停电范围', '关牟村、火星村'],
			['联系电话', 'call us'],
		]);
	});
});

describe('when: the forms a window takes across columns', () => {
	const at = (r: ReturnType<typeof read>) => [r.rows[0]?.notice.start, r.rows[0]?.notice.end];
	test.each([
		[
			"an end time alone: the start's day",
			{ 停电结束时间: '17:30' },
			['2026-12-08T08:00:00+08:00', '2026-12-08T17:30:00+08:00'],
			[],
		],
		[
			'24:00: midnight ending the day',
			{ 停电结束时间: '24:00' },
			['2026-12-08T08:00:00+08:00', '2026-12-09T00:00:00+08:00'],
			[],
		],
		[
			'次日',
			{ 停电开始时间: '2026-12-08 22:00', 停电结束时间: '次日06:00' },
			['2026-12-08T22:00:00+08:00', '2026-12-09T06:00:00+08:00'],
			[],
		],
		[
			'overnight without 次日: a warning',
			{ 停电开始时间: '2026-12-08 22:00', 停电结束时间: '06:00' },
			['2026-12-08T22:00:00+08:00', '2026-12-09T06:00:00+08:00'],
			[
				[
					'warning',
					2,
					'D',
					'停电结束时间',
					'ends before it starts on the same day: read as ending the next day (write 次日 to say so)',
				],
			],
		],
		[
			'a start on the next day',
			{ 停电开始时间: '2026-12-08 次日01:00', 停电结束时间: '05:00' },
			['2026-12-09T01:00:00+08:00', '2026-12-09T05:00:00+08:00'],
			[],
		],
		[
			'no year: a warning per cell',
			{ 停电开始时间: '12月8日 08:00', 停电结束时间: '12月8日 17:30' },
			['2026-12-08T08:00:00+08:00', '2026-12-08T17:30:00+08:00'],
			[
				['warning', 2, 'C', '停电开始时间', 'no year given: read as 2026'],
				['warning', 2, 'D', '停电结束时间', 'no year given: read as 2026'],
			],
		],
		[
			'Excel date cells at 00:00 are midnight',
			{ 停电开始时间: new Date(Date.UTC(2026, 11, 8)), 停电结束时间: new Date(Date.UTC(2026, 11, 8, 6)) },
			['2026-12-08T00:00:00+08:00', '2026-12-08T06:00:00+08:00'],
			[],
		],
		[
			'an Excel serial',
			{ 停电开始时间: 46364 + 8 / 24, 停电结束时间: 46364.5 },
			['2026-12-08T08:00:00+08:00', '2026-12-08T12:00:00+08:00'],
			[],
		],
	])('%s', (_, cells, window, problems) => {
		const r = one(cells);
		expect(at(r)).toEqual(window);
		expect(located(r)).toEqual(problems);
	});

	const DATED = ['计划编号', '停电日期', '停电时间', '停电线路', '停电范围', '检修内容', '供电所', '联系电话'];
	const dated = (date: CellValue, window: CellValue) =>
		read(DATED, [['QS-1', date, window, '10kV 关牟线', '关牟村', '更换老旧电杆', '关牟供电所', '0839-5550141']]);
	test.each([
		[
			'a date and a window',
			'2026-12-08',
			'08:00-17:30',
			['2026-12-08T08:00:00+08:00', '2026-12-08T17:30:00+08:00'],
			[],
		],
		[
			'a window across midnight',
			'2026-12-08',
			'22:00-次日06:00',
			['2026-12-08T22:00:00+08:00', '2026-12-09T06:00:00+08:00'],
			[],
		],
		[
			'a window with its own date',
			'',
			'2026-12-09 08:00-12:00',
			['2026-12-09T08:00:00+08:00', '2026-12-09T12:00:00+08:00'],
			[],
		],
		[
			'a date without a year',
			'12月8日',
			'08:00-12:00',
			['2026-12-08T08:00:00+08:00', '2026-12-08T12:00:00+08:00'],
			[['warning', 2, 'B', '停电日期', 'no year given: read as 2026']],
		],
		[
			'an unreadable window',
			'2026-12-08',
			'上午',
			[undefined, undefined],
			[['error', 2, 'C', '停电时间', 'is not a time window such as 08:00-17:30 or 22:00-次日06:00']],
		],
		[
			'a time in the date column',
			'08:00',
			'08:00-12:00',
			[undefined, undefined],
			[['error', 2, 'B', '停电日期', 'is a time, not a date']],
		],
		[
			'an unreadable date',
			'2026-13-01',
			'08:00-12:00',
			[undefined, undefined],
			[['error', 2, 'B', '停电日期', 'there is no month 13']],
		],
		[
			'no window',
			'2026-12-08',
			'',
			[undefined, undefined],
			[
				['error', 2, 'C', '停电时间', 'is empty: when does power go off?'],
				['error', 2, 'C', '停电时间', 'is empty: when is power back?'],
			],
		],
	])('%s', (_, date, window, expected, problems) => {
		const r = dated(date, window);
		expect(at(r)).toEqual(expected);
		expect(located(r)).toEqual(problems);
	});
});

describe('an area column', () => {
	const H = [...HEADER, '所属区域'];
	test.each([
		["adds its areas to the scope's", '关牟村', 'baiyun、关牟村', ['guanmou-cun', 'baiyun'], []],
		[
			'stands in for an empty scope, with a warning',
			'',
			'baiyun',
			['baiyun'],
			[['warning', 2, 'F', '停电范围', 'the scope is empty: the notice will list the areas instead (白云村)']],
		],
		[
			'refuses what it cannot name exactly',
			'关牟村',
			'白云',
			[],
			[['error', 2, 'J', '所属区域', '"白云" is not the name, alias or id of any area; closest: 白云村, 关牟, 关牟村']],
		],
	])('%s', (_, scope, list, ids, problems) => {
		const r = read(H, [[...good().slice(0, 5), scope, ...good().slice(6), list]]);
		expect(r.rows[0]?.notice.areas ?? []).toEqual(ids);
		expect(located(r)).toEqual(problems);
	});
});

describe('textOf: a cell as text', () => {
	test.each([
		[null, ''],
		['  关牟村 ', '关牟村'],
		[8395550141, '8395550141'],
		[true, 'true'],
		[new Date(Date.UTC(2026, 11, 8, 8, 5)), '2026-12-08 08:05'],
		[new Date(Number.NaN), ''],
	])('%j → %j', (cell, text) => {
		expect(textOf(cell)).toBe(text);
	});
});

describe('scope segments that name no known area', () => {
	test.each([
		[
			'an enterprise next to a village: imported, one warning',
			'关牟村3组、青山水泥厂',
			['guanmou-cun'],
			[['warning', '青山水泥厂']],
		],
		[
			'an estate and a school next to two places: two warnings, in scope order',
			'幸福里小区、关牟街、育才小学、白云村',
			['guanmou-jie', 'baiyun'],
			[
				['warning', '幸福里小区'],
				['warning', '育才小学'],
			],
		],
		['group numbers continue the place before them: no warning', '关牟村1组、3组、5-7组', ['guanmou-cun'], []],
		[
			'nothing known at all: an error per segment, no notice',
			'青山水泥厂、育才小学',
			[],
			[
				['error', '青山水泥厂'],
				['error', '育才小学'],
			],
		],
	])('%s', (_how, scope, ids, expected) => {
		const r = one({ 停电范围: scope });
		const found = r.problems.map((p) => [p.severity, /^"([^"]+)"/.exec(p.en)?.[1]]);
		expect(found).toEqual(expected);
		for (const p of r.problems) {
			expect(p.en).toMatch(/closest( known)?: \S+/);
			expect(p).toMatchObject({ column: 'F', header: '停电范围', value: scope });
		}
		if (ids.length === 0) expect(r.rows).toEqual([]);
		else expect(r.rows[0].notice).toMatchObject({ areas: ids, scope: { zh: scope } });
	});
});

describe('the unit of a row, from the directory', () => {
	test.each([
		[
			'its full name: the directory’s name and phone',
			{ 供电所: '青山县供电局关牟供电所', 联系电话: '' },
			{ id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550141' },
			[],
		],
		[
			'an export phone that differs: kept, with a warning on the phone cell',
			{ 联系电话: '0839-5550999' },
			{ id: 'guanmou', phone: '0839-5550999' },
			[['warning', 'I', '联系电话']],
		],
		[
			'a unit not in the directory: an error on the unit cell',
			{ 供电所: '火星供电所' },
			undefined,
			[['error', 'H', '供电所']],
		],
		[
			'a unit with no phone anywhere: an error',
			{ 供电所: '新建供电所', 联系电话: '' },
			undefined,
			[['error', 'I', '联系电话']],
		],
	])('%s', (_how, cells, unitExpected, problems) => {
		const r = one(cells);
		expect(r.problems.map((p) => [p.severity, p.column, p.header])).toEqual(problems);
		if (unitExpected) expect(r.rows[0].notice.unit).toMatchObject(unitExpected);
		else expect(r.rows).toEqual([]);
	});
});
