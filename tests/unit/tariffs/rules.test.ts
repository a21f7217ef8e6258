/**
 * The tariff rules a schema cannot express, each broken on purpose in a copy of the tests' own version
 * (fixtures/qs-2026-07.json) and asserted by its whole problem: the field it points at and the message in both
 * languages. The content check (validate-tariffs.test.ts) runs the same rules over whole content folders.
 */
import { describe, expect, it } from 'vitest';
import { minutesOf, tariffRuleProblems } from '../../../src/lib/tariffs/rules.ts';
import { tariffVersionSchema } from '../../../src/schemas/tariff.ts';
import { rawFixture } from './helpers.ts';

/** The problems of the fixture version after `change` (applied to its raw JSON). */
function problems(change: (v: any) => void = () => {}) {
	const raw = rawFixture('qs-2026-07');
	change(raw);
	return tariffRuleProblems(tariffVersionSchema.parse(raw));
}
const residential = (v: any) => v.classes[0].pricing;
const schedule = (v: any, i: number) => residential(v).timeOfUse.schedules[i];
const P = 'classes[0].pricing';

it('the tests’ version keeps every rule', () => {
	expect(problems()).toEqual([]);
});

describe('dates', () => {
	it.each([
		[
			'2026-06-30',
			[
				{
					field: 'effectiveTo',
					en: 'ends (2026-06-30) before it starts (2026-07-01)',
					zh: '截止日期（2026-06-30）早于生效日期（2026-07-01）',
				},
			],
		],
		['2026-07-01', []],
		['2026-12-31', []],
	])('ending %s', (effectiveTo, expected) => {
		expect(problems((v) => (v.effectiveTo = effectiveTo))).toEqual(expected);
	});
});

describe('ids', () => {
	it('a class id used twice: the second is reported', () => {
		expect(problems((v) => (v.classes[2].id = 'residential'))).toEqual([
			{ field: 'classes[2].id', en: 'duplicate class id "residential"', zh: '用户类别编号 "residential" 重复' },
		]);
	});

	it('an example id used twice: the second is reported, and the examples are not worked out', () => {
		expect(
			problems((v) => {
				v.examples[3].id = 'spring-150';
				v.examples[0].expectedTotal = '1.00';
			}),
		).toEqual([{ field: 'examples[3].id', en: 'duplicate example id "spring-150"', zh: '算例编号 "spring-150" 重复' }]);
	});
});

describe('seasons and tiers', () => {
	it('a month in two seasons', () => {
		expect(problems((v) => residential(v).seasons[1].months.push(5))).toEqual([
			{ field: `${P}.seasons[1].months[6]`, en: 'month 5 is already in seasons[0]', zh: '5 月已在第 1 组中' },
		]);
	});

	it('months no season covers', () => {
		expect(problems((v) => (residential(v).seasons[1].months = [1, 2, 3]))).toEqual([
			{
				field: `${P}.seasons`,
				en: 'month(s) 4, 11, 12 not covered: every month needs exactly one',
				zh: '4、11、12 月未覆盖，每个月须且仅须属于一组',
			},
		]);
	});

	it.each([
		[[260], 'has 1 boundaries for 3 tiers: needs 2', '3 个档次需要 2 个分档电量，实际为 1 个'],
		[[260, 600, 900], 'has 3 boundaries for 3 tiers: needs 2', '3 个档次需要 2 个分档电量，实际为 3 个'],
	])('boundaries %j for three tiers', (boundaries, en, zh) => {
		expect(problems((v) => (residential(v).seasons[0].boundaries = boundaries))).toEqual([
			{ field: `${P}.seasons[0].boundaries`, en, zh },
		]);
	});

	it.each([
		[[600, 600], 'tier boundaries must increase: 600 is not above 600', '分档电量须逐档递增：600 不大于 600'],
		[[600, 260], 'tier boundaries must increase: 260 is not above 600', '分档电量须逐档递增：260 不大于 600'],
	])('boundaries %j', (boundaries, en, zh) => {
		expect(problems((v) => (residential(v).seasons[0].boundaries = boundaries))).toEqual([
			{ field: `${P}.seasons[0].boundaries[1]`, en, zh },
		]);
	});

	it('flat prices have no tiers to check', () => {
		expect(problems((v) => (v.classes[1].pricing = { kind: 'flat', price: '0.5000' }))).toEqual([]);
	});
});

describe('time of use', () => {
	it('one add-on per tier', () => {
		expect(problems((v) => residential(v).timeOfUse.tierAddOns.pop())).toEqual([
			{ field: `${P}.timeOfUse.tierAddOns`, en: 'has 2 add-ons for 3 tiers', zh: '3 个档次应有 3 个加价，实际为 2 个' },
		]);
	});

	it('each month in one schedule', () => {
		expect(problems((v) => (schedule(v, 1).months = [7, 8, 9]))).toEqual([
			{
				field: `${P}.timeOfUse.schedules[1].months[2]`,
				en: 'month 9 is already in schedules[0]',
				zh: '9 月已在第 1 组中',
			},
		]);
		expect(problems((v) => (schedule(v, 1).months = [7]))).toEqual([
			{
				field: `${P}.timeOfUse.schedules`,
				en: 'month(s) 8 not covered: every month needs exactly one',
				zh: '8 月未覆盖，每个月须且仅须属于一组',
			},
		]);
	});

	it('a period kind twice in one schedule', () => {
		expect(
			problems((v) => {
				const s = schedule(v, 0);
				s.periods[1] = { ...s.periods[1], kind: 'peak' };
			}),
		).toEqual([
			{
				field: `${P}.timeOfUse.schedules[0].periods[1].kind`,
				en: 'period "peak" appears twice',
				zh: '时段 "peak" 重复',
			},
		]);
	});

	it.each([
		[
			'a range that starts where it ends',
			(s: any) => s.periods[1].hours.push({ from: '12:00', to: '12:00' }),
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods[1].hours[1]`,
					en: 'starts and ends at 12:00: an empty or whole-day range is ambiguous',
					zh: '起止时间相同（12:00），含义不明确',
				},
			],
		],
		[
			'overlapping ranges, reported where they first meet',
			(s: any) => (s.periods[1].hours[0] = { from: '10:30', to: '18:00' }),
			// The range is dropped at its first overlap: what it would have covered after it is then a gap too.
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods[1].hours[0]`,
					en: '10:30–18:00 overlaps peak 08:00–11:00 at 10:30',
					zh: '10:30–18:00 与 peak 08:00–11:00 在 10:30 重叠',
				},
				{
					field: `${P}.timeOfUse.schedules[0].periods`,
					en: 'the periods leave 11:00 (and 390 more minutes) uncovered: together they must cover 24 h exactly once',
					zh: '各时段未覆盖 11:00 等共 420 分钟，须完整覆盖 24 小时且不重叠',
				},
			],
		],
		[
			'a half hour uncovered',
			(s: any) => (s.periods[1].hours[0] = { from: '11:30', to: '18:00' }),
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods`,
					en: 'the periods leave 11:00 (and 0 more minutes) uncovered: together they must cover 24 h exactly once',
					zh: '各时段未覆盖 11:00 等共 30 分钟，须完整覆盖 24 小时且不重叠',
				},
			],
		],
		[
			'two hours uncovered, the first gap named',
			(s: any) => (s.periods[1].hours[0] = { from: '13:00', to: '18:00' }),
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods`,
					en: 'the periods leave 11:00 (and 90 more minutes) uncovered: together they must cover 24 h exactly once',
					zh: '各时段未覆盖 11:00 等共 120 分钟，须完整覆盖 24 小时且不重叠',
				},
			],
		],
		[
			'a range across midnight overlapping the morning',
			(s: any) => (s.periods[2].hours[0] = { from: '22:00', to: '08:30' }),
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods[2].hours[0]`,
					en: '22:00–08:30 overlaps peak 08:00–11:00 at 08:00',
					zh: '22:00–08:30 与 peak 08:00–11:00 在 08:00 重叠',
				},
			],
		],
		[
			'a range across midnight ending short',
			(s: any) => (s.periods[2].hours[0] = { from: '22:00', to: '07:30' }),
			[
				{
					field: `${P}.timeOfUse.schedules[0].periods`,
					en: 'the periods leave 07:30 (and 0 more minutes) uncovered: together they must cover 24 h exactly once',
					zh: '各时段未覆盖 07:30 等共 30 分钟，须完整覆盖 24 小时且不重叠',
				},
			],
		],
	])('hours: %s', (_what, change, expected) => {
		expect(problems((v) => change(schedule(v, 0)))).toEqual(expected);
	});
});

describe('worked examples', () => {
	it('one that disagrees with the estimator, in yuan', () => {
		expect(problems((v) => (v.examples[2].expectedTotal = '289.61'))).toEqual([
			{
				field: 'examples[2].expectedTotal',
				en: 'worked out by hand as 289.61 yuan but the published rules give 289.60: check the working or the prices',
				zh: '手算结果为 289.61 元，按所列规则计算为 289.60 元，请核对算例或价格',
			},
		]);
	});

	it('one the estimator cannot work out: the input field and the estimator’s words', () => {
		const [p] = problems((v) => (v.examples[5].input.periods = { peak: 150, flat: 120, valley: 180, critical: 5 }));
		expect(p.field).toBe('examples[5].input.periods.critical');
		expect(p.en).toMatch(/critical/);
		expect(p.zh.length).toBeGreaterThan(0);
	});
});

describe('minutesOf', () => {
	it.each([
		['00:00', 0],
		['00:30', 30],
		['08:00', 480],
		['23:30', 1410],
		['24:00', 1440],
	])('%s is %i minutes after midnight', (time, minutes) => {
		expect(minutesOf(time)).toBe(minutes);
	});
});
