import type { TariffVersion } from '../../schemas/tariff.ts';
import { estimate, EstimateError } from './estimate.ts';
import type { Bilingual } from '../../schemas/errors.ts';
import { formatYuan, parseYuan } from './money.ts';

/** A rule a tariff version breaks, located by field path inside the version. */
export interface TariffRuleProblem extends Bilingual {
	field: string;
}

/**
 * The rules a schema cannot express: tier boundaries strictly increasing and one fewer than the tiers; seasons
 * and time-of-use schedules covering every month exactly once; each schedule's hours covering 24 h exactly once;
 * a version ending after it starts; unique class and example ids; and every worked example agreeing with the
 * estimator.
 */
export function tariffRuleProblems(v: TariffVersion): TariffRuleProblem[] {
	const out: TariffRuleProblem[] = [];
	if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) {
		out.push({
			field: 'effectiveTo',
			en: `ends (${v.effectiveTo}) before it starts (${v.effectiveFrom})`,
			zh: `截止日期（${v.effectiveTo}）早于生效日期（${v.effectiveFrom}）`,
		});
	}
	duplicates(v.classes.map((c) => c.id)).forEach((i) =>
		out.push({
			field: `classes[${i}].id`,
			en: `duplicate class id "${v.classes[i].id}"`,
			zh: `用户类别编号 "${v.classes[i].id}" 重复`,
		}),
	);
	v.classes.forEach((cls, ci) => {
		const at = `classes[${ci}].pricing`;
		const p = cls.pricing;
		if (p.kind !== 'tiered') return;
		out.push(
			...monthCoverage(
				p.seasons.map((s) => s.months),
				`${at}.seasons`,
			),
		);
		p.seasons.forEach((s, si) => {
			if (s.boundaries.length !== p.tiers.length - 1) {
				out.push({
					field: `${at}.seasons[${si}].boundaries`,
					en: `has ${s.boundaries.length} boundaries for ${p.tiers.length} tiers: needs ${p.tiers.length - 1}`,
					zh: `${p.tiers.length} 个档次需要 ${p.tiers.length - 1} 个分档电量，实际为 ${s.boundaries.length} 个`,
				});
			}
			s.boundaries.forEach((b, bi) => {
				if (bi > 0 && b <= s.boundaries[bi - 1]) {
					out.push({
						field: `${at}.seasons[${si}].boundaries[${bi}]`,
						en: `tier boundaries must increase: ${b} is not above ${s.boundaries[bi - 1]}`,
						zh: `分档电量须逐档递增：${b} 不大于 ${s.boundaries[bi - 1]}`,
					});
				}
			});
		});
		const tou = p.timeOfUse;
		if (!tou) return;
		if (tou.tierAddOns.length !== p.tiers.length) {
			out.push({
				field: `${at}.timeOfUse.tierAddOns`,
				en: `has ${tou.tierAddOns.length} add-ons for ${p.tiers.length} tiers`,
				zh: `${p.tiers.length} 个档次应有 ${p.tiers.length} 个加价，实际为 ${tou.tierAddOns.length} 个`,
			});
		}
		out.push(
			...monthCoverage(
				tou.schedules.map((s) => s.months),
				`${at}.timeOfUse.schedules`,
			),
		);
		tou.schedules.forEach((s, si) => {
			const sat = `${at}.timeOfUse.schedules[${si}]`;
			duplicates(s.periods.map((x) => x.kind)).forEach((i) =>
				out.push({
					field: `${sat}.periods[${i}].kind`,
					en: `period "${s.periods[i].kind}" appears twice`,
					zh: `时段 "${s.periods[i].kind}" 重复`,
				}),
			);
			out.push(...hourCoverage(s.periods, sat));
		});
	});
	duplicates(v.examples.map((e) => e.id)).forEach((i) =>
		out.push({
			field: `examples[${i}].id`,
			en: `duplicate example id "${v.examples[i].id}"`,
			zh: `算例编号 "${v.examples[i].id}" 重复`,
		}),
	);
	if (out.length === 0) {
		v.examples.forEach((ex, i) => {
			try {
				const got = estimate(v, ex.input).totalFen;
				if (got !== parseYuan(ex.expectedTotal)) {
					out.push({
						field: `examples[${i}].expectedTotal`,
						en: `worked out by hand as ${ex.expectedTotal} yuan but the published rules give ${formatYuan(got)}: check the working or the prices`,
						zh: `手算结果为 ${ex.expectedTotal} 元，按所列规则计算为 ${formatYuan(got)} 元，请核对算例或价格`,
					});
				}
			} catch (e) {
				if (!(e instanceof EstimateError)) throw e;
				out.push({ field: `examples[${i}].input.${e.field}`, en: e.en, zh: e.zh });
			}
		});
	}
	return out;
}

/** Every month 1–12 in exactly one of the groups. */
function monthCoverage(groups: number[][], at: string): TariffRuleProblem[] {
	const out: TariffRuleProblem[] = [];
	const seen = new Map<number, number>();
	groups.forEach((months, gi) => {
		months.forEach((m, mi) => {
			const first = seen.get(m);
			if (first !== undefined)
				out.push({
					field: `${at}[${gi}].months[${mi}]`,
					en: `month ${m} is already in ${at.split('.').pop()}[${first}]`,
					zh: `${m} 月已在第 ${first + 1} 组中`,
				});
			else seen.set(m, gi);
		});
	});
	const missing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !seen.has(m));
	if (missing.length)
		out.push({
			field: at,
			en: `month(s) ${missing.join(', ')} not covered: every month needs exactly one`,
			zh: `${missing.join('、')} 月未覆盖，每个月须且仅须属于一组`,
		});
	return out;
}

/** Minutes from midnight of `HH:MM`. */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h * 60 + m;
}

/** The periods' hours cover each half hour of the day exactly once. */
function hourCoverage(
	periods: Array<{ kind: string; hours: Array<{ from: string; to: string }> }>,
	at: string,
): TariffRuleProblem[] {
	const slots: Array<string | undefined> = new Array(48).fill(undefined);
	const out: TariffRuleProblem[] = [];
	periods.forEach((p, pi) => {
		p.hours.forEach((h, hi) => {
			const from = minutesOf(h.from) / 30;
			let to = minutesOf(h.to) / 30;
			if (from === to) {
				out.push({
					field: `${at}.periods[${pi}].hours[${hi}]`,
					en: `starts and ends at ${h.from}: an empty or whole-day range is ambiguous`,
					zh: `起止时间相同（${h.from}），含义不明确`,
				});
				return;
			}
			if (to < from) to += 48;
			for (let s = from; s < to; s++) {
				const slot = s % 48;
				const taken = slots[slot];
				if (taken !== undefined) {
					out.push({
						field: `${at}.periods[${pi}].hours[${hi}]`,
						en: `${h.from}–${h.to} overlaps ${taken} at ${clock(slot)}`,
						zh: `${h.from}–${h.to} 与 ${taken} 在 ${clock(slot)} 重叠`,
					});
					return;
				}
				slots[slot] = `${p.kind} ${h.from}–${h.to}`;
			}
		});
	});
	const gaps = slots.flatMap((s, i) => (s === undefined ? [i] : []));
	if (gaps.length) {
		out.push({
			field: `${at}.periods`,
			en: `the periods leave ${clock(gaps[0])} (and ${gaps.length * 30 - 30} more minutes) uncovered: together they must cover 24 h exactly once`,
			zh: `各时段未覆盖 ${clock(gaps[0])} 等共 ${gaps.length * 30} 分钟，须完整覆盖 24 小时且不重叠`,
		});
	}
	return out;
}

function clock(slot: number): string {
	return `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
}

function duplicates<T>(values: T[]): number[] {
	return values.flatMap((v, i) => (values.indexOf(v) < i ? [i] : []));
}
