import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AreaMatcher } from '../../../src/lib/import/areas.ts';
import { importCommand } from '../../../src/lib/import/command.ts';
import type { CellValue } from '../../../src/lib/import/datetime.ts';
import { defaultMapping, findHeaderRow, headerIndex } from '../../../src/lib/import/mapping.ts';
import { readRows } from '../../../src/lib/import/rows.ts';
import { ZonedClock } from '../../../src/lib/import/zoned.ts';
import type { UnitDirectory } from '../../../src/lib/units/directory.ts';
import type { Area } from '../../../src/schemas/area.ts';
import type { ImportMapping } from '../../../src/schemas/import-mapping.ts';
import { runImport, type ImportOptions, type ImportOutcome } from '../../../src/lib/import/run.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { tempContent } from '../helpers.ts';

export { tempContent };

/** The import clock every test uses: a week before the sample plans. */
export const NOW = '2026-11-27T09:00:00+08:00';

/** Runs the real command line, as staff do, on a content folder of its own. */
export function runCli(args: string[], env: Record<string, string> = {}): { code: number | null; out: string } {
	// The project's own Node 24 (plain .ts files run on it), whatever Node started the tests.
	const node = existsSync(path.resolve('node_modules/.bin/node'))
		? path.resolve('node_modules/.bin/node')
		: process.execPath;
	const r = spawnSync(node, [path.resolve('scripts/import.ts'), ...args], {
		encoding: 'utf8',
		env: { ...process.env, IMPORT_NOW: NOW, ...env },
	});
	return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/**
 * Runs the command line's own code (src/lib/import/command.ts, which scripts/import.ts runs) in-process, with the
 * same arguments and environment as runCli: what a case checks of the output and exit code, without a Node start
 * per case. runCli stays for what only a real process shows (its exit code, the host's time zone).
 */
export async function importCli(
	args: string[],
	env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
	const lines: string[] = [];
	const code = await importCommand(
		args,
		{ ...process.env, IMPORT_NOW: NOW, ...env },
		{ log: (l) => lines.push(l), error: (l) => lines.push(l) },
	);
	return { code, out: lines.join('\n') };
}

/** Imports in-process (for tests that run many imports), collecting the output. */
export async function importFile(
	file: string,
	contentDir: string,
	options: Partial<ImportOptions> = {},
): Promise<ImportOutcome & { out: string }> {
	const lines: string[] = [];
	const outcome = await runImport({ file, contentDir, now: new Date(NOW), print: (l) => lines.push(l), ...options });
	return { ...outcome, out: lines.join('\n') };
}

/** A scratch folder for export files written by a test. */
export function scratch(): { dir: string; write(name: string, data: string | Buffer): string } {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-export-'));
	return {
		dir,
		write: (name, data) => {
			const file = path.join(dir, name);
			writeFileSync(file, data);
			return file;
		},
	};
}

/** The notices in a content folder. */
export function noticesIn(contentDir: string): Notice[] {
	return JSON.parse(readFileSync(path.join(contentDir, 'outages/notices.json'), 'utf8')) as Notice[];
}

/** The exact bytes of a content folder's notices.json. */
export function noticeBytes(contentDir: string): Buffer {
	return readFileSync(path.join(contentDir, 'outages/notices.json'));
}

/** A CSV export (UTF-8 with BOM) from a header and rows. */
export function csv(header: string[], rows: string[][]): string {
	const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The header of the tests' CSV exports. */
export const HEADER = [
	'计划编号',
	'停电类型',
	'停电开始时间',
	'停电结束时间',
	'停电线路',
	'停电范围',
	'检修内容',
	'供电所',
	'联系电话',
];

/** One row for HEADER, with overrides by header name. */
export function row(overrides: Partial<Record<string, string>> = {}): string[] {
	const base: Record<string, string> = {
		计划编号: 'QS-T-001',
		停电类型: '计划',
		停电开始时间: '2026-12-08 08:00',
		停电结束时间: '2026-12-08 17:30',
		停电线路: '10kV 关牟线',
		停电范围: '关牟村1-5组、关牟街',
		检修内容: '更换老旧电杆',
		供电所: '关牟供电所',
		联系电话: '0839-5550141',
		...overrides,
	};
	return HEADER.map((h) => base[h] as string);
}

/**
 * Reads `rows` under `header` (the first row) as the import does, at NOW, the areas and units given: readRows on
 * its own, without a file.
 */
export function readTable(
	header: CellValue[],
	rows: CellValue[][],
	with_: { areas: Map<string, Area>; units: UnitDirectory; mapping?: ImportMapping },
) {
	const mapping = with_.mapping ?? defaultMapping;
	const all = [header, ...rows];
	const match = findHeaderRow(all, headerIndex(mapping));
	if (!match) throw new Error('no header');
	return readRows(
		{ rows: all, rowNumbers: all.map((_, i) => i + 1), description: 'test' },
		{
			file: 'plan.csv',
			header: match,
			mapping,
			matcher: new AreaMatcher(with_.areas),
			areas: with_.areas,
			units: with_.units,
			clock: new ZonedClock('Asia/Shanghai'),
			nowIso: NOW,
			today: { year: 2026, month: 11, day: 27 },
		},
	);
}
