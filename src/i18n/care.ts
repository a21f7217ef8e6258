/**
 * The words of care mode (关怀模式: larger text, higher contrast, bigger targets, a simpler page) and of read-aloud,
 * including the sentences a notice is read aloud in (src/lib/outages/spoken-notice.ts). In their own module, like
 * the service-quality words: keys mirror between the languages (the English one is typed by the Chinese).
 */
import type { Locale } from './index.ts';

const zh = {
	/** The header switch: what it turns on. */
	switchLabel: '关怀模式',
	/** In its place where scripts do not run: the switch needs them to remember the choice on this device. */
	needsScript: '关怀模式需开启 JavaScript',
	/** The read-aloud button on a notice page and on a guidance article, and while it reads. */
	readNotice: '朗读这条通知',
	readArticle: '朗读全文',
	stop: '停止朗读',
	/** The sentences of a notice read aloud. */
	spoken: {
		title: (utility: string, kind: string) => `${utility}停电通知${kind ? `，${kind}` : ''}`,
		cancelled: '这次停电已经取消，不会停电',
		cancelledWhy: '取消原因',
		rescheduled: '请注意，停电时间改过了，下面是新的时间',
		window: '停电时间',
		plannedWindow: '原定停电时间',
		restored: '实际送电',
		areas: '停电区域',
		scope: '停电范围',
		line: '线路',
		reason: '停电原因',
		call: (unit: string | undefined, digits: string) => `咨询电话：${unit ? `${unit}，` : ''}${digits}`,
		/** Before a text an English page only has in Chinese (unused in Chinese). */
		inChinese: (label: string) => label,
	},
};

export type CareText = typeof zh;

const en: CareText = {
	switchLabel: 'Larger text',
	needsScript: 'Larger text needs JavaScript',
	readNotice: 'Read this notice aloud',
	readArticle: 'Read aloud',
	stop: 'Stop reading',
	spoken: {
		title: (utility, kind) => `${utility}: notice of a power cut${kind ? ` for ${kind}` : ''}`,
		cancelled: 'This power cut has been cancelled: the power will stay on',
		cancelledWhy: 'Why cancelled',
		rescheduled: 'Please note: the time has changed. This is the new time',
		window: 'When',
		plannedWindow: 'It was planned for',
		restored: 'Power back',
		areas: 'Areas',
		scope: 'Which parts',
		line: 'Line',
		reason: 'Reason',
		call: (unit, digits) => `For questions, call ${unit ?? 'the supply office'} on ${digits}`,
		inChinese: (label) => `${label}, given in Chinese only`,
	},
};

const texts: Record<Locale, CareText> = { 'zh-cn': zh, en };

/** The care mode and read-aloud words in `locale`. */
export function careText(locale: Locale): CareText {
	return texts[locale];
}
