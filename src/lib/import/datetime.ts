/**
 * Reading the dates and times staff type into the scheduling export, in every form the export is known to use:
 * `2026-12-03 08:00`, `2026/12/3 8:00`, `2026年12月3日 8时30分`, `12月3日` (year inferred), `24:00`, windows such as
 * `08:00-17:30` and `22:00-次日06:00`, and Excel's own date cells and serial numbers.
 *
 * Everything here works on wall-clock readings (year, month, day, hour, minute) with no time zone at all; the
 * caller turns them into instants in the utility's zone (see `zoned.ts`), never the host's.
 */

import { toHalfWidthDigits } from '../text/width.ts';

/** A calendar date as written in the export. */
export interface LocalDate {
	year: number;
	month: number;
	day: number;
	/** The export gave no year (`12月3日`): it was inferred from the import's clock. */
	yearInferred?: boolean;
}

/** A wall-clock time as written: `hour` may be 24 (only with minute 0), meaning the end of the day. */
export interface LocalTime {
	hour: number;
	minute: number;
	second: number;
	/** Written with 次日/翌日/第二天 (the next day). */
	nextDay?: boolean;
}

/** What one cell says about when: a date, a time, or both. */
export interface When {
	date?: LocalDate;
	time?: LocalTime;
	/** An Excel date cell at 00:00: no time of its own, but midnight where no other column gives one. */
	midnight?: boolean;
}

/** A parse result: the value, or why it is not one, in both languages. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; en: string; zh: string };

/** A cell value as read from a CSV (always text) or an .xlsx file (text, number or date). */
export type CellValue = string | number | Date | boolean | null;

const DATE_FORMS: Array<{ re: RegExp; year: boolean }> = [
	{ re: /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:日|号)?/, year: true },
	{ re: /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/, year: true },
	{ re: /^(\d{4})(\d{2})(\d{2})(?!\d)/, year: true },
	{ re: /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/, year: false },
];

const WEEKDAY = /^[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]?/;
const NEXT_DAY = /^(?:次日|翌日|第二天|次天|\+1\s*天?)\s*/;
const CLOCK = /^(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?$/;
const CHINESE_CLOCK = /^(\d{1,2})\s*[时點点]\s*(?:(\d{1,2})\s*分?|(半))?$/;
const PERIOD = /^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|晚)\s*/;

/**
 * Reads a date at the start of `text`; returns it with the rest of the text, or undefined where the text does not
 * start with a date. `reference` supplies the year where none is written.
 */
function leadingDate(text: string, reference: LocalDate): { date?: Parsed<LocalDate>; rest: string } {
	for (const form of DATE_FORMS) {
		const m = form.re.exec(text);
		if (!m) continue;
		// Trimmed before the weekday too: `2026-12-03 （周四） 08:00` has a space before the bracket.
		const rest = text.slice(m[0].length).trim().replace(WEEKDAY, '').trim().replace(/^T/i, '').trim();
		if (form.year) return { date: checkDate(Number(m[1]), Number(m[2]), Number(m[3]), false), rest };
		const month = Number(m[1]);
		const day = Number(m[2]);
		return { date: checkDate(inferYear(month, day, reference), month, day, true), rest };
	}
	return { rest: text };
}

/**
 * The year that puts `month`/`day` closest to `reference` (a plan for "1月5日" made in December is for next year).
 */
export function inferYear(month: number, day: number, reference: LocalDate): number {
	const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
	let best = reference.year;
	let bestGap = Infinity;
	for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
		const gap = Math.abs(Date.UTC(y, month - 1, day) - ref);
		if (gap < bestGap) {
			best = y;
			bestGap = gap;
		}
	}
	return best;
}

function checkDate(year: number, month: number, day: number, yearInferred: boolean): Parsed<LocalDate> {
	if (month < 1 || month > 12) return { ok: false, en: `there is no month ${month}`, zh: `月份 ${month} 不存在` };
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > days) {
		return { ok: false, en: `${year}-${month} has no day ${day}`, zh: `${year}年${month}月没有 ${day} 日` };
	}
	if (year < 2000 || year > 2100)
		return { ok: false, en: `the year ${year} is out of range`, zh: `年份 ${year} 不合理` };
	return { ok: true, value: yearInferred ? { year, month, day, yearInferred } : { year, month, day } };
}

/** Reads a time of day: `8:00`, `08:30:00`, `8时30分`, `8点半`, `下午2点`, `24:00`, `次日06:00`. */
export function parseTimeText(input: string): Parsed<LocalTime> {
	let text = toHalfWidthDigits(input).trim();
	let nextDay = false;
	const nd = NEXT_DAY.exec(text);
	if (nd) {
		nextDay = true;
		text = text.slice(nd[0].length);
	}
	let period = '';
	const pm = PERIOD.exec(text);
	if (pm) {
		period = pm[1];
		text = text.slice(pm[0].length);
	}
	let hour: number;
	let minute: number;
	let second = 0;
	const m = CLOCK.exec(text);
	const c = m ? null : CHINESE_CLOCK.exec(text);
	if (m) {
		hour = Number(m[1]);
		minute = Number(m[2]);
		second = m[3] ? Number(m[3]) : 0;
	} else if (c) {
		hour = Number(c[1]);
		minute = c[3] ? 30 : c[2] ? Number(c[2]) : 0;
	} else {
		return { ok: false, en: 'is not a time such as 08:00 or 8时30分', zh: '不是时间，应如 08:00 或 8时30分' };
	}
	if (['下午', '傍晚', '晚上', '夜间', '夜里', '晚'].includes(period) && hour < 12) hour += 12;
	if (period === '中午' && hour < 11) hour += 12;
	if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) {
		return { ok: false, en: 'is not a time of day (00:00 to 24:00)', zh: '不是有效的时刻（00:00 至 24:00）' };
	}
	return { ok: true, value: nextDay ? { hour, minute, second, nextDay } : { hour, minute, second } };
}

/**
 * Reads a cell's text as a date, a time, or a date and time. `reference` is the import's own date in the utility's
 * zone, used only where the year is not written.
 */
export function parseWhenText(input: string, reference: LocalDate): Parsed<When> {
	const text = toHalfWidthDigits(input).trim();
	if (!text) return { ok: false, en: 'is empty', zh: '为空' };
	const { date, rest } = leadingDate(text, reference);
	if (date && !date.ok) return date;
	if (!rest) return date ? { ok: true, value: { date: date.value } } : { ok: false, en: 'is empty', zh: '为空' };
	const time = parseTimeText(rest);
	if (!time.ok) {
		return date
			? { ok: false, en: `has a date but "${rest}" ${time.en}`, zh: `日期之后的"${rest}"${time.zh}` }
			: {
					ok: false,
					en: 'is not a date or time such as 2026-12-03 08:00',
					zh: '不是日期或时间，应如 2026-12-03 08:00',
				};
	}
	return { ok: true, value: date ? { date: date.value, time: time.value } : { time: time.value } };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Reads an Excel serial number: whole days since 1899-12-30, the fraction the time of day. A value below 1 is a
 * time alone (Excel stores a time cell as a fraction of a day).
 */
export function fromExcelSerial(serial: number): Parsed<When> {
	if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) {
		return { ok: false, en: 'is a number but not an Excel date or time', zh: '是数字，但不是 Excel 日期或时间' };
	}
	const seconds = Math.round(serial * 86_400);
	const days = Math.floor(seconds / 86_400);
	const secs = seconds - days * 86_400;
	const time: LocalTime = { hour: Math.floor(secs / 3600), minute: Math.floor((secs % 3600) / 60), second: secs % 60 };
	if (days === 0) return { ok: true, value: { time } };
	const d = new Date(EXCEL_EPOCH + days * DAY_MS);
	const date = checkDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), false);
	if (!date.ok) return date;
	// A whole number is a date cell without a time: leave the time to another column.
	return {
		ok: true,
		value: secs === 0 && Number.isInteger(serial) ? { date: date.value, midnight: true } : { date: date.value, time },
	};
}

/**
 * Reads a date cell as exceljs returns it: a Date whose UTC fields are the wall-clock reading typed into the sheet
 * (Excel cells have no time zone). A time cell comes back on 1899-12-30; a date cell at 00:00 has no time.
 */
export function fromExcelDate(d: Date): Parsed<When> {
	if (Number.isNaN(d.getTime())) return { ok: false, en: 'is not a valid date', zh: '不是有效日期' };
	const time: LocalTime = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
	if (d.getUTCMilliseconds() >= 500) {
		// exceljs rounds serials through floating point: 08:00 may arrive as 07:59:59.999.
		return fromExcelSerial((d.getTime() - EXCEL_EPOCH) / DAY_MS);
	}
	if (d.getTime() < EXCEL_EPOCH + DAY_MS && d.getTime() >= EXCEL_EPOCH) return { ok: true, value: { time } };
	const date = checkDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), false);
	if (!date.ok) return date;
	const midnight = time.hour === 0 && time.minute === 0 && time.second === 0;
	return { ok: true, value: midnight ? { date: date.value, midnight } : { date: date.value, time } };
}

/** Reads any cell as a date and/or time. */
export function parseWhenCell(cell: CellValue, reference: LocalDate): Parsed<When> {
	if (cell instanceof Date) return fromExcelDate(cell);
	if (typeof cell === 'number') return fromExcelSerial(cell);
	if (typeof cell === 'string') {
		const text = cell.trim();
		// A serial number that arrived as text (a CSV saved from a sheet with unformatted date cells).
		if (/^\d{5}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
		return parseWhenText(text, reference);
	}
	return { ok: false, en: 'is empty', zh: '为空' };
}

/** A window as written in one cell: start and end, each possibly with a date; `08:00-17:30`, `22:00-次日06:00`. */
export interface WindowText {
	start: When;
	end: When;
}

const SEPARATOR = /\s*(?:--?|–|—|~|～|至|到|－)\s*/g;

/**
 * Reads a window cell: two dates-and-times separated by `-`, `–`, `~`, `至` or `到`. Where `-` also separates the
 * parts of a date, every separator is tried and the first split that reads on both sides wins.
 */
export function parseWindowText(input: string, reference: LocalDate): Parsed<WindowText> {
	const text = toHalfWidthDigits(input).trim();
	if (!text) return { ok: false, en: 'is empty', zh: '为空' };
	for (const m of text.matchAll(SEPARATOR)) {
		const left = text.slice(0, m.index).trim();
		const right = text.slice(m.index + m[0].length).trim();
		if (!left || !right) continue;
		const start = parseWhenText(left, reference);
		const end = parseWhenText(right, reference);
		if (start.ok && end.ok && start.value.time && end.value.time)
			return { ok: true, value: { start: start.value, end: end.value } };
	}
	return {
		ok: false,
		en: 'is not a time window such as 08:00-17:30 or 22:00-次日06:00',
		zh: '不是时间段，应如 08:00-17:30 或 22:00-次日06:00',
	};
}

/** A wall-clock date and time, normalised (24:00 is 00:00 of the next day). */
export interface LocalDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** `date` at `time`, moved on by `addDays` days; 24:00 becomes 00:00 of the next day. */
export function combine(date: LocalDate, time: LocalTime, addDays = 0): LocalDateTime {
	const extra = addDays + (time.nextDay ? 1 : 0) + (time.hour === 24 ? 1 : 0);
	const d = new Date(Date.UTC(date.year, date.month - 1, date.day + extra));
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: time.hour === 24 ? 0 : time.hour,
		minute: time.minute,
		second: time.second,
	};
}

/** Orders two wall-clock readings (same zone): negative, zero or positive. */
export function compareLocal(a: LocalDateTime, b: LocalDateTime): number {
	return (
		Date.UTC(a.year, a.month - 1, a.day, a.hour, a.minute, a.second) -
		Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute, b.second)
	);
}
