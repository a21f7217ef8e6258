import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	defaultKinds,
	defaultMapping,
	fieldOfHeader,
	findHeaderRow,
	headerIndex,
	kindIndex,
	loadMappingFile,
	MAX_TITLE_ROWS,
	normalizeHeader,
} from '../../../src/lib/import/mapping.ts';
import type { CellValue } from '../../../src/lib/import/datetime.ts';

// Header matching, outage types, the header row and mapping files: behaviour the header-claim rules do not touch.

// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
const index = () => headerIndex(defaultMapping);

describe('headers are compared as staff write them', () => {
	test.each([
		['停电开始时间', '停电开始时间'],
		[' 停电 开始_时间 ', '停电开始时间'],
		['Start Time', 'starttime'],
		['电话１　（手机）', '电话1(手机)'],
		['停电开始时间：', '停电开始时间'],
		['停电开始时间:', '停电开始时间'],
		['停电开始时间*', '停电开始时间'],
		['**停电开始时间', '停电开始时间'],
		['涉及村（社区）', '涉及村(社区)'],
		['开始时间(必填)', '开始时间(必填)'],
	])('%j reads as %j', (header, normal) => {
		expect(normalizeHeader(header)).toBe(normal);
	});

	test.each([
		['停电开始时间（必填）', 'start'],
		['停电开始时间(必填)', 'start'],
		['*联系电话：', 'phone'],
		['START TIME', 'start'],
		['Plan No', 'sourceId'],
		['涉及村（社区）', 'areas'],
		['涉及村（社区）（必填）', 'areas'],
		['备注', undefined],
		['（必填）', undefined],
		['', undefined],
	])('%j → %s', (header, field) => {
		expect(fieldOfHeader(header, index())).toBe(field);
	});

	test('a name a mapping file adds is read like the built-in ones', () => {
		const added = headerIndex({ ...defaultMapping, columns: { start: '开工 时间', end: ['完工时间', '送电'] } });
		expect(
			['开工时间', '开工时间（必填）', '完工时间', '送电', '停电开始时间'].map((h) => fieldOfHeader(h, added)),
		).toEqual(['start', 'start', 'end', 'end', 'start']);
		// The fields the file leaves alone keep their names.
		expect(fieldOfHeader('联系电话', added)).toBe('phone');
	});
});

describe('outage types', () => {
	test('every built-in type text is known, ignoring spaces and case; a mapping file adds and overrides', () => {
		const kinds = kindIndex({ ...defaultMapping, kinds: { 故障抢修: 'temporary', 其他: 'planned' } });
		for (const [text, kind] of Object.entries(defaultKinds))
			if (text !== '其他') expect(kinds.get(normalizeHeader(text))).toBe(kind);
		expect(kinds.get(normalizeHeader('故障 抢修'))).toBe('temporary');
		expect(kinds.get('其他')).toBe('planned');
		expect(kinds.get('planned')).toBe('planned');
		expect(kindIndex(defaultMapping).get('temporary')).toBe('temporary');
		expect(kindIndex(defaultMapping).get('故障抢修')).toBeUndefined();
	});
});

describe('finding the header row', () => {
	const header = ['计划编号', '停电开始时间', '停电结束时间', '备注', null, '  '];
	test('the first row naming two fields, below titles and blank rows; every column placed', () => {
		const h = findHeaderRow(
			[['青山县供电局2026年12月计划停电表'], [null, null], ['联系电话'], header, ['QS-1', '2026-12-03 08:00']],
			index(),
		);
		expect(h).toEqual({
			rowIndex: 3,
			columns: new Map([
				['sourceId', { index: 0, header: '计划编号', field: 'sourceId' }],
				['start', { index: 1, header: '停电开始时间', field: 'start' }],
				['end', { index: 2, header: '停电结束时间', field: 'end' }],
			]),
			duplicates: [],
			unmapped: ['备注'],
		});
	});

	test('a field named twice: the first column counts, the others are listed', () => {
		const h = findHeaderRow([['开始时间', '停电开始时间', '联系电话', 'start']], index());
		expect(h?.columns.get('start')).toEqual({ index: 0, header: '开始时间', field: 'start' });
		expect(h?.duplicates).toEqual([
			{ index: 1, header: '停电开始时间', field: 'start' },
			{ index: 3, header: 'start', field: 'start' },
		]);
	});

	test('numbers and dates in a row are not headers, but a header may be written with spaces around it', () => {
		const cells: CellValue[] = [46359, new Date(0), ' 停电线路 ', '停电范围', true];
		const h = findHeaderRow([cells], index());
		expect(h?.columns.get('line')).toEqual({ index: 2, header: '停电线路', field: 'line' });
		expect(h?.unmapped).toEqual(['46359', new Date(0).toString(), 'true']);
	});

	test.each([
		['one field only', [['计划编号', '备注']], undefined],
		['no rows', [], undefined],
		[
			`the header as row ${MAX_TITLE_ROWS + 1}`,
			[...Array.from({ length: MAX_TITLE_ROWS }, () => ['标题']), header],
			MAX_TITLE_ROWS,
		],
		[
			`the header as row ${MAX_TITLE_ROWS + 2}: too far down`,
			[...Array.from({ length: MAX_TITLE_ROWS + 1 }, () => ['标题']), header],
			undefined,
		],
	])('%s', (_, rows, rowIndex) => {
		expect(findHeaderRow(rows as CellValue[][], index())?.rowIndex).toBe(rowIndex);
	});
});

describe('mapping files', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-mapping-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const file = (name: string, text: string) => {
		const f = path.join(dir, name);
		writeFileSync(f, text);
		return f;
	};

	test('the example in examples/ reads, with defaults filled in', () => {
		const r = loadMappingFile('examples/mapping-example.json');
		expect(r).toEqual({
			ok: true,
			mapping: {
				columns: { sourceId: '单号', start: '开工时间', end: ['完工时间', '送电'] },
				replaceColumns: false,
				kinds: { 故障抢修: 'temporary', 配合施工: 'other' },
				defaultKind: 'planned',
			},
		});
	});

	test('a byte-order mark is fine', () => {
		expect(loadMappingFile(file('bom.json', '\uFEFF{"defaultKind":"temporary"}'))).toMatchObject({
			ok: true,
			mapping: { defaultKind: 'temporary' },
		});
	});

	test("a file that is not JSON: named, with the parser's reason", () => {
		const f = file('broken.json', '{"columns": ');
		const r = loadMappingFile(f);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].where).toBe(f);
		expect(r.problems[0].en).toMatch(/^cannot be read as JSON \(.+\)$/);
		expect(r.problems[0].zh).toBe('无法按 JSON 读取');
	});

	test('a missing file: the same, not an exception', () => {
		const r = loadMappingFile(path.join(dir, 'absent.json'));
		expect(r).toMatchObject({
			ok: false,
			problems: [{ where: path.join(dir, 'absent.json'), zh: '无法按 JSON 读取' }],
		});
	});

	test('every schema problem, located by path, in both languages', () => {
		const f = file('bad.json', JSON.stringify({ columns: { nonsense: 'x' }, defaultKind: 'sometimes' }));
		const r = loadMappingFile(f);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems.map((p) => p.where).sort()).toEqual([`${f} > columns`, `${f} > defaultKind`].sort());
		for (const p of r.problems) {
			expect(p.en).not.toBe(p.zh);
			expect(p.en.length).toBeGreaterThan(0);
			expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	test('a problem with the whole file is located at (top)', () => {
		const f = file('array.json', '[]');
		const r = loadMappingFile(f);
		expect(r).toMatchObject({ ok: false, problems: [{ where: `${f} > (top)` }] });
	});
});
