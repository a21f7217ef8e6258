import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../../src/lib/tariffs/estimate.ts';
import { parseEstimateForm, readNumber } from '../../../src/lib/tariffs/form.ts';
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
	])('%s', (_, fields, field) => {
		expect(() => parseEstimateForm(fields)).toThrow(EstimateError);
		try {
			parseEstimateForm(fields);
		} catch (e) {
			expect((e as EstimateError).field).toBe(field);
		}
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
