/**
 * Dates, clock times, lengths of time and technical shorthand as people say them, for text read aloud by the
 * browser's speech synthesis (the read-aloud button, src/scripts/read-aloud.ts). What a page shows is written for
 * the eye — `12月1日（周二）08:00 至 17:30，约 9.5 小时`, `10kV 关牟线` — and a speech engine reads it badly
 * ("零八，零零", "九点五小时", "十 k v"). These say the same thing in the words a person would use:
 * `12月1日 星期二，上午8点 到 下午5点半，大约9个半小时`, `Tuesday the 1st of December, from 8 a.m. to 5:30 p.m.,
 * about nine and a half hours`. Times are read in the utility's zone, as the page shows them (src/lib/time.ts).
 * Phone numbers are read digit by digit by `spokenPhone` (src/lib/text/phone.ts).
 */
import type { Locale } from '../../i18n/index.ts';
import { EN_MONTHS, EN_WEEKDAYS, zonedParts } from '../time.ts';

/** One utterance of a text read aloud; `lang` where it is not in the page's language (a Chinese fallback). */
export interface SpokenPart {
	text: string;
	lang?: 'zh-CN';
}

const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`: a speech engine reads these as ordinals. */
export function englishOrdinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A whole number below 100 in English words (`nine`, `fifty-seven`); larger ones stay digits, which engines read well. */
export function englishNumber(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
	if (n < 20) return ONES[n] as string;
	const ones = n % 10;
	return `${TENS[Math.floor(n / 10)]}${ones ? `-${ONES[ones]}` : ''}`;
}

/** A calendar date as said aloud: `12月1日 星期二`, `Tuesday the 1st of December`. */
export function spokenDate(instant: Date | string, timeZone: string, locale: Locale): string {
	const p = zonedParts(instant, timeZone);
	if (locale === 'zh-cn') return `${p.month}月${p.day}日 ${ZH_WEEKDAYS[p.weekday]}`;
	return `${EN_WEEKDAYS[p.weekday]} the ${englishOrdinal(p.day)} of ${EN_MONTHS[p.month - 1]}`;
}

/**
 * A time of day as said aloud, on the 12-hour clock with the part of the day:
 * zh `零点`, `凌晨5点`, `上午8点`, `中午12点半`, `下午5点30分`→`下午5点半`, `晚上10点零5分`;
 * en `midnight`, `8 a.m.`, `noon`, `12:30 p.m.`, `5:30 p.m.`.
 */
export function spokenClock(instant: Date | string, timeZone: string, locale: Locale): string {
	const { hour, minute } = zonedParts(instant, timeZone);
	if (locale === 'zh-cn') {
		const mins = minute === 0 ? '' : minute === 30 ? '半' : minute < 10 ? `零${minute}分` : `${minute}分`;
		if (hour === 0) return `零点${mins}`;
		const period = hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上';
		return `${period}${hour > 12 ? hour - 12 : hour}点${mins}`;
	}
	if (minute === 0 && hour === 0) return 'midnight';
	if (minute === 0 && hour === 12) return 'noon';
	const h12 = hour % 12 === 0 ? 12 : hour % 12;
	const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
	return `${h12}${mm} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * A length of time in whole and half hours (as `durationHours` gives it) as said aloud:
 * zh `半个小时`, `1个小时`, `两个小时`, `9个半小时`; en `half an hour`, `one hour`, `nine and a half hours`.
 */
export function spokenHours(hours: number, locale: Locale): string {
	const whole = Math.floor(hours);
	const half = hours - whole >= 0.5;
	if (locale === 'zh-cn') {
		if (whole === 0) return '半个小时';
		return `${whole === 2 ? '两' : whole}个${half ? '半' : ''}小时`;
	}
	if (whole === 0) return 'half an hour';
	if (half) return `${englishNumber(whole)} and a half hours`;
	return whole === 1 ? 'one hour' : `${englishNumber(whole)} hours`;
}

/**
 * The shorthand of outage notices, said out: voltages (`10kV` → `10千伏`, `10 kilovolt`), pole and room numbers
 * (`8# 杆` → `8号杆`, `room 2#` → `room 2`) and ranges (`1-12栋` → `1到12栋`, `1-4` → `1 to 4`).
 * Anything else is left as written.
 */
export function spokenText(text: string, locale: Locale): string {
	const zh = locale === 'zh-cn';
	return (
		text
			.replace(/(\d+(?:\.\d+)?)\s*kV\b/gi, zh ? '$1千伏' : '$1 kilovolt')
			.replace(zh ? /(\d+)\s*#\s*/g : /(\d+)\s*#/g, zh ? '$1号' : '$1')
			// Short numbers only: a phone number (0839-5550142) or a date (2026-12-01) is not a range.
			.replace(/(?<![\d–—~～-])(\d{1,3})(号?)\s*[–—~～-]\s*(\d{1,3})(?![\d–—~～-])/g, zh ? '$1$2到$3' : '$1 to $3')
			.replace(/\s+([，。、；：])/g, '$1')
			.replace(/ {2,}/g, ' ')
			.trim()
	);
}

/** A sentence of `text`, ending with the language's full stop (one, whatever the text ended with). */
export function sentence(text: string, locale: Locale): string {
	const bare = text.trim().replace(/[。.！!？?；;，,：:]+$/, '');
	return `${bare}${locale === 'zh-cn' ? '。' : '.'}`;
}
