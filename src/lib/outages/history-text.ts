import type { HistoryEntry } from '../../schemas/notice.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { describeWindow } from './window-text.ts';
import { formatDateTime } from '../time.ts';

/**
 * One change of a notice in words: "Rescheduled from <old window> to <new window>", "Cancelled", … The page shows
 * the change's time before it, so the words do not repeat it.
 */
export function historyText(entry: HistoryEntry, timeZone: string, locale: Locale): string {
	const t = useTranslations(locale).outages;
	switch (entry.event) {
		case 'published':
			return t.historyPublished;
		case 'amended':
			return t.historyAmended;
		case 'cancelled':
			return t.historyCancelledEvent;
		case 'restored':
			return t.historyRestored(entry.restoredAt ? formatDateTime(entry.restoredAt, timeZone, locale) : '?');
		case 'rescheduled': {
			const w = (x: { start: string; end: string } | undefined) =>
				x ? describeWindow(x.start, x.end, timeZone, locale) : '?';
			return t.historyRescheduled(w(entry.from), w(entry.to));
		}
	}
}

/** What the note published with a change says: the reason for a cancellation or a move, what an update changed. */
export function historyNoteLabel(event: HistoryEntry['event'], locale: Locale): string {
	const notes = useTranslations(locale).outages.historyNote;
	return event === 'cancelled' || event === 'rescheduled' || event === 'amended' ? notes[event] : notes.other;
}
