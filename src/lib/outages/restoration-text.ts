import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { formatDateTime } from '../time.ts';
import { restorationDeltaMinutes } from './restoration.ts';

/** Whether power came back before, after or at the planned end. */
export type RestorationTiming = 'early' | 'late' | 'on-time';

/** A reported restoration in words: when, and how it compares with the plan. */
export interface RestorationWords {
	/** The restoration time in the utility's zone, e.g. `2026年12月1日 15:50`. */
	at: string;
	timing: RestorationTiming;
	/** Minutes away from the planned end, always positive (0 on time). */
	minutes: number;
	/** The comparison as a sentence: `比计划提前 40 分钟恢复送电`, `Power came back 1 hour 5 minutes later than planned`. */
	delta: string;
}

/** `minutes` as people say a length of time: `40 分钟`, `1 小时 5 分钟`; `40 minutes`, `2 hours`. */
export function durationWords(minutes: number, locale: Locale): string {
	return useTranslations(locale).outages.duration(Math.floor(minutes / 60), minutes % 60);
}

/**
 * A notice's restoration in words, in `locale` and the utility's zone; undefined while none is reported. Early
 * and late are whole minutes against the planned end (`restorationDeltaMinutes`); under a minute is on time.
 */
export function restorationWords(
	notice: Pick<Notice, 'end' | 'restoredAt'>,
	timeZone: string,
	locale: Locale,
): RestorationWords | undefined {
	if (notice.restoredAt === undefined) return undefined;
	const delta = restorationDeltaMinutes(notice) as number;
	const timing: RestorationTiming = delta < 0 ? 'early' : delta > 0 ? 'late' : 'on-time';
	const minutes = Math.abs(delta);
	return {
		at: formatDateTime(notice.restoredAt, timeZone, locale),
		timing,
		minutes,
		delta: useTranslations(locale).outages.restorationDelta(timing, durationWords(minutes, locale)),
	};
}
