import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reliabilityApiDocument, reliabilityCsv, csvHeader } from '../../../src/lib/reliability/document.ts';
import { reliabilityReport } from '../../../src/lib/reliability/figures.ts';
import { reliabilityApiJsonSchema, reliabilityApiSchema } from '../../../src/schemas/reliability-api.ts';
import { areas, notices, now, site } from './fixture.ts';

const report = reliabilityReport(notices, areas, site, now);
const doc = JSON.parse(
	JSON.stringify(reliabilityApiDocument(report, areas, { ...site, baseUrl: 'https://power.example.org' })),
);
const schema = reliabilityApiJsonSchema('https://power.example.org/api/reliability.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('/api/reliability.json', () => {
	it('validates against its published JSON Schema and the zod schema', () => {
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		expect(reliabilityApiSchema.safeParse(doc).success).toBe(true);
	});

	it('carries the window with the utility offset and the figures of the hand-worked fixture', () => {
		expect(doc.window).toEqual({ from: '2025-12-01T10:00:00+08:00', to: '2026-12-01T10:00:00+08:00' });
		expect(doc.total.leadTime).toMatchObject({ eligible: 9, onTime: 6 });
		expect(doc.total.leadTime.late.map((l: { id: string }) => l.id)).toEqual(['n02', 'n04', 'n06']);
		expect(doc.total.repeatAreas).toEqual([{ id: 'v1', name: { zh: '一村' }, outages: ['n01', 'n02', 'n03'] }]);
		expect(doc.districts.map((d: { id: string; outages: number }) => [d.id, d.outages])).toEqual([
			['d1', 7],
			['d2', 3],
		]);
		expect(doc.links.csv).toBe('https://power.example.org/api/reliability.csv');
	});

	it.each([
		['an unknown field', (d: any) => ({ ...d, extra: 1 })],
		['a window time without offset', (d: any) => ({ ...d, window: { ...d.window, from: '2025-12-01T10:00:00' } })],
		['a negative count', (d: any) => ({ ...d, total: { ...d.total, outages: -1 } })],
		[
			'a repeat area with two outages',
			(d: any) => ({
				...d,
				total: { ...d.total, repeatAreas: [{ id: 'v1', name: { zh: '一村' }, outages: ['a', 'b'] }] },
			}),
		],
		[
			'a month not YYYY-MM',
			(d: any) => ({ ...d, total: { ...d.total, months: [{ ...d.total.months[0], month: '2026-1' }] } }),
		],
	])('the schema refuses %s', (_what, change) => {
		expect(validate(change(structuredClone(doc)))).toBe(false);
	});
});

describe('/api/reliability.csv', () => {
	const csv = reliabilityCsv(report, areas);
	const rows: string[][] = parse(csv, { bom: true });

	it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csv).toContain('\r\n');
	});

	it('parses into the header and 14 rows per scope (12 months + 13 months)', () => {
		expect(rows[0]).toEqual(csvHeader);
		// 3 scopes (total, d1, d2) × (1 window row + 13 month rows).
		expect(rows).toHaveLength(1 + 3 * 14);
		expect(rows.every((r) => r.length === csvHeader.length)).toBe(true);
	});

	it.each([
		['全部 / total', '', '10', '61', '6.1', '9', '6', 'v1'],
		['片区 / district', 'd1', '7', '20', '2.9', '6', '3', 'v1'],
		['片区 / district', 'd2', '3', '41', '13.7', '3', '3', ''],
	])('%s %s: the same figures as the JSON', (scope, id, outages, hours, average, eligible, onTime, repeats) => {
		const row = rows.find((r) => r[0] === scope && r[1] === id && r[3] === '12个月 / 12 months') as string[];
		expect([row[4], row[9], row[10], row[11], row[12], row[13]]).toEqual([
			outages,
			hours,
			average,
			eligible,
			onTime,
			repeats,
		]);
	});

	it('writes a district with both names', () => {
		expect(rows.find((r) => r[1] === 'd1')?.[2]).toBe('一区 / District One');
	});
});
