import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { estimate, EstimateError, MAX_KWH, splitIntoTiers, type EstimateInput } from '../../../src/lib/tariffs/estimate.ts';
import { formatYuan, parseYuan } from '../../../src/lib/tariffs/money.ts';
import { tariffVersionSchema } from '../../../src/schemas/tariff.ts';
import { committedVersion, rawVersion } from './helpers.ts';

// Expected amounts below were worked out by hand from the example prices in content/tariffs/versions/qs-2026-07.json:
// tiers 0.5880 / 0.6380 / 0.8880 yuan; boundaries 200/400 kWh (Jan–Apr, Nov–Dec) and 260/600 kWh (May–Oct);
// +100 kWh on every boundary for 5 or more people; time-of-use critical 0.7380, peak 0.6380, flat 0.5880, valley
// 0.3380, then tier add-ons 0 / 0.0500 / 0.3000 on the month's total. Each line is rounded to the fen.
const v = committedVersion('qs-2026-07');
const total = (input: EstimateInput) => formatYuan(estimate(v, input).totalFen);

describe('tier edges (non-summer boundaries 200 / 400 kWh)', () => {
	test.each([
		[0, '0.00'],
		[1, '0.59'],
		[200, '117.60'],
		[201, '118.24'],
		[400, '245.20'],
		[401, '246.09'],
	])('%i kWh in January costs %s yuan', (kwh, yuan) => {
		expect(total({ month: 1, householdSize: 3, kwh })).toBe(yuan);
	});

	test('a boundary belongs to the lower tier; the next kWh starts the next tier', () => {
		expect(estimate(v, { month: 1, kwh: 401 }).lines.map((l) => [l.kind, 'tier' in l ? l.tier : -1, l.kwh, l.amountFen])).toEqual([
			['tier', 0, 200, 11760],
			['tier', 1, 200, 12760],
			['tier', 2, 1, 89],
		]);
	});
});

describe('season change (summer May–October: 260 / 600 kWh)', () => {
	test.each([
		[4, 260, '155.88'],
		[5, 260, '152.88'],
		[10, 600, '369.80'],
		[10, 601, '370.69'],
		[11, 600, '422.80'],
	])('month %i, %i kWh: %s yuan', (month, kwh, yuan) => {
		expect(total({ month, householdSize: 3, kwh })).toBe(yuan);
	});

	test('reports the season and boundaries it used', () => {
		expect(estimate(v, { month: 7, kwh: 1 })).toMatchObject({ seasonId: 'summer', boundaries: [260, 600], householdRaised: false });
		expect(estimate(v, { month: 12, kwh: 1 })).toMatchObject({ seasonId: 'other', boundaries: [200, 400] });
	});
});

describe('household-size adjustment (5 or more people: +100 kWh on every boundary)', () => {
	test.each([
		[4, 1, 300, '181.40', false],
		[5, 1, 300, '176.40', true],
		[6, 1, 500, '304.00', true],
		[5, 7, 700, '428.60', true],
	])('%i people, month %i, %i kWh: %s yuan', (householdSize, month, kwh, yuan, raised) => {
		const e = estimate(v, { month, householdSize, kwh });
		expect(formatYuan(e.totalFen)).toBe(yuan);
		expect(e.householdRaised).toBe(raised);
	});
});

describe('time-of-use then tiers (先分时后阶梯)', () => {
	test.each([
		['all in tier 1: no add-on', { month: 1, periods: { peak: 100, flat: 50, valley: 50 } }, '110.10'],
		['one kWh over the first boundary', { month: 11, periods: { peak: 201 } }, '128.29'],
		['summer critical peak only', { month: 7, periods: { critical: 10 } }, '7.38'],
		['5 people: add-ons start later', { month: 11, householdSize: 5, periods: { valley: 450 } }, '159.60'],
		['empty periods count as nothing', { month: 11, periods: { peak: 150, flat: 120, valley: 180, critical: 0 } }, '252.10'],
	])('%s', (_, input, yuan) => {
		expect(total(input as EstimateInput)).toBe(yuan);
	});

	test('the breakdown lists each period, then the add-on per tier on the total', () => {
		const e = estimate(v, { month: 11, householdSize: 3, periods: { peak: 150, flat: 120, valley: 180 } });
		expect(e.timeOfUse).toBe(true);
		expect(e.totalKwh).toBe(450);
		expect(e.lines).toEqual([
			{ kind: 'period', period: 'peak', kwh: 150, priceUnits: 6380, amountFen: 9570 },
			{ kind: 'period', period: 'flat', kwh: 120, priceUnits: 5880, amountFen: 7056 },
			{ kind: 'period', period: 'valley', kwh: 180, priceUnits: 3380, amountFen: 6084 },
			{ kind: 'addon', tier: 0, from: 0, to: 200, kwh: 200, priceUnits: 0, amountFen: 0 },
			{ kind: 'addon', tier: 1, from: 200, to: 400, kwh: 200, priceUnits: 500, amountFen: 1000 },
			{ kind: 'addon', tier: 2, from: 400, to: 450, kwh: 50, priceUnits: 3000, amountFen: 1500 },
		]);
		expect(e.totalFen).toBe(25210);
	});
});

describe('zero and very large usage', () => {
	test('zero kWh is a zero bill with no lines', () => {
		expect(estimate(v, { month: 6, kwh: 0 })).toMatchObject({ totalFen: 0, lines: [] });
	});
	test.each([
		[1_000_000, '887890.00'],
		[MAX_KWH, '88799890.00'],
	])('%i kWh in January stays exact: %s yuan', (kwh, yuan) => {
		expect(total({ month: 1, kwh })).toBe(yuan);
	});
});

describe('other classes, yearly tiers and surcharges added to the bill', () => {
	test('a flat-priced class', () => {
		expect(total({ classId: 'agricultural', month: 3, kwh: 1000 })).toBe('488.00');
	});
	test('yearly boundaries count from the usage earlier in the year', () => {
		const raw = rawVersion('qs-2026-07');
		const p = raw.classes[0].pricing;
		p.period = 'year';
		p.seasons = [{ id: 'year', name: { zh: '全年' }, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], boundaries: [2760, 4800] }];
		const yearly = tariffVersionSchema.parse({ ...raw, examples: [] });
		// 60 kWh to reach 2,760 at 0.5880 = 35.28, then 40 kWh at 0.6380 = 25.52.
		expect(formatYuan(estimate(yearly, { month: 9, kwh: 100, usedBeforeKwh: 2700 }).totalFen)).toBe('60.80');
	});
	test('a surcharge not included in the prices is added as its own line', () => {
		const raw = rawVersion('qs-2026-07');
		raw.classes[0].surcharges = [{ name: { zh: '附加' }, price: '0.0290', included: false }];
		const withSurcharge = tariffVersionSchema.parse({ ...raw, examples: [] });
		const e = estimate(withSurcharge, { month: 1, kwh: 100 });
		expect(e.lines.at(-1)).toEqual({ kind: 'surcharge', surcharge: 0, kwh: 100, priceUnits: 290, amountFen: 290 });
		expect(formatYuan(e.totalFen)).toBe('61.70');
	});
});

describe('invalid input gives a clear error naming the field', () => {
	test.each([
		['month 13', { month: 13, kwh: 10 }, 'month', /month must be a whole number from 1 to 12, got 13 \/ 月份须为 1 至 12 的整数/],
		['month 0', { month: 0, kwh: 10 }, 'month', /got 0/],
		['no people', { month: 1, householdSize: 0, kwh: 10 }, 'householdSize', /household size must be a whole number of people/],
		['negative kWh', { month: 1, kwh: -5 }, 'kwh', /kWh cannot be negative, got -5 \/ 用电量不能为负数/],
		['fractional kWh', { month: 1, kwh: 12.5 }, 'kwh', /whole kWh as on the meter, got 12.5/],
		['not a number', { month: 1, kwh: Number.NaN }, 'kwh', /must be a number of kWh, got NaN/],
		['too large', { month: 1, kwh: MAX_KWH + 1 }, 'kwh', /more than the estimator takes/],
		['both a total and periods', { month: 1, kwh: 10, periods: { peak: 10 } }, 'kwh', /either .* not both \/ .*二者只填其一/],
		['nothing entered', { month: 1 }, 'kwh', /enter how many kWh/],
		['a critical peak in November', { month: 11, periods: { critical: 5 } }, 'periods.critical', /month 11 has no critical peak period: leave it empty \/ 11 月没有尖峰时段/],
		['a negative period', { month: 11, periods: { peak: -1 } }, 'periods.peak', /cannot be negative/],
		['time-of-use for a flat class', { classId: 'agricultural', month: 1, periods: { peak: 1 } }, 'periods', /has no time-of-use pricing/],
		['an unknown class', { classId: 'mining', month: 1, kwh: 1 }, 'classId', /no customer class "mining"/],
		['earlier usage with monthly tiers', { month: 1, kwh: 1, usedBeforeKwh: 10 }, 'usedBeforeKwh', /only counts where tiers are yearly/],
	])('%s', (_, input, field, message) => {
		let error: unknown;
		try {
			estimate(v, input as EstimateInput);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EstimateError);
		expect((error as EstimateError).field).toBe(field);
		expect((error as EstimateError).message).toMatch(message);
	});
});

describe('splitIntoTiers', () => {
	test.each([
		[0, 0, [200, 400], [0, 0, 0]],
		[0, 200, [200, 400], [200, 0, 0]],
		[0, 450, [200, 400], [200, 200, 50]],
		[350, 450, [200, 400], [0, 50, 50]],
	])('%i → %i kWh over %j', (start, end, bounds, kwh) => {
		expect(splitIntoTiers(start, end, bounds).map((p) => p.kwh)).toEqual(kwh);
	});
});

describe('every stored worked example agrees with the estimator', () => {
	const files = readdirSync(path.resolve('content/tariffs/versions')).filter((f) => f.endsWith('.json'));
	const cases = files.flatMap((f) => {
		const version = committedVersion(f.replace(/\.json$/, ''));
		return version.examples.map((ex) => [version.id, ex.id, version, ex] as const);
	});
	test('there are worked examples to check', () => expect(cases.length).toBeGreaterThanOrEqual(5));
	test.each(cases)('%s > %s', (_, __, version, ex) => {
		expect(estimate(version, ex.input).totalFen).toBe(parseYuan(ex.expectedTotal));
	});
});
