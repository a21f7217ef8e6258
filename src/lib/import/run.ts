import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportField, ImportMapping } from '../../schemas/import-mapping.ts';
import type { Notice } from '../../schemas/notice.ts';
import { isOffsetDateTime } from '../../schemas/common.ts';
import writeFileAtomic from 'write-file-atomic';
import { formatProblem } from '../content/problems.ts';
import { contentFiles, validateContent } from '../content/validate.ts';
import { serializeNotices } from '../notices-file.ts';
import { toZonedIso } from '../time.ts';
import { AreaMatcher } from './areas.ts';
import { cleanedCellWarnings, cleanTable } from './clean-cells.ts';
import {
	defaultColumns,
	defaultMapping,
	findHeaderRow,
	headerIndex,
	loadMappingFile,
	MAX_TITLE_ROWS,
} from './mapping.ts';
import { FIELD_NAMES, mergeNotices, type MergeResult, type NoticeChange } from './merge.ts';
import { columnLetter, formatImportProblem, renderReport, type ImportProblem } from './problems.ts';
import { ExportReadError, readExport } from './read-table.ts';
import { readRows } from './rows.ts';
import { UnitDirectory } from '../units/directory.ts';
import { exportWarnings } from './warnings.ts';
import { isoShort, ZonedClock } from './zoned.ts';

export interface ImportOptions {
	/** The export file, as given on the command line (messages name it so). */
	file: string;
	/** The content folder whose outages/notices.json is regenerated. */
	contentDir: string;
	/** File names in messages are relative to it. Default: the current directory. */
	projectRoot?: string;
	/** Print what would change; write nothing. */
	dryRun?: boolean;
	/** Cancel published notices inside the export's date span that it no longer lists. */
	cancelMissing?: boolean;
	/** A mapping file (JSON, see src/schemas/import-mapping.ts). */
	mappingFile?: string;
	/** The sheet of an .xlsx workbook; default the first. */
	sheet?: string;
	/** Force the CSV text encoding. */
	encoding?: string;
	/** Also write every problem to this file (.csv: a table for Excel/WPS; anything else: text). */
	reportFile?: string;
	/** The import's clock: publishedAt of new notices and the time of every history entry added. */
	now: Date;
	/** Where the output goes, line by line. */
	print: (line: string) => void;
	/** Print the summary and problems but not one line per change (the benchmark uses it). */
	quiet?: boolean;
}

export interface ImportOutcome {
	/** 0: imported (or nothing to do); 1: refused, nothing written. */
	exitCode: 0 | 1;
	/** Whether notices.json was rewritten. */
	wrote: boolean;
	problems: ImportProblem[];
	merge?: MergeResult;
	/** Data rows read from the export. */
	rowCount: number;
}

/**
 * Imports a scheduling export into `<contentDir>/outages/notices.json`: reads it, maps its headers, reads and
 * validates every row, merges with the notices already published, prints the summary and each change, and (unless
 * a dry run, and only when there is no error at all) writes the file atomically in its canonical form.
 */
export async function runImport(o: ImportOptions): Promise<ImportOutcome> {
	const root = o.projectRoot ?? process.cwd();
	const problems: ImportProblem[] = [];
	const refuse = (extra: ImportProblem[] = []): ImportOutcome => {
		problems.push(...extra);
		finish(o, problems);
		o.print(
			`导入被拒绝，未写入任何文件。Import refused: nothing was written. (${countErrors(problems)} 个错误 error(s))`,
		);
		return { exitCode: 1, wrote: false, problems, rowCount: 0 };
	};
	const fileError = (en: string, zh: string): ImportProblem => ({ severity: 'error', file: o.file, en, zh });

	// The mapping.
	let mapping: ImportMapping = defaultMapping;
	if (o.mappingFile) {
		const m = loadMappingFile(o.mappingFile);
		if (!m.ok) return refuse(m.problems.map((p) => ({ severity: 'error', file: p.where, en: p.en, zh: p.zh })));
		mapping = m.mapping;
	}

	// The content the export is merged into must itself be valid.
	const content = validateContent(o.contentDir, { projectRoot: root });
	const relevant = new Set(
		[contentFiles.site, contentFiles.areas, contentFiles.units, contentFiles.notices].map((f) =>
			path.relative(root, path.join(o.contentDir, f)).split(path.sep).join('/'),
		),
	);
	const contentErrors = content.problems.filter((p) => p.severity === 'error' && relevant.has(p.file));
	if (contentErrors.length > 0 || !content.site) {
		for (const p of contentErrors) o.print(formatProblem(p));
		return refuse([
			fileError(
				'the site content has errors (listed above): fix them before importing',
				'网站内容本身有错误（见上）：请先修正再导入',
			),
		]);
	}
	const site = content.site;
	const noticesPath = path.join(o.contentDir, contentFiles.notices);
	const before = readFileSync(noticesPath);
	const clock = new ZonedClock(site.timeZone);
	const nowIso = toSecondIso(o.now, clock);
	const today = clock.dateOf(o.now);

	// The export.
	let table;
	try {
		table = await readExport(o.file, { encoding: o.encoding, sheet: o.sheet });
	} catch (e) {
		if (e instanceof ExportReadError) return refuse([fileError(e.en, e.zh)]);
		throw e;
	}
	o.print(`读取 Reading ${o.file} (${table.description})`);
	// Invisible junk goes before anything reads the table (a zero-width space would hide a header); each cell cleaned is a warning.
	const clean = cleanTable(table);
	table = clean.table;
	const index = headerIndex(mapping);
	const header = findHeaderRow(table.rows, index);
	problems.push(...cleanedCellWarnings(o.file, table, clean.cleaned, header?.rowIndex));
	if (!header) {
		const examples = ['sourceId', 'start', 'end', 'line', 'scope']
			.map((f) => defaultColumns[f as ImportField][0])
			.join(', ');
		return refuse([
			fileError(
				`no header row found in the first ${MAX_TITLE_ROWS + 1} rows: expected column headers such as ${examples} (see the mapping table in docs/importer.md, or give --mapping)`,
				`前 ${MAX_TITLE_ROWS + 1} 行中没有找到表头：应有 ${examples} 等列（见 docs/importer.md 中的表头对照表，或使用 --mapping）`,
			),
		]);
	}
	const headerRow = table.rowNumbers[header.rowIndex];
	o.print(
		`表头 Header row ${headerRow}: ${[...header.columns.values()]
			.sort((a, b) => a.index - b.index)
			.map((c) => `${c.header} → ${c.field}`)
			.join(', ')}${header.unmapped.length ? `; ignored 未使用: ${header.unmapped.join(', ')}` : ''}`,
	);
	for (const d of header.duplicates) {
		problems.push({
			severity: 'warning',
			file: o.file,
			row: headerRow,
			column: columnLetter(d.index),
			header: d.header,
			en: `is a second column for ${d.field}: ignored, the first one is used`,
			zh: `与前面的列对应同一字段 ${d.field}：已忽略，使用第一列`,
		});
	}
	const missingColumns = requiredColumns(header.columns);
	if (missingColumns.length > 0) return refuse(missingColumns.map((p) => ({ ...p, file: o.file, row: headerRow })));

	const matcher = new AreaMatcher(content.areas);
	const units = new UnitDirectory(content.units);
	const read = readRows(table, {
		file: o.file,
		header,
		mapping,
		matcher,
		areas: content.areas,
		units,
		clock,
		nowIso,
		today,
	});
	problems.push(...read.problems);
	if (read.rows.length === 0 && countErrors(problems) === 0) {
		return refuse([fileError('has no data rows below the header row', '表头下方没有数据行')]);
	}

	const merge = mergeNotices(content.notices, read.rows, {
		file: o.file,
		nowIso,
		clock,
		cancelMissing: o.cancelMissing ?? false,
	});
	problems.push(...merge.problems);
	problems.push(...exportWarnings(o.file, read.rows, merge.changes, site));
	problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

	const rowCount =
		read.rows.length + new Set(read.problems.filter((p) => p.severity === 'error').map((p) => p.row)).size;
	if (countErrors(problems) > 0) {
		const out = refuse();
		return { ...out, merge, rowCount };
	}

	if (!o.quiet) printChanges(o, merge, o.cancelMissing ?? false);
	finish(o, problems);
	printSummary(o, merge, problems);
	let wrote = false;
	if (o.dryRun) o.print('试运行：未写入任何文件。Dry run: nothing was written.');
	else {
		const text = serializeNotices(merge.notices);
		const display = path.relative(root, noticesPath).split(path.sep).join('/');
		if (Buffer.from(text, 'utf8').equals(before))
			o.print(`${display} 已是最新，未改动。${display} is up to date: not rewritten.`);
		else {
			try {
				writeFileAtomic.sync(noticesPath, text);
			} catch (e) {
				o.print(
					`错误 error ${display} — 无法写入（${(e as Error).message}），原文件未改动 / cannot be written (${(e as Error).message}); the old file is unchanged`,
				);
				return { exitCode: 1, wrote: false, problems, merge, rowCount };
			}
			wrote = true;
			o.print(`已写入 Wrote ${display} (${merge.notices.length} notices 条公告). Review it with: git diff ${display}`);
		}
	}
	return { exitCode: 0, wrote, problems, merge, rowCount };
}

/** The import's clock to the second, in the utility's zone (history times are written to the second). */
function toSecondIso(now: Date, clock: ZonedClock): string {
	return toZonedIso(new Date(Math.floor(now.getTime() / 1000) * 1000), clock.timeZone);
}

/**
 * The columns every export needs, by what is present: a window, a line, a reason, a unit, a scope or areas. The
 * phone may be missing: each unit's comes from content/units.json.
 */
function requiredColumns(cols: Map<ImportField, unknown>): Array<Omit<ImportProblem, 'file'>> {
	const out: Array<Omit<ImportProblem, 'file'>> = [];
	const need = (f: ImportField) => {
		const names = defaultColumns[f].slice(0, 3).join(' / ');
		out.push({
			severity: 'error',
			en: `no column for ${f} (${names})`,
			zh: `缺少"${FIELD_NAMES[f]?.zh ?? names}"列（${names}）`,
		});
	};
	const hasWindow = cols.has('window') || (cols.has('start') && cols.has('end'));
	if (!hasWindow) {
		out.push({
			severity: 'error',
			en: 'no columns for when: give 停电开始时间 and 停电结束时间, or 停电日期 and 停电时间 (e.g. 08:00-17:30)',
			zh: '缺少时间列：须有"停电开始时间"和"停电结束时间"，或"停电日期"和"停电时间"（如 08:00-17:30）',
		});
	}
	if (!cols.has('scope') && !cols.has('areas')) need('scope');
	for (const f of ['line', 'reason', 'unit'] as const) if (!cols.has(f)) need(f);
	return out;
}

function countErrors(problems: ImportProblem[]): number {
	return problems.filter((p) => p.severity === 'error').length;
}

function finish(o: ImportOptions, problems: ImportProblem[]): void {
	for (const p of problems) o.print(formatImportProblem(p));
	if (o.reportFile) {
		try {
			writeFileAtomic.sync(o.reportFile, renderReport(problems, o.reportFile.toLowerCase().endsWith('.csv')));
			o.print(`问题清单已写入 Problems written to ${o.reportFile} (${problems.length})`);
		} catch (e) {
			// The report is a convenience: failing to write it must not hide the problems printed above.
			o.print(
				`警告 warning ${o.reportFile} — 问题清单无法写入 / the report cannot be written: ${(e as Error).message}`,
			);
		}
	}
}

const TYPE_LABEL: Record<NoticeChange['type'], string> = {
	added: '+ 新增 added',
	rescheduled: '~ 改期 rescheduled',
	amended: '~ 变更 amended',
	reinstated: '~ 恢复 reinstated',
	cancelled: '- 取消 cancelled',
	restored: '~ 送电 restored',
};

function windowText(n: Notice): string {
	return `${isoShort(n.start)} → ${isoShort(n.end)}`;
}

function printChanges(o: ImportOptions, merge: MergeResult, cancelMissing: boolean): void {
	for (const c of merge.changes) {
		const row = c.row !== undefined ? ` (row ${c.row})` : '';
		let detail: string;
		if (c.type === 'added') detail = `${windowText(c.after)}  ${c.after.line.zh}  ${c.after.scope.zh}`;
		else if (c.type === 'cancelled')
			detail = `${windowText(c.after)}  ${c.after.scope.zh} — 导出中没有此计划 missing from the export`;
		else {
			const parts: string[] = [];
			for (const f of c.fields) {
				if (f === 'window' && c.before) parts.push(`${windowText(c.before)}  ⇒  ${windowText(c.after)}`);
				else if (f === 'restoredAt')
					parts.push(
						`实际送电 restored ${c.after.restoredAt ? isoShort(c.after.restoredAt) : '?'} (planned 计划 ${isoShort(c.after.end)})`,
					);
				else if (c.before)
					parts.push(`${f}: ${JSON.stringify(fieldValue(c.before, f))} ⇒ ${JSON.stringify(fieldValue(c.after, f))}`);
			}
			detail = parts.join('; ');
		}
		o.print(`${TYPE_LABEL[c.type]} ${c.id}${row}  ${detail}`);
	}
	if (!cancelMissing) {
		for (const n of merge.missing) {
			o.print(`? 缺失 missing ${n.id}  ${windowText(n)}  ${n.scope.zh} — 导出中没有，保留 not in the export, kept`);
		}
	}
}

function fieldValue(n: Notice, f: string): unknown {
	switch (f) {
		case 'unit':
			return n.unit.name.zh;
		case 'phone':
			return n.unit.phone;
		case 'areas':
			return n.areas.join(',');
		case 'substation':
			return n.substation;
		case 'transformerDistricts':
			return n.transformerDistricts?.join('、');
		case 'kind':
			return n.kind;
		default:
			return (n as unknown as Record<string, { zh: string }>)[f]?.zh;
	}
}

function printSummary(o: ImportOptions, merge: MergeResult, problems: ImportProblem[]): void {
	const added = merge.changes.filter((c) => c.type === 'added').length;
	const cancelled = merge.changes.filter((c) => c.type === 'cancelled').length;
	const changed = merge.changes.length - added - cancelled;
	const warnings = problems.filter((p) => p.severity === 'warning').length;
	const span = merge.span ? ` ${merge.span.from} … ${merge.span.to}` : '';
	if (merge.missing.length > 0 && !o.cancelMissing) {
		o.print(
			'缺失的公告保持不变；若这些计划已撤销，请加 --cancel-missing 重新导入。Missing notices are kept; if those plans were withdrawn, import again with --cancel-missing.',
		);
	}
	o.print(
		`汇总 Summary${span}: 新增 added ${added} · 变更 changed ${changed} · 未变 unchanged ${merge.unchanged.length} · 缺失 missing ${merge.missing.length}${cancelled ? ` (取消 cancelled ${cancelled})` : ''} · 警告 warnings ${warnings}`,
	);
}

/**
 * The import's clock: `--now`, else `IMPORT_NOW`, else the real time. Both must be ISO 8601 with an offset, so the
 * same command gives the same file on any machine; tests and reproducible runs set one of them.
 */
export function importClock(option: string | undefined, env: Record<string, string | undefined>): Date {
	const value = option ?? env.IMPORT_NOW;
	if (value === undefined || value === '') return new Date();
	if (!isOffsetDateTime(value)) {
		throw new Error(
			`--now / IMPORT_NOW must be an ISO 8601 date-time with an offset, e.g. 2026-11-20T09:00:00+08:00, got ${JSON.stringify(value)} / 须为带时区偏移的 ISO 8601 时间`,
		);
	}
	return new Date(Date.parse(value));
}
