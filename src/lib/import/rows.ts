import type { z } from 'astro/zod';
import type { Area } from '../../schemas/area.ts';
import { bilingualErrorMap, issueText } from '../../schemas/errors.ts';
import type { ImportField, ImportMapping } from '../../schemas/import-mapping.ts';
import { noticeSchema, type Notice, type NoticeKind } from '../../schemas/notice.ts';
import { phoneSchema } from '../../schemas/common.ts';
import type { AreaMatcher } from './areas.ts';
import { resolveUnit, type UnitDirectory } from '../units/directory.ts';
import { restorationProblem } from './restoration.ts';
import { toHalfWidthDigits } from '../text/width.ts';
import {
	combine,
	compareLocal,
	parseWhenCell,
	parseWindowText,
	type CellValue,
	type LocalDate,
	type LocalDateTime,
	type Parsed,
	type When,
} from './datetime.ts';
import { idFromContent, idFromSourceId } from './ids.ts';
import { kindIndex, normalizeHeader, type HeaderMatch } from './mapping.ts';
import { columnLetter, type ImportProblem } from './problems.ts';
import type { Table } from './read-table.ts';
import type { ZonedClock } from './zoned.ts';

/** A row of the export that passed every check: what the notice should say now. */
export interface ImportedRow {
	/** The row number the spreadsheet shows. */
	row: number;
	/** The notice id (see ids.ts for the rule). */
	id: string;
	/** The plan number as written, where the export has one. */
	sourceId?: string;
	/** The notice exactly as it would be first published from this row (publishedAt = the import's clock). */
	notice: Notice;
	/** 实际送电时间: when power came back, where the row reports it (checked: after the start, not after the clock). */
	restoredAt?: string;
	/** Whether the id came from the plan number (true) or the deterministic key (false). */
	keyedBySourceId: boolean;
	/** The cell the id comes from (the plan number, else the scope), for messages about the id. */
	idCell: { column?: string; header?: string };
}

/** Everything a row needs to be read. */
export interface RowContext {
	file: string;
	header: HeaderMatch;
	mapping: ImportMapping;
	matcher: AreaMatcher;
	areas: Map<string, Area>;
	/** The supply units of content/units.json: rows name theirs, and take its phone where the export has none. */
	units: UnitDirectory;
	clock: ZonedClock;
	/** The import's clock as an ISO instant in the utility's zone: publishedAt of a new notice. */
	nowIso: string;
	/** Today's date in the utility's zone: supplies the year where an export leaves it out. */
	today: LocalDate;
}

/** The rows read from the export, and every problem found on the way. */
export interface RowsResult {
	rows: ImportedRow[];
	problems: ImportProblem[];
}

/** Which columns a field of the notice comes from, so a schema issue on the notice can name the cell. */
const FIELD_COLUMNS: Record<string, ImportField[]> = {
	id: ['sourceId'],
	sourceId: ['sourceId'],
	kind: ['kind'],
	start: ['start', 'window', 'date'],
	end: ['end', 'window', 'date'],
	areas: ['scope', 'areas'],
	scope: ['scope', 'areas'],
	line: ['line'],
	reason: ['reason'],
	unit: ['unit'],
	phone: ['phone'],
	substation: ['substation'],
	transformerDistricts: ['transformerDistricts'],
	restoredAt: ['restoredAt'],
};

/** Separators between the transformer districts (台区) a cell lists. */
const LIST_SEPARATOR = /[、，,；;/\n\r|]+/;

const LONG_TEXT_BREAKS = /\s*[\r\n]+\s*/g;

/** Reads every data row below the header into notices, collecting all problems rather than stopping at the first. */
export function readRows(table: Table, ctx: RowContext): RowsResult {
	const problems: ImportProblem[] = [];
	const rows: ImportedRow[] = [];
	const kinds = kindIndex(ctx.mapping);
	const headerCells = table.rows[ctx.header.rowIndex];
	const headerKey = headerCells.map((c) => (c === null ? '' : String(c).trim())).join('\u0001');
	for (let r = ctx.header.rowIndex + 1; r < table.rows.length; r++) {
		const cells = table.rows[r];
		if (cells.every(isBlank)) continue;
		const filled = cells.filter((c) => !isBlank(c));
		if (
			filled.length === 1 &&
			typeof filled[0] === 'string' &&
			rows.length + problems.length > 0 &&
			!isBlank(cells[0])
		) {
			// A footer such as 制表人：张三 or 备注：… below the plans: one filled cell, in the first column.
			problems.push({
				severity: 'warning',
				file: ctx.file,
				row: table.rowNumbers[r],
				column: 'A',
				value: filled[0],
				en: 'only one cell filled: read as a note and skipped',
				zh: '仅填写了一个单元格：视为备注，已跳过',
			});
			continue;
		}
		// Exports printed in pages repeat the header row.
		if (
			cells[0] === headerCells[0] &&
			cells.map((c) => (c === null ? '' : String(c).trim())).join('\u0001') === headerKey
		)
			continue;
		const result = readRow(cells, table.rowNumbers[r], ctx, kinds);
		problems.push(...result.problems);
		if (result.row) rows.push(result.row);
	}
	return { rows, problems };
}

function isBlank(c: CellValue): boolean {
	return c === null || (typeof c === 'string' && c.trim() === '');
}

function readRow(
	cells: CellValue[],
	rowNumber: number,
	ctx: RowContext,
	kinds: Map<string, NoticeKind>,
): { row?: ImportedRow; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const cols = ctx.header.columns;
	const cell = (f: ImportField): CellValue => {
		const c = cols.get(f);
		return c === undefined ? null : (cells[c.index] ?? null);
	};
	const problem = (severity: 'error' | 'warning', f: ImportField | undefined, en: string, zh: string) => {
		const c = f ? cols.get(f) : undefined;
		problems.push({
			severity,
			file: ctx.file,
			row: rowNumber,
			column: c ? columnLetter(c.index) : undefined,
			header: c?.header,
			value: c ? cell(f as ImportField) : undefined,
			en,
			zh,
		});
	};
	const text = (f: ImportField): string => textOf(cell(f));

	// When: start/end, or date + window, or date + times.
	const when = readWindow(cell, cols.has('window'), ctx, problem);

	// Kind.
	let kind: NoticeKind = ctx.mapping.defaultKind;
	const kindText = text('kind');
	if (kindText) {
		const key = normalizeHeader(kindText);
		// 临时停电, 计划检修, 其他停运: the type word with a suffix the export may or may not add.
		const k = kinds.get(key) ?? kinds.get(key.replace(/(停电|检修|停运|作业)$/, ''));
		if (k) kind = k;
		else {
			// 计划停电, 临时检修 … are accepted through the suffix rule: list the short forms.
			const known = [...kinds.keys()].filter((k) => !/(停电|检修)$/.test(k)).join('、');
			problem(
				'error',
				'kind',
				`is not a known outage type; known: ${known} (a mapping file can add more)`,
				`不是已知的停电类型；可用：${known}（可在映射文件中增加）`,
			);
		}
	}

	// Areas: from the scope text and any area column.
	const scopeRaw = text('scope');
	const areaIds: string[] = [];
	let areaProblem = false;
	let scopeUnmatched: Array<{ text: string; suggestions: string[] }> = [];
	if (scopeRaw) {
		const m = ctx.matcher.matchScope(scopeRaw);
		areaIds.push(...m.ids);
		scopeUnmatched = m.unmatched;
	}
	const areasText = text('areas');
	if (areasText) {
		const m = ctx.matcher.matchList(areasText);
		for (const id of m.ids) if (!areaIds.includes(id)) areaIds.push(id);
		for (const u of m.unmatched) {
			areaProblem = true;
			problem(
				'error',
				'areas',
				`"${u.text}" is not the name, alias or id of any area; closest: ${u.suggestions.join(', ')}`,
				`"${u.text}"不是任何区域的名称、别名或编号；最接近：${u.suggestions.join('、')}`,
			);
		}
		for (const a of m.ambiguous) {
			areaProblem = true;
			const which = a.candidates.map((id) => `${id} (${ctx.areas.get(id)?.name.zh ?? id})`);
			problem(
				'error',
				'areas',
				`"${a.text}" is the name of ${a.candidates.length} areas: ${which.join(', ')}; write the Chinese name or the id instead`,
				`"${a.text}"同时是 ${a.candidates.length} 个区域的名称：${which.join('、')}；请改填中文名称或区域编号`,
			);
		}
	}
	// A scope part naming no known area (an enterprise, an estate, a school) is published as written: a warning
	// when the row has an area anyway, an error when nothing in the row says where the outage is.
	for (const u of scopeUnmatched) {
		const known = areaIds.length > 0;
		if (!known) areaProblem = true;
		problem(
			known ? 'warning' : 'error',
			'scope',
			known
				? `"${u.text}" names no known area: kept in the published scope as written; closest known: ${u.suggestions.join(', ')}. If it is a place, add it to content/areas.json as an alias`
				: `"${u.text}" names no known area; closest: ${u.suggestions.join(', ')}. Correct the name, or add it to content/areas.json as an alias`,
			known
				? `"${u.text}"与任何已知区域都不匹配：按原文保留在停电范围中；最接近：${u.suggestions.join('、')}。如是地名，可在 content/areas.json 中添加为别名`
				: `"${u.text}"与任何已知区域都不匹配；最接近：${u.suggestions.join('、')}。请更正名称，或在 content/areas.json 中将其添加为别名`,
		);
	}
	let scope = scopeRaw.replace(LONG_TEXT_BREAKS, '、');
	if (!scope) {
		if (areaIds.length > 0) {
			scope = areaIds.map((id) => ctx.areas.get(id)?.name.zh ?? id).join('、');
			problem(
				'warning',
				cols.has('scope') ? 'scope' : 'areas',
				`the scope is empty: the notice will list the areas instead (${scope})`,
				`停电范围为空：公告将改为列出区域（${scope}）`,
			);
		} else {
			areaProblem = true;
			problem(
				'error',
				cols.has('scope') ? 'scope' : 'areas',
				'the scope is empty and no area is given: residents could not tell who is affected',
				'停电范围为空且未填写区域：居民无法知道哪里停电',
			);
		}
	} else if (areaIds.length === 0 && !areaProblem) {
		areaProblem = true;
		problem(
			'error',
			'scope',
			'names no known area: every notice needs at least one area from content/areas.json',
			'未包含任何已知区域：每条公告至少须对应 content/areas.json 中的一个区域',
		);
	}

	const line = text('line').replace(LONG_TEXT_BREAKS, ' ');
	const reason = text('reason').replace(LONG_TEXT_BREAKS, ' ');
	const unitName = text('unit').replace(LONG_TEXT_BREAKS, ' ');
	const exportPhone = toHalfWidthDigits(text('phone')).replace(/[（]/g, '(').replace(/[）]/g, ')');
	const sourceId = text('sourceId') || undefined;
	const substation = text('substation').replace(LONG_TEXT_BREAKS, ' ') || undefined;
	const districts = [
		...new Set(
			text('transformerDistricts')
				.split(LIST_SEPARATOR)
				.map((d) => d.trim())
				.filter(Boolean),
		),
	];

	// The unit, from the directory; the phone from the export, else from the directory.
	const resolved = resolveUnit(ctx.units, unitName, exportPhone);
	let unit: { id: string; name: { zh: string; en?: string }; phone: string } | undefined;
	if (resolved.ok) {
		unit = { id: resolved.unit.id, name: resolved.unit.name, phone: resolved.phone };
		// A phone the schema refuses is reported as such below, not as differing.
		if (resolved.phoneDiffers && phoneSchema.safeParse(exportPhone).success) {
			const known = resolved.unit.phones.map((p) => p.number).join(', ');
			problem(
				'warning',
				'phone',
				`differs from ${resolved.unit.name.zh}'s phone in content/units.json (${known}): this notice gives the export's`,
				`与 content/units.json 中${resolved.unit.name.zh}的电话（${known}）不同：本条公告使用导出中的电话`,
			);
		}
	} else if (resolved.reason === 'unknown-unit') {
		problem(
			'error',
			'unit',
			unitName
				? `is not a supply unit of content/units.json (by name or other name); closest: ${resolved.suggestions.join(', ')}. Correct it, or add it to that unit's otherNames`
				: `is empty: which supply unit is responsible? e.g. ${resolved.suggestions.join(', ')}`,
			unitName
				? `不是 content/units.json 中的供电所（名称或别称均不符）；最接近：${resolved.suggestions.join('、')}。请更正，或将其添加到该供电所的 otherNames`
				: `为空：由哪个供电所负责？如 ${resolved.suggestions.join('、')}`,
		);
	} else {
		problem(
			'error',
			cols.has('phone') ? 'phone' : 'unit',
			`no phone: the export gives none and ${resolved.unit?.name.zh ?? unitName} has none in content/units.json; residents need a number to call`,
			`没有电话：导出中未填写，content/units.json 中${resolved.unit?.name.zh ?? unitName}也没有电话；居民需要可拨打的号码`,
		);
	}

	// Without a readable window the other fields are still checked, so every problem of the row is listed at once.
	const start = when ? ctx.clock.iso(when.start) : ctx.nowIso;
	const restoredAt = readRestoration(cell('restoredAt'), when, ctx, problem);
	const end = when ? ctx.clock.iso(when.end) : '2999-12-31T00:00:00Z';
	const id = sourceId ? idFromSourceId(sourceId) : idFromContent(start.slice(0, 10), line, scope);
	const candidate = {
		id,
		...(sourceId ? { sourceId } : {}),
		kind,
		lifecycle: 'published',
		start,
		end,
		areas: areaIds,
		scope: { zh: scope },
		line: { zh: line },
		reason: { zh: reason },
		...(substation ? { substation } : {}),
		...(districts.length > 0 ? { transformerDistricts: districts } : {}),
		// A placeholder where the unit is unknown (reported above), so the other fields are still checked.
		unit: unit ?? { id: 'unknown', name: { zh: unitName || '?' }, phone: exportPhone || '0000-0000000' },
		publishedAt: ctx.nowIso,
		updatedAt: ctx.nowIso,
		revision: 1,
		history: [{ revision: 1, at: ctx.nowIso, event: 'published' }],
	};
	const parsed = noticeSchema.safeParse(candidate, { error: bilingualErrorMap });
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			// Areas and scope problems were reported above, with suggestions.
			if ((issue.path[0] === 'areas' || issue.path[0] === 'scope') && areaProblem) continue;
			if (!when && (issue.path[0] === 'start' || issue.path[0] === 'end' || issue.path[0] === 'id')) continue;
			const f = fieldOfIssue(issue, cols);
			const { en, zh } = issueText(issue);
			problem('error', f, f ? en : `${String(issue.path.join('.'))} ${en}`, zh);
		}
	}
	if (!when || problems.some((p) => p.severity === 'error') || !parsed.success) return { problems };
	const idCol = cols.get(sourceId ? 'sourceId' : 'scope') ?? cols.get('areas');
	const idCell = { column: idCol ? columnLetter(idCol.index) : undefined, header: idCol?.header };
	return {
		row: {
			row: rowNumber,
			id,
			sourceId,
			notice: parsed.data,
			restoredAt,
			keyedBySourceId: sourceId !== undefined,
			idCell,
		},
		problems,
	};
}

/**
 * The actual restoration time of a row (实际送电时间), checked against the row's window and the import's clock. A
 * time alone is on the day of the planned end (the next day when that would put it before the start).
 */
function readRestoration(
	value: CellValue,
	when: { start: LocalDateTime; end: LocalDateTime } | undefined,
	ctx: RowContext,
	problem: Report,
): string | undefined {
	if (isBlank(value)) return undefined;
	const p = parseWhenCell(value, ctx.today);
	if (!p.ok) {
		problem('error', 'restoredAt', p.en, p.zh);
		return undefined;
	}
	if (!when) return undefined;
	let w: When = p.value;
	if (!w.time && w.midnight) w = { ...w, time: { hour: 0, minute: 0, second: 0 } };
	if (!w.time) {
		problem(
			'error',
			'restoredAt',
			'has a date but no time: when was power back?',
			'只有日期没有时间：几点恢复送电的？',
		);
		return undefined;
	}
	if (w.date?.yearInferred)
		problem('warning', 'restoredAt', `no year given: read as ${w.date.year}`, `未写年份，按 ${w.date.year} 年处理`);
	let local = combine(w.date ?? when.end, w.time);
	if (!w.date && compareLocal(local, when.start) <= 0) local = combine(when.end, w.time, 1);
	const iso = ctx.clock.iso(local);
	const rule = restorationProblem({ start: ctx.clock.iso(when.start), restoredAt: iso, now: ctx.nowIso });
	if (rule) {
		problem('error', 'restoredAt', rule.en, rule.zh);
		return undefined;
	}
	return iso;
}

function fieldOfIssue(issue: z.core.$ZodIssue, cols: Map<ImportField, unknown>): ImportField | undefined {
	const key = issue.path[0] === 'unit' ? String(issue.path[1] === 'phone' ? 'phone' : 'unit') : String(issue.path[0]);
	return (FIELD_COLUMNS[key] ?? []).find((f) => cols.has(f));
}

/** A cell as text: numbers as written (phone numbers arrive as numbers from .xlsx), dates as YYYY-MM-DD HH:MM. */
export function textOf(c: CellValue): string {
	if (c === null) return '';
	if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 16).replace('T', ' ');
	return String(c).trim();
}

type Report = (severity: 'error' | 'warning', f: ImportField | undefined, en: string, zh: string) => void;

/** Works out a row's window in wall-clock time, reporting what is missing or unreadable. */
function readWindow(
	cell: (f: ImportField) => CellValue,
	hasWindow: boolean,
	ctx: RowContext,
	problem: Report,
): { start: LocalDateTime; end: LocalDateTime } | undefined {
	const read = (f: ImportField): When | undefined | null => {
		const v = cell(f);
		if (isBlank(v)) return undefined;
		const p: Parsed<When> = parseWhenCell(v, ctx.today);
		if (!p.ok) {
			problem('error', f, p.en, p.zh);
			return null;
		}
		return p.value;
	};
	const inferred = (f: ImportField, w: When | undefined | null) => {
		if (w?.date?.yearInferred) {
			problem('warning', f, `no year given: read as ${w.date.year}`, `未写年份，按 ${w.date.year} 年处理`);
		}
	};
	const dateCell = read('date');
	inferred('date', dateCell);
	if (dateCell === null) return undefined;
	if (dateCell && !dateCell.date) {
		problem('error', 'date', 'is a time, not a date', '是时间而不是日期');
		return undefined;
	}

	let startWhen: When | undefined | null;
	let endWhen: When | undefined | null;
	let startField: ImportField = 'start';
	let endField: ImportField = 'end';
	const windowValue = hasWindow ? cell('window') : null;
	if (hasWindow && !isBlank(windowValue)) {
		const w = parseWindowText(textOf(windowValue), ctx.today);
		if (!w.ok) {
			problem('error', 'window', w.en, w.zh);
			return undefined;
		}
		startWhen = w.value.start;
		endWhen = w.value.end;
		startField = 'window';
		endField = 'window';
		inferred('window', startWhen);
	} else {
		startWhen = read('start');
		endWhen = read('end');
		inferred('start', startWhen);
		inferred('end', endWhen);
		if (startWhen === null || endWhen === null) return undefined;
		if (startWhen === undefined)
			problem('error', hasWindow ? 'window' : 'start', 'is empty: when does power go off?', '为空：何时停电？');
		if (endWhen === undefined)
			problem('error', hasWindow ? 'window' : 'end', 'is empty: when is power back?', '为空：何时恢复供电？');
		if (!startWhen || !endWhen) return undefined;
	}

	// An Excel date cell at 00:00 in a start or end column is midnight, there being no other column for the time.
	if (!startWhen.time && startWhen.midnight) startWhen = { ...startWhen, time: { hour: 0, minute: 0, second: 0 } };
	if (!endWhen.time && endWhen.midnight) endWhen = { ...endWhen, time: { hour: 0, minute: 0, second: 0 } };
	const startDate = startWhen.date ?? dateCell?.date;
	if (!startDate) {
		problem(
			'error',
			startField,
			'has a time but no date, and there is no date column',
			'只有时间没有日期，且没有日期列',
		);
		return undefined;
	}
	if (!startWhen.time) {
		problem(
			'error',
			startField,
			'has a date but no time: when on that day does power go off?',
			'只有日期没有时间：当天几点停电？',
		);
		return undefined;
	}
	if (!endWhen.time) {
		problem(
			'error',
			endField,
			'has a date but no time: when on that day is power back?',
			'只有日期没有时间：当天几点恢复供电？',
		);
		return undefined;
	}
	const start = combine(startDate, startWhen.time);
	let end: LocalDateTime;
	if (endWhen.date) {
		end = combine(endWhen.date, endWhen.time);
	} else {
		end = combine(startDate, endWhen.time, startWhen.time.nextDay ? 1 : 0);
		if (compareLocal(end, start) <= 0 && !endWhen.time.nextDay) {
			// "22:00-06:00": a window across midnight written without 次日.
			end = combine(startDate, endWhen.time, 1 + (startWhen.time.nextDay ? 1 : 0));
			problem(
				'warning',
				endField,
				'ends before it starts on the same day: read as ending the next day (write 次日 to say so)',
				'结束时间早于开始时间：按次日结束处理（可写"次日"明确）',
			);
		}
	}
	if (compareLocal(end, start) <= 0) {
		problem('error', endField, 'the end is not after the start', '结束时间不晚于开始时间');
		return undefined;
	}
	return { start, end };
}
