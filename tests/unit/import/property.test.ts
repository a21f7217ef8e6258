import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { areaTreeSchema } from '../../../src/schemas/area.ts';
import { HEADER, importFile, noticeBytes, noticesIn, scratch, tempContent } from './import-helpers.ts';

const c = tempContent();
afterAll(() => c.cleanup());
const s = scratch();

const areas = [
	...flattenAreaTree(
		areaTreeSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8'))),
	).areas.values(),
].filter((a) => a.depth === 2);
const LINES = ['10kV 关牟线', '10kV 城东Ⅰ回线', '10kV 茶园线', '滨河花园 1# 箱变'];
const KINDS = [
	['计划', 'planned'],
	['临时停电', 'temporary'],
	['其他', 'other'],
] as const;

/** A random valid plan: any day of 2027, any quarter hour, 1 to 11 hours, one to three villages/communities by name. */
const planArb = fc.record({
	dayOffset: fc.integer({ min: 0, max: 364 }),
	startQuarter: fc.integer({ min: 0, max: 95 }),
	quarters: fc.integer({ min: 4, max: 44 }),
	areaIdx: fc.uniqueArray(fc.integer({ min: 0, max: areas.length - 1 }), { minLength: 1, maxLength: 3 }),
	line: fc.constantFrom(...LINES),
	kind: fc.constantFrom(...KINDS),
	reason: fc.stringMatching(/^[一-龥]{2,12}$/),
	phone: fc.stringMatching(/^0[1-9]\d{2}-\d{7}$/),
	form: fc.constantFrom('iso', 'slash', 'chinese'),
});

const pad = (n: number) => String(n).padStart(2, '0');
function wall(dayOffset: number, quarter: number): { y: number; m: number; d: number; h: number; mi: number } {
	const t = new Date(Date.UTC(2027, 0, 1 + dayOffset) + quarter * 15 * 60_000);
	return {
		y: t.getUTCFullYear(),
		m: t.getUTCMonth() + 1,
		d: t.getUTCDate(),
		h: t.getUTCHours(),
		mi: t.getUTCMinutes(),
	};
}
function written(w: ReturnType<typeof wall>, form: string): string {
	if (form === 'slash') return `${w.y}/${w.m}/${w.d} ${w.h}:${pad(w.mi)}`;
	if (form === 'chinese') return `${w.y}年${w.m}月${w.d}日 ${w.h}时${pad(w.mi)}分`;
	return `${w.y}-${pad(w.m)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}`;
}
const iso = (w: ReturnType<typeof wall>) => `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:00+08:00`;

describe('property: random valid rows round-trip', () => {
	test('every row comes back as a notice with the same window, areas and texts, in any encoding and separator', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(planArb, { minLength: 1, maxLength: 8 }),
				fc.constantFrom('utf8', 'gb18030', 'tab'),
				async (plans, encoding) => {
					run++;
					const sep = encoding === 'tab' ? '\t' : ',';
					const rows = plans.map((p, i) => {
						const start = wall(p.dayOffset, p.startQuarter);
						const end = wall(p.dayOffset, p.startQuarter + p.quarters);
						const scope = p.areaIdx.map((a) => areas[a].name.zh).join('、');
						return {
							id: `P${run}-${i}`,
							start,
							end,
							scope,
							p,
							cells: [
								`P${run}-${i}`,
								p.kind[0],
								written(start, p.form),
								written(end, p.form),
								`${p.line} ${i}#`,
								scope,
								p.reason,
								'关牟供电所',
								p.phone,
							],
						};
					});
					const text = [HEADER, ...rows.map((r) => r.cells)].map((r) => r.join(sep)).join('\r\n');
					const file = s.write(
						`p${run}.csv`,
						encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'),
					);
					const out = await importFile(file, c.dir);
					expect(out.problems.filter((x) => x.severity === 'error')).toEqual([]);
					const byId = new Map(noticesIn(c.dir).map((n) => [n.id, n]));
					for (const r of rows) {
						const n = byId.get(r.id.toLowerCase());
						expect(n?.sourceId).toBe(r.id);
						expect(n?.start).toBe(iso(r.start));
						expect(n?.end).toBe(iso(r.end));
						expect(n?.areas).toEqual(r.p.areaIdx.map((a) => areas[a].id));
						expect(n?.scope.zh).toBe(r.scope);
						expect(n?.reason.zh).toBe(r.p.reason);
						expect(n?.kind).toBe(r.p.kind[1]);
						expect(n?.unit.phone).toBe(r.p.phone);
					}
					// And again: nothing changes.
					const again = await importFile(file, c.dir);
					expect(again.merge?.changes).toEqual([]);
					expect(again.wrote).toBe(false);
				},
			),
			{ numRuns: 25, seed: 20261203 },
		);
	});
});

describe('property: garbage never throws and never writes', () => {
	const cell = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 20 }),
		fc.constantFrom(
			'',
			'"',
			'""',
			'\n',
			'2026-13-45 99:99',
			'次日',
			'24:61',
			'-',
			'关牟村',
			'0839-5550141',
			'计划',
			'=1+1',
			'\uFEFF',
		),
		fc.integer().map(String),
		fc.double().map(String),
	);
	test('random cells under a valid header', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(cell, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
				fc.constantFrom(',', '\t'),
				async (rows, sep) => {
					const before = noticeBytes(c.dir);
					const text = [HEADER, ...rows].map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(sep)).join('\n');
					const out = await importFile(s.write('g.csv', text), c.dir);
					expect(out.exitCode).toBe(1);
					expect(noticeBytes(c.dir).equals(before)).toBe(true);
				},
			),
			{ numRuns: 60, seed: 42 },
		);
	});
	test('a real .xlsx with random bytes overwritten: no unhandled exception, and a refusal writes nothing', async () => {
		const good = readFileSync('examples/outage-plan-2026-12.xlsx');
		// Each run starts from the same notices, without the plans of this workbook: a refusal that wrote anyway
		// would add them, and show.
		const start = noticeBytes(c.dir);
		const outcomes = { refused: 0, imported: 0 };
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
					minLength: 1,
					maxLength: 20,
				}),
				async (edits) => {
					const bytes = Buffer.from(good);
					for (const [at, v] of edits) bytes[at] = v;
					c.write('outages/notices.json', start.toString('utf8'));
					const out = await importFile(s.write('m.xlsx', bytes), c.dir);
					const errors = out.problems.filter((p) => p.severity === 'error');
					if (errors.length > 0) {
						outcomes.refused++;
						expect(out.exitCode).toBe(1);
						expect(out.wrote).toBe(false);
						expect(noticeBytes(c.dir).equals(start)).toBe(true);
					} else {
						// Bytes the reader never looks at (or a harmless change to a cell): an ordinary import.
						outcomes.imported++;
						expect(out.exitCode).toBe(0);
					}
				},
			),
			{ numRuns: 40, seed: 11 },
		);
		c.write('outages/notices.json', start.toString('utf8'));
		// The property is about refusals: the corruptions must include some.
		expect(outcomes.refused).toBeGreaterThan(0);
	}, 120_000);

	test('a real .xlsx with random cells overwritten: a refusal writes nothing, even with other rows importable', async () => {
		const good = readFileSync('examples/outage-plan-2026-12.xlsx');
		const start = noticeBytes(c.dir);
		const value = fc.oneof(
			cell,
			fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }),
			fc.double({ noNaN: true }),
		);
		let refusedAfterReadingRows = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.integer({ min: 4, max: 15 }), fc.integer({ min: 1, max: 9 }), value), {
					minLength: 1,
					maxLength: 4,
				}),
				async (edits) => {
					const wb = new ExcelJS.Workbook();
					await wb.xlsx.load(good as unknown as ArrayBuffer);
					for (const [r, col, v] of edits) wb.worksheets[0].getCell(r, col).value = v;
					const file = s.write('cells.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
					c.write('outages/notices.json', start.toString('utf8'));
					const out = await importFile(file, c.dir);
					if (out.problems.some((p) => p.severity === 'error')) {
						if (out.merge) refusedAfterReadingRows++;
						expect(out.exitCode).toBe(1);
						expect(out.wrote).toBe(false);
						expect(noticeBytes(c.dir).equals(start)).toBe(true);
					} else expect(out.exitCode).toBe(0);
				},
			),
			{ numRuns: 20, seed: 3 },
		);
		c.write('outages/notices.json', start.toString('utf8'));
		// Refusals where the other rows were read and merged, so there was something to write.
		expect(refusedAfterReadingRows).toBeGreaterThan(0);
	}, 120_000);

	test('random bytes, as .csv and as .xlsx', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 400 }),
				fc.constantFrom('g.csv', 'g.xlsx', 'g.tsv'),
				async (bytes, name) => {
					const before = noticeBytes(c.dir);
					const data =
						name === 'g.xlsx' ? Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(bytes)]) : Buffer.from(bytes);
					const out = await importFile(s.write(name, data), c.dir);
					expect(out.exitCode).toBe(1);
					expect(noticeBytes(c.dir).equals(before)).toBe(true);
				},
			),
			{ numRuns: 60, seed: 7 },
		);
	});
});
