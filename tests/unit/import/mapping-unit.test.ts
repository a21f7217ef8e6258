import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CellValue } from '../../../src/lib/import/datetime.ts';
import {
	defaultMapping,
	fieldOfHeader,
	findHeaderRow,
	headerIndex,
	loadMappingFile,
	mappingClashes,
	normalizeHeader,
} from '../../../src/lib/import/mapping.ts';
import type { ImportMapping } from '../../../src/schemas/import-mapping.ts';

// Who claims a header (a mapping file before the defaults, replaceColumns), the headers a mapping file gives two
// fields, and the finer points of header normalising and of the header row. Inputs are made in each test.

const mapping = (m: Partial<ImportMapping>): ImportMapping => ({ ...defaultMapping, ...m });

describe('normalizeHeader: marks at the ends only, white space anywhere', () => {
	test.each([
		['停电  开始__时间', '停电开始时间'],
		['停电:开始时间', '停电:开始时间'],
		['停电：开始时间：', '停电:开始时间'],
		['停电开始时间:：*', '停电开始时间'],
		['停电*开始时间', '停电*开始时间'],
		['**停电开始时间**', '停电开始时间'],
		['*', ''],
	])('%j reads as %j', (header, normal) => {
		expect(normalizeHeader(header)).toBe(normal);
	});
});

describe('headerIndex: who claims a header', () => {
	test.each<[string, () => ImportMapping, Array<[string, string | undefined]>]>([
		[
			'the defaults alone',
			() => defaultMapping,
			[
				['开始时间', 'start'],
				['停电时间', 'window'],
				['联系电话', 'phone'],
				['开工时间', undefined],
			],
		],
		[
			"a mapping file's name wins over the defaults",
			() => mapping({ columns: { window: '开始时间' } }),
			[
				['开始时间', 'window'],
				['停电开始时间', 'start'],
				['停电时间', 'window'],
			],
		],
		[
			'names added to the defaults, one or a list',
			() => mapping({ columns: { start: '开工时间', end: ['完工时间', '送电'] } }),
			[
				['开工时间', 'start'],
				['停电开始时间', 'start'],
				['完工时间', 'end'],
				['送电', 'end'],
				['停电结束时间', 'end'],
			],
		],
		[
			'replaceColumns: the fields listed lose their default names, the others keep theirs',
			() => mapping({ columns: { start: '开工时间', end: ['完工时间'] }, replaceColumns: true }),
			[
				['开工时间', 'start'],
				['停电开始时间', undefined],
				['start', undefined],
				['完工时间', 'end'],
				['停电结束时间', undefined],
				['联系电话', 'phone'],
				['停电线路', 'line'],
			],
		],
		[
			'replaceColumns with no columns: the defaults stand',
			() => mapping({ replaceColumns: true }),
			[
				['停电开始时间', 'start'],
				['联系电话', 'phone'],
			],
		],
		[
			'a field the mapping leaves undefined keeps its defaults',
			() => mapping({ columns: { start: undefined, end: '完工时间' } }),
			[
				['停电开始时间', 'start'],
				['完工时间', 'end'],
			],
		],
		[
			'a header a mapping file gives two fields: the first keeps it',
			() => mapping({ columns: { start: '开工', end: '开工' } }),
			[['开工', 'start']],
		],
	])('%s', (_, m, expected) => {
		const index = headerIndex(m());
		expect(expected.map(([h]) => [h, fieldOfHeader(h, index)])).toEqual(expected);
	});
});

describe('mappingClashes', () => {
	test.each<[string, () => ImportMapping, ReturnType<typeof mappingClashes>]>([
		['none in the defaults', () => defaultMapping, []],
		['one name per field', () => mapping({ columns: { start: '开工', end: ['完工', '送电'] } }), []],
		['the same name twice for one field', () => mapping({ columns: { start: ['开工', ' 开 工 '] } }), []],
		[
			'one name for two fields, compared as headers are matched',
			() => mapping({ columns: { start: '开工时间', end: ['完工', '开工 时间'] } }),
			[{ header: '开工 时间', fields: ['start', 'end'] }],
		],
		[
			'one name for three fields: each later one against the first',
			() => mapping({ columns: { start: '开工', end: '开工', date: ['日', '开工：'] } }),
			[
				{ header: '开工', fields: ['start', 'end'] },
				{ header: '开工：', fields: ['start', 'date'] },
			],
		],
	])('%s', (_, m, clashes) => {
		expect(mappingClashes(m())).toEqual(clashes);
	});
});

describe('findHeaderRow: empty cells', () => {
	test('empty and missing cells are neither headers nor unmapped', () => {
		// eslint-disable-next-line no-sparse-arrays
		const cells = [null, , '停电线路', '', '   ', '停电范围', '备注'] as CellValue[];
		const h = findHeaderRow([cells], headerIndex(defaultMapping));
		expect(h).toEqual({
			rowIndex: 0,
			columns: new Map([
				['line', { index: 2, header: '停电线路', field: 'line' }],
				['scope', { index: 5, header: '停电范围', field: 'scope' }],
			]),
			duplicates: [],
			unmapped: ['备注'],
		});
	});

	test('an undefined cell is empty too', () => {
		const cells = [undefined, '停电线路', '停电范围'] as unknown as CellValue[];
		expect(findHeaderRow([cells], headerIndex(defaultMapping))?.unmapped).toEqual([]);
	});
});

describe('loadMappingFile', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-mapping-unit-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const file = (name: string, text: string) => {
		const f = path.join(dir, name);
		writeFileSync(f, text);
		return f;
	};

	test('a header given to two fields: refused, once per clash, in both languages', () => {
		const f = file('clash.json', JSON.stringify({ columns: { start: '开工', end: ['完工', '开工'], date: '开工' } }));
		expect(loadMappingFile(f)).toEqual({
			ok: false,
			problems: [
				{
					where: `${f} > columns.end`,
					en: 'the header "开工" is given to both "start" and "end": a column can fill one field only; keep it under one of them',
					zh: '表头 "开工" 同时对应字段 "start" 和 "end"：一列只能填一个字段，请只保留其中一处',
				},
				{
					where: `${f} > columns.date`,
					en: 'the header "开工" is given to both "start" and "date": a column can fill one field only; keep it under one of them',
					zh: '表头 "开工" 同时对应字段 "start" 和 "date"：一列只能填一个字段，请只保留其中一处',
				},
			],
		});
	});

	test('a byte-order mark inside a value is kept: only a leading one is dropped', () => {
		const f = file('bom-inside.json', '{"columns":{"start":"开\uFEFF工"}}');
		expect(loadMappingFile(f)).toEqual({
			ok: true,
			mapping: { columns: { start: '开\uFEFF工' }, replaceColumns: false, kinds: {}, defaultKind: 'planned' },
		});
	});
});
