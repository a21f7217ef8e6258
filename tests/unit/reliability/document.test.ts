import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reliabilityApiDocument, reliabilityCsv, csvHeader } from '../../../src/lib/reliability/document.ts';
import { reliabilityReport } from '../../../src/lib/reliability/figures.ts';
import { reliabilityApiJsonSchema, reliabilityApiSchema } from '../../../src/schemas/reliability-api.ts';
import { areas, notices, now, site } from './fixture.ts';

// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
const report = () => reliabilityReport(notices, areas(), site, now);
const document = () =>
	JSON.parse(
		JSON.stringify(reliabilityApiDocument(report(), areas(), { ...site, baseUrl: 'https://power.example.org' })),
	);
const schema = reliabilityApiJsonSchema('https://power.example.org/api/reliability.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('/api/reliability.json', () => {
	it('validates against its published JSON Schema and the zod schema', () => {
		const doc = document();
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		expect(reliabilityApiSchema.safeParse(doc).success).toBe(true);
	});

	it('carries the window with the utility offset and the figures of the hand-worked fixture', () => {
		const doc = document();
		expect(doc.window).toEqual({ from: '2025-12-01T10:00:00+08:00', to: '2026-12-01T10:00:00+08:00' });
		expect(doc.total.leadTime).toMatchObject({ eligible: 9, onTime: 6 });
		expect(doc.total.leadTime.late.map((l: { id: string }) => l.id)).toEqual(['n02', 'n04', 'n06']);
		expect(doc.total.repeatAreas).toEqual([{ id: 'v1', name: { zh: '一村' }, outages: ['n01', 'n02', 'n03'] }]);
		expect(doc.districts.map((d: { id: string; outages: number }) => [d.id, d.outages])).toEqual([
			['d1', 7],
			['d2', 3],
		]);
		expect(doc.links).toEqual({
			self: 'https://power.example.org/api/reliability.json',
			schema: 'https://power.example.org/api/reliability.schema.json',
			csv: 'https://power.example.org/api/reliability.csv',
			html: { zh: 'https://power.example.org/reliability/', en: 'https://power.example.org/en/reliability/' },
		});
		expect(doc.leadTimeHours).toEqual({ planned: 168, temporary: 24, other: 0 });
		expect(doc.repeat).toEqual({ minOutages: 3, days: 60 });
		expect(doc.timeZone).toBe('Asia/Shanghai');
		expect(doc.districts.map((d: { name: unknown }) => d.name)).toEqual([
			{ zh: '一区', en: 'District One' },
			{ zh: '二区' },
		]);
	});

	it('gives late notices’ times with the utility offset, and each month its figures', () => {
		const doc = document();
		expect(doc.total.leadTime.late[0]).toEqual({
			id: 'n02',
			kind: 'planned',
			firstStart: '2026-02-01T08:00:00+08:00',
			publishedAt: '2026-01-28T08:00:00+08:00',
			givenHours: 96,
			requiredHours: 168,
		});
		expect(doc.total.months.find((m: { month: string }) => m.month === '2026-06')).toEqual({
			month: '2026-06',
			outages: 2,
			byKind: { planned: 1, temporary: 1, other: 0 },
			cancelled: 1,
			hours: 6,
			averageHours: 3,
			leadTime: { eligible: 2, onTime: 1 },
		});
		expect(doc.total).toMatchObject({
			outages: 10,
			byKind: { planned: 6, temporary: 3, other: 1 },
			cancelled: 1,
			hours: 61,
			averageHours: 6.1,
		});
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
		expect(validate(change(document()))).toBe(false);
	});
});

describe('/api/reliability.csv', () => {
	const csv = () => reliabilityCsv(report(), areas());
	const rows = (): string[][] => parse(csv(), { bom: true });

	it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
		const text = csv();
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(text.split('\r\n')).toHaveLength(1 + 3 * 14 + 1);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('parses into the header and 14 rows per scope (12 months + 13 months)', () => {
		const all = rows();
		// The published column names: third parties' scripts read them.
		expect(all[0]).toEqual([
			'范围 / scope',
			'区域编号 / area id',
			'区域 / area',
			'月份 / month',
			'停电次数 / outages',
			'计划检修 / planned',
			'临时检修 / temporary',
			'其他 / other',
			'已取消 / cancelled',
			'停电小时 / hours without power',
			'平均小时 / average hours',
			'应提前告知 / lead time due',
			'按时告知 / announced on time',
			'重复停电村社区 / repeat areas',
		]);
		expect(all[0]).toEqual(csvHeader);
		// 3 scopes (total, d1, d2) × (1 window row + 13 month rows).
		expect(all).toHaveLength(1 + 3 * 14);
		expect(all.every((r) => r.length === csvHeader.length)).toBe(true);
	});

	it.each([
		['全部 / total', '', '10', '61', '6.1', '9', '6', 'v1'],
		['片区 / district', 'd1', '7', '20', '2.9', '6', '3', 'v1'],
		['片区 / district', 'd2', '3', '41', '13.7', '3', '3', ''],
	])('%s %s: the same figures as the JSON', (scope, id, outages, hours, average, eligible, onTime, repeats) => {
		const row = rows().find((r) => r[0] === scope && r[1] === id && r[3] === '12个月 / 12 months') as string[];
		expect([row[4], row[9], row[10], row[11], row[12], row[13]]).toEqual([
			outages,
			hours,
			average,
			eligible,
			onTime,
			repeats,
		]);
	});

	it('writes a district with both names, or its Chinese name alone', () => {
		expect(rows().find((r) => r[1] === 'd1')?.[2]).toBe('一区 / District One');
		expect(rows().find((r) => r[1] === 'd2')?.[2]).toBe('二区');
	});

	it('writes each month in full, an empty average without outages, and no repeat areas on month rows', () => {
		const all = rows();
		expect(all.find((r) => r[0] === '全部 / total' && r[3] === '2026-06')).toEqual([
			'全部 / total',
			'',
			'',
			'2026-06',
			'2',
			'1',
			'1',
			'0',
			'1',
			'6',
			'3',
			'2',
			'1',
			'',
		]);
		expect(all.find((r) => r[0] === '全部 / total' && r[3] === '2026-09')?.slice(4)).toEqual([
			'0',
			'0',
			'0',
			'0',
			'0',
			'0',
			'',
			'0',
			'0',
			'',
		]);
	});

	it('separates several repeat areas with a space', () => {
		const three = ['a', 'b', 'c'].map((id, i) => ({
			...notices[0],
			id,
			areas: ['t1'],
			start: `2026-05-0${i + 1}T08:00:00+08:00`,
			end: `2026-05-0${i + 1}T09:00:00+08:00`,
		}));
		const r = reliabilityCsv(reliabilityReport(three, areas(), site, now), areas());
		expect(parse(r, { bom: true })[1][13]).toBe('v1 v2');
	});
});
