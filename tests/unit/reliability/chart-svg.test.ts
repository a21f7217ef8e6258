import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChartSvg, niceCeil, seriesColours, valueAxis } from '../../../src/lib/reliability/chart-svg.ts';
import { hoursChart, monthAxis, outagesChart } from '../../../src/lib/reliability/chart-inputs.ts';
import { reliabilityText } from '../../../src/i18n/reliability.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (name) => ['rect', 'text', 'line', 'pattern'].includes(name),
});

// Drawn in each test, not when the file loads: a mutation run then knows which tests reach which code.
const draw = () =>
	barChartSvg({
		id: 'c1',
		title: 'Outages <by> month',
		desc: 'Jan 2, Feb 4 & Mar 0',
		categories: ['1', '2', '3'],
		series: [
			{ key: 'planned', label: 'Planned', style: 'solid', values: [1, 3, 0] },
			{ key: 'temporary', label: 'Short notice', style: 'hatch', values: [1, 1, 0] },
		],
	});
const parsed = () => parser.parse(draw()).svg;

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5]
			.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('barChartSvg', () => {
	it('is well-formed SVG, an image labelled by its own title and description (text escaped)', () => {
		const svg = draw();
		const root = parser.parse(svg).svg;
		expect(root.role).toBe('img');
		expect(root['aria-labelledby']).toBe('c1-title c1-desc');
		expect(root.title).toEqual({ '#text': 'Outages <by> month', id: 'c1-title' });
		expect(root.desc['#text']).toBe('Jan 2, Feb 4 & Mar 0');
		expect(svg).toContain('&lt;by&gt;');
		expect(root.viewBox).toBe('0 0 320 216');
		expect(root.width).toBeUndefined(); // scales with its box
	});

	it('draws one segment per non-zero value, heights proportional to the values', () => {
		const root = parsed();
		const bars = root.rect.filter((r: Record<string, string>) => r['data-series']);
		expect(bars.map((r: Record<string, string>) => `${r['data-series']}=${r['data-value']}`)).toEqual([
			'planned=1',
			'temporary=1',
			'planned=3',
			'temporary=1',
		]);
		const h = (i: number) => Number(bars[i].height);
		expect(h(2) / h(0)).toBeCloseTo(3, 1);
		expect(h(0)).toBeCloseTo(h(1), 1);
	});

	it('tells series apart by pattern, not colour alone, and names them in a legend', () => {
		const root = parsed();
		expect(root.defs.pattern.map((p: Record<string, string>) => p.id)).toEqual(['c1-temporary']);
		const fills = new Set(
			root.rect
				.filter((r: Record<string, string>) => r['data-series'] === 'temporary')
				.map((r: Record<string, string>) => r.fill),
		);
		expect([...fills]).toEqual(['url(#c1-temporary)']);
		const texts = root.text.map((t: unknown) => (typeof t === 'object' ? (t as Record<string, unknown>)['#text'] : t));
		expect(texts).toEqual(expect.arrayContaining(['Planned', 'Short notice']));
	});

	it('writes each bar total above it, and skips empty months', () => {
		const root = parsed();
		const texts = root.text.map((t: Record<string, unknown>) => String(t['#text']));
		expect(texts).toEqual(expect.arrayContaining(['2', '4']));
		expect(root.rect.filter((r: Record<string, string>) => r['data-series']).length).toBe(4);
	});

	it.each(Object.entries(seriesColours))('colour %s (%s) has at least 3:1 contrast with white', (_style, colour) => {
		expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
	});
});

describe('niceCeil', () => {
	it.each([
		[0, 1],
		[0.3, 0.5],
		[1, 1],
		[3, 5],
		[7, 10],
		[12, 20],
		[61, 100],
		[200, 200],
	])('%f → %f', (v, top) => expect(niceCeil(v)).toBe(top));
});

describe('valueAxis', () => {
	it.each([
		// Counts: whole ticks only (no 0.5 power cuts).
		[0, true, 1, [0, 1]],
		[1, true, 1, [0, 1]],
		[2, true, 2, [0, 1, 2]],
		[3, true, 5, [0, 5]],
		[7, true, 10, [0, 5, 10]],
		[150, true, 200, [0, 100, 200]],
		// Hours: the middle tick too.
		[0.3, false, 0.5, [0, 0.25, 0.5]],
		[1, false, 1, [0, 0.5, 1]],
		[12, false, 20, [0, 10, 20]],
	])('up to %f (whole numbers %s): top %f, ticks %j', (max, whole, top, ticks) => {
		expect(valueAxis(max, whole)).toEqual({ top, ticks });
	});
});

/** The text of every <text> element of a chart. */
const textsOf = (svgText: string): string[] =>
	parser.parse(svgText).svg.text.map((t: Record<string, unknown>) => String(t['#text']));

describe('axes as drawn', () => {
	it('a count chart never labels a fraction of an outage', () => {
		const chart = barChartSvg({
			id: 'c',
			title: 't',
			desc: 'd',
			categories: ['1', '2', '3'],
			series: [{ key: 'planned', label: 'Planned', style: 'solid', values: [1, 0, 1] }],
		});
		expect(textsOf(chart)).not.toContain('0.5');
		expect(textsOf(chart)).toEqual(expect.arrayContaining(['0', '1']));
	});

	it('writes the unit above the value axis, and each group (year) under its first category', () => {
		const chart = barChartSvg({
			id: 'c',
			title: 't',
			desc: 'd',
			unit: 'hours',
			categories: ['D', 'J', 'F'],
			groups: [
				{ from: 0, label: '2025' },
				{ from: 1, label: '2026' },
			],
			series: [{ key: 'hours', label: 'Hours', style: 'solid', values: [2, 0, 1] }],
			decimals: 1,
		});
		const root = parser.parse(chart).svg;
		const texts = textsOf(chart);
		expect(texts).toEqual(expect.arrayContaining(['hours', '2025', '2026', 'D', 'J', 'F']));
		// A tick between the years, below the plot.
		const ticks = root.line.filter((l: Record<string, string>) => Number(l.y2) > Number(l.y1));
		expect(ticks).toHaveLength(1);
		// 2025 has one month: its label ends at the tick; 2026 starts after it.
		const year = (label: string) =>
			root.text.find((t: Record<string, unknown>) => String(t['#text']) === label) as Record<string, string>;
		expect(year('2025')['text-anchor']).toBe('end');
		expect(Number(year('2025').x)).toBeLessThan(Number(ticks[0].x1));
		expect(Number(year('2026').x)).toBeGreaterThan(Number(ticks[0].x1));
	});
});

describe('monthAxis', () => {
	it.each([
		[
			'zh-cn',
			['2025-12', '2026-01', '2026-02'],
			['12', '1', '2'],
			[
				{ from: 0, label: '2025年' },
				{ from: 1, label: '2026年' },
			],
		],
		[
			'en',
			['2025-12', '2026-01', '2026-02'],
			['D', 'J', 'F'],
			[
				{ from: 0, label: '2025' },
				{ from: 1, label: '2026' },
			],
		],
		['en', ['2026-03', '2026-04'], ['M', 'A'], [{ from: 0, label: '2026' }]],
	] as const)('%s %j: months %j, years %j', (locale, months, categories, groups) => {
		expect(monthAxis(months, reliabilityText(locale))).toEqual({ categories, groups });
	});

	it.each(['zh-cn', 'en'] as const)('%s: both charts carry the years under their months, and their unit', (locale) => {
		const t = reliabilityText(locale);
		const months = ['2025-12', '2026-01'].map((month) => ({
			month,
			byKind: { planned: 1, temporary: 0, other: 0 },
			hours: 2,
		}));
		for (const [chart, unit] of [
			[outagesChart('a', 'x', months, t), t.countUnit],
			[hoursChart('b', 'x', months, t), t.hoursUnit],
		] as const) {
			expect(chart.groups).toEqual(monthAxis(['2025-12', '2026-01'], t).groups);
			expect(chart.unit).toBe(unit);
		}
	});
});

describe('the value axis', () => {
	const labels = (values: number[]) => {
		const chart = barChartSvg({
			id: 'a',
			title: 't',
			desc: 'd',
			categories: values.map(String),
			series: [{ key: 's', label: 'S', style: 'solid', values }],
			decimals: 1,
		});
		const texts: Array<Record<string, string>> = parser.parse(chart).svg.text;
		return texts.filter((t) => t['text-anchor'] === 'end').map((t) => String(t['#text']));
	};
	it.each([
		[[4], ['0', '2.5', '5']],
		[
			[3, 1],
			['0', '2.5', '5'],
		],
		[[7], ['0', '5', '10']],
		[[0.3], ['0', '0.25', '0.5']],
		[[0.07], ['0', '0.05', '0.1']],
		[[0.8], ['0', '0.5', '1']],
		[[], ['0', '0.5', '1']],
		[[150], ['0', '100', '200']],
	])('bars %j: the lines are labelled with their exact values %j', (values, expected) => {
		expect(labels(values)).toEqual(expected);
	});
});
