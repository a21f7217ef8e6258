import type { Locale } from '../../i18n/index.ts';
import { spokenClock, spokenDate, spokenHours } from '../text/spoken-words.ts';
import { formatClock, formatDate, zonedDate } from '../time.ts';

/** The length of a window in hours, to the nearest half hour (at least half an hour). */
export function durationHours(start: string, end: string): number {
	const hours = (Date.parse(end) - Date.parse(start)) / 3_600_000;
	return Math.max(0.5, Math.round(hours * 2) / 2);
}

/** Whether the window ends on a later calendar day (in the utility's zone) than it starts. */
export function crossesMidnight(start: string, end: string, timeZone: string): boolean {
	return zonedDate(start, timeZone) !== zonedDate(end, timeZone);
}

/** Whole calendar days between the window's start and end dates, in the utility's zone. */
function daysApart(start: string, end: string, timeZone: string): number {
	const d = (s: string) => Date.parse(`${zonedDate(s, timeZone)}T00:00:00Z`);
	return Math.round((d(end) - d(start)) / 86_400_000);
}

/**
 * An outage window in words, as a resident reads it on a notice board:
 * - zh: `12月3日（周四）08:00 至 17:30，约 9.5 小时`; across midnight `12月3日（周四）22:00 至 次日（12月4日）05:00，约 7 小时`
 * - en: `Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)`; across midnight
 *   `Thursday 3 December, 22:00 to 05:00 the next day, Friday 4 December (overnight, about 7 hours)`
 * Longer windows name both dates in full.
 */
export function describeWindow(start: string, end: string, timeZone: string, locale: Locale): string {
	const hours = durationHours(start, end);
	const days = daysApart(start, end, timeZone);
	const from = formatClock(start, timeZone);
	const to = formatClock(end, timeZone);
	const startDay = formatDate(start, timeZone, locale);
	const endDay = formatDate(end, timeZone, locale);
	if (locale === 'zh-cn') {
		const length = `约 ${hours} 小时`;
		if (days === 0) return `${startDay}${from} 至 ${to}，${length}`;
		if (days === 1) return `${startDay}${from} 至 次日（${formatDate(end, timeZone, locale, 'day')}）${to}，${length}`;
		return `${startDay}${from} 至 ${endDay}${to}，${length}`;
	}
	const length = `about ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	if (days === 0) return `${startDay}, ${from} to ${to} (${length})`;
	if (days === 1) return `${startDay}, ${from} to ${to} the next day, ${endDay} (overnight, ${length})`;
	return `${startDay}, ${from} to ${endDay}, ${to} (${length})`;
}

/**
 * An outage window as it is said aloud (`describeWindow` is written for the eye): clock times with the part of the
 * day, the length in words, the next day named as such.
 * - zh: `12月3日 星期四，上午8点 到 下午5点半，大约9个半小时`; across midnight
 *   `12月3日 星期四 晚上10点，到第二天，12月4日 星期五 凌晨5点，大约7个小时`
 * - en: `Thursday the 3rd of December, from 8 a.m. to 5:30 p.m., about nine and a half hours`; across midnight
 *   `Thursday the 3rd of December, from 10 p.m. to 5 a.m. the next day, Friday the 4th of December, about seven hours`
 */
export function spokenWindow(start: string, end: string, timeZone: string, locale: Locale): string {
	const length = spokenHours(durationHours(start, end), locale);
	const days = daysApart(start, end, timeZone);
	const from = spokenClock(start, timeZone, locale);
	const to = spokenClock(end, timeZone, locale);
	const startDay = spokenDate(start, timeZone, locale);
	const endDay = spokenDate(end, timeZone, locale);
	if (locale === 'zh-cn') {
		if (days === 0) return `${startDay}，${from} 到 ${to}，大约${length}`;
		if (days === 1) return `${startDay} ${from}，到第二天，${endDay} ${to}，大约${length}`;
		return `${startDay} ${from}，到 ${endDay} ${to}，大约${length}`;
	}
	if (days === 0) return `${startDay}, from ${from} to ${to}, about ${length}`;
	if (days === 1) return `${startDay}, from ${from} to ${to} the next day, ${endDay}, about ${length}`;
	return `from ${startDay}, ${from}, to ${endDay}, ${to}, about ${length}`;
}
