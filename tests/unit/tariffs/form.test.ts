import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../../src/lib/tariffs/estimate.ts';
import { kwhUnits, parseEstimateForm, peopleUnits, readNumber } from '../../../src/lib/tariffs/form.ts';
import { formatPrice, formatYuan, parseYuan, priceUnits, unitsToFen } from '../../../src/lib/tariffs/money.ts';

describe('readNumber reads numbers as people type them', () => {
	test.each([
		['450', 450],
		[' 450 ', 450],
		['４５０', 450],
		['1,200', 1200],
		['1，200', 1200],
		['12.5', 12.5],
		['', undefined],
		['abc', Number.NaN],
		['12kWh', Number.NaN],
	])('%j → %s', (text, n) => {
		expect(readNumber(text)).toEqual(n);
	});

	// The unit as the bill and people write it, after the number.
	test.each([
		['200度', 200],
		['200 度', 200],
		['200度电', 200],
		['２００度', 200],
		['200千瓦时', 200],
		['200kWh', 200],
		['200 kWh', 200],
		['200 KWH', 200],
		['200 kW·h', 200],
		['200kw.h', 200],
		['1,200 度', 1200],
		['度', Number.NaN],
		['二百度', Number.NaN],
		['200元', Number.NaN],
		['', undefined],
	])('kWh: %j → %s', (text, n) => {
		expect(readNumber(text, kwhUnits)).toEqual(n);
	});
	test.each([
		['3人', 3],
		['3 口人', 3],
		['3口', 3],
		['3 people', 3],
		['三口人', Number.NaN],
	])('people: %j → %s', (text, n) => {
		expect(readNumber(text, peopleUnits)).toEqual(n);
	});
});

describe('parseEstimateForm', () => {
	test.each([
		[
			'a single meter',
			{ month: '1', householdSize: '3', meter: 'single', kwh: '450' },
			{ month: 1, householdSize: 3, kwh: 450 },
		],
		[
			'a time-of-use meter, empty periods left out',
			{ month: '8', householdSize: '5', meter: 'tou', critical: '', peak: '100', flat: '', valley: '20' },
			{ month: 8, householdSize: 5, periods: { peak: 100, valley: 20 } },
		],
	])('%s', (_, fields, input) => {
		expect(parseEstimateForm(fields)).toEqual(input);
	});
	test.each([
		['no kWh', { month: '1', householdSize: '3', meter: 'single', kwh: '' }, 'kwh'],
		['no period filled in', { month: '1', householdSize: '3', meter: 'tou' }, 'periods.peak'],
		['no household size', { month: '1', householdSize: '', meter: 'single', kwh: '1' }, 'householdSize'],
		['kWh in words', { month: '1', householdSize: '3', meter: 'single', kwh: '二百' }, 'kwh'],
		['a period in words', { month: '1', householdSize: '3', meter: 'tou', peak: '一百' }, 'periods.peak'],
		['people in words', { month: '1', householdSize: '三', meter: 'single', kwh: '200' }, 'householdSize'],
	])('%s', (_, fields, field) => {
		expect(() => parseEstimateForm(fields)).toThrow(EstimateError);
		try {
			parseEstimateForm(fields);
		} catch (e) {
			expect((e as EstimateError).field).toBe(field);
		}
	});
});

describe('parseEstimateForm: units and words', () => {
	test('reads the units people type after the numbers', () => {
		expect(parseEstimateForm({ month: '1', householdSize: '3人', meter: 'single', kwh: '200度' })).toEqual({
			month: 1,
			householdSize: 3,
			kwh: 200,
		});
	});

	// What the reader reads: what to type, with what they typed, in both languages; never "NaN".
	test.each([
		[
			{ month: '1', householdSize: '3', meter: 'single', kwh: '二百' },
			'用电量请填写阿拉伯数字，如 200 或 200度（您填写的是“二百”）',
			'write the kWh in digits, e.g. 200 or 200 kWh (you typed “二百”)',
		],
		[
			{ month: '1', householdSize: 'three', meter: 'single', kwh: '200' },
			'家庭人口请填写阿拉伯数字，如 3（您填写的是“three”）',
			'write the number of people in digits, e.g. 3 (you typed “three”)',
		],
	])('%j is explained', (fields, zh, en) => {
		let error: EstimateError | undefined;
		try {
			parseEstimateForm(fields);
		} catch (e) {
			error = e as EstimateError;
		}
		expect(error?.zh).toBe(zh);
		expect(error?.en).toBe(en);
	});
});

describe('money', () => {
	test.each([
		['0.5880', 5880],
		['0.05', 500],
		['0', 0],
		['1.2345', 12345],
	])('priceUnits(%j) = %i', (p, u) => expect(priceUnits(p)).toBe(u));
	test.each([
		[0, 0],
		[49, 0],
		[50, 1],
		[723240, 7232],
		[723250, 7233],
	])('unitsToFen(%i) = %i (halves up)', (u, f) => expect(unitsToFen(u)).toBe(f));
	test.each([
		[0, '0.00'],
		[5, '0.05'],
		[28960, '289.60'],
		[8879989000, '88799890.00'],
	])('formatYuan(%i) = %s', (f, y) => {
		expect(formatYuan(f)).toBe(y);
		expect(parseYuan(y)).toBe(f);
	});
	test('formatPrice', () => expect(formatPrice(5880)).toBe('0.5880'));
});

describe('parseEstimateForm: yearly tiers', () => {
	test('reads the use earlier in the year when given', () => {
		expect(
			parseEstimateForm({ month: '9', householdSize: '2', meter: 'single', kwh: '100', usedBeforeKwh: '2,700' }),
		).toEqual({ month: 9, householdSize: 2, kwh: 100, usedBeforeKwh: 2700 });
	});
});
