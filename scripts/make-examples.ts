/**
 * `node scripts/make-examples.ts [outDir]` — writes the sample scheduling exports under examples/ (default), one per
 * supported format, from one table of plans so they all say the same thing:
 *
 * - outage-plan-2026-12.csv           UTF-8 with BOM, comma-separated, start/end columns, a quoted field with a line break
 * - outage-plan-2026-12-gb18030.csv   GB18030 (as the scheduling system writes it), 停电日期 + 停电时间 (08:00-17:30, 22:00-次日05:00)
 * - outage-plan-2026-12.tsv           tab-separated, English headers
 * - outage-plan-2026-12.xlsx          a merged title row and a note row above the header, Excel date cells (serial
 *                                     numbers with a date format), a text date among them, empty trailing rows
 *
 * - outage-plan-95598-gb18030.csv    shaped like State Grid's 95598 outage records: no phone column (phones come from
 *                                     content/units.json), units by their full names, 变电站名称 and 台区名称 columns,
 *                                     enterprises and schools in scopes (warnings), an empty 实际送电时间 column
 *
 * - bad/outage-plan-with-errors-gb18030.csv   a mistake on almost every row: what the importer refuses, and how
 *
 * The plans name areas of the sample site (content/areas.json) and import into it without errors. Run it again
 * after changing the plans below. The text files come out byte for byte the same each time; the .xlsx has fixed
 * document dates, but its zip entries carry the time it was written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One plan of the sample outage plan for December 2026. */
export interface ExamplePlan {
	no: string;
	kind: '计划' | '临时' | '其他';
	/** Wall-clock times in the utility's zone: `YYYY-MM-DD HH:MM`; the end may be `24:00`. */
	start: string;
	end: string;
	line: string;
	scope: string;
	reason: string;
	unit: string;
	phone: string;
}

export const examplePlans: ExamplePlan[] = [
	{
		no: 'QS-2026-12-001',
		kind: '计划',
		start: '2026-12-08 08:00',
		end: '2026-12-08 17:30',
		line: '10kV 关牟线 12#–25# 杆',
		scope: '关牟村1-5组、关牟街',
		reason: '更换老旧电杆及导线',
		unit: '关牟供电所',
		phone: '0839-5550141',
	},
	{
		no: 'QS-2026-12-002',
		kind: '计划',
		start: '2026-12-09 09:00',
		end: '2026-12-09 15:00',
		line: '10kV 城东Ⅰ回线',
		scope: '花园新村、向阳社区',
		reason: '更换柱上开关\n并调试保护装置',
		unit: '东城供电所',
		phone: '0839-5550132',
	},
	{
		no: 'QS-2026-12-003',
		kind: '计划',
		start: '2026-12-10 22:00',
		end: '2026-12-11 05:00',
		line: '10kV 城关Ⅰ回线',
		scope: '新华街、金桥小区',
		reason: '夜间配网改造，避开白天用电高峰',
		unit: '城关供电所',
		phone: '0839-5550131',
	},
	{
		no: 'QS-2026-12-004',
		kind: '临时',
		start: '2026-12-11 14:00',
		end: '2026-12-11 17:00',
		line: '10kV 龙潭支线',
		scope: '龙潭村3组、5组',
		reason: '消除线路缺陷',
		unit: '石桥供电所',
		phone: '0839-5550142',
	},
	{
		no: 'QS-2026-12-005',
		kind: '计划',
		start: '2026-12-14 16:00',
		end: '2026-12-14 24:00',
		line: '滨河花园 1# 箱变',
		scope: '滨河花园、滨河路沿线商铺',
		reason: '箱式变压器检修',
		unit: '城关供电所',
		phone: '0839-5550131',
	},
	{
		no: 'QS-2026-12-006',
		kind: '计划',
		start: '2026-12-15 08:30',
		end: '2026-12-15 12:30',
		line: '10kV 茶园线',
		scope: '茶园村、杨柳村',
		reason: '线路通道清障',
		unit: '石桥供电所',
		phone: '0839-5550142',
	},
	{
		no: 'QS-2026-12-007',
		kind: '其他',
		start: '2026-12-16 09:00',
		end: '2026-12-16 11:00',
		line: '石桥街 3# 台区',
		scope: '石桥街',
		reason: '配合市政道路施工',
		unit: '石桥供电所',
		phone: '0839-5550142',
	},
	{
		no: 'QS-2026-12-008',
		kind: '计划',
		start: '2026-12-18 08:00',
		end: '2026-12-18 18:00',
		line: '10kV 白云线',
		scope: '白云村、松林村、和平村',
		reason: '更换配电变压器',
		unit: '关牟供电所',
		phone: '0839-5550141',
	},
	// No plan number: the importer keys it by day, line and scope.
	{
		no: '',
		kind: '计划',
		start: '2026-12-20 08:00',
		end: '2026-12-20 12:00',
		line: '10kV 城关Ⅱ回线',
		scope: '南门社区、北门社区',
		reason: '更换电缆分接箱',
		unit: '城关供电所',
		phone: '0839-5550131',
	},
];

function csvField(v: string, sep: string): string {
	return v.includes('"') || v.includes(sep) || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v;
}

function table(rows: string[][], sep: string): string {
	return `${rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join('\r\n')}\r\n`;
}

const day = (s: string) => s.slice(0, 10);
const clock = (s: string) => s.slice(11);

/** UTF-8 with BOM (what Excel writes as "CSV UTF-8"), start and end as full date-times in two spellings. */
export function utf8Csv(plans = examplePlans): Buffer {
	const rows = [
		['计划编号', '停电类型', '停电开始时间', '停电结束时间', '停电线路', '停电范围', '检修内容', '供电所', '联系电话'],
	];
	plans.forEach((p, i) => {
		// Every other row in the slash form staff type by hand: 2026/12/9 9:00.
		const slash = (s: string) =>
			`${Number(s.slice(0, 4))}/${Number(s.slice(5, 7))}/${Number(s.slice(8, 10))} ${Number(s.slice(11, 13))}:${s.slice(14, 16)}`;
		const start = i % 2 ? slash(p.start) : p.start;
		const end = i % 2 ? slash(p.end) : p.end;
		rows.push([p.no, p.kind, start, end, p.line, p.scope, p.reason, p.unit, p.phone]);
	});
	return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(table(rows, ','), 'utf8')]);
}

/** GB18030 without BOM, as the scheduling system exports it: 停电日期 plus 停电时间 as a window. */
export function gb18030Csv(plans = examplePlans): Buffer {
	const rows = [['编号', '类型', '停电日期', '停电时间', '设备名称', '影响范围', '工作内容', '供电单位', '联系电话']];
	for (const p of plans) {
		const d = `${Number(p.start.slice(0, 4))}年${Number(p.start.slice(5, 7))}月${Number(p.start.slice(8, 10))}日`;
		const nextDay = day(p.end) !== day(p.start) ? '次日' : '';
		rows.push([
			p.no,
			`${p.kind}停电`,
			d,
			`${clock(p.start)}-${nextDay}${clock(p.end)}`,
			p.line,
			p.scope,
			p.reason,
			p.unit,
			p.phone,
		]);
	}
	return iconv.encode(table(rows, ','), 'gb18030');
}

const EN_KIND = { 计划: 'planned', 临时: 'temporary', 其他: 'other' } as const;

/** Tab-separated UTF-8 with English headers. */
export function tsv(plans = examplePlans): Buffer {
	const rows = [['Plan no', 'Type', 'Start', 'End', 'Line', 'Scope', 'Reason', 'Unit', 'Phone']];
	for (const p of plans)
		rows.push([p.no, EN_KIND[p.kind], p.start, p.end, p.line, p.scope, p.reason.replace(/\n/g, ' '), p.unit, p.phone]);
	return Buffer.from(table(rows, '\t'), 'utf8');
}

/** The substation and 台区 of each example plan, by plan number, as a 95598 record gives them. */
const GRID: Record<string, { substation: string; districts: string; extra?: string }> = {
	'QS-2026-12-001': {
		substation: '35kV 关牟变电站',
		districts: '关牟村1组台区、关牟村2组台区、关牟街公变台区',
		extra: '红旗机械厂',
	},
	'QS-2026-12-002': { substation: '110kV 城关变电站', districts: '花园新村1#配变、向阳社区2#配变' },
	'QS-2026-12-003': { substation: '110kV 城关变电站', districts: '新华街3#台区、金桥小区1#箱变' },
	'QS-2026-12-004': { substation: '35kV 石桥变电站', districts: '龙潭村3组台区、龙潭村5组台区', extra: '实验小学' },
	'QS-2026-12-005': { substation: '110kV 城关变电站', districts: '滨河花园1#箱变台区' },
	'QS-2026-12-006': { substation: '35kV 石桥变电站', districts: '茶园村公变台区、杨柳村公变台区' },
	'QS-2026-12-007': { substation: '35kV 石桥变电站', districts: '石桥街3#台区' },
	'QS-2026-12-008': { substation: '35kV 关牟变电站', districts: '白云村台区、松林村台区、和平村台区' },
};

/**
 * A 95598-shaped record export, GB18030: no phone column, the unit by its full name, the substation and the 台区,
 * an enterprise or a school in some scopes, and an (empty) actual-restoration column. Rows without a plan number
 * are left out (95598 records always carry one).
 */
export function grid95598Csv(plans = examplePlans): Buffer {
	const rows = [
		[
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
		],
	];
	for (const p of plans) {
		const g = GRID[p.no];
		if (!g) continue;
		rows.push([
			p.no,
			`${p.kind}停电`,
			p.start,
			p.end,
			p.line,
			g.substation,
			g.districts,
			g.extra ? `${p.scope}、${g.extra}` : p.scope,
			p.reason.replace(/\n/g, ''),
			`青山县供电局${p.unit}`,
			'',
		]);
	}
	return iconv.encode(table(rows, ','), 'gb18030');
}

/** Excel's serial number of a wall-clock time (days since 1899-12-30; the fraction is the time of day). */
export function excelSerial(wall: string): number {
	const [d, t] = wall.split(' ');
	const [y, m, dd] = d.split('-').map(Number);
	const [h, mi] = t.split(':').map(Number);
	return (Date.UTC(y, m - 1, dd, h, mi) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * An .xlsx as staff make it in Excel or WPS: a merged title row, a note row, the header on row 3, date-time cells
 * stored as serial numbers with a date format, one date typed as text, and formatted but empty rows at the end.
 */
export async function xlsx(
	plans = examplePlans,
	options: { title?: boolean; sheetName?: string } = {},
): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	const fixed = new Date(Date.UTC(2026, 10, 25, 1, 0, 0));
	wb.creator = 'Qingshan dispatch';
	wb.created = fixed;
	wb.modified = fixed;
	const ws = wb.addWorksheet(options.sheetName ?? '12月计划');
	if (options.title !== false) {
		ws.addRow(['青山县供电局2026年12月计划停电表']);
		ws.mergeCells('A1:I1');
		ws.getCell('A1').font = { bold: true, size: 16 };
		ws.getCell('A1').alignment = { horizontal: 'center' };
		ws.addRow(['制表：调度控制中心　2026年11月25日']);
		ws.mergeCells('A2:I2');
	}
	ws.addRow([
		'计划编号',
		'停电类型',
		'计划开始时间',
		'计划结束时间',
		'停电设备名称',
		'停电区域',
		'停电原因',
		'报送单位',
		'联系电话',
	]);
	plans.forEach((p, i) => {
		const row = ws.addRow([
			p.no || null,
			p.kind,
			excelSerial(p.start),
			excelSerial(p.end.replace(' 24:00', ' 00:00')) + (p.end.endsWith('24:00') ? 1 : 0),
			p.line,
			p.scope,
			p.reason,
			p.unit,
			p.phone,
		]);
		row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
		row.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
		// Staff sometimes type a date as text in a date column: one row shows it.
		if (i === 2)
			row.getCell(3).value =
				`${Number(p.start.slice(0, 4))}年${Number(p.start.slice(5, 7))}月${Number(p.start.slice(8, 10))}日 ${Number(p.start.slice(11, 13))}时${p.start.slice(14, 16)}分`;
	});
	// Empty trailing rows that still carry formatting, as a template leaves them.
	for (let i = 0; i < 3; i++) {
		const row = ws.addRow(['', null, null]);
		row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
		row.getCell(1).border = { bottom: { style: 'thin' } };
	}
	ws.columns.forEach((c) => (c.width = 18));
	return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * An export with a mistake on almost every row (GB18030, like the real thing), to show what the importer refuses and
 * how it says so; docs/importer.md quotes its output and the tests check every message.
 */
export function badGb18030Csv(): Buffer {
	const rows = [
		['编号', '类型', '停电日期', '停电时间', '设备名称', '影响范围', '工作内容', '供电单位', '联系电话'],
		[
			'QS-2026-12-101',
			'计划',
			'2026年12月8日',
			'08:00-17:30',
			'10kV 关牟线',
			'关牟村1-5组',
			'更换老旧电杆',
			'关牟供电所',
			'0839-5550141',
		],
		[
			'QS-2026-12-102',
			'计划',
			'2026年13月3日',
			'08:00-17:30',
			'10kV 石桥线',
			'石桥村',
			'线路检修',
			'石桥供电所',
			'0839-5550142',
		],
		[
			'QS-2026-12-103',
			'计划',
			'2026年12月9日',
			'09:00-12:00',
			'10kV 城关Ⅱ回线',
			'幸福小区、府前路沿线',
			'更换电缆',
			'城关供电所',
			'0839-5550131',
		],
		['QS-2026-12-104', '临时', '2026年12月9日', '14:00-16:00', '10kV 东郊线', '东郊村', '抢修', '东城供电所', '五五五'],
		[
			'QS-2026-12-105',
			'检修',
			'2026年12月10日',
			'08:00-12:00',
			'10kV 白云线',
			'白云村',
			'更换变压器',
			'关牟供电所',
			'0839-5550141',
		],
		[
			'QS-2026-12-106',
			'计划',
			'2026年12月10日',
			'08:00-',
			'10kV 茶园线',
			'茶园村',
			'清障',
			'石桥供电所',
			'0839-5550142',
		],
		['', '', '', '', '', '', '', '', ''],
		[
			'QS-2026-12-101',
			'计划',
			'2026年12月11日',
			'08:00-12:00',
			'10kV 长岭线',
			'长岭村',
			'线路检修',
			'东城供电所',
			'0839-5550132',
		],
	];
	return iconv.encode(table(rows, ','), 'gb18030');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = path.resolve(process.argv[2] ?? 'examples');
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, 'outage-plan-2026-12.csv'), utf8Csv());
	writeFileSync(path.join(out, 'outage-plan-2026-12-gb18030.csv'), gb18030Csv());
	writeFileSync(path.join(out, 'outage-plan-2026-12.tsv'), tsv());
	writeFileSync(path.join(out, 'outage-plan-2026-12.xlsx'), await xlsx());
	writeFileSync(path.join(out, 'outage-plan-95598-gb18030.csv'), grid95598Csv());
	mkdirSync(path.join(out, 'bad'), { recursive: true });
	writeFileSync(path.join(out, 'bad', 'outage-plan-with-errors-gb18030.csv'), badGb18030Csv());
	console.log(`Wrote the sample exports to ${path.relative(process.cwd(), out) || '.'}/`);
}
