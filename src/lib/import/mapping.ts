import { readFileSync } from 'node:fs';
import { bilingualErrorMap, issueText, type Bilingual } from '../../schemas/errors.ts';
import { importMappingSchema, type ImportField, type ImportMapping } from '../../schemas/import-mapping.ts';
import type { NoticeKind } from '../../schemas/notice.ts';
import { formatPath } from '../content/problems.ts';
import type { CellValue } from './datetime.ts';
import { toHalfWidthDigits } from '../text/width.ts';

/**
 * The built-in header names for each field, Chinese and English. docs/importer.md's mapping table is this list; a test
 * checks the two agree.
 */
export const defaultColumns: Record<ImportField, string[]> = {
	sourceId: ['计划编号', '编号', '工单号', '停电编号', '计划单号', 'plan no', 'plan number', 'id', 'source id'],
	start: ['停电开始时间', '开始时间', '计划开始时间', '计划停电时间', 'start', 'start time', 'outage start'],
	end: ['停电结束时间', '结束时间', '计划结束时间', '计划送电时间', '预计送电时间', 'end', 'end time', 'outage end'],
	date: ['停电日期', '日期', '计划日期', 'date', 'outage date'],
	window: ['停电时间', '时间段', '停电时段', '停电时间段', 'time', 'window', 'time window'],
	line: ['停电线路', '线路名称', '停电设备名称', '设备名称', '停电设备', '线路', 'line', 'equipment'],
	scope: ['停电范围', '影响范围', '停电区域', '停电影响范围', 'scope', 'affected area', 'affected areas'],
	areas: ['所属区域', '涉及区域', '涉及村（社区）', '涉及村社区', 'areas', 'area'],
	reason: ['检修内容', '工作内容', '停电原因', '施工内容', 'reason', 'work'],
	unit: [
		'供电单位',
		'供电所',
		'所属供电所',
		'供电单位名称',
		'填报单位',
		'报送单位',
		'责任单位',
		'管理单位',
		'unit',
		'supply office',
	],
	phone: ['联系电话', '电话', '咨询电话', 'phone', 'telephone', 'contact phone'],
	kind: ['停电类型', '类型', '计划类型', 'kind', 'type'],
	substation: ['变电站', '变电站名称', '所属变电站', '电源变电站', 'substation'],
	transformerDistricts: [
		'台区',
		'台区名称',
		'停电台区',
		'涉及台区',
		'配变名称',
		'公变名称',
		'transformer district',
		'transformer districts',
	],
	restoredAt: [
		'实际送电时间',
		'恢复送电时间',
		'送电时间',
		'实际恢复送电时间',
		'实际结束时间',
		'restored',
		'restored at',
		'actual end',
	],
};

/** Outage-type texts and the notice kind each means. Matching ignores spaces and letter case. */
export const defaultKinds: Record<string, NoticeKind> = {
	计划: 'planned',
	计划停电: 'planned',
	计划检修: 'planned',
	planned: 'planned',
	临时: 'temporary',
	临时停电: 'temporary',
	临时检修: 'temporary',
	紧急: 'temporary',
	抢修: 'temporary',
	temporary: 'temporary',
	其他: 'other',
	其它: 'other',
	other: 'other',
};

/** The built-in mapping, as a mapping file would give it. */
export const defaultMapping: ImportMapping = importMappingSchema.parse({});

/**
 * Normalises a header for matching: half-width forms, no spaces, lower case, and a trailing note in brackets removed
 * (`停电开始时间（必填）` reads as `停电开始时间`; `涉及村（社区）` is kept because it is listed whole).
 */
export function normalizeHeader(header: string): string {
	return toHalfWidthDigits(header)
		.replace(/[\s_]/g, '')
		.replace(/[（]/g, '(')
		.replace(/[）]/g, ')')
		.replace(/[*：:]+$/g, '')
		.replace(/^\*+/, '')
		.toLowerCase();
}

function stripNote(h: string): string {
	return h.replace(/\([^()]*\)$/, '');
}

/** The header names a mapping file gives each field it lists, as lists. */
function mappedNames(mapping: ImportMapping): Array<[ImportField, string[]]> {
	return (Object.entries(mapping.columns) as Array<[ImportField, string | string[] | undefined]>)
		.filter((e): e is [ImportField, string | string[]] => e[1] !== undefined)
		.map(([field, names]) => [field, Array.isArray(names) ? names : [names]]);
}

/**
 * Header name → field, built from a mapping file and the defaults. The mapping file's names come first and win: a
 * header it gives a field is taken from the field the defaults give it (`{"window": "开始时间"}` makes 开始时间 the
 * window, no longer the start). With `replaceColumns`, the fields it lists lose their default names.
 * A header the mapping file gives two fields is refused by `mappingClashes` (see `loadMappingFile`); here the
 * first keeps it.
 */
export function headerIndex(mapping: ImportMapping): Map<string, ImportField> {
	const index = new Map<string, ImportField>();
	const claim = (name: string, field: ImportField) => {
		const key = normalizeHeader(name);
		if (!index.has(key)) index.set(key, field);
	};
	const custom = mappedNames(mapping);
	for (const [field, names] of custom) for (const name of names) claim(name, field);
	for (const [field, names] of Object.entries(defaultColumns) as Array<[ImportField, string[]]>) {
		if (mapping.replaceColumns && custom.some(([f]) => f === field)) continue;
		for (const name of names) claim(name, field);
	}
	return index;
}

/** A header a mapping file gives two fields: the import cannot tell which one the column is. */
export interface MappingClash {
	/** The header as the mapping file writes it the second time. */
	header: string;
	/** The field that named it first, and the one that named it again. */
	fields: [ImportField, ImportField];
}

/** The headers a mapping file gives more than one field (compared as the import matches them). */
export function mappingClashes(mapping: ImportMapping): MappingClash[] {
	const owner = new Map<string, ImportField>();
	const clashes: MappingClash[] = [];
	for (const [field, names] of mappedNames(mapping)) {
		for (const header of names) {
			const key = normalizeHeader(header);
			const first = owner.get(key);
			if (first === undefined) owner.set(key, field);
			else if (first !== field) clashes.push({ header, fields: [first, field] });
		}
	}
	return clashes;
}

/** The field a header names, if any. */
export function fieldOfHeader(header: string, index: Map<string, ImportField>): ImportField | undefined {
	const h = normalizeHeader(header);
	return index.get(h) ?? index.get(stripNote(h));
}

/** Outage-type text → kind, from the defaults and a mapping file. */
export function kindIndex(mapping: ImportMapping): Map<string, NoticeKind> {
	const index = new Map<string, NoticeKind>();
	for (const [text, kind] of Object.entries({ ...defaultKinds, ...mapping.kinds }))
		index.set(normalizeHeader(text), kind);
	return index;
}

/** A column of the export and the field it was mapped to. */
export interface MappedColumn {
	/** 0-based index in the row. */
	index: number;
	/** The header as written. */
	header: string;
	field: ImportField;
}

/** The header row found in the export, with the columns it maps. */
export interface HeaderMatch {
	/** 0-based index among the rows read. */
	rowIndex: number;
	columns: Map<ImportField, MappedColumn>;
	/** Columns named twice: the second and later are ignored and reported. */
	duplicates: MappedColumn[];
	/** Headers that name no field: ignored. */
	unmapped: string[];
}

/** How many leading rows may be titles, notes or blank before the header row. */
export const MAX_TITLE_ROWS = 10;

/**
 * Finds the header row: the first of the leading rows in which at least two cells name a field. Rows above it are
 * titles (e.g. a merged 青山县供电局2026年12月计划停电表) and are skipped.
 */
export function findHeaderRow(rows: CellValue[][], index: Map<string, ImportField>): HeaderMatch | undefined {
	const limit = Math.min(rows.length, MAX_TITLE_ROWS + 1);
	for (let r = 0; r < limit; r++) {
		const cells = rows[r];
		const hits = cells.filter((c) => typeof c === 'string' && fieldOfHeader(c, index)).length;
		if (hits < 2) continue;
		const columns = new Map<ImportField, MappedColumn>();
		const duplicates: MappedColumn[] = [];
		const unmapped: string[] = [];
		cells.forEach((c, i) => {
			const header = c === null || c === undefined ? '' : String(c).trim();
			if (!header) return;
			const field = fieldOfHeader(header, index);
			if (!field) {
				unmapped.push(header);
				return;
			}
			const col = { index: i, header, field };
			if (columns.has(field)) duplicates.push(col);
			else columns.set(field, col);
		});
		return { rowIndex: r, columns, duplicates, unmapped };
	}
	return undefined;
}

/** The result of reading a mapping file: the mapping, or every problem with it. */
export type MappingResult =
	{ ok: true; mapping: ImportMapping } | { ok: false; problems: Array<Bilingual & { where: string }> };

/** Reads and validates a mapping file (JSON) with the shared schema. */
export function loadMappingFile(file: string): MappingResult {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
	} catch (e) {
		return {
			ok: false,
			problems: [{ where: file, en: `cannot be read as JSON (${(e as Error).message})`, zh: '无法按 JSON 读取' }],
		};
	}
	const parsed = importMappingSchema.safeParse(data, { error: bilingualErrorMap });
	if (parsed.success) {
		const clashes = mappingClashes(parsed.data);
		if (clashes.length === 0) return { ok: true, mapping: parsed.data };
		return {
			ok: false,
			problems: clashes.map(({ header, fields: [a, b] }) => ({
				where: `${file} > columns.${b}`,
				en: `the header "${header}" is given to both "${a}" and "${b}": a column can fill one field only; keep it under one of them`,
				zh: `表头 "${header}" 同时对应字段 "${a}" 和 "${b}"：一列只能填一个字段，请只保留其中一处`,
			})),
		};
	}
	return {
		ok: false,
		problems: parsed.error.issues.map((i) => ({
			where: `${file} > ${formatPath(i.path) || '(top)'}`,
			...issueText(i),
		})),
	};
}
