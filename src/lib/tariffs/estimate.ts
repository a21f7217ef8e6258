import type { CustomerClass, TariffVersion, TouPeriodKind } from '../../schemas/tariff.ts';
import { priceUnits, unitsToFen } from './money.ts';

/** What a resident tells the estimator. Give `kwh` (one meter reading) or `periods` (a time-of-use meter), not both. */
export interface EstimateInput {
	/** Customer class id; default `residential`. */
	classId?: string;
	/** The month billed, 1 to 12: picks the season's boundaries and the time-of-use schedule. */
	month: number;
	/** Registered people in the household; default 1. */
	householdSize?: number;
	/** The month's total kWh. */
	kwh?: number;
	/** kWh in each time-of-use period. */
	periods?: Partial<Record<TouPeriodKind, number>>;
	/** Yearly boundaries only: kWh already used this year before this month. */
	usedBeforeKwh?: number;
}

/** One line of the breakdown; amounts in whole fen, prices in units of 0.0001 yuan. */
export type EstimateLine =
	/** Energy in one tier, at the tier's price (no time-of-use). `from`/`to`: the tier's kWh range used (cumulative). */
	| { kind: 'tier'; tier: number; from: number; to: number; kwh: number; priceUnits: number; amountFen: number }
	/** Energy in one time-of-use period, at the period's price. */
	| { kind: 'period'; period: TouPeriodKind; kwh: number; priceUnits: number; amountFen: number }
	/** The tier add-on on the kWh of the month's total that fall in a tier (先分时后阶梯). */
	| { kind: 'addon'; tier: number; from: number; to: number; kwh: number; priceUnits: number; amountFen: number }
	/** Energy at a single price. */
	| { kind: 'flat'; kwh: number; priceUnits: number; amountFen: number }
	/** A surcharge added to the bill (not one already inside the prices). */
	| { kind: 'surcharge'; surcharge: number; kwh: number; priceUnits: number; amountFen: number };

/** The estimate: every line and the total, which is the sum of the lines. */
export interface Estimate {
	classId: string;
	month: number;
	totalKwh: number;
	/** The season whose boundaries applied (tiered classes). */
	seasonId?: string;
	/** The boundaries that applied, after the household adjustment. */
	boundaries?: number[];
	/** Whether the household adjustment raised the boundaries. */
	householdRaised: boolean;
	/** Whether the energy was priced by time-of-use period. */
	timeOfUse: boolean;
	lines: EstimateLine[];
	totalFen: number;
}

/** The largest kWh the estimator takes: far beyond any household, small enough that every amount stays exact. */
export const MAX_KWH = 100_000_000;

/** Period names for error messages (the pages use present.ts). */
const periodWords: Record<TouPeriodKind, { en: string; zh: string }> = {
	critical: { en: 'critical peak', zh: '尖峰' },
	peak: { en: 'peak', zh: '峰' },
	flat: { en: 'flat', zh: '平' },
	valley: { en: 'valley', zh: '谷' },
};

/** Periods in the order they are shown and asked for. */
export const periodOrder: readonly TouPeriodKind[] = ['critical', 'peak', 'flat', 'valley'];

/** Input the estimator cannot work with; names the field and says why, in English and Chinese. */
export class EstimateError extends Error {
	/** The input field, e.g. `kwh`, `periods.peak`, `month`. */
	readonly field: string;
	readonly en: string;
	readonly zh: string;
	constructor(field: string, en: string, zh: string) {
		super(`${field}: ${en} / ${zh}`);
		this.name = 'EstimateError';
		this.field = field;
		this.en = en;
		this.zh = zh;
	}
}

/**
 * Works out a bill from a tariff version: tiers by the month's season and the household size, or time-of-use
 * periods first and then the tier add-ons on the month's total (先分时后阶梯), plus any surcharges not already
 * inside the prices. Exact in integer arithmetic; each line is rounded to fen and the total is their sum.
 * Throws an EstimateError for input it cannot use.
 */
export function estimate(version: TariffVersion, input: EstimateInput): Estimate {
	const classId = input.classId ?? 'residential';
	const cls = version.classes.find((c) => c.id === classId);
	if (!cls)
		throw new EstimateError(
			'classId',
			`no customer class "${classId}" in tariff ${version.id}`,
			`电价 ${version.id} 中没有用户类别 "${classId}"`,
		);
	const month = input.month;
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new EstimateError(
			'month',
			`the month must be a whole number from 1 to 12, got ${String(month)}`,
			`月份须为 1 至 12 的整数，实际为 ${String(month)}`,
		);
	}
	const householdSize = input.householdSize ?? 1;
	if (!Number.isInteger(householdSize) || householdSize < 1 || householdSize > 99) {
		throw new EstimateError(
			'householdSize',
			`the household size must be a whole number of people from 1 to 99, got ${String(householdSize)}`,
			`家庭人口须为 1 至 99 的整数，实际为 ${String(householdSize)}`,
		);
	}
	if (input.kwh !== undefined && input.periods !== undefined) {
		throw new EstimateError(
			'kwh',
			'give either the month’s total kWh or the kWh per time-of-use period, not both',
			'请填写当月总电量或各时段电量，二者只填其一',
		);
	}
	if (input.kwh === undefined && input.periods === undefined) {
		throw new EstimateError('kwh', 'enter how many kWh were used this month', '请填写本月用电量（千瓦时）');
	}
	const pricing = cls.pricing;
	const usedBefore = input.usedBeforeKwh ?? 0;
	checkKwh('usedBeforeKwh', usedBefore);
	if (input.usedBeforeKwh !== undefined && (pricing.kind !== 'tiered' || pricing.period !== 'year')) {
		throw new EstimateError(
			'usedBeforeKwh',
			'usage earlier in the year only counts where tiers are yearly',
			'只有按年计算阶梯时才需填写本年此前的用电量',
		);
	}

	const lines: EstimateLine[] = [];
	let totalKwh: number;
	let timeOfUse = false;
	let seasonId: string | undefined;
	let boundaries: number[] | undefined;
	let householdRaised = false;

	if (input.periods !== undefined) {
		if (pricing.kind !== 'tiered' || !pricing.timeOfUse) {
			throw new EstimateError(
				'periods',
				`customer class "${classId}" has no time-of-use pricing`,
				`用户类别 "${classId}" 没有分时电价`,
			);
		}
		const schedule = pricing.timeOfUse.schedules.find((s) => s.months.includes(month));
		if (!schedule)
			throw new EstimateError(
				'month',
				`no time-of-use schedule covers month ${month}`,
				`没有适用于 ${month} 月的分时时段`,
			);
		totalKwh = 0;
		for (const kind of Object.keys(input.periods) as TouPeriodKind[]) {
			if (!periodOrder.includes(kind))
				throw new EstimateError(`periods.${kind}`, `unknown time-of-use period "${kind}"`, `未知的分时时段 "${kind}"`);
			if (!schedule.periods.some((p) => p.kind === kind) && (input.periods[kind] ?? 0) > 0) {
				throw new EstimateError(
					`periods.${kind}`,
					`month ${month} has no ${periodWords[kind].en} period: leave it empty`,
					`${month} 月没有${periodWords[kind].zh}时段，请不要填写`,
				);
			}
		}
		for (const kind of periodOrder) {
			const period = schedule.periods.find((p) => p.kind === kind);
			const kwh = input.periods[kind] ?? 0;
			checkKwh(`periods.${kind}`, kwh);
			totalKwh += kwh;
			if (!period || kwh === 0) continue;
			lines.push(line({ kind: 'period', period: kind, kwh, priceUnits: priceUnits(period.price) }));
		}
		checkKwh('periods', totalKwh);
		timeOfUse = true;
	} else {
		totalKwh = input.kwh as number;
		checkKwh('kwh', totalKwh);
	}

	if (pricing.kind === 'flat') {
		if (totalKwh > 0) lines.push(line({ kind: 'flat', kwh: totalKwh, priceUnits: priceUnits(pricing.price) }));
	} else {
		const season = pricing.seasons.find((s) => s.months.includes(month));
		if (!season) throw new EstimateError('month', `no season covers month ${month}`, `没有适用于 ${month} 月的季节`);
		seasonId = season.id;
		householdRaised = pricing.household !== undefined && householdSize >= pricing.household.minPeople;
		const raise = householdRaised ? (pricing.household?.raiseKwh ?? 0) : 0;
		boundaries = season.boundaries.map((b) => b + raise);
		const addOns = pricing.timeOfUse?.tierAddOns;
		splitIntoTiers(usedBefore, usedBefore + totalKwh, boundaries).forEach((part, tier) => {
			if (part.kwh === 0) return;
			if (timeOfUse) lines.push(line({ kind: 'addon', tier, ...part, priceUnits: priceUnits(addOns?.[tier] ?? '0') }));
			else lines.push(line({ kind: 'tier', tier, ...part, priceUnits: priceUnits(pricing.tiers[tier].price) }));
		});
	}
	addedSurcharges(cls).forEach(({ index, units }) => {
		if (totalKwh > 0) lines.push(line({ kind: 'surcharge', surcharge: index, kwh: totalKwh, priceUnits: units }));
	});

	const totalFen = lines.reduce((sum, l) => sum + l.amountFen, 0);
	return { classId, month, totalKwh, seasonId, boundaries, householdRaised, timeOfUse, lines, totalFen };
}

/**
 * Splits cumulative usage from `start` to `end` kWh over the tiers that `boundaries` (the upper edge of every
 * tier but the last) mark out. A boundary belongs to the lower tier: with [200, 400], 200 kWh is all tier 1.
 */
export function splitIntoTiers(
	start: number,
	end: number,
	boundaries: readonly number[],
): Array<{ from: number; to: number; kwh: number }> {
	const parts: Array<{ from: number; to: number; kwh: number }> = [];
	for (let tier = 0; tier <= boundaries.length; tier++) {
		const lower = tier === 0 ? 0 : boundaries[tier - 1];
		const upper = tier < boundaries.length ? boundaries[tier] : Number.POSITIVE_INFINITY;
		const from = Math.max(start, lower);
		const to = Math.min(end, upper);
		parts.push(to > from ? { from, to, kwh: to - from } : { from, to: from, kwh: 0 });
	}
	return parts;
}

function addedSurcharges(cls: CustomerClass): Array<{ index: number; units: number }> {
	return cls.surcharges.flatMap((s, index) => (s.included ? [] : [{ index, units: priceUnits(s.price) }]));
}

function line<T extends { kwh: number; priceUnits: number }>(l: T): T & { amountFen: number } {
	return { ...l, amountFen: unitsToFen(l.kwh * l.priceUnits) };
}

function checkKwh(field: string, kwh: number): void {
	if (typeof kwh !== 'number' || !Number.isFinite(kwh)) {
		throw new EstimateError(
			field,
			`must be a number of kWh, got ${String(kwh)}`,
			`须为用电量数字（千瓦时），实际为 ${String(kwh)}`,
		);
	}
	if (kwh < 0) throw new EstimateError(field, `kWh cannot be negative, got ${kwh}`, `用电量不能为负数，实际为 ${kwh}`);
	if (!Number.isInteger(kwh)) {
		throw new EstimateError(
			field,
			`must be whole kWh as on the meter, got ${kwh}`,
			`须为整数千瓦时（与电表读数一致），实际为 ${kwh}`,
		);
	}
	if (kwh > MAX_KWH) {
		throw new EstimateError(
			field,
			`${kwh} kWh is more than the estimator takes (${MAX_KWH})`,
			`${kwh} 千瓦时超出计算器的上限（${MAX_KWH}）`,
		);
	}
}
