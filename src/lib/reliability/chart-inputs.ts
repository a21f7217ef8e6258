/**
 * The charts of the service-quality pages, from the figures and the page's words: which series, in which style,
 * and a description that says every bar's figure in words (the chart's text alternative; the table beside it
 * has the same figures).
 */
import type { ReliabilityText } from '../../i18n/reliability.ts';
import type { NoticeKind } from '../../schemas/notice.ts';
import type { BarChartInput, CategoryGroup, SeriesStyle } from './chart-svg.ts';
import type { KindCounts } from './figures.ts';

const kinds: Array<[NoticeKind, SeriesStyle]> = [
	['planned', 'solid'],
	['temporary', 'hatch'],
	['other', 'dots'],
];

/** Months with counts by kind (a scope's or an area chart's). */
interface MonthCounts {
	month: string;
	byKind: KindCounts;
}

/**
 * The month axis of a chart over `months` (`YYYY-MM`, in order): each month's short label, and its year under the
 * first of its months, so that a window from December to December reads "12 | 1 … 12" over "2025 | 2026".
 */
export function monthAxis(months: readonly string[], t: ReliabilityText): Pick<BarChartInput, 'categories' | 'groups'> {
	const groups: CategoryGroup[] = [];
	months.forEach((m, i) => {
		if (i === 0 || m.slice(0, 4) !== months[i - 1].slice(0, 4))
			groups.push({ from: i, label: t.yearLabel(Number(m.slice(0, 4))) });
	});
	return { categories: months.map((m) => t.monthShort(m)), groups };
}

/** Outages per month, stacked by kind. */
export function outagesChart(
	id: string,
	scopeName: string,
	months: readonly MonthCounts[],
	t: ReliabilityText,
): BarChartInput {
	return {
		id,
		title: t.chartOutagesTitle(scopeName),
		desc: t.chartOutagesDesc(
			months.map((m) =>
				t.descMonth(
					t.monthLabel(m.month),
					`${t.col.planned} ${m.byKind.planned}, ${t.col.temporary} ${m.byKind.temporary}, ${t.col.other} ${m.byKind.other}`,
				),
			),
		),
		unit: t.countUnit,
		...monthAxis(
			months.map((m) => m.month),
			t,
		),
		series: kinds.map(([kind, style]) => ({
			key: kind,
			label: t.seriesLabel[kind],
			style,
			values: months.map((m) => m.byKind[kind]),
		})),
	};
}

/** Hours without power per month. */
export function hoursChart(
	id: string,
	scopeName: string,
	months: ReadonlyArray<{ month: string; hours: number }>,
	t: ReliabilityText,
): BarChartInput {
	return {
		id,
		title: t.chartHoursTitle(scopeName),
		desc: t.chartHoursDesc(months.map((m) => t.descMonth(t.monthLabel(m.month), t.hours(m.hours)))),
		unit: t.hoursUnit,
		...monthAxis(
			months.map((m) => m.month),
			t,
		),
		series: [{ key: 'hours', label: t.hoursSeries, style: 'solid', values: months.map((m) => m.hours) }],
		decimals: 1,
	};
}
