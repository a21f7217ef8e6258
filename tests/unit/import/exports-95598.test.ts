import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, test } from 'vitest';
import type { Notice } from '../../../src/schemas/notice.ts';
import { importFile, noticeBytes, noticesIn, scratch, tempContent } from './import-helpers.ts';

// Exports shaped like State Grid's 95598 outage records: no phone column (each unit's phone comes from
// content/units.json), the unit by its full name, the substation and the transformer districts (台区), scopes that
// name enterprises and schools next to villages, and the actual restoration (实际送电时间) reported later.

let content: ReturnType<typeof tempContent> | undefined;
afterEach(() => content?.cleanup());
const site = () => (content = tempContent());

const HEADER = [
	'计划编号',
	'停电类型',
	'停电开始时间',
	'停电结束时间',
	'停电设备名称',
	'变电站名称',
	'台区名称',
	'停电范围',
	'工作内容',
	'供电单位',
	'实际送电时间',
];
const PLANS = [
	[
		'QS-95598-001',
		'计划停电',
		'2026-11-26 08:00',
		'2026-11-26 17:30',
		'10kV 关牟线 12#–25# 杆',
		'35kV 关牟变电站',
		'关牟村3组台区、关牟村4组台区',
		'关牟村3-4组、青山水泥厂',
		'更换老旧电杆',
		'青山县供电局关牟供电所',
		'',
	],
	[
		'QS-95598-002',
		'临时停电',
		'2026-12-09 09:00',
		'2026-12-09 12:00',
		'10kV 城关Ⅰ回线',
		'110kV 城关变电站',
		'幸福小区2#配变',
		'幸福小区、青山县第二中学',
		'更换柱上开关',
		'城关供电所',
		'',
	],
];
/** The first import's clock, before both plans; the restoration is reported at the second one's. */
const FIRST = new Date('2026-11-19T09:00:00+08:00');
const LATER = new Date('2026-11-27T09:00:00+08:00');

/** The export as a GB18030 CSV, as the scheduling system writes it. */
function gb18030(rows: string[][]): Buffer {
	return iconv.encode(`${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`, 'gb18030');
}

/** The export as an .xlsx workbook with a merged title row above the header. */
async function xlsx(rows: string[][]): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('停电计划');
	ws.addRow(['青山县供电局停电信息（95598）']);
	ws.mergeCells(1, 1, 1, HEADER.length);
	ws.addRow(HEADER);
	for (const r of rows) ws.addRow(r);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

const byId = (dir: string, id: string) => noticesIn(dir).find((n) => n.id === id) as Notice;

describe.each([
	['GB18030 CSV', 'plan.csv', async (rows: string[][]) => gb18030(rows)],
	['.xlsx with a title row', 'plan.xlsx', xlsx],
])('a 95598-shaped export (%s)', (_kind, name, make) => {
	test('imports with phones from the directory, 变电站 and 台区 kept, unknown scope parts as warnings', async () => {
		const c = site();
		const f = scratch().write(name, await make(PLANS));
		const r = await importFile(f, c.dir, { now: FIRST });
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(r.exitCode).toBe(0);
		const one = byId(c.dir, 'qs-95598-001');
		expect(one).toMatchObject({
			areas: ['guanmou-cun'],
			scope: { zh: '关牟村3-4组、青山水泥厂' },
			substation: '35kV 关牟变电站',
			transformerDistricts: ['关牟村3组台区', '关牟村4组台区'],
			unit: { id: 'guanmou', name: { zh: '关牟供电所', en: 'Guanmou Supply Office' }, phone: '0839-5550141' },
		});
		expect(byId(c.dir, 'qs-95598-002')).toMatchObject({
			kind: 'temporary',
			areas: ['xingfu'],
			scope: { zh: '幸福小区、青山县第二中学' },
			transformerDistricts: ['幸福小区2#配变'],
			unit: { id: 'chengguan', phone: '0839-5550131' },
		});
		const warnings = r.problems.filter((p) => p.severity === 'warning' && p.header === '停电范围');
		expect(warnings.map((w) => w.en.split(':')[0])).toEqual([
			'"青山水泥厂" names no known area',
			'"青山县第二中学" names no known area',
		]);
		expect(warnings[0].en).toMatch(/kept in the published scope as written; closest known: \S+/);
		expect(warnings[0].zh).toContain('按原文保留在停电范围中');
	});

	test('a restoration reported later updates the published notice: history entry, revision up; the same report again changes nothing', async () => {
		const c = site();
		const s = scratch();
		await importFile(s.write(name, await make(PLANS)), c.dir, { now: FIRST });
		const restored = [[...PLANS[0].slice(0, 10), '2026-11-26 16:50'], PLANS[1]];
		const f = s.write(`restored-${name}`, await make(restored));
		const r = await importFile(f, c.dir, { now: LATER });
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const n = byId(c.dir, 'qs-95598-001');
		expect(n).toMatchObject({
			restoredAt: '2026-11-26T16:50:00+08:00',
			end: '2026-11-26T17:30:00+08:00',
			revision: 2,
			updatedAt: '2026-11-27T09:00:00+08:00',
		});
		expect(n.history.at(-1)).toEqual({
			revision: 2,
			at: '2026-11-27T09:00:00+08:00',
			event: 'restored',
			restoredAt: '2026-11-26T16:50:00+08:00',
		});
		expect(r.merge?.changes.map((ch) => [ch.id, ch.type, ch.fields])).toEqual([
			['qs-95598-001', 'restored', ['restoredAt']],
		]);
		expect(r.out).toContain('实际送电 restored 2026-11-26 16:50');
		const after = noticeBytes(c.dir);
		const again = await importFile(f, c.dir, { now: new Date('2026-11-28T09:00:00+08:00') });
		expect(again.wrote).toBe(false);
		expect(noticeBytes(c.dir).equals(after)).toBe(true);
	});

	test.each([
		['before the start', '2026-11-26 07:30', /is not after the start 2026-11-26 08:00/],
		['after the import clock', '2026-11-27 10:00', /after the import's clock 2026-11-27 09:00/],
	])('a restoration %s is refused, and nothing is written', async (_when, at, message) => {
		const c = site();
		const s = scratch();
		await importFile(s.write(name, await make(PLANS)), c.dir, { now: FIRST });
		const before = noticeBytes(c.dir);
		const r = await importFile(s.write(`bad-${name}`, await make([[...PLANS[0].slice(0, 10), at]])), c.dir, {
			now: LATER,
		});
		expect(r.exitCode).toBe(1);
		const errors = r.problems.filter((p) => p.severity === 'error');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ header: '实际送电时间', value: name.endsWith('.csv') ? at : expect.anything() });
		expect(errors[0].en).toMatch(message);
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
	});
});

describe('units and phones in an export', () => {
	const H = ['计划编号', '停电开始时间', '停电结束时间', '停电线路', '停电范围', '检修内容', '供电所', '联系电话'];
	const line = (unit: string, phone: string, scope = '关牟村') => [
		'QS-U-1',
		'2026-12-08 08:00',
		'2026-12-08 12:00',
		'10kV 关牟线',
		scope,
		'检修',
		unit,
		phone,
	];
	const csvOf = (rows: string[][]) =>
		iconv.encode(`${[H, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`, 'gb18030');

	test.each([
		[
			'a phone that differs from the directory: kept, with a warning',
			line('关牟供电所', '0839-5550999'),
			0,
			'warning',
			'联系电话',
			/differs from 关牟供电所's phone in content\/units\.json \(0839-5550141\)/,
			'0839-5550999',
		],
		['an empty phone cell: the directory’s', line('关牟所', ''), 0, undefined, undefined, undefined, '0839-5550141'],
		[
			'an unknown unit: an error naming the closest',
			line('青山县关牟供电局', ''),
			1,
			'error',
			'供电所',
			/is not a supply unit of content\/units\.json .*closest: [^,]*关牟/,
			undefined,
		],
		[
			'a scope naming no known area at all: an error',
			line('关牟供电所', '', '红星砖厂'),
			1,
			'error',
			'停电范围',
			/"红星砖厂" names no known area; closest: /,
			undefined,
		],
	])('%s', async (_how, cells, exit, severity, header, message, phone) => {
		const c = site();
		const r = await importFile(scratch().write('u.csv', csvOf([cells])), c.dir, {
			now: new Date('2026-11-27T09:00:00+08:00'),
		});
		expect(r.exitCode).toBe(exit);
		const p = r.problems.filter((x) => x.header === header || (severity === undefined && x.severity === 'error'));
		if (severity) {
			expect(p).toHaveLength(1);
			expect(p[0].severity).toBe(severity);
			expect(p[0].en).toMatch(message as RegExp);
			expect(p[0].zh).toMatch(/[\u4e00-\u9fff]/);
		} else expect(p).toEqual([]);
		if (phone) expect(byId(c.dir, 'qs-u-1').unit.phone).toBe(phone);
	});

	test('a unit with no phone in the directory and none in the export is an error', async () => {
		const c = site();
		const units = JSON.parse((await import('node:fs')).readFileSync(`${c.dir}/units.json`, 'utf8'));
		units.units[2].phones = [];
		c.write('units.json', JSON.stringify(units));
		const r = await importFile(scratch().write('u.csv', csvOf([line('关牟供电所', '')])), c.dir, {
			now: new Date('2026-11-27T09:00:00+08:00'),
		});
		expect(r.exitCode).toBe(1);
		expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.en)).toEqual([
			expect.stringMatching(/^no phone: the export gives none and 关牟供电所 has none in content\/units\.json/),
		]);
	});
});

describe('the 95598-shaped example export (examples/outage-plan-95598-gb18030.csv)', () => {
	test('imports into the sample site: phones from the directory, an enterprise and a school reported as warnings', async () => {
		const c = site();
		const r = await importFile('examples/outage-plan-95598-gb18030.csv', c.dir);
		expect(r.exitCode).toBe(0);
		expect(r.merge?.changes.filter((ch) => ch.type === 'added')).toHaveLength(8);
		expect(
			r.problems.filter((p) => p.header === '停电范围').map((p) => [p.severity, p.row, /^"([^"]+)"/.exec(p.en)?.[1]]),
		).toEqual([
			['warning', 2, '红旗机械厂'],
			['warning', 5, '实验小学'],
		]);
		const first = byId(c.dir, 'qs-2026-12-001');
		expect(first).toMatchObject({
			unit: { id: 'guanmou', phone: '0839-5550141' },
			substation: '35kV 关牟变电站',
			transformerDistricts: ['关牟村1组台区', '关牟村2组台区', '关牟街公变台区'],
		});
		expect(first.scope.zh).toBe('关牟村1-5组、关牟街、红旗机械厂');
	});
});
