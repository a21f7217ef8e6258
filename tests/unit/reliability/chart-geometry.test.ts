/**
 * The bar chart's drawing, checked as a reader sees it rather than coordinate by coordinate: bars stand on the zero
 * line, their heights are to the axis' scale, stacks sit one on another, each bar is centred in its month with
 * its label under it and its total just above, the legend's entries follow each other without overlapping.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml, type BarChartInput } from '../../../src/lib/reliability/chart-svg.ts';

type Element = Record<string, string>;
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseAttributeValue: false,
	parseTagValue: false,
	isArray: (name) => ['rect', 'text', 'line', 'pattern', 'circle'].includes(name),
});
const num = (e: Element, attr: string) => Number(e[attr]);

function draw(input: Partial<BarChartInput> = {}) {
	const svg = barChartSvg({
		id: 'g',
		title: 'T',
		desc: 'D',
		categories: ['1', '2', '3', '4'],
		series: [
			{ key: 'a', label: 'Planned', style: 'solid', values: [1, 3, 0, 2] },
			{ key: 'b', label: '临时', style: 'hatch', values: [1, 1, 0, 0] },
			{ key: 'c', label: 'Other', style: 'dots', values: [0, 1, 0, 0.5] },
		],
		...input,
	});
	const root = parser.parse(svg).svg;
	const lines: Element[] = root.line;
	const rects: Element[] = root.rect ?? [];
	const texts: Element[] = root.text ?? [];
	const zero = lines.find((l) => l.stroke === '#1b1b1b') as Element;
	const grid = lines.map((l) => num(l, 'y1'));
	const zeroY = grid[0];
	const topY = grid.at(-1) as number;
	return {
		svg,
		root,
		zero,
		zeroY,
		topY,
		lines,
		bars: rects.filter((r) => r['data-series'] !== undefined),
		legend: rects.filter((r) => r['data-series'] === undefined),
		axisLabels: texts.filter((t) => t['text-anchor'] === 'end'),
		middle: texts.filter((t) => t['text-anchor'] === 'middle'),
		legendTexts: texts.filter((t) => t['text-anchor'] === undefined),
	};
}

describe('the axis', () => {
	it('has a dark zero line under a lighter middle and top line, all across the plot, each labelled at its left', () => {
		const { lines, axisLabels } = draw({ decimals: 1 });
		expect(lines.map((l) => [l.x1, l.x2, l.stroke, l['stroke-width']])).toEqual([
			['30', '316', '#1b1b1b', '1'],
			['30', '316', '#8a8f94', '0.5'],
			['30', '316', '#8a8f94', '0.5'],
		]);
		const ys = lines.map((l) => num(l, 'y1'));
		expect(lines.map((l) => num(l, 'y2'))).toEqual(ys);
		// Zero at the bottom, the top line above the middle one, the middle half way.
		expect(ys[0]).toBeGreaterThan(ys[1]);
		expect(ys[1]).toBeGreaterThan(ys[2]);
		expect(ys[0] - ys[1]).toBeCloseTo(ys[1] - ys[2], 5);
		// Labels: right-aligned just left of the plot, level with their lines (a third of the font size lower).
		expect(axisLabels.map((t) => [t['#text'], num(t, 'x'), num(t, 'y') - ys[axisLabels.indexOf(t)]])).toEqual([
			['0', 26, 4],
			['2.5', 26, 4],
			['5', 26, 4],
		]);
	});

	it('of counts labels no fraction: a zero and a top line only when the middle would fall between whole numbers', () => {
		const { lines, axisLabels } = draw();
		expect(lines.map((l) => [l.stroke, l['stroke-width']])).toEqual([
			['#1b1b1b', '1'],
			['#8a8f94', '0.5'],
		]);
		expect(axisLabels.map((t) => t['#text'])).toEqual(['0', '5']);
		const ten = draw({ series: [{ key: 'a', label: 'A', style: 'solid', values: [7] }] });
		expect(ten.axisLabels.map((t) => t['#text'])).toEqual(['0', '5', '10']);
	});

	it('tops at the nice value above the highest bar: a bar of exactly that value reaches the top line', () => {
		const { bars, topY } = draw({ series: [{ key: 'a', label: 'A', style: 'solid', values: [2, 5] }] });
		expect(num(bars[1], 'y')).toBeCloseTo(topY, 1);
	});
});

describe('the bars', () => {
	it('stand on the zero line, stacked in series order, each segment to the axis scale', () => {
		const { bars, zeroY, topY } = draw();
		const scale = (zeroY - topY) / 5; // the axis tops at 5 (highest bar 5)
		const stacks = new Map<string, Element[]>();
		for (const b of bars) stacks.set(b.x, [...(stacks.get(b.x) ?? []), b]);
		for (const stack of stacks.values()) {
			let base = zeroY;
			for (const seg of stack) {
				expect(num(seg, 'y') + num(seg, 'height')).toBeCloseTo(base, 0);
				expect(num(seg, 'height')).toBeCloseTo(num(seg, 'data-value') * scale, 0);
				base = num(seg, 'y');
			}
		}
		expect([...stacks.values()].map((s) => s.map((b) => `${b['data-series']}=${b['data-value']}`))).toEqual([
			['a=1', 'b=1'],
			['a=3', 'b=1', 'c=1'],
			['a=2', 'c=0.5'],
		]);
	});

	it('are 70 % of their month’s width, centred in it, inside the plot, with their label centred under them', () => {
		const { bars, middle, zeroY } = draw();
		const band = (316 - 30) / 4;
		const labels = middle.filter((t) => num(t, 'y') > zeroY);
		expect(labels.map((t) => t['#text'])).toEqual(['1', '2', '3', '4']);
		labels.forEach((label, i) => expect(num(label, 'x')).toBeCloseTo(30 + (i + 0.5) * band, 0));
		for (const b of bars) {
			const i = Math.floor((num(b, 'x') - 30) / band);
			expect(num(b, 'width')).toBeCloseTo(band * 0.7, 0);
			expect(num(b, 'x') + num(b, 'width') / 2).toBeCloseTo(30 + (i + 0.5) * band, 0);
			expect(num(b, 'x')).toBeGreaterThanOrEqual(30);
			expect(num(b, 'x') + num(b, 'width')).toBeLessThanOrEqual(316);
		}
		// The labels sit in one row in the space under the plot.
		const rows = new Set(labels.map((t) => num(t, 'y')));
		expect(rows.size).toBe(1);
		const [row] = rows;
		expect(row).toBeGreaterThan(zeroY + 8);
		expect(row).toBeLessThan(zeroY + 20);
	});

	it('each carry their total just above them, centred, in the chart’s decimals; an empty month none', () => {
		const { bars, middle, zeroY } = draw({ decimals: 1 });
		const totals = middle.filter((t) => num(t, 'y') < zeroY);
		expect(totals.map((t) => t['#text'])).toEqual(['2', '5', '2.5']);
		const tops = [...new Set(bars.map((b) => b.x))].map((x) =>
			Math.min(...bars.filter((b) => b.x === x).map((b) => num(b, 'y'))),
		);
		const centres = [...new Set(bars.map((b) => b.x))].map((x) => {
			const b = bars.find((r) => r.x === x) as Element;
			return num(b, 'x') + num(b, 'width') / 2;
		});
		totals.forEach((t, i) => {
			expect(num(t, 'y')).toBeCloseTo(tops[i] - 3, 0);
			expect(num(t, 'x')).toBeCloseTo(centres[i], 0);
			expect(t['font-size']).toBe('11');
		});
	});

	it.each([
		[0, [7.25], '7'],
		[1, [7.25], '7.3'],
		[1, [7], '7'],
		[2, [7.256], '7.26'],
		[2, [7.05], '7.05'],
		[2, [7], '7'],
		[0, [0.8], '1'],
	])('writes totals with %i decimals: %j → %s', (decimals, values, total) => {
		const { middle, zeroY } = draw({
			decimals,
			categories: ['1'],
			series: [{ key: 'a', label: 'A', style: 'solid', values }],
		});
		expect(middle.filter((t) => num(t, 'y') < zeroY).map((t) => String(t['#text']))).toEqual([total]);
	});

	it('are filled by their series: solid in colour, hatched and dotted by patterns outlined in their colour', () => {
		const { bars, root } = draw();
		const fills = Object.fromEntries(bars.map((b) => [b['data-series'], [b.fill, b.stroke, b['stroke-width']]]));
		expect(fills).toEqual({
			a: ['#0a4a82', '#0a4a82', '1'],
			b: ['url(#g-b)', '#a33f00', '1'],
			c: ['url(#g-c)', '#3d3d3d', '1'],
		});
		expect(root.defs.pattern.map((p: Element) => p.id)).toEqual(['g-b', 'g-c']);
		expect(root.defs.pattern[0].patternTransform).toBe('rotate(45)');
		expect(root.defs.pattern[1].circle).toHaveLength(1);
	});

	it('a chart of solid series only has no pattern definitions', () => {
		const { svg } = draw({ series: [{ key: 'a', label: 'A', style: 'solid', values: [1] }], categories: ['1'] });
		expect(svg).not.toContain('<defs');
	});

	it('an empty chart has its axis from 0 to 1 and no bars (a count axis without the half)', () => {
		const { bars, axisLabels } = draw({ categories: [], series: [] });
		expect(bars).toEqual([]);
		expect(axisLabels.map((t) => String(t['#text']))).toEqual(['0', '1']);
		expect(draw({ categories: [], series: [], decimals: 1 }).axisLabels.map((t) => String(t['#text']))).toEqual([
			'0',
			'0.5',
			'1',
		]);
	});
});

describe('the legend', () => {
	it('names each series beside a swatch of its fill, in one row, without overlaps', () => {
		const { legend, legendTexts } = draw();
		expect(legend.map((r) => [r.y, r.width, r.height, r.fill, r.stroke])).toEqual([
			['4', '12', '12', '#0a4a82', '#0a4a82'],
			['4', '12', '12', 'url(#g-b)', '#a33f00'],
			['4', '12', '12', 'url(#g-c)', '#3d3d3d'],
		]);
		expect(legendTexts.map((t) => [t['#text'], t.y])).toEqual([
			['Planned', '14.5'],
			['临时', '14.5'],
			['Other', '14.5'],
		]);
		// Each label 4 units after its swatch; the next swatch after the label's width (Latin ≈ 0.6 em, Chinese 1 em)
		// and a gap of 14.
		expect(legend.map((r) => num(r, 'x'))).toEqual([
			30,
			30 + 16 + 7 * 7.2 + 14,
			30 + 16 + 7 * 7.2 + 14 + 16 + 2 * 12 + 14,
		]);
		legendTexts.forEach((t, i) => expect(num(t, 'x')).toBe(num(legend[i], 'x') + 16));
	});
});

describe('escapeXml', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<x>', '&lt;x&gt;'],
		['"q"', '&quot;q&quot;'],
		["it's", 'it&#39;s'],
		['plain', 'plain'],
	])('%j → %j', (text, escaped) => {
		expect(escapeXml(text)).toBe(escaped);
	});

	it('escapes the id where it is an attribute value', () => {
		expect(draw({ id: 'a"b' }).svg).toContain('data-chart="a&quot;b"');
	});
});

describe('the picture as a whole', () => {
	it.each([
		['counts', {}],
		['one tall bar', { categories: ['1'], series: [{ key: 'a', label: 'A', style: 'solid' as const, values: [120] }] }],
		[
			'small hours',
			{
				decimals: 1,
				categories: ['1', '2'],
				series: [{ key: 'a', label: 'A', style: 'solid' as const, values: [0.2, 0.05] }],
			},
		],
	])('%s: one <svg> element, everything drawn inside its 320 × 200 box', (_what, input) => {
		const { svg, lines, bars, legend, root } = draw(input);
		expect(svg.startsWith('<svg ')).toBe(true);
		expect(svg.endsWith('</svg>')).toBe(true);
		expect(svg.match(/<svg /g)).toHaveLength(1);
		const texts: Element[] = root.text;
		for (const e of [...bars, ...legend]) {
			expect(num(e, 'x')).toBeGreaterThanOrEqual(0);
			expect(num(e, 'y')).toBeGreaterThanOrEqual(0);
			expect(num(e, 'x') + num(e, 'width')).toBeLessThanOrEqual(320);
			expect(num(e, 'y') + num(e, 'height')).toBeLessThanOrEqual(200);
		}
		for (const l of lines) for (const y of [num(l, 'y1'), num(l, 'y2')]) expect(y).toBeGreaterThanOrEqual(0);
		for (const l of lines) for (const y of [num(l, 'y1'), num(l, 'y2')]) expect(y).toBeLessThanOrEqual(200);
		for (const t of texts) {
			expect(num(t, 'x')).toBeGreaterThanOrEqual(0);
			expect(num(t, 'y')).toBeGreaterThan(0);
			expect(num(t, 'y')).toBeLessThanOrEqual(200);
		}
	});

	it('the pattern definitions hold patterns only', () => {
		const { svg } = draw();
		const defs = /<defs>(.*)<\/defs>/.exec(svg)?.[1] ?? '';
		expect(defs.replace(/<pattern [^>]*>.*?<\/pattern>/g, '')).toBe('');
	});
});
