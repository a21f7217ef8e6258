import { localizePath, pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Notice, OutageWindow } from '../../schemas/notice.ts';
import { absoluteUrl } from '../seo.ts';
import { describeWindow } from '../outages/window-text.ts';
import { restorationWords } from '../outages/restoration-text.ts';

/** What every feed generator needs to know besides the notices: the utility and the area tree. */
export interface FeedContext {
	/** The utility's name. */
	siteName: LocalizedText;
	/** The canonical origin, e.g. `https://power.example.org`. */
	baseUrl: string;
	/** The utility's IANA time zone: windows are put in words in it. */
	timeZone: string;
	/** Every area by id. */
	areas: Map<string, Area>;
}

/** Where a notice is in its life, as feeds announce it: cancelled, power back, moved, otherwise changed, or as first published. */
export type NoticeState = 'published' | 'amended' | 'rescheduled' | 'cancelled' | 'restored';

/**
 * The state a notice's headline is marked with. Cancellation wins; then a reported restoration (the outage is
 * over: that is the news); a notice whose window was ever moved stays "rescheduled" (people may remember the old
 * date); any other later revision is "amended".
 */
export function noticeState(notice: Notice): NoticeState {
	if (notice.lifecycle === 'cancelled') return 'cancelled';
	if (notice.restoredAt !== undefined) return 'restored';
	if (notice.history.some((h) => h.event === 'rescheduled')) return 'rescheduled';
	return notice.revision > 1 ? 'amended' : 'published';
}

const windowWords = new Map<string, string>();

/**
 * `describeWindow`, remembered: many notices share a window (a whole line's villages, the same morning), and
 * putting a window into words reads the zone's calendar several times, the costliest step of a feed build.
 */
function windowInWords(start: string, end: string, timeZone: string, locale: Locale): string {
	const key = `${timeZone} ${locale} ${start} ${end}`;
	let words = windowWords.get(key);
	// Stryker disable next-line ConditionalExpression: equivalent; the memo only saves work, the words are the same
	if (words === undefined) {
		words = describeWindow(start, end, timeZone, locale);
		// Stryker disable next-line CallExpression: equivalent; the memo only saves work
		windowWords.set(key, words);
	}
	return words;
}

/** The words about one notice in one language, shared by the calendar and Atom feeds. */
export interface NoticeWords {
	/** Short headline: kind and areas, marked with the state, e.g. `【已取消】停电（计划检修）：莲花村、桃源村`. */
	headline: string;
	/** The headline followed by the window in words: an Atom entry title. */
	title: string;
	/** The window in words (`describeWindow`). */
	window: string;
	/** The affected areas' names, joined. */
	areaNames: string;
	/** Labelled lines of detail, in reading order, for a calendar description or a feed entry. */
	details: Array<{ label: string; text: string }>;
	/** The notice page, absolute. */
	url: string;
}

/**
 * Puts a notice into words for feeds in `locale`. English falls back to the Chinese text wherever a text has no
 * English version. Depends only on the notice and the context, never on the build time, so feeds are the same
 * bytes on every build of the same content.
 */
export function noticeWords(notice: Notice, ctx: FeedContext, locale: Locale): NoticeWords {
	const t = useTranslations(locale).feeds;
	const { listSeparator } = useTranslations(locale).common;
	const areaNames = notice.areas
		.map((id) => {
			const area = ctx.areas.get(id);
			return area ? pickText(area.name, locale) : id;
		})
		.join(listSeparator);
	const state = noticeState(notice);
	const plain = t.headline(t.kind[notice.kind], areaNames);
	const headline = state === 'published' ? plain : t.marked(t.state[state], plain);
	const window = windowInWords(notice.start, notice.end, ctx.timeZone, locale);
	const url = absoluteUrl(localizePath(`/outages/${notice.id}/`, locale), ctx.baseUrl);
	const details: NoticeWords['details'] = [];
	if (notice.cancellation)
		details.push({ label: t.labels.cancelled, text: pickText(notice.cancellation.reason, locale) });
	details.push({ label: t.labels.window, text: window });
	const restored = restorationWords(notice, ctx.timeZone, locale);
	if (restored) details.push({ label: t.labels.restored, text: `${restored.at}${listSeparator}${restored.delta}` });
	for (const h of notice.history) {
		if (h.event === 'rescheduled') {
			// The schema gives every reschedule the window it left.
			const from = h.from as OutageWindow;
			const note = h.note ? `${listSeparator}${pickText(h.note, locale)}` : '';
			details.push({
				label: t.labels.rescheduled,
				text: `${t.movedFrom(windowInWords(from.start, from.end, ctx.timeZone, locale))}${note}`,
			});
		}
	}
	details.push(
		{ label: t.labels.areas, text: areaNames },
		{ label: t.labels.scope, text: pickText(notice.scope, locale) },
		{ label: t.labels.line, text: pickText(notice.line, locale) },
		...(notice.substation ? [{ label: t.labels.substation, text: notice.substation }] : []),
		...(notice.transformerDistricts
			? [{ label: t.labels.transformerDistricts, text: notice.transformerDistricts.join(listSeparator) }]
			: []),
		{ label: t.labels.reason, text: pickText(notice.reason, locale) },
		{ label: t.labels.unit, text: `${pickText(notice.unit.name, locale)} ${notice.unit.phone}` },
	);
	const lastAmendment = [...notice.history].reverse().find((h) => h.event === 'amended' && h.note);
	if (lastAmendment?.note) details.push({ label: t.labels.amended, text: pickText(lastAmendment.note, locale) });
	details.push({ label: t.labels.details, text: url });
	return { headline, title: t.withWindow(headline, window), window, areaNames, details, url };
}

/** The labelled detail lines as plain text, one per line. */
export function detailsText(words: NoticeWords, locale: Locale): string {
	const sep = useTranslations(locale).common.labelSeparator;
	return words.details.map((d) => `${d.label}${sep}${d.text}`).join('\n');
}
