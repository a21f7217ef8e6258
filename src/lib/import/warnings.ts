import type { SiteConfig } from '../../schemas/site.ts';
import { leadTimeGivenHours, leadTimeShortfallHours } from '../outages/notice-lead-time.ts';
import type { NoticeChange } from './merge.ts';
import { isoShort } from './zoned.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportedRow } from './rows.ts';

const HOUR = 3_600_000;

/** Windows longer than this many hours are worth a second look (a typo in the date often makes a 24-hour outage). */
export const LONG_WINDOW_HOURS = 12;

/**
 * The warnings about the export as a whole, which do not stop the import: outages announced with less than the
 * required lead time (only for what this import adds or reschedules: the rest was announced before), windows on the
 * same line that overlap, and windows over 12 hours. (An empty scope is reported while reading the row.)
 */
export function exportWarnings(
	file: string,
	rows: ImportedRow[],
	changes: NoticeChange[],
	site: SiteConfig,
): ImportProblem[] {
	const out: ImportProblem[] = [];
	const rowById = new Map(rows.map((r) => [r.id, r]));
	for (const c of changes) {
		if (c.type !== 'added' && c.type !== 'rescheduled' && c.type !== 'reinstated') continue;
		const short = leadTimeShortfallHours(c.after, site.leadTimeHours);
		if (short <= 0) continue;
		const given = leadTimeGivenHours(c.after);
		const need = site.leadTimeHours[c.after.kind];
		out.push({
			severity: 'warning',
			file,
			row: c.row ?? rowById.get(c.id)?.row,
			en: `short notice: ${c.id} starts ${isoShort(c.after.start)}, ${given} h after this import; ${c.after.kind} outages need ${need} h`,
			zh: `通知时间不足：${c.id} 于 ${isoShort(c.after.start)} 停电，距本次导入仅 ${given} 小时，此类停电须提前 ${need} 小时公告`,
		});
	}
	for (const r of rows) {
		const hours = (Date.parse(r.notice.end) - Date.parse(r.notice.start)) / HOUR;
		if (hours > LONG_WINDOW_HOURS) {
			const h = Math.round(hours * 10) / 10;
			out.push({
				severity: 'warning',
				file,
				row: r.row,
				en: `the outage lasts ${h} h (${isoShort(r.notice.start)} to ${isoShort(r.notice.end)}): over ${LONG_WINDOW_HOURS} h, check the dates`,
				zh: `停电时长 ${h} 小时（${isoShort(r.notice.start)} 至 ${isoShort(r.notice.end)}），超过 ${LONG_WINDOW_HOURS} 小时，请核对日期`,
			});
		}
	}
	// Overlaps on the same line: sort each line's windows by start; a window starting before the latest end so far overlaps.
	const byLine = new Map<string, ImportedRow[]>();
	for (const r of rows) {
		const key = r.notice.line.zh.normalize('NFKC').replace(/\s+/g, '');
		const list = byLine.get(key);
		if (list) list.push(r);
		else byLine.set(key, [r]);
	}
	const startMs = new Map<ImportedRow, number>();
	const endMs = new Map<ImportedRow, number>();
	for (const list of byLine.values()) {
		if (list.length < 2) continue;
		for (const r of list) {
			startMs.set(r, Date.parse(r.notice.start));
			endMs.set(r, Date.parse(r.notice.end));
		}
		const s = (r: ImportedRow) => startMs.get(r) as number;
		const e = (r: ImportedRow) => endMs.get(r) as number;
		list.sort((a, b) => s(a) - s(b) || a.row - b.row);
		let latest = list[0];
		for (const r of list.slice(1)) {
			if (s(r) < e(latest)) {
				out.push({
					severity: 'warning',
					file,
					row: r.row,
					en: `overlaps row ${latest.row} on the same line ${r.notice.line.zh} (${isoShort(latest.notice.start)} to ${isoShort(latest.notice.end)}): one outage listed twice?`,
					zh: `与第 ${latest.row} 行同一线路 ${r.notice.line.zh} 的停电时间重叠（${isoShort(latest.notice.start)} 至 ${isoShort(latest.notice.end)}）：是否重复填报？`,
				});
			}
			if (e(r) > e(latest)) latest = r;
		}
	}
	return out;
}
