/** The charts' inputs: which series in which style, and the description that says every bar's figures in words. */
import { describe, expect, it } from 'vitest';
import { reliabilityText } from '../../../src/i18n/reliability.ts';
import { hoursChart, outagesChart } from '../../../src/lib/reliability/chart-inputs.ts';

const months = [
	{ month: '2026-11', byKind: { planned: 2, temporary: 1, other: 0 }, hours: 7.5 },
	{ month: '2026-12', byKind: { planned: 0, temporary: 0, other: 3 }, hours: 0 },
];

describe('outagesChart', () => {
	it('stacks the kinds in order, each in its own style, with its figures', () => {
		expect(outagesChart('total-outages', '全县', months, reliabilityText('zh-cn'))).toEqual({
			id: 'total-outages',
			title: '全县逐月停电次数（按类型）',
			desc: '柱状图，每月一根柱，按计划检修、临时检修、其他分段。2026年11月 计划检修 2, 临时检修 1, 其他 0；2026年12月 计划检修 0, 临时检修 0, 其他 3。',
			categories: ['11', '12'],
			series: [
				{ key: 'planned', label: '计划检修', style: 'solid', values: [2, 0] },
				{ key: 'temporary', label: '临时检修', style: 'hatch', values: [1, 0] },
				{ key: 'other', label: '其他', style: 'dots', values: [0, 3] },
			],
			groups: [{ from: 0, label: '2026年' }],
			unit: '次',
		});
	});

	it('in English', () => {
		const c = outagesChart('d1', 'North', months, reliabilityText('en'));
		expect([c.title, c.desc, c.categories]).toEqual([
			'North: power cuts per month, by kind',
			'Bar chart, one bar per month, split into planned, short-notice and other. Nov 2026: Planned 2, Short-notice 1, Other 0; Dec 2026: Planned 0, Short-notice 0, Other 3.',
			['N', 'D'],
		]);
		expect(c.series.map((s) => s.label)).toEqual(['Planned', 'Short-notice', 'Other']);
	});
});

describe('hoursChart', () => {
	it('one solid series of hours, written to one decimal place', () => {
		expect(hoursChart('total-hours', '全县', months, reliabilityText('zh-cn'))).toEqual({
			id: 'total-hours',
			title: '全县逐月停电时长（小时）',
			desc: '柱状图，每月一根柱。2026年11月 7.5 小时；2026年12月 0 小时。',
			categories: ['11', '12'],
			series: [{ key: 'hours', label: '停电时长', style: 'solid', values: [7.5, 0] }],
			decimals: 1,
			groups: [{ from: 0, label: '2026年' }],
			unit: '小时',
		});
	});
});
