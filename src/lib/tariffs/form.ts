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

/** Units people write after a number of kWh, as on the bill: 200度, 200 度电, 200千瓦时, 200 kWh, 200 kW·h. */
export const kwhUnits = /(?:度电?|千瓦时|千瓦小时|kw[·.\s]?h)$/i;
/** Words people write after a number of people: 3人, 3口人, 3 口, 3 people. */
export const peopleUnits = /(?:口人|人|口|people|persons?)$/i;

/**
 * Reads a number as people type it: full-width digits (４５０), spaces and thousands commas are accepted, and so is
 * the unit after it where `unit` says which (200度, 200 kWh, 3人). Empty text gives undefined; anything else that is
 * not a number gives NaN (the form then says what to type).
 */
export function readNumber(text: string | undefined, unit?: RegExp): number | undefined {
	let clean = toHalfWidthNumber(text ?? '');
	if (unit) clean = clean.replace(unit, '').trim();
	clean = clean.replace(/[\s,，]/g, '');
	if (clean === '') return text?.trim() ? Number.NaN : undefined;
	return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/** Full-width digits, point and letters to half-width, the ideographic space to a space; trimmed. */
function toHalfWidthNumber(text: string): string {
	return text
		.replace(/[０-９Ａ-Ｚａ-ｚ．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ')
		.trim();
}

/**
 * A field's number, or an EstimateError naming the field and saying what to type, with the text as typed (never
 * "NaN"): the reader sees what went wrong and how to write it.
 */
function numberField(
	field: string,
	text: string | undefined,
	unit: RegExp,
	what: { en: string; zh: string },
): number | undefined {
	const n = readNumber(text, unit);
	if (n !== undefined && Number.isNaN(n)) {
		const typed = (text ?? '').trim();
		throw new EstimateError(field, `${what.en} (you typed “${typed}”)`, `${what.zh}（您填写的是“${typed}”）`);
	}
	return n;
}

const kwhWords = {
	en: 'write the kWh in digits, e.g. 200 or 200 kWh',
	zh: '用电量请填写阿拉伯数字，如 200 或 200度',
};
const peopleWords = {
	en: 'write the number of people in digits, e.g. 3',
	zh: '家庭人口请填写阿拉伯数字，如 3',
};

/**
 * Turns the form's text into estimator input, or throws an EstimateError naming the field. A time-of-use period
 * left empty counts as 0 kWh, but at least one must be filled in.
 */
export function parseEstimateForm(fields: EstimateFormFields): EstimateInput {
	const usedBeforeKwh = numberField('usedBeforeKwh', fields.usedBeforeKwh, kwhUnits, kwhWords);
	const usedBefore = usedBeforeKwh === undefined ? {} : { usedBeforeKwh };
	const month = readNumber(fields.month);
	const householdSize = numberField('householdSize', fields.householdSize, peopleUnits, peopleWords);
	if (month === undefined) throw new EstimateError('month', 'choose the month of the bill', '请选择电费所属月份');
	if (householdSize === undefined)
		throw new EstimateError('householdSize', 'enter how many people live in the household', '请填写家庭人口数');
	if (fields.meter === 'tou') {
		const periods: Partial<Record<TouPeriodKind, number>> = {};
		let any = false;
		for (const kind of periodOrder) {
			const value = numberField(`periods.${kind}`, fields[kind], kwhUnits, kwhWords);
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
	const kwh = numberField('kwh', fields.kwh, kwhUnits, kwhWords);
	if (kwh === undefined)
		throw new EstimateError('kwh', 'enter how many kWh were used this month', '请填写本月用电量（千瓦时）');
	return { month, householdSize, kwh, ...usedBefore };
}
