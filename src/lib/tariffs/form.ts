import type { TouPeriodKind } from '../../schemas/tariff.ts';
import { EstimateError, periodOrder, type EstimateInput } from './estimate.ts';

/** The estimator form's fields as the browser (or a test) reads them: all text. */
export interface EstimateFormFields {
	month: string;
	householdSize: string;
	/** `single` (one reading) or `tou` (time-of-use meter). */
	meter: string;
	kwh?: string;
	critical?: string;
	peak?: string;
	flat?: string;
	valley?: string;
	/** Yearly boundaries only: kWh used earlier this year. */
	usedBeforeKwh?: string;
}

/**
 * Reads a number as people type it: full-width digits (４５０), spaces and thousands commas are accepted.
 * Empty text gives undefined.
 */
export function readNumber(text: string | undefined): number | undefined {
	const clean = (text ?? '')
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/．/g, '.')
		.replace(/[\s,，]/g, '');
	if (clean === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/**
 * Turns the form's text into estimator input, or throws an EstimateError naming the field. A time-of-use period
 * left empty counts as 0 kWh, but at least one must be filled in.
 */
export function parseEstimateForm(fields: EstimateFormFields): EstimateInput {
	const usedBeforeKwh = readNumber(fields.usedBeforeKwh);
	const usedBefore = usedBeforeKwh === undefined ? {} : { usedBeforeKwh };
	const month = readNumber(fields.month);
	const householdSize = readNumber(fields.householdSize);
	if (month === undefined) throw new EstimateError('month', 'choose the month of the bill', '请选择电费所属月份');
	if (householdSize === undefined)
		throw new EstimateError('householdSize', 'enter how many people live in the household', '请填写家庭人口数');
	if (fields.meter === 'tou') {
		const periods: Partial<Record<TouPeriodKind, number>> = {};
		let any = false;
		for (const kind of periodOrder) {
			const value = readNumber(fields[kind]);
			if (value === undefined) continue;
			any = true;
			periods[kind] = value;
		}
		if (!any)
			throw new EstimateError(
				'periods.peak',
				'enter the kWh of at least one period from the bill',
				'请至少填写一个时段的用电量',
			);
		return { month, householdSize, periods, ...usedBefore };
	}
	const kwh = readNumber(fields.kwh);
	if (kwh === undefined)
		throw new EstimateError('kwh', 'enter how many kWh were used this month', '请填写本月用电量（千瓦时）');
	return { month, householdSize, kwh, ...usedBefore };
}
