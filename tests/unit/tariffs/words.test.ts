/**
 * Tariff figures in words and money in text, each branch in both languages: every breakdown line kind, months and
 * hours, dates, the estimate's summary; prices and amounts read and written exactly; the form's text read as
 * people type it, with each refusal's words. Inputs from the tests' own version (fixtures/qs-2026-07.json).
 */
import { describe, expect, it } from 'vitest';
import { estimate, EstimateError } from '../../../src/lib/tariffs/estimate.ts';
import { parseEstimateForm, readNumber } from '../../../src/lib/tariffs/form.ts';
import {
	formatPrice,
	formatYuan,
	groupThousands,
	parseYuan,
	priceUnits,
	unitsToFen,
} from '../../../src/lib/tariffs/money.ts';
import {
	dateText,
	describeLine,
	estimateSummary,
	hoursText,
	monthsText,
	periodName,
	residentialPricing,
	tierRangeText,
} from '../../../src/lib/tariffs/present.ts';
import { fixtureVersion } from './helpers.ts';

const v = () => fixtureVersion('qs-2026-07');

describe('breakdown lines, every kind', () => {
	it('time of use: the periods, then the tier add-ons (the first at no price), nothing else (surcharges are in the prices)', () => {
		const e = estimate(v(), {
			month: 8,
			householdSize: 3,
			periods: { critical: 40, peak: 100, flat: 160, valley: 200 },
		});
		expect(e.lines.map((l) => describeLine(l, v(), 'residential', 'zh-cn'))).toEqual([
			{ label: '尖峰时段', working: '40 千瓦时 × 0.7380 元/千瓦时', amount: '29.52 元' },
			{ label: '峰时段', working: '100 千瓦时 × 0.6380 元/千瓦时', amount: '63.80 元' },
			{ label: '平时段', working: '160 千瓦时 × 0.5880 元/千瓦时', amount: '94.08 元' },
			{ label: '谷时段', working: '200 千瓦时 × 0.3380 元/千瓦时', amount: '67.60 元' },
			{ label: '第一档加价（当月第 1–260 千瓦时）', working: '260 千瓦时 × 0.0000 元/千瓦时', amount: '0.00 元' },
			{ label: '第二档加价（当月第 261–500 千瓦时）', working: '240 千瓦时 × 0.0500 元/千瓦时', amount: '12.00 元' },
		]);
		expect(e.lines.map((l) => describeLine(l, v(), 'residential', 'en').label)).toEqual([
			'Critical peak period',
			'Peak period',
			'Flat period',
			'Valley period',
			'Tier 1 add-on (kWh 1 to 260 of the month)',
			'Tier 2 add-on (kWh 261 to 500 of the month)',
		]);
	});

	it('a flat class: the class’s name; a surcharge: its name; a class the version lacks: its id, or nothing', () => {
		const flat = { kind: 'flat' as const, kwh: 1200, priceUnits: 4880, amountFen: 58560 };
		expect(describeLine(flat, v(), 'agricultural', 'zh-cn')).toEqual({
			label: '农业生产用电',
			working: '1,200 千瓦时 × 0.4880 元/千瓦时',
			amount: '585.60 元',
		});
		expect(describeLine(flat, v(), 'agricultural', 'en')).toEqual({
			label: 'Farming',
			working: '1,200 kWh × ¥0.4880 per kWh',
			amount: '¥585.60',
		});
		expect(describeLine(flat, v(), 'gone', 'en').label).toBe('gone');
		const surcharge = { kind: 'surcharge' as const, surcharge: 1, kwh: 100, priceUnits: 190, amountFen: 190 };
		expect(describeLine(surcharge, v(), 'commercial', 'en').label).toBe('Renewable energy surcharge');
		expect(describeLine(surcharge, v(), 'gone', 'en').label).toBe('');
	});

	it('tiers, in English', () => {
		const e = estimate(v(), { month: 1, householdSize: 3, kwh: 450 });
		expect(e.lines.map((l) => describeLine(l, v(), 'residential', 'en').label)).toEqual([
			'Tier 1 (kWh 1 to 200)',
			'Tier 2 (kWh 201 to 400)',
			'Tier 3 (kWh 401 to 450)',
		]);
	});

	it('the summary of an estimate', () => {
		const e = estimate(v(), { month: 1, householdSize: 3, kwh: 1450 });
		expect(estimateSummary(e, 3, 'zh-cn')).toBe('1 月 · 3 人 · 1,450 千瓦时');
		expect(estimateSummary(e, 3, 'en')).toBe('January · 3 people · 1,450 kWh');
		expect(estimateSummary(e, 1, 'en')).toBe('January · 1 person · 1,450 kWh');
		expect(estimateSummary({ ...e, month: 12 }, 2, 'en')).toBe('December · 2 people · 1,450 kWh');
	});

	it('the residential pricing of a version; a version without one is an error', () => {
		expect(residentialPricing(v()).tiers).toHaveLength(3);
		const noTiers = { ...v(), classes: v().classes.filter((c) => c.id !== 'residential') };
		expect(() => residentialPricing(noTiers)).toThrow('tariff qs-2026-07 has no tiered "residential" class');
		const flatResidential = { ...v(), classes: [{ ...v().classes[1], id: 'residential' }] };
		expect(() => residentialPricing(flatResidential)).toThrow('has no tiered "residential" class');
	});
});

describe('figures in words', () => {
	it.each([
		['critical', '尖峰', 'Critical peak'],
		['peak', '峰', 'Peak'],
		['flat', '平', 'Flat'],
		['valley', '谷', 'Valley'],
	] as const)('period %s: %s, %s', (kind, zh, en) => {
		expect([periodName(kind, 'zh-cn'), periodName(kind, 'en')]).toEqual([zh, en]);
	});

	it.each([
		[[5, 6, 7, 8, 9, 10], '5–10 月', 'May to October'],
		[[12, 1, 2, 3, 4, 11], '1–4、11–12 月', 'January to April, November to December'],
		[[7], '7 月', 'July'],
		[[2, 4, 6, 9], '2、4、6、9 月', 'February, April, June, September'],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], '全年', 'all year'],
		[[3, 1, 2], '1–3 月', 'January to March'],
	])('months %j: %s; %s', (months, zh, en) => {
		expect(monthsText(months, 'zh-cn')).toBe(zh);
		expect(monthsText(months, 'en')).toBe(en);
	});

	it('hours', () => {
		const hours = [
			{ from: '08:00', to: '11:00' },
			{ from: '18:00', to: '22:00' },
		];
		expect(hoursText(hours, 'zh-cn')).toBe('08:00–11:00、18:00–22:00');
		expect(hoursText(hours, 'en')).toBe('08:00 to 11:00, 18:00 to 22:00');
	});

	it.each([
		['2026-01-05', '2026年1月5日', '5 January 2026'],
		['2026-02-28', '2026年2月28日', '28 February 2026'],
		['2026-03-01', '2026年3月1日', '1 March 2026'],
		['2026-04-30', '2026年4月30日', '30 April 2026'],
		['2026-05-01', '2026年5月1日', '1 May 2026'],
		['2026-06-10', '2026年6月10日', '10 June 2026'],
		['2026-07-01', '2026年7月1日', '1 July 2026'],
		['2026-08-08', '2026年8月8日', '8 August 2026'],
		['2026-09-09', '2026年9月9日', '9 September 2026'],
		['2026-10-10', '2026年10月10日', '10 October 2026'],
		['2026-11-11', '2026年11月11日', '11 November 2026'],
		['2026-12-31', '2026年12月31日', '31 December 2026'],
	])('date %s', (date, zh, en) => {
		expect(dateText(date, 'zh-cn')).toBe(zh);
		expect(dateText(date, 'en')).toBe(en);
	});

	it.each([
		[0, [200, 400], '0–200 千瓦时', '0 to 200 kWh'],
		[1, [200, 400], '201–400 千瓦时', '201 to 400 kWh'],
		[2, [200, 400], '400 千瓦时以上', 'over 400 kWh'],
		[0, [], '0 千瓦时以上', 'over 0 kWh'],
		[1, [2000, 4000], '2,001–4,000 千瓦时', '2,001 to 4,000 kWh'],
	])('tier %i of %j', (tier, boundaries, zh, en) => {
		expect(tierRangeText(tier, boundaries, 'zh-cn')).toBe(zh);
		expect(tierRangeText(tier, boundaries, 'en')).toBe(en);
	});
});

describe('money', () => {
	it.each([
		['0.5880', 5880],
		['0.588', 5880],
		['1', 10000],
		['12.5', 125000],
		['0.0001', 1],
	])('price %j is %i units', (price, units) => {
		expect(priceUnits(price)).toBe(units);
	});

	it.each(['', '.5', '0.58801', '-0.5', '0,588', 'x0.5', '0.5x', '1.'])('%j is not a price', (price) => {
		expect(() => priceUnits(price)).toThrow(`not a price: "${price}" / 不是有效价格："${price}"`);
	});

	it.each([
		[0, 0],
		[49, 0],
		[50, 1],
		[149, 1],
		[150, 2],
	])('%i units round to %i fen, halves up', (units, fen) => {
		expect(unitsToFen(units)).toBe(fen);
	});

	it.each([
		[28960, '289.60'],
		[5, '0.05'],
		[0, '0.00'],
		[-1250, '-12.50'],
		[-5, '-0.05'],
	])('%i fen is %s yuan', (fen, text) => {
		expect(formatYuan(fen)).toBe(text);
	});

	it.each([
		['289.60', 28960],
		['0.05', 5],
	])('%s yuan is %i fen', (text, fen) => {
		expect(parseYuan(text)).toBe(fen);
	});

	it.each(['289.6', '289.600', 'x289.60', '289.60x', '-1.00', ''])('%j is not an amount', (text) => {
		expect(() => parseYuan(text)).toThrow(`not an amount in yuan with 2 decimals: "${text}"`);
	});

	it.each([
		[5880, '0.5880'],
		[5, '0.0005'],
		[10000, '1.0000'],
		[125000, '12.5000'],
	])('%i units is the price %s', (units, text) => {
		expect(formatPrice(units)).toBe(text);
	});

	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[12000, '12,000'],
		[1234567, '1,234,567'],
		[100000000, '100,000,000'],
	])('%i → %s', (n, text) => {
		expect(groupThousands(n)).toBe(text);
	});
});

describe('the estimator form', () => {
	it.each([
		['450', 450],
		['４５０', 450],
		['1,200', 1200],
		['1，200', 1200],
		[' 45 0 ', 450],
		['12.5', 12.5],
		['12．5', 12.5],
		['-3', -3],
		['', undefined],
		[undefined, undefined],
		['   ', undefined],
	])('reads %j as %s', (text, value) => {
		expect(readNumber(text)).toBe(value);
	});

	it.each(['12.', '.5', '1e3', 'abc', '12a', 'a12', '1.2.3', '--1'])('%j is not a number', (text) => {
		expect(readNumber(text)).toBeNaN();
	});

	const refusal = (fields: Parameters<typeof parseEstimateForm>[0]) => {
		try {
			parseEstimateForm(fields);
		} catch (e) {
			expect(e).toBeInstanceOf(EstimateError);
			const { field, en, zh } = e as EstimateError;
			return { field, en, zh };
		}
		throw new Error('not refused');
	};

	it.each([
		[
			{ month: '', householdSize: '3', meter: 'single', kwh: '100' },
			{ field: 'month', en: 'choose the month of the bill', zh: '请选择电费所属月份' },
		],
		[
			{ month: '1', householdSize: '', meter: 'single', kwh: '100' },
			{ field: 'householdSize', en: 'enter how many people live in the household', zh: '请填写家庭人口数' },
		],
		[
			{ month: '1', householdSize: '3', meter: 'single' },
			{ field: 'kwh', en: 'enter how many kWh were used this month', zh: '请填写本月用电量（千瓦时）' },
		],
		[
			{ month: '1', householdSize: '3', meter: 'tou' },
			{
				field: 'periods.peak',
				en: 'enter the kWh of at least one period from the bill',
				zh: '请至少填写一个时段的用电量',
			},
		],
	])('refuses %j, naming the field', (fields, expected) => {
		expect(refusal(fields)).toEqual(expected);
	});

	it('reads a single meter, and a time-of-use meter’s filled periods only', () => {
		expect(parseEstimateForm({ month: '1', householdSize: '3', meter: 'single', kwh: '450' })).toStrictEqual({
			month: 1,
			householdSize: 3,
			kwh: 450,
		});
		expect(
			parseEstimateForm({ month: '8', householdSize: '3', meter: 'tou', peak: '100', valley: '0', flat: '' }),
		).toStrictEqual({
			month: 8,
			householdSize: 3,
			periods: { peak: 100, valley: 0 },
		});
		expect(
			parseEstimateForm({ month: '1', householdSize: '3', meter: 'single', kwh: '450', usedBeforeKwh: '2,000' }),
		).toStrictEqual({
			month: 1,
			householdSize: 3,
			kwh: 450,
			usedBeforeKwh: 2000,
		});
	});
});
