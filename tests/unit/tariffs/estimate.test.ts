import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	estimate,
	EstimateError,
	MAX_KWH,
	splitIntoTiers,
	type EstimateInput,
} from '../../../src/lib/tariffs/estimate.ts';
import { formatYuan, parseYuan } from '../../../src/lib/tariffs/money.ts';
import { tariffVersionSchema } from '../../../src/schemas/tariff.ts';
import { fixtureVersion, fixtureVersions, rawFixture } from './helpers.ts';

// Expected amounts below were worked out by hand from the tests' own copy of the example prices
// (tests/fixtures/site/tariffs/versions/qs-2026-07.json, so a price change in content/ changes none of them):
// tiers 0.5880 / 0.6380 / 0.8880 yuan; boundaries 200/400 kWh (Jan–Apr, Nov–Dec) and 260/600 kWh (May–Oct);
// +100 kWh on every boundary for 5 or more people; time-of-use critical 0.7380, peak 0.6380, flat 0.5880, valley
// 0.3380, then tier add-ons 0 / 0.0500 / 0.3000 on the month's total. Each line is rounded to the fen.
const v = fixtureVersion('qs-2026-07');
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
		expect(
			estimate(v, { month: 1, kwh: 401 }).lines.map((l) => [l.kind, 'tier' in l ? l.tier : -1, l.kwh, l.amountFen]),
		).toEqual([
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
		expect(estimate(v, { month: 7, kwh: 1 })).toMatchObject({
			seasonId: 'summer',
			boundaries: [260, 600],
			householdRaised: false,
		});
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
		[
			'empty periods count as nothing',
			{ month: 11, periods: { peak: 150, flat: 120, valley: 180, critical: 0 } },
			'252.10',
		],
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
		const raw = rawFixture('qs-2026-07');
		const p = raw.classes[0].pricing;
		p.period = 'year';
		p.seasons = [
			{ id: 'year', name: { zh: '全年' }, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], boundaries: [2760, 4800] },
		];
		const yearly = tariffVersionSchema.parse({ ...raw, examples: [] });
		// 60 kWh to reach 2,760 at 0.5880 = 35.28, then 40 kWh at 0.6380 = 25.52.
		expect(formatYuan(estimate(yearly, { month: 9, kwh: 100, usedBeforeKwh: 2700 }).totalFen)).toBe('60.80');
	});
	test('a surcharge not included in the prices is added as its own line', () => {
		const raw = rawFixture('qs-2026-07');
		raw.classes[0].surcharges = [{ name: { zh: '附加' }, price: '0.0290', included: false }];
		const withSurcharge = tariffVersionSchema.parse({ ...raw, examples: [] });
		const e = estimate(withSurcharge, { month: 1, kwh: 100 });
		expect(e.lines.at(-1)).toEqual({ kind: 'surcharge', surcharge: 0, kwh: 100, priceUnits: 290, amountFen: 290 });
		expect(formatYuan(e.totalFen)).toBe('61.70');
	});
});

describe('zero usage, and classes without every pricing rule', () => {
	/** The fixture with one more class: `extra` merged into a copy of a class (by index), surcharges as given. */
	function withClass(from: number, extra: Record<string, unknown>) {
		const raw = rawFixture('qs-2026-07');
		raw.classes.push({ ...raw.classes[from], id: 'test-class', ...extra });
		return tariffVersionSchema.parse({ ...raw, examples: [] });
	}
	const surcharge = [{ name: { zh: '附加' }, price: '0.0290', included: false }];

	test.each([
		[
			'a period entered as 0 gets no line',
			{ month: 11, periods: { peak: 100, flat: 0 } },
			[
				['period', 100],
				['addon', 100],
			],
			6380,
		],
		['0 kWh for a flat-priced class', { classId: 'agricultural', month: 3, kwh: 0 }, [], 0],
		['1 kWh for a flat-priced class', { classId: 'agricultural', month: 3, kwh: 1 }, [['flat', 1]], 49],
		['all periods 0', { month: 11, periods: { peak: 0, flat: 0, valley: 0 } }, [], 0],
	])('%s', (_, input, lines, fen) => {
		const e = estimate(v, input as EstimateInput);
		expect(e.lines.map((l) => [l.kind, l.kwh])).toEqual(lines);
		expect(e.totalFen).toBe(fen);
	});

	test.each([
		['tiered', 0, 0, []],
		[
			'tiered',
			0,
			100,
			[
				['tier', 100],
				['surcharge', 100],
			],
		],
		['flat', 1, 0, []],
		[
			'flat',
			1,
			100,
			[
				['flat', 100],
				['surcharge', 100],
			],
		],
	])('a %s class with a surcharge added to the bill, %i kWh: no line for nothing used', (_, from, kwh, lines) => {
		const version = withClass(from, { surcharges: surcharge });
		expect(estimate(version, { classId: 'test-class', month: 1, kwh }).lines.map((l) => [l.kind, l.kwh])).toEqual(
			lines,
		);
	});

	test('a tiered class with no household rule and no time-of-use: boundaries as written, for any household', () => {
		const raw = rawFixture('qs-2026-07');
		const { household: _h, timeOfUse: _t, ...pricing } = raw.classes[0].pricing;
		const version = withClass(0, { pricing });
		const e = estimate(version, { classId: 'test-class', month: 1, householdSize: 9, kwh: 450 });
		expect(e).toMatchObject({ householdRaised: false, boundaries: [200, 400], timeOfUse: false, totalFen: 28960 });
		expect(() => estimate(version, { classId: 'test-class', month: 1, periods: { peak: 1 } })).toThrow(
			expect.objectContaining({ field: 'periods' }),
		);
	});

	test('the estimate reports its inputs back: class, month, total kWh; flat classes have no season or boundaries', () => {
		expect(estimate(v, { classId: 'agricultural', month: 3, kwh: 7 })).toEqual({
			classId: 'agricultural',
			month: 3,
			totalKwh: 7,
			seasonId: undefined,
			boundaries: undefined,
			householdRaised: false,
			timeOfUse: false,
			lines: [{ kind: 'flat', kwh: 7, priceUnits: 4880, amountFen: 342 }],
			totalFen: 342,
		});
		expect(estimate(v, { month: 3, kwh: 7 })).toMatchObject({
			classId: 'residential',
			month: 3,
			totalKwh: 7,
			lines: [{ kind: 'tier', tier: 0, from: 0, to: 7, kwh: 7, priceUnits: 5880, amountFen: 412 }],
		});
	});
});

describe('invalid input gives a clear error naming the field, in English and Chinese', () => {
	test.each([
		[
			'month 13',
			{ month: 13, kwh: 10 },
			'month',
			'the month must be a whole number from 1 to 12, got 13',
			'月份须为 1 至 12 的整数，实际为 13',
		],
		[
			'month 0',
			{ month: 0, kwh: 10 },
			'month',
			'the month must be a whole number from 1 to 12, got 0',
			'月份须为 1 至 12 的整数，实际为 0',
		],
		[
			'month 1.5',
			{ month: 1.5, kwh: 10 },
			'month',
			'the month must be a whole number from 1 to 12, got 1.5',
			'月份须为 1 至 12 的整数，实际为 1.5',
		],
		[
			'no people',
			{ month: 1, householdSize: 0, kwh: 10 },
			'householdSize',
			'the household size must be a whole number of people from 1 to 99, got 0',
			'家庭人口须为 1 至 99 的整数，实际为 0',
		],
		[
			'100 people',
			{ month: 1, householdSize: 100, kwh: 10 },
			'householdSize',
			'the household size must be a whole number of people from 1 to 99, got 100',
			'家庭人口须为 1 至 99 的整数，实际为 100',
		],
		[
			'2.5 people',
			{ month: 1, householdSize: 2.5, kwh: 10 },
			'householdSize',
			'the household size must be a whole number of people from 1 to 99, got 2.5',
			'家庭人口须为 1 至 99 的整数，实际为 2.5',
		],
		['negative kWh', { month: 1, kwh: -5 }, 'kwh', 'kWh cannot be negative, got -5', '用电量不能为负数，实际为 -5'],
		[
			'fractional kWh',
			{ month: 1, kwh: 12.5 },
			'kwh',
			'must be whole kWh as on the meter, got 12.5',
			'须为整数千瓦时（与电表读数一致），实际为 12.5',
		],
		[
			'not a number',
			{ month: 1, kwh: Number.NaN },
			'kwh',
			'must be a number of kWh, got NaN',
			'须为用电量数字（千瓦时），实际为 NaN',
		],
		[
			'infinite',
			{ month: 1, kwh: Number.POSITIVE_INFINITY },
			'kwh',
			'must be a number of kWh, got Infinity',
			'须为用电量数字（千瓦时），实际为 Infinity',
		],
		['text', { month: 1, kwh: '12' }, 'kwh', 'must be a number of kWh, got 12', '须为用电量数字（千瓦时），实际为 12'],
		[
			'too large',
			{ month: 1, kwh: MAX_KWH + 1 },
			'kwh',
			`${MAX_KWH + 1} kWh is more than the estimator takes (${MAX_KWH})`,
			`${MAX_KWH + 1} 千瓦时超出计算器的上限（${MAX_KWH}）`,
		],
		[
			'both a total and periods',
			{ month: 1, kwh: 10, periods: { peak: 10 } },
			'kwh',
			'give either the month’s total kWh or the kWh per time-of-use period, not both',
			'请填写当月总电量或各时段电量，二者只填其一',
		],
		['nothing entered', { month: 1 }, 'kwh', 'enter how many kWh were used this month', '请填写本月用电量（千瓦时）'],
		[
			'a critical peak in November',
			{ month: 11, periods: { critical: 5 } },
			'periods.critical',
			'month 11 has no critical peak period: leave it empty',
			'11 月没有尖峰时段，请不要填写',
		],
		[
			'an unknown period',
			{ month: 11, periods: { evening: 5 } },
			'periods.evening',
			'unknown time-of-use period "evening"',
			'未知的分时时段 "evening"',
		],
		[
			'a negative period',
			{ month: 11, periods: { peak: -1 } },
			'periods.peak',
			'kWh cannot be negative, got -1',
			'用电量不能为负数，实际为 -1',
		],
		[
			'periods adding up past the maximum',
			{ month: 11, periods: { peak: MAX_KWH, valley: 1 } },
			'periods',
			`${MAX_KWH + 1} kWh is more than the estimator takes (${MAX_KWH})`,
			`${MAX_KWH + 1} 千瓦时超出计算器的上限（${MAX_KWH}）`,
		],
		[
			'time-of-use for a flat class',
			{ classId: 'agricultural', month: 1, periods: { peak: 1 } },
			'periods',
			'customer class "agricultural" has no time-of-use pricing',
			'用户类别 "agricultural" 没有分时电价',
		],
		[
			'an unknown class',
			{ classId: 'mining', month: 1, kwh: 1 },
			'classId',
			'no customer class "mining" in tariff qs-2026-07',
			'电价 qs-2026-07 中没有用户类别 "mining"',
		],
		[
			'earlier usage with monthly tiers',
			{ month: 1, kwh: 1, usedBeforeKwh: 10 },
			'usedBeforeKwh',
			'usage earlier in the year only counts where tiers are yearly',
			'只有按年计算阶梯时才需填写本年此前的用电量',
		],
		[
			'earlier usage for a flat class',
			{ classId: 'agricultural', month: 1, kwh: 1, usedBeforeKwh: 10 },
			'usedBeforeKwh',
			'usage earlier in the year only counts where tiers are yearly',
			'只有按年计算阶梯时才需填写本年此前的用电量',
		],
		[
			'negative earlier usage',
			{ month: 1, kwh: 1, usedBeforeKwh: -1 },
			'usedBeforeKwh',
			'kWh cannot be negative, got -1',
			'用电量不能为负数，实际为 -1',
		],
	])('%s', (_, input, field, en, zh) => {
		let error: unknown;
		try {
			estimate(v, input as unknown as EstimateInput);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EstimateError);
		expect(error).toMatchObject({ name: 'EstimateError', field, en, zh, message: `${field}: ${en} / ${zh}` });
	});

	test.each([
		['99 people', { month: 1, householdSize: 99, kwh: 10 }],
		['exactly the maximum', { month: 1, kwh: MAX_KWH }],
		['periods adding up to exactly the maximum', { month: 11, periods: { peak: MAX_KWH - 1, valley: 1 } }],
		['month 12', { month: 12, kwh: 1 }],
	])('accepted: %s', (_, input) => {
		expect(() => estimate(v, input as EstimateInput)).not.toThrow();
	});

	test('a version without a season for the month, or a schedule for it, says so', () => {
		const raw = rawFixture('qs-2026-07');
		raw.classes[0].pricing.seasons[1].months = [1, 2, 3, 4, 11];
		raw.classes[0].pricing.timeOfUse.schedules[0].months = [1, 2, 3, 4, 5, 6, 9, 10, 11];
		const gappy = tariffVersionSchema.safeParse({ ...raw, examples: [] });
		// The schema refuses such a version; the estimator still names the month rather than failing on undefined.
		const version = (
			gappy.success ? gappy.data : { ...v, classes: [{ ...v.classes[0], pricing: raw.classes[0].pricing }] }
		) as typeof v;
		for (const [input, en] of [
			[{ month: 12, kwh: 1 }, 'no season covers month 12'],
			[{ month: 12, periods: { peak: 1 } }, 'no time-of-use schedule covers month 12'],
		] as const) {
			expect(() => estimate(version, input)).toThrow(expect.objectContaining({ field: 'month', en }));
		}
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
	const files = readdirSync(fixtureVersions).filter((f) => f.endsWith('.json'));
	const cases = files.flatMap((f) => {
		const version = fixtureVersion(f.replace(/\.json$/, ''));
		return version.examples.map((ex) => [version.id, ex.id, version, ex] as const);
	});
	test('there are worked examples to check', () => expect(cases.length).toBeGreaterThanOrEqual(5));
	test.each(cases)('%s > %s', (_, __, version, ex) => {
		expect(estimate(version, ex.input).totalFen).toBe(parseYuan(ex.expectedTotal));
	});
});
