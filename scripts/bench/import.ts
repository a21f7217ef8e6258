/**
 * `npm run bench:import [-- --runs 3 --csv-rows 100000 --xlsx-rows 20000,100000 --no-record]` — how fast the importer reads,
 * validates and merges big exports. Generates a CSV export and .xlsx exports of the given sizes (rows cycling
 * through the fixture site's areas, all valid), then imports each into a fresh copy of the fixture site
 * (BENCH_TEMPLATE: the same on every repository, whatever content/ holds), each run in its own Node process so peak
 * memory (maxRSS) is per run. Prints the median time, rows per second and peak memory, and writes them to
 * docs/benchmarks/<date>-import-csv<rows>-xlsx<rows>.md (not with --no-record).
 * A figure-printing script, not a timed test: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describeMachine, fileNamePart, startResults } from './lib/results-file.ts';
import { BENCH_TEMPLATE } from './lib/synthetic-site.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const NOW = '2026-11-01T09:00:00+08:00';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'csv-rows': { type: 'string', default: '100000' },
		'xlsx-rows': { type: 'string', default: '20000,100000' },
		child: { type: 'string' },
		content: { type: 'string' },
		'no-record': { type: 'boolean', default: false },
	},
});

if (values.child) {
	// One measured import, in a process of its own.
	const { runImport } = await import('../../src/lib/import/run.ts');
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const outcome = await runImport({
		file: values.child,
		contentDir: values.content as string,
		now: new Date(NOW),
		print: () => {},
		quiet: true,
	});
	const ms = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	const added = outcome.merge?.changes.length ?? 0;
	console.log(
		JSON.stringify({
			ms,
			cpuMs: (cpu.user + cpu.system) / 1000,
			rows: outcome.rowCount,
			added,
			exitCode: outcome.exitCode,
			maxRssKiB: process.resourceUsage().maxRSS,
		}),
	);
	process.exit(0);
}

const SCOPES = [
	['关牟村1-5组、关牟街', '10kV 关牟线', '关牟供电所', '0839-5550141'],
	['花园新村、向阳社区', '10kV 城东Ⅰ回线', '东城供电所', '0839-5550132'],
	['新华街、金桥小区', '10kV 城关Ⅰ回线', '城关供电所', '0839-5550131'],
	['龙潭村3组、5组', '10kV 龙潭支线', '石桥供电所', '0839-5550142'],
	['白云村、松林村、和平村', '10kV 白云线', '关牟供电所', '0839-5550141'],
	['茶园村、杨柳村', '10kV 茶园线', '石桥供电所', '0839-5550142'],
];

/** Row `i` of a big export: a distinct plan number, a day in 2027–2029, a 4-hour window, an area from the sample. */
function plan(i: number): {
	no: string;
	day: Date;
	hour: number;
	scope: string;
	line: string;
	unit: string;
	phone: string;
} {
	const [scope, line, unit, phone] = SCOPES[i % SCOPES.length];
	const day = new Date(Date.UTC(2027, 0, 1 + (i % 1000)));
	// Distinct lines per row so the overlap check has realistic work without flagging every row.
	return {
		no: `BENCH-${String(i).padStart(6, '0')}`,
		day,
		hour: 8 + (i % 3) * 4,
		scope,
		line: `${line} ${i}# 杆`,
		unit,
		phone,
	};
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function writeCsv(file: string, rows: number): void {
	const lines = ['计划编号,停电类型,停电开始时间,停电结束时间,停电线路,停电范围,检修内容,供电所,联系电话'];
	for (let i = 0; i < rows; i++) {
		const p = plan(i);
		lines.push(
			`${p.no},计划,${ymd(p.day)} ${hh(p.hour)},${ymd(p.day)} ${hh(p.hour + 4)},${p.line},${p.scope},线路检修,${p.unit},${p.phone}`,
		);
	}
	writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

async function writeXlsx(file: string, rows: number): Promise<void> {
	// The streaming writer keeps memory flat while generating big workbooks.
	const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
	const ws = wb.addWorksheet('计划');
	ws.addRow(['青山县供电局计划停电表']).commit();
	ws.addRow([
		'计划编号',
		'停电类型',
		'停电开始时间',
		'停电结束时间',
		'停电线路',
		'停电范围',
		'检修内容',
		'供电所',
		'联系电话',
	]).commit();
	const serial = (d: Date, h: number) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 + h / 24;
	for (let i = 0; i < rows; i++) {
		const p = plan(i);
		const row = ws.addRow([
			p.no,
			'计划',
			serial(p.day, p.hour),
			serial(p.day, p.hour + 4),
			p.line,
			p.scope,
			'线路检修',
			p.unit,
			p.phone,
		]);
		row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
		row.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
		row.commit();
	}
	ws.commit();
	await wb.commit();
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(
	file: string,
	runs: number,
): { ms: number; cpuMs: number; rows: number; maxRssMiB: number; all: number[] } {
	const times: number[] = [];
	const cpus: number[] = [];
	const rss: number[] = [];
	let rows = 0;
	for (let r = 0; r < runs; r++) {
		const content = mkdtempSync(path.join(os.tmpdir(), 'qs-bench-content-'));
		cpSync(BENCH_TEMPLATE, content, { recursive: true });
		const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, '--content', content], {
			encoding: 'utf8',
			maxBuffer: 1 << 24,
			cwd: root,
		});
		rmSync(content, { recursive: true, force: true });
		const last = child.stdout.trim().split('\n').at(-1) ?? '';
		if (child.status !== 0 || !last.startsWith('{'))
			throw new Error(`benchmark run failed:\n${child.stdout}\n${child.stderr}`);
		const m = JSON.parse(last) as { ms: number; cpuMs: number; rows: number; exitCode: number; maxRssKiB: number };
		if (m.exitCode !== 0) throw new Error(`the generated export did not import cleanly (${file})`);
		times.push(m.ms);
		cpus.push(m.cpuMs);
		rss.push(m.maxRssKiB / 1024);
		rows = m.rows;
	}
	return { ms: median(times), cpuMs: median(cpus), rows, maxRssMiB: Math.max(...rss), all: times };
}

const runs = Number(values.runs);
const sizes = (option: unknown) => String(option).split(',').filter(Boolean).map(Number);
const csvRows = sizes(values['csv-rows']);
const xlsxRows = sizes(values['xlsx-rows']);
if (!Number.isInteger(runs) || runs < 1 || ![...csvRows, ...xlsxRows].every((n) => Number.isInteger(n) && n > 0)) {
	console.error(
		'usage: npm run bench:import -- [--runs 3] [--csv-rows 100000] [--xlsx-rows 20000,100000] [--no-record]',
	);
	process.exit(2);
}
const results = startResults('import', { record: !values['no-record'] });
const dir = path.join(root, '.cache', 'bench-import');
mkdirSync(dir, { recursive: true });
console.log(`Machine: ${describeMachine(results.machine)}`);
console.log(
	`Load average at start: ${results.loadBefore
		.map((l) => l.toFixed(2))
		.join(' ')} (wall times stretch when other work shares the cores; CPU time much less so).`,
);
const method = `Each figure: median of ${runs} runs, each a fresh process importing into a fresh copy of the fixture site (read + validate + merge + write). Targets: 100,000 CSV rows and 20,000 .xlsx rows, each within 10 s.`;
console.log(method);
const columns = [
	'export',
	'rows',
	'median wall time',
	'rows/s (wall)',
	'median CPU time (user+sys)',
	'peak memory (maxRSS)',
];
console.log(`| ${columns.join(' | ')} |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');

const jobs: Array<{ label: string; file: string; make: () => Promise<void> | void }> = [];
for (const n of csvRows) {
	const file = path.join(dir, `bench-${n}.csv`);
	jobs.push({ label: 'CSV (UTF-8)', file, make: () => writeCsv(file, n) });
}
for (const n of xlsxRows) {
	const file = path.join(dir, `bench-${n}.xlsx`);
	jobs.push({ label: '.xlsx', file, make: () => writeXlsx(file, n) });
}
const rows: string[][] = [];
for (const job of jobs) {
	await job.make();
	const m = measure(job.file, runs);
	const rate = Math.round(m.rows / (m.ms / 1000));
	const row = [
		job.label,
		m.rows.toLocaleString('en-US'),
		`${(m.ms / 1000).toFixed(2)} s`,
		rate.toLocaleString('en-US'),
		`${(m.cpuMs / 1000).toFixed(2)} s`,
		`${Math.round(m.maxRssMiB)} MiB`,
	];
	rows.push(row);
	console.log(`| ${row.join(' | ')} |`);
}
await results.write({
	title: 'Importer benchmark',
	size:
		fileNamePart(
			[csvRows.length ? `csv${csvRows.join('_')}` : '', xlsxRows.length ? `xlsx${xlsxRows.join('_')}` : '']
				.filter(Boolean)
				.join('-'),
		) || undefined,
	blocks: [
		`${method} CPU time can exceed wall time: the runtime's garbage collector works on another core.`,
		{ columns, rows },
	],
});
