import { describe, expect, test } from 'vitest';
import type { CellValue } from '../../../src/lib/import/datetime.ts';
import { defaultMapping } from '../../../src/lib/import/mapping.ts';
import type { ImportProblem } from '../../../src/lib/import/problems.ts';
import { UnitDirectory } from '../../../src/lib/units/directory.ts';
import type { Area } from '../../../src/schemas/area.ts';
import type { ImportMapping } from '../../../src/schemas/import-mapping.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { HEADER, readTable } from './import-helpers.ts';

// readRows to the message: each problem whole (cell, value, both languages), the optional columns (substation, 台区,
// 实际送电时间), the edges of a window, and the rows skipped as repeated headers or notes. rows.test.ts covers the
// common cases; inputs here are built in each test.

const area = (id: string, name: { zh: string; en?: string }, aliases: string[] = []): Area => ({
	id,
	kind: 'village',
	name,
	aliases,
	depth: 2,
	parent: 't',
	ancestors: ['d', 't'],
	children: [],
});
const unit = (id: string, zh: string, phones: string[], otherNames: string[] = []): Unit => ({
	id,
	name: { zh },
	otherNames,
	phones: phones.map((number) => ({ number })),
	address: { zh: '地址' },
	hours: { zh: '8:30–17:30' },
	areas: ['t'],
	services: [],
});

/** Every column the importer reads, A to M. */
const ALL = [...HEADER, '变电站', '台区', '实际送电时间', '所属区域'];
const GOOD: Record<string, CellValue> = {
	计划编号: 'QS-1',
	停电类型: '计划',
	停电开始时间: '2026-11-26 08:00',
	停电结束时间: '2026-11-26 17:30',
	停电线路: '10kV 关牟线',
	停电范围: '关牟村1-5组',
	检修内容: '更换老旧电杆',
	供电所: '关牟供电所',
	联系电话: '0839-5550141',
	变电站: '',
	台区: '',
	实际送电时间: '',
	所属区域: '',
	停电日期: '2026-11-26',
	停电时间: '08:00-17:30',
};

function read(header: string[], rows: CellValue[][], mapping?: ImportMapping) {
	const areas = new Map(
		[
			area('guanmou-cun', { zh: '关牟村' }, ['关牟']),
			area('baiyun', { zh: '白云村' }),
			area('xin-a', { zh: '新村甲', en: 'Xincun' }),
			area('xin-b', { zh: '新村乙', en: 'Xincun' }),
		].map((a) => [a.id, a]),
	);
	const units = new UnitDirectory([
		unit('guanmou', '关牟供电所', ['0839-5550141', '0839-5550142'], ['青山县供电局关牟供电所']),
		unit('xinjian', '新建供电所', [], ['青山县新建所']),
	]);
	return readTable(header, rows, { areas, units, mapping });
}

/** One row under `header` (default: every column), the good cells with `cells` changed. */
function one(cells: Record<string, CellValue>, header: string[] = ALL, mapping?: ImportMapping) {
	return read(header, [header.map((h) => (h in cells ? cells[h] : GOOD[h]))], mapping);
}

/** A problem on row 2 in the cell under `header` of `columns`. */
const at =
	(columns: string[]) =>
	(severity: ImportProblem['severity'], header: string, value: CellValue, en: string, zh: string): ImportProblem => ({
		severity,
		file: 'plan.csv',
		row: 2,
		column: String.fromCharCode(65 + columns.indexOf(header)),
		header,
		value,
		en,
		zh,
	});
const p = at(ALL);

describe('a reported restoration (实际送电时间)', () => {
	test.each<[string, CellValue, string | undefined, ImportProblem[]]>([
		['date and time', '2026-11-26 16:45', '2026-11-26T16:45:00+08:00', []],
		['a time alone: the day of the planned end', '16:45', '2026-11-26T16:45:00+08:00', []],
		['a time alone at the start: the next day', '08:00', '2026-11-27T08:00:00+08:00', []],
		['a time alone before the start: the next day', '07:00', '2026-11-27T07:00:00+08:00', []],
		['an Excel date cell at 00:00: midnight', new Date(Date.UTC(2026, 10, 27)), '2026-11-27T00:00:00+08:00', []],
		['blank', '  ', undefined, []],
		[
			'no year',
			'11月26日 16:45',
			'2026-11-26T16:45:00+08:00',
			[p('warning', '实际送电时间', '11月26日 16:45', 'no year given: read as 2026', '未写年份，按 2026 年处理')],
		],
	])('%s', (_, value, restoredAt, problems) => {
		const r = one({ 实际送电时间: value });
		expect(r.problems).toEqual(problems);
		expect(r.rows).toHaveLength(1);
		expect(r.rows[0].restoredAt).toBe(restoredAt);
	});

	test.each<[string, CellValue, ImportProblem]>([
		[
			'a date without a time',
			'2026-11-26',
			p(
				'error',
				'实际送电时间',
				'2026-11-26',
				'has a date but no time: when was power back?',
				'只有日期没有时间：几点恢复送电的？',
			),
		],
		[
			'not a time',
			'明天',
			p(
				'error',
				'实际送电时间',
				'明天',
				'is not a date or time such as 2026-12-03 08:00',
				'不是日期或时间，应如 2026-12-03 08:00',
			),
		],
		[
			'before the start',
			'2026-11-26 07:00',
			p(
				'error',
				'实际送电时间',
				'2026-11-26 07:00',
				'2026-11-26 07:00 is not after the start 2026-11-26 08:00: power cannot come back before it went off',
				'2026-11-26 07:00 不晚于停电开始时间 2026-11-26 08:00：不能在停电前恢复送电',
			),
		],
		[
			"after the import's clock",
			'2026-11-27 10:00',
			p(
				'error',
				'实际送电时间',
				'2026-11-27 10:00',
				"2026-11-27 10:00 is after the import's clock 2026-11-27 09:00 (--now / IMPORT_NOW): a restoration is reported once it has happened",
				'2026-11-27 10:00 晚于导入时间 2026-11-27 09:00（--now / IMPORT_NOW）：只能登记已经发生的送电',
			),
		],
	])('%s: an error, no row', (_, value, problem) => {
		const r = one({ 实际送电时间: value });
		expect(r.problems).toEqual([problem]);
		expect(r.rows).toEqual([]);
	});

	test('without a window, a restoration time is not checked: only the window is reported', () => {
		const r = one({ 停电开始时间: '', 实际送电时间: '16:45' });
		expect(r.problems).toEqual([
			p('error', '停电开始时间', '', 'is empty: when does power go off?', '为空：何时停电？'),
		]);
	});
});

describe('the edges of a window', () => {
	test.each<[string, Record<string, CellValue>, [string, string] | undefined, ImportProblem[]]>([
		[
			'an end time equal to the start time: the next day, with a warning',
			{ 停电结束时间: '08:00' },
			['2026-11-26T08:00:00+08:00', '2026-11-27T08:00:00+08:00'],
			[
				p(
					'warning',
					'停电结束时间',
					'08:00',
					'ends before it starts on the same day: read as ending the next day (write 次日 to say so)',
					'结束时间早于开始时间：按次日结束处理（可写"次日"明确）',
				),
			],
		],
		[
			'a start on the next day and an end before it: the day after',
			{ 停电开始时间: '2026-11-24 次日22:00', 停电结束时间: '06:00' },
			['2026-11-25T22:00:00+08:00', '2026-11-26T06:00:00+08:00'],
			[
				p(
					'warning',
					'停电结束时间',
					'06:00',
					'ends before it starts on the same day: read as ending the next day (write 次日 to say so)',
					'结束时间早于开始时间：按次日结束处理（可写"次日"明确）',
				),
			],
		],
		[
			'an Excel date cell at 00:00 as the end: midnight',
			{ 停电开始时间: '2026-11-25 22:00', 停电结束时间: new Date(Date.UTC(2026, 10, 26)) },
			['2026-11-25T22:00:00+08:00', '2026-11-26T00:00:00+08:00'],
			[],
		],
		[
			'an unreadable start and an empty end: only the start is reported',
			{ 停电开始时间: '明天', 停电结束时间: '' },
			undefined,
			[
				p(
					'error',
					'停电开始时间',
					'明天',
					'is not a date or time such as 2026-12-03 08:00',
					'不是日期或时间，应如 2026-12-03 08:00',
				),
			],
		],
		[
			'an empty start and an unreadable end: only the end is reported',
			{ 停电开始时间: '', 停电结束时间: '明天' },
			undefined,
			[
				p(
					'error',
					'停电结束时间',
					'明天',
					'is not a date or time such as 2026-12-03 08:00',
					'不是日期或时间，应如 2026-12-03 08:00',
				),
			],
		],
		[
			'no year in the start',
			{ 停电开始时间: '11月26日 08:00' },
			['2026-11-26T08:00:00+08:00', '2026-11-26T17:30:00+08:00'],
			[p('warning', '停电开始时间', '11月26日 08:00', 'no year given: read as 2026', '未写年份，按 2026 年处理')],
		],
	])('%s', (_, cells, window, problems) => {
		const r = one(cells);
		expect(r.problems).toEqual(problems);
		expect(r.rows.map((x) => [x.notice.start, x.notice.end])).toEqual(window ? [window] : []);
	});

	const DATED = ['计划编号', '停电日期', '停电时间', '停电线路', '停电范围', '检修内容', '供电所', '联系电话'];
	const UNDATED = ['计划编号', '停电时间', '停电线路', '停电范围', '检修内容', '供电所', '联系电话'];
	test.each<[string, string[], Record<string, CellValue>, [string, string] | undefined, ImportProblem[]]>([
		[
			'a time in the date column',
			DATED,
			{ 停电日期: '08:00' },
			undefined,
			[at(DATED)('error', '停电日期', '08:00', 'is a time, not a date', '是时间而不是日期')],
		],
		[
			'a window without a year',
			UNDATED,
			{ 停电时间: '11月26日 08:00-12:00' },
			['2026-11-26T08:00:00+08:00', '2026-11-26T12:00:00+08:00'],
			[
				at(UNDATED)(
					'warning',
					'停电时间',
					'11月26日 08:00-12:00',
					'no year given: read as 2026',
					'未写年份，按 2026 年处理',
				),
			],
		],
		[
			'a window with times only and no date column',
			UNDATED,
			{ 停电时间: '08:00-12:00' },
			undefined,
			[
				at(UNDATED)(
					'error',
					'停电时间',
					'08:00-12:00',
					'has a time but no date, and there is no date column',
					'只有时间没有日期，且没有日期列',
				),
			],
		],
		[
			'a window ending at its start',
			DATED,
			{ 停电时间: '08:00-08:00' },
			['2026-11-26T08:00:00+08:00', '2026-11-27T08:00:00+08:00'],
			[
				at(DATED)(
					'warning',
					'停电时间',
					'08:00-08:00',
					'ends before it starts on the same day: read as ending the next day (write 次日 to say so)',
					'结束时间早于开始时间：按次日结束处理（可写"次日"明确）',
				),
			],
		],
	])('%s', (_, header, cells, window, problems) => {
		const r = one(cells, header);
		expect(r.problems).toEqual(problems);
		expect(r.rows.map((x) => [x.notice.start, x.notice.end])).toEqual(window ? [window] : []);
	});
});

describe('outage types', () => {
	const KNOWN = '计划、planned、临时、紧急、抢修、temporary、其他、其它、other';
	test.each<[string, CellValue, ImportMapping | undefined, string]>([
		['an unknown type', '停工', undefined, KNOWN],
		['a suffix word at the front is not a suffix', '停电计划', undefined, KNOWN],
		[
			"a mapping file's own types are listed, even one starting with a suffix word",
			'停工',
			{ ...defaultMapping, kinds: { 停电配合: 'other' } },
			`${KNOWN}、停电配合`,
		],
	])('%s', (_, text, mapping, known) => {
		const r = one({ 停电类型: text }, ALL, mapping);
		expect(r.problems).toEqual([
			p(
				'error',
				'停电类型',
				text,
				`is not a known outage type; known: ${known} (a mapping file can add more)`,
				`不是已知的停电类型；可用：${known}（可在映射文件中增加）`,
			),
		]);
	});
});

describe('areas', () => {
	test('a name several areas answer to: an error listing them', () => {
		const r = one({ 所属区域: 'Xincun' });
		expect(r.problems).toEqual([
			p(
				'error',
				'所属区域',
				'Xincun',
				'"Xincun" is the name of 2 areas: xin-a (新村甲), xin-b (新村乙); write the Chinese name or the id instead',
				'"Xincun"同时是 2 个区域的名称：xin-a (新村甲)、xin-b (新村乙)；请改填中文名称或区域编号',
			),
		]);
		expect(r.rows).toEqual([]);
	});

	test('an empty scope lists the areas of the area column, in its order', () => {
		const r = one({ 停电范围: '', 所属区域: 'baiyun、关牟村' });
		expect(r.problems).toEqual([
			p(
				'warning',
				'停电范围',
				'',
				'the scope is empty: the notice will list the areas instead (白云村、关牟村)',
				'停电范围为空：公告将改为列出区域（白云村、关牟村）',
			),
		]);
		expect(r.rows[0].notice).toMatchObject({ areas: ['baiyun', 'guanmou-cun'], scope: { zh: '白云村、关牟村' } });
	});

	test('without a scope column, an empty area cell is reported on the area column', () => {
		const header = ALL.filter((h) => h !== '停电范围');
		const r = one({ 所属区域: '' }, header);
		expect(r.problems).toEqual([
			at(header)(
				'error',
				'所属区域',
				'',
				'the scope is empty and no area is given: residents could not tell who is affected',
				'停电范围为空且未填写区域：居民无法知道哪里停电',
			),
		]);
	});

	test('without a scope column, the areas stand in for it, the warning on the area column', () => {
		const header = ALL.filter((h) => h !== '停电范围');
		const r = one({ 所属区域: '白云村' }, header);
		expect(r.problems).toEqual([
			at(header)(
				'warning',
				'所属区域',
				'白云村',
				'the scope is empty: the notice will list the areas instead (白云村)',
				'停电范围为空：公告将改为列出区域（白云村）',
			),
		]);
		expect(r.rows).toHaveLength(1);
	});
});

describe('the supply unit and its phone', () => {
	test.each<[string, Record<string, CellValue>, string[], ImportProblem[]]>([
		[
			'an export phone that differs from all the directory’s',
			{ 联系电话: '0839-5550999' },
			ALL,
			[
				p(
					'warning',
					'联系电话',
					'0839-5550999',
					"differs from 关牟供电所's phone in content/units.json (0839-5550141, 0839-5550142): this notice gives the export's",
					'与 content/units.json 中关牟供电所的电话（0839-5550141, 0839-5550142）不同：本条公告使用导出中的电话',
				),
			],
		],
		[
			'a unit named by another name, with no phone anywhere',
			{ 供电所: '青山县新建所', 联系电话: '' },
			ALL,
			[
				p(
					'error',
					'联系电话',
					'',
					'no phone: the export gives none and 新建供电所 has none in content/units.json; residents need a number to call',
					'没有电话：导出中未填写，content/units.json 中新建供电所也没有电话；居民需要可拨打的号码',
				),
			],
		],
		[
			'no phone and no phone column: reported on the unit',
			{ 供电所: '新建供电所' },
			ALL.filter((h) => h !== '联系电话'),
			[
				at(ALL.filter((h) => h !== '联系电话'))(
					'error',
					'供电所',
					'新建供电所',
					'no phone: the export gives none and 新建供电所 has none in content/units.json; residents need a number to call',
					'没有电话：导出中未填写，content/units.json 中新建供电所也没有电话；居民需要可拨打的号码',
				),
			],
		],
	])('%s', (_, cells, header, problems) => {
		expect(one(cells, header).problems).toEqual(problems);
	});

	test('a phone in full-width brackets reads in half-width', () => {
		const r = one({ 联系电话: '+86（0839）5550999' });
		expect(r.rows.map((x) => x.notice.unit.phone)).toEqual(['+86(0839)5550999']);
	});
});

describe('substation and 台区', () => {
	test.each<[string, CellValue, CellValue, Record<string, unknown>]>([
		['none', '', '  ', {}],
		['a substation on two lines', '35kV\n关牟变', '', { substation: '35kV 关牟变' }],
		[
			'台区 in every separator, repeated and padded',
			'',
			'关牟1号、关牟2号，关牟1号; 关牟3号 |关牟4号/关牟5号\n关牟6号',
			{ transformerDistricts: ['关牟1号', '关牟2号', '关牟3号', '关牟4号', '关牟5号', '关牟6号'] },
		],
	])('%s', (_, substation, districts, fields) => {
		const r = one({ 变电站: substation, 台区: districts });
		expect(r.problems).toEqual([]);
		const n = r.rows[0].notice;
		expect({ substation: n.substation, transformerDistricts: n.transformerDistricts }).toEqual({
			substation: undefined,
			transformerDistricts: undefined,
			...fields,
		});
		expect(Object.keys(n).filter((k) => k === 'substation' || k === 'transformerDistricts')).toEqual(
			Object.keys(fields),
		);
	});
});

describe('rows that are not plans', () => {
	const good = (header: string[] = ALL) => header.map((h) => GOOD[h]);
	test('a row that is the header again, white space and empty cells aside, is skipped', () => {
		const header = [ALL[0], ` ${ALL[1]} `, ...ALL.slice(2), ''];
		const again = [ALL[0], ALL[1], ` ${ALL[2]} `, ...ALL.slice(3), null];
		const r = read(header as string[], [good(), again, good().map((c, i) => (i === 0 ? 'QS-2' : c))]);
		expect(r.problems).toEqual([]);
		expect(r.rows.map((x) => x.row)).toEqual([2, 4]);
	});

	test('a header cell left empty matches an empty cell in the repeat', () => {
		const header = [...ALL, null] as unknown as string[];
		const r = read(header, [good(), [...ALL, '']]);
		expect(r.problems).toEqual([]);
		expect(r.rows.map((x) => x.row)).toEqual([2]);
	});

	test('a row whose first cell is the first header, but not the rest, is a plan', () => {
		const r = read(ALL, [good().map((c, i) => (i === 0 ? '计划编号' : c))]);
		expect(r.problems).toEqual([]);
		expect(r.rows.map((x) => [x.row, x.sourceId])).toEqual([[2, '计划编号']]);
	});

	test('a row that is the header but for its first cell is read, with its problems', () => {
		const r = read(ALL, [['QS-2', ...ALL.slice(1)]]);
		expect(r.rows).toEqual([]);
		expect(r.problems.length).toBeGreaterThan(0);
		expect(new Set(r.problems.map((x) => x.row))).toEqual(new Set([2]));
	});

	test('a note after a row with only warnings is still a note', () => {
		const r = read(ALL, [good().map((c, i) => (ALL[i] === '联系电话' ? '0839-5550999' : c)), ['制表人：张三']]);
		expect(r.rows.map((x) => x.row)).toEqual([2]);
		expect(r.problems.map((x) => [x.severity, x.row, x.en])).toEqual([
			['warning', 2, expect.stringMatching(/^differs from/)],
			['warning', 3, 'only one cell filled: read as a note and skipped'],
		]);
	});
});

describe('schema problems no cell stands for', () => {
	test('a field without a column: named by its path in English', () => {
		const header = ALL.filter((h) => h !== '停电线路');
		const r = one({}, header);
		expect(r.rows).toEqual([]);
		expect(r.problems).toEqual([
			{ severity: 'error', file: 'plan.csv', row: 2, en: 'line.zh must not be empty', zh: '不能为空' },
		]);
	});

	test('an area problem does not hide a phone problem', () => {
		const r = one({ 停电范围: '火星', 联系电话: 'call us' });
		expect(r.problems.map((x) => [x.severity, x.header])).toEqual([
			['error', '停电范围'],
			['error', '联系电话'],
		]);
	});

	test('an empty unit: one problem, no placeholder complaint', () => {
		const r = one({ 供电所: '' });
		expect(r.problems.map((x) => [x.severity, x.header, x.value])).toEqual([['error', '供电所', '']]);
	});
});

describe('problems with their suggestions, whole', () => {
	const closest = { en: '关牟, 关牟村, 新村乙', zh: '关牟、关牟村、新村乙' };
	test.each<[string, Record<string, CellValue>, ImportProblem[]]>([
		[
			'scope parts naming no area, next to a known one: a warning each',
			{ 停电范围: '关牟村、青山水泥厂、育才小学' },
			['青山水泥厂', '育才小学'].map((name) =>
				p(
					'warning',
					'停电范围',
					'关牟村、青山水泥厂、育才小学',
					`"${name}" names no known area: kept in the published scope as written; closest known: ${closest.en}. If it is a place, add it to content/areas.json as an alias`,
					`"${name}"与任何已知区域都不匹配：按原文保留在停电范围中；最接近：${closest.zh}。如是地名，可在 content/areas.json 中添加为别名`,
				),
			),
		],
		[
			'a scope naming nothing known: an error',
			{ 停电范围: '青山水泥厂' },
			[
				p(
					'error',
					'停电范围',
					'青山水泥厂',
					`"青山水泥厂" names no known area; closest: ${closest.en}. Correct the name, or add it to content/areas.json as an alias`,
					`"青山水泥厂"与任何已知区域都不匹配；最接近：${closest.zh}。请更正名称，或在 content/areas.json 中将其添加为别名`,
				),
			],
		],
		[
			'an unknown area in the area column: that error alone, though the scope names no area either',
			{ 停电范围: '3组', 所属区域: '火星' },
			[
				p(
					'error',
					'所属区域',
					'火星',
					`"火星" is not the name, alias or id of any area; closest: ${closest.en}`,
					`"火星"不是任何区域的名称、别名或编号；最接近：${closest.zh}`,
				),
			],
		],
		[
			'an ambiguous area in the area column: that error alone, though the scope names no area either',
			{ 停电范围: '3组', 所属区域: 'Xincun' },
			[
				p(
					'error',
					'所属区域',
					'Xincun',
					'"Xincun" is the name of 2 areas: xin-a (新村甲), xin-b (新村乙); write the Chinese name or the id instead',
					'"Xincun"同时是 2 个区域的名称：xin-a (新村甲)、xin-b (新村乙)；请改填中文名称或区域编号',
				),
			],
		],
		[
			'an unknown supply unit',
			{ 供电所: '火星供电所' },
			[
				p(
					'error',
					'供电所',
					'火星供电所',
					"is not a supply unit of content/units.json (by name or other name); closest: 关牟供电所, 新建供电所, 青山县供电局关牟供电所. Correct it, or add it to that unit's otherNames",
					'不是 content/units.json 中的供电所（名称或别称均不符）；最接近：关牟供电所、新建供电所、青山县供电局关牟供电所。请更正，或将其添加到该供电所的 otherNames',
				),
			],
		],
		[
			'an empty supply unit',
			{ 供电所: '' },
			[
				p(
					'error',
					'供电所',
					'',
					'is empty: which supply unit is responsible? e.g. 关牟供电所, 新建供电所',
					'为空：由哪个供电所负责？如 关牟供电所、新建供电所',
				),
			],
		],
	])('%s', (_, cells, problems) => {
		expect(one(cells).problems).toEqual(problems);
	});

	test('台区 the same but for white space are one', () => {
		expect(one({ 台区: '关牟1号、 关牟1号 ' }).rows[0].notice.transformerDistricts).toEqual(['关牟1号']);
	});

	test('without a plan number or a scope column, the id comes from the area column', () => {
		const header = ALL.filter((h) => h !== '停电范围');
		expect(one({ 计划编号: '', 所属区域: '白云村' }, header).rows[0].idCell).toEqual({
			column: 'L',
			header: '所属区域',
		});
	});
});
