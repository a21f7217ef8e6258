/**
 * Date and time in the utility's own time zone, whatever the zone or locale of the machine. All formatting is
 * composed here from numeric parts, so the output does not depend on the host's ICU data or locale either.
 */

/** A wall-clock reading in some time zone. */
export interface ZonedParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	/** 0 = Sunday … 6 = Saturday. */
	weekday: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Reads the wall clock through Intl: exact, but slow enough to matter when a build formats 100,000s of times. */
function intlParts(t: number, timeZone: string): Omit<ZonedParts, 'weekday'> {
	let fmt = partsFormatters.get(timeZone);
	// Stryker disable next-line ConditionalExpression: a cache; a new formatter every call gives the same parts, slower
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		partsFormatters.set(timeZone, fmt);
	}
	const out: Record<string, number> = {};
	// The literal parts (`/`, `, `, `:`) land under `literal` as NaN, which nothing reads.
	for (const p of fmt.formatToParts(t)) out[p.type] = Number(p.value);
	return out as unknown as Omit<ZonedParts, 'weekday'>;
}

/**
 * Zone offsets change only on quarter-hour boundaries, so the offset is looked up once per zone and quarter hour
 * and the wall clock derived from it by arithmetic.
 */
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at time `t`, in milliseconds. */
function offsetMs(t: number, timeZone: string): number {
	let byBucket = offsetCache.get(timeZone);
	// Stryker disable next-line ConditionalExpression: a cache; a new map every call gives the same offset, slower
	if (!byBucket) {
		byBucket = new Map();
		offsetCache.set(timeZone, byBucket);
	}
	const bucket = Math.floor(t / QUARTER_HOUR);
	let off = byBucket.get(bucket);
	// Stryker disable next-line ConditionalExpression: a cache; looking the offset up again gives the same one
	if (off === undefined) {
		const at = bucket * QUARTER_HOUR;
		const p = intlParts(at, timeZone);
		off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
		// Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: bounds the cache's memory; when it is cleared changes no result
		if (byBucket.size > 200_000) byBucket.clear();
		byBucket.set(bucket, off);
	}
	return off;
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function zonedParts(instant: Date | string | number, timeZone: string): ZonedParts {
	const t = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
	if (!Number.isFinite(t)) throw new RangeError(`not a date-time: ${String(instant)}`);
	const wall = new Date(t + offsetMs(t, timeZone));
	return {
		year: wall.getUTCFullYear(),
		month: wall.getUTCMonth() + 1,
		day: wall.getUTCDate(),
		hour: wall.getUTCHours(),
		minute: wall.getUTCMinutes(),
		second: wall.getUTCSeconds(),
		weekday: wall.getUTCDay(),
	};
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (e.g. 480 for Asia/Shanghai). */
export function offsetMinutes(instant: Date, timeZone: string): number {
	return Math.round(offsetMs(instant.getTime(), timeZone) / 60000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `instant` as ISO 8601 with the zone's offset, to the second, e.g. `2026-12-03T08:00:00+08:00`. */
export function toZonedIso(instant: Date | string, timeZone: string): string {
	const d = instant instanceof Date ? instant : new Date(instant);
	const p = zonedParts(d, timeZone);
	const off = offsetMinutes(d, timeZone);
	const sign = off < 0 ? '-' : '+';
	const abs = Math.abs(off);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar date of `instant` in the zone, `YYYY-MM-DD`. */
export function zonedDate(instant: Date | string, timeZone: string): string {
	const p = zonedParts(instant, timeZone);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * The instant at which the wall clock in `timeZone` reads the given local time. A wall time skipped by a
 * daylight-saving change is read as if the clock had not moved yet (02:30 in a 02:00→03:00 gap is 03:30); one
 * that occurs twice is the first.
 */
export function instantFromZoned(
	local: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
	timeZone: string,
): Date {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
	// The offset is one of those in force a day either side of the wall time; try each and keep one that reads back.
	const candidates = [...new Set([-1, 0, 1].map((d) => offsetMinutes(new Date(wall + d * 86_400_000), timeZone)))]
		.map((off) => wall - off * 60_000)
		.sort((a, b) => a - b);
	const readsBack = candidates.filter((t) => {
		const p = zonedParts(new Date(t), timeZone);
		return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) === wall;
	});
	return new Date(readsBack[0] ?? (candidates.at(-1) as number));
}

/** The first instant of `instant`'s calendar day in the zone (its midnight, or the first wall time after it). */
export function startOfZonedDay(instant: Date | number, timeZone: string): Date {
	const p = zonedParts(new Date(instant), timeZone);
	return instantFromZoned({ year: p.year, month: p.month, day: p.day }, timeZone);
}

/** `HH:MM` in the zone. */
export function formatClock(instant: Date | string, timeZone: string): string {
	const p = zonedParts(instant, timeZone);
	return `${pad(p.hour)}:${pad(p.minute)}`;
}

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** English weekday names (Sunday first, as `zonedParts` numbers them) and months; read-aloud uses them too. */
export const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

export type DateStyle = 'day' | 'day-weekday' | 'full';

/**
 * A calendar date in words: zh `12月3日（周四）`, en `Thursday 3 December`; with `full`, the year too
 * (`2026年12月3日（周四）`, `Thursday 3 December 2026`).
 */
export function formatDate(
	instant: Date | string,
	timeZone: string,
	locale: 'zh-cn' | 'en',
	style: DateStyle = 'day-weekday',
): string {
	const p = zonedParts(instant, timeZone);
	if (locale === 'zh-cn') {
		const year = style === 'full' ? `${p.year}年` : '';
		const weekday = style === 'day' ? '' : `（${ZH_WEEKDAYS[p.weekday]}）`;
		return `${year}${p.month}月${p.day}日${weekday}`;
	}
	const weekday = style === 'day' ? '' : `${EN_WEEKDAYS[p.weekday]} `;
	const year = style === 'full' ? ` ${p.year}` : '';
	return `${weekday}${p.day} ${EN_MONTHS[p.month - 1]}${year}`;
}

/**
 * How a date and time read in each language: the order of the parts and the words between them. The build fills it
 * (formatDateTime) and so does the live status script on the reader's device, from the parts Intl gives it
 * (formatDateTimeIntl, src/lib/time-intl.ts): one pattern, so that a time rewritten on the device reads like the times built beside it.
 */
export const dateTimePatterns = {
	'zh-cn': '{year}年{month}月{day}日（{weekday}）{hour}:{minute}',
	en: '{weekday} {day} {month} {year}, {hour}:{minute}',
} as const;

/** `pattern` with each `{name}` replaced by `parts[name]`. */
export function fillPattern(pattern: string, parts: Readonly<Record<string, string | number>>): string {
	return pattern.replace(/\{(\w+)\}/g, (_, name: string) => String(parts[name] ?? ''));
}

/** A date and time: zh `2026年12月3日（周四）08:00`, en `Thursday 3 December 2026, 08:00`. */
export function formatDateTime(instant: Date | string, timeZone: string, locale: 'zh-cn' | 'en'): string {
	const p = zonedParts(instant, timeZone);
	const en = locale === 'en';
	return fillPattern(dateTimePatterns[locale], {
		year: p.year,
		month: en ? EN_MONTHS[p.month - 1] : p.month,
		day: p.day,
		weekday: (en ? EN_WEEKDAYS : ZH_WEEKDAYS)[p.weekday],
		hour: pad(p.hour),
		minute: pad(p.minute),
	});
}

/** How the browser's Intl gives formatDateTime's parts in a language and zone: its locale, options and pattern. */
export interface DateTimeIntl {
	locale: string;
	options: Intl.DateTimeFormatOptions;
	pattern: string;
}

/**
 * formatDateTime's words as Intl gives them: en-GB and zh-CN name months and weekdays as formatDateTime does. The
 * page hands this to the live status script (data-intl), which writes the words with formatDateTimeIntl
 * (src/lib/time-intl.ts) and carries no names or patterns of its own.
 */
export function dateTimeIntl(locale: 'zh-cn' | 'en', timeZone: string): DateTimeIntl {
	const en = locale === 'en';
	return {
		locale: en ? 'en-GB' : 'zh-CN',
		options: {
			timeZone,
			year: 'numeric',
			month: en ? 'long' : 'numeric',
			day: 'numeric',
			weekday: en ? 'long' : 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		},
		pattern: dateTimePatterns[locale],
	};
}

/** The zone's offset at `instant` in words people read: `UTC+8`, `UTC+5:30`, `UTC−5`. */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
	const off = offsetMinutes(instant, timeZone);
	const sign = off < 0 ? '−' : '+';
	const abs = Math.abs(off);
	const mins = abs % 60;
	return `UTC${sign}${Math.floor(abs / 60)}${mins ? `:${pad(mins)}` : ''}`;
}
