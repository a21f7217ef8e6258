/**
 * The published forms of the figures: the JSON document (/api/reliability.json, format in
 * src/schemas/reliability-api.ts) and the CSV download (/api/reliability.csv).
 */
import { stringify } from 'csv-stringify/sync';
import { localizePath } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import { RELIABILITY_API_VERSION, type ReliabilityApiDocument } from '../../schemas/reliability-api.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { absoluteUrl } from '../seo.ts';
import { toZonedIso } from '../time.ts';
import type { MonthFigures, ReliabilityReport, ScopeFigures } from './figures.ts';
import { REPEAT_DAYS, REPEAT_MIN_OUTAGES } from './repeats.ts';

/** Where the figures are published. */
export const reliabilityUrls = {
	page: '/reliability/',
	json: '/api/reliability.json',
	schema: '/api/reliability.schema.json',
	csv: '/api/reliability.csv',
} as const;

type Scope = ReliabilityApiDocument['total'];

function apiScope(s: ScopeFigures, areas: ReadonlyMap<string, Area>, timeZone: string): Scope {
	const month = (m: MonthFigures) => ({
		month: m.month,
		outages: m.outages,
		byKind: m.byKind,
		cancelled: m.cancelled,
		hours: m.hours,
		averageHours: m.averageHours,
		leadTime: m.leadTime,
	});
	return {
		outages: s.outages,
		byKind: s.byKind,
		cancelled: s.cancelled,
		hours: s.hours,
		averageHours: s.averageHours,
		leadTime: {
			...s.leadTime,
			late: s.late.map((l) => ({
				...l,
				firstStart: toZonedIso(l.firstStart, timeZone),
				publishedAt: toZonedIso(l.publishedAt, timeZone),
			})),
		},
		repeatAreas: s.repeatAreas.map((r) => ({ id: r.id, name: (areas.get(r.id) as Area).name, outages: r.outages })),
		months: s.months.map(month),
	};
}

/** The JSON document of `report`. */
export function reliabilityApiDocument(
	report: ReliabilityReport,
	areas: ReadonlyMap<string, Area>,
	site: Pick<SiteConfig, 'timeZone' | 'baseUrl' | 'leadTimeHours'>,
): ReliabilityApiDocument {
	const tz = site.timeZone;
	const abs = (p: string) => absoluteUrl(p, site.baseUrl);
	return {
		version: RELIABILITY_API_VERSION,
		timeZone: tz,
		window: { from: toZonedIso(new Date(report.window.from), tz), to: toZonedIso(new Date(report.window.to), tz) },
		leadTimeHours: {
			planned: site.leadTimeHours.planned,
			temporary: site.leadTimeHours.temporary,
			other: site.leadTimeHours.other,
		},
		repeat: { minOutages: REPEAT_MIN_OUTAGES, days: REPEAT_DAYS },
		links: {
			self: abs(reliabilityUrls.json),
			schema: abs(reliabilityUrls.schema),
			csv: abs(reliabilityUrls.csv),
			html: { zh: abs(localizePath(reliabilityUrls.page, 'zh-cn')), en: abs(localizePath(reliabilityUrls.page, 'en')) },
		},
		total: apiScope(report.total, areas, tz),
		districts: report.districts.map((d) => ({
			id: d.id,
			name: (areas.get(d.id) as Area).name,
			...apiScope(d, areas, tz),
		})),
	};
}

/** The CSV's columns: Chinese first (the language of record), English after a slash, so either reader finds them. */
export const csvHeader = [
	'范围 / scope',
	'区域编号 / area id',
	'区域 / area',
	'月份 / month',
	'停电次数 / outages',
	'计划检修 / planned',
	'临时检修 / temporary',
	'其他 / other',
	'已取消 / cancelled',
	'停电小时 / hours without power',
	'平均小时 / average hours',
	'应提前告知 / lead time due',
	'按时告知 / announced on time',
	'重复停电村社区 / repeat areas',
];

/**
 * The CSV download: a header row, then for the whole area and each district one row for the 12 months (month
 * column `12个月 / 12 months`, with the repeat areas' ids) and one per month. UTF-8 with a byte-order mark, so
 * Excel and WPS read the Chinese correctly; CRLF line ends, as those programs write.
 */
export function reliabilityCsv(report: ReliabilityReport, areas: ReadonlyMap<string, Area>): string {
	const rows: Array<Array<string | number>> = [csvHeader];
	const add = (scope: string, id: string, name: string, s: ScopeFigures) => {
		const figures = (p: MonthFigures | ScopeFigures) => [
			p.outages,
			p.byKind.planned,
			p.byKind.temporary,
			p.byKind.other,
			p.cancelled,
			p.hours,
			p.averageHours ?? '',
			p.leadTime.eligible,
			p.leadTime.onTime,
		];
		rows.push([scope, id, name, '12个月 / 12 months', ...figures(s), s.repeatAreas.map((r) => r.id).join(' ')]);
		for (const m of s.months) rows.push([scope, id, name, m.month, ...figures(m), '']);
	};
	add('全部 / total', '', '', report.total);
	for (const d of report.districts) {
		const area = areas.get(d.id) as Area;
		add('片区 / district', d.id, area.name.en ? `${area.name.zh} / ${area.name.en}` : area.name.zh, d);
	}
	return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}
