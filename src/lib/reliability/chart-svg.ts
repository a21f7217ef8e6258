/**
 * Bar charts as SVG text, drawn at build time (no chart script in the browser). A chart is an image for screen
 * readers (`role="img"`, labelled by its own <title> and <desc>); the page puts a table with the same figures
 * beside it. Series are told apart by pattern (solid, hatched, dotted) and by the legend's words as well as by
 * colour, so the chart reads in black and white, in print and for colour-blind readers. The drawing is 320 units
 * wide, so at 320 px its 12-unit text stays about 11 px; it scales with its box (no fixed pixel size).
 */

/** How a series is filled: every style stays distinguishable without colour. */
export type SeriesStyle = 'solid' | 'hatch' | 'dots';

/**
 * The series colours, each at least 3:1 against white (WCAG 1.4.11 for graphics) and against each other's
 * pattern background; tested in tests/unit/reliability/chart-svg.test.ts.
 */
export const seriesColours: Record<SeriesStyle, string> = {
	solid: '#0a4a82',
	hatch: '#a33f00',
	dots: '#3d3d3d',
};

export interface ChartSeries {
	/** A stable key, used in element ids and `data-series`. */
	key: string;
	label: string;
	style: SeriesStyle;
	/** One value per category. */
	values: number[];
}

/** A run of categories named together under their own labels: the year under its months. */
export interface CategoryGroup {
	/** The index of the group's first category. */
	from: number;
	label: string;
}

export interface BarChartInput {
	/** Unique on the page: prefixes the ids of the title, description and patterns. */
	id: string;
	title: string;
	desc: string;
	/** What the values count, written above the value axis (e.g. 次, hours). */
	unit?: string;
	/** The short label under each bar (e.g. a month number). */
	categories: string[];
	/** A second row of labels under the first (e.g. the year under the first of its months). */
	groups?: CategoryGroup[];
	/** Stacked bottom to top in this order. */
	series: ChartSeries[];
	/** Decimals of the figures written above the bars (0 for counts, 1 for hours). */
	decimals?: number;
}

const W = 320;
const H = 216;
const LEFT = 30;
const RIGHT = 4;
const TOP = 40;
const BOTTOM = 38;
const FONT = 12;

/** Escapes text for SVG content and attributes. */
export function escapeXml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
	);
}

/** The smallest of 1, 2, 5 × 10^k (and 1 at least) not below `v`: the top of the value axis. */
export function niceCeil(v: number): number {
	if (!(v > 0)) return 1;
	const p = 10 ** Math.floor(Math.log10(v));
	for (const m of [1, 2, 5]) if (m * p >= v - 1e-9) return m * p;
	return 10 * p;
}

/**
 * The value axis for values up to `max`: its top (1, 2 or 5 × 10^k) and the ticks labelled on it. Counts get whole
 * ticks only (0 and 1, not 0, 0.5 and 1); other values get the middle tick too.
 */
export function valueAxis(max: number, wholeNumbers: boolean): { top: number; ticks: number[] } {
	const top = wholeNumbers ? Math.max(1, niceCeil(max)) : niceCeil(max);
	const half = top / 2;
	return { top, ticks: !wholeNumbers || Number.isInteger(half) ? [0, half, top] : [0, top] };
}

const fmt = (v: number, decimals: number) =>
	(Math.round(v * 10 ** decimals) / 10 ** decimals).toFixed(decimals).replace(/\.0+$/, '');
const n = (v: number) => String(Math.round(v * 10) / 10);
/** An axis label names its line's value exactly (2.5, 0.25), never rounded to a value the line is not at. */
const axisLabel = (v: number) => String(Number(v.toPrecision(6)));

/** The <pattern> (or nothing, for solid) that fills a series. */
function patternDef(id: string, style: SeriesStyle): string {
	const c = seriesColours[style];
	if (style === 'hatch') {
		return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${c}"/></pattern>`;
	}
	if (style === 'dots') {
		return `<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.6" fill="${c}"/></pattern>`;
	}
	return '';
}

/**
 * A stacked bar chart as an SVG element. Each bar segment has an outline in its series colour, so a hatched or
 * dotted segment keeps its edge; the total of each bar is written above it.
 */
export function barChartSvg(input: BarChartInput): string {
	const { id, title, desc, categories, series } = input;
	const decimals = input.decimals ?? 0;
	const totals = categories.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
	const axis = valueAxis(Math.max(0, ...totals), decimals === 0);
	const top = axis.top;
	const plotW = W - LEFT - RIGHT;
	const plotH = H - TOP - BOTTOM;
	const band = plotW / Math.max(1, categories.length);
	const barW = band * 0.7;
	const y = (v: number) => TOP + plotH - (v / top) * plotH;
	const fill = (s: ChartSeries) => (s.style === 'solid' ? seriesColours.solid : `url(#${id}-${s.key})`);

	const parts: string[] = [];
	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" data-chart="${escapeXml(id)}">`,
	);
	parts.push(`<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`);
	const defs = series.map((s) => patternDef(`${id}-${s.key}`, s.style)).join('');
	if (defs) parts.push(`<defs>${defs}</defs>`);
	// Legend: a swatch in the series' own fill and its name, in one row at the top.
	let lx = LEFT;
	for (const s of series) {
		parts.push(
			`<rect x="${n(lx)}" y="4" width="12" height="12" fill="${fill(s)}" stroke="${seriesColours[s.style]}"/>`,
		);
		parts.push(`<text x="${n(lx + 16)}" y="14.5" font-size="${FONT}">${escapeXml(s.label)}</text>`);
		lx += 16 + s.label.length * (/[^\x00-\xff]/.test(s.label) ? FONT : FONT * 0.6) + 14;
	}
	// Value axis: its ticks with light grid lines, the unit above them.
	if (input.unit)
		parts.push(
			`<text x="${LEFT - 4}" y="${TOP - 10}" font-size="${FONT}" text-anchor="end">${escapeXml(input.unit)}</text>`,
		);
	for (const v of axis.ticks) {
		parts.push(
			`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${v === 0 ? '#1b1b1b' : '#8a8f94'}" stroke-width="${v === 0 ? 1 : 0.5}"/>`,
		);
		parts.push(`<text x="${LEFT - 4}" y="${n(y(v) + 4)}" font-size="${FONT}" text-anchor="end">${axisLabel(v)}</text>`);
	}
	categories.forEach((label, i) => {
		const x = LEFT + i * band + (band - barW) / 2;
		let base = 0;
		for (const s of series) {
			const v = s.values[i] ?? 0;
			if (v <= 0) continue;
			parts.push(
				`<rect x="${n(x)}" y="${n(y(base + v))}" width="${n(barW)}" height="${n(y(base) - y(base + v))}" fill="${fill(s)}" stroke="${seriesColours[s.style]}" stroke-width="1" data-series="${escapeXml(s.key)}" data-value="${v}"/>`,
			);
			base += v;
		}
		if (totals[i] > 0)
			parts.push(
				`<text x="${n(x + barW / 2)}" y="${n(y(totals[i]) - 3)}" font-size="${FONT - 1}" text-anchor="middle">${fmt(totals[i], decimals)}</text>`,
			);
		parts.push(
			`<text x="${n(x + barW / 2)}" y="${TOP + plotH + 15}" font-size="${FONT}" text-anchor="middle">${escapeXml(label)}</text>`,
		);
	});
	// Each group's label under its categories, a tick between groups. A label starts at its group's first category;
	// a group of one category (a window's first or last month alone in its year) has its label end at the group's
	// end instead, so that it does not run into the next group's or past the chart.
	const groups = input.groups ?? [];
	groups.forEach((g, i) => {
		const start = LEFT + g.from * band;
		const end = LEFT + (groups[i + 1]?.from ?? categories.length) * band;
		if (g.from > 0)
			parts.push(
				`<line x1="${n(start)}" x2="${n(start)}" y1="${TOP + plotH}" y2="${H - 2}" stroke="#1b1b1b" stroke-width="1"/>`,
			);
		const alone = end - start < band * 1.5;
		parts.push(
			`<text x="${n(alone ? end - 2 : start + 2)}" y="${H - 6}" font-size="${FONT}"${alone ? ' text-anchor="end"' : ''}>${escapeXml(g.label)}</text>`,
		);
	});
	parts.push('</svg>');
	return parts.join('');
}
