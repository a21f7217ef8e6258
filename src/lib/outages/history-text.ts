import type { HistoryEntry } from '../../schemas/notice.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { describeWindow } from './window-text.ts';
import { formatDateTime } from '../time.ts';

/** One change of a notice in words: "Rescheduled from <old window> to <new window>", "Cancelled on <time>", … */
export function historyText(entry: HistoryEntry, timeZone: string, locale: Locale): string {
	const t = useTranslations(locale).outages;
	switch (entry.event) {
		case 'published':
			return t.historyPublished;
		case 'amended':
			return t.historyAmended;
		case 'cancelled':
			return t.historyCancelled(formatDateTime(entry.at, timeZone, locale));
		case 'restored':
			return t.historyRestored(entry.restoredAt ? formatDateTime(entry.restoredAt, timeZone, locale) : '?');
		case 'rescheduled': {
			const w = (x: { start: string; end: string } | undefined) =>
				x ? describeWindow(x.start, x.end, timeZone, locale) : '?';
			return t.historyRescheduled(w(entry.from), w(entry.to));
		}
	}
}
