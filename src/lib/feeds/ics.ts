/**
 * iCalendar (RFC 5545) for outage notices, through ical-generator (maintained, folds lines at 75 octets without
 * splitting a UTF-8 character, escapes TEXT values).
 *
 * Determinism: ical-generator stamps DTSTAMP with the current time and gives events random UIDs unless told
 * otherwise, and formats times in the HOST's zone when a calendar time zone is set. So every event here gets its
 * UID and DTSTAMP explicitly, and no calendar time zone is set: all times are written in UTC ("Z"), which names
 * the instant exactly whatever the zone of the build machine or of the reader, DST included. Calendar apps show
 * them in the device's zone, which for residents is the utility's zone.
 */
import ical, { ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import { pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { absoluteUrl } from '../seo.ts';
import { detailsText, noticeWords, type FeedContext, type NoticeWords } from './notice-words.ts';
import { actualEnd } from '../outages/restoration.ts';

/** How often calendar apps are asked to fetch a subscription again (REFRESH-INTERVAL, X-PUBLISHED-TTL): 3 hours. */
export const ICS_REFRESH_SECONDS = 3 * 3600;

/** The UID of a notice's event: the same in every feed and language, for ever, so calendars update it in place. */
export function eventUid(noticeId: string, baseUrl: string): string {
	return `${noticeId}@${new URL(baseUrl).host}`;
}

/**
 * SEQUENCE for a notice: revision − 1. RFC 5545 starts SEQUENCE at 0 when an event is created and raises it with
 * every revision; a notice's first publication is revision 1, so revision − 1 counts the published changes.
 */
export function eventSequence(notice: Pick<Notice, 'revision'>): number {
	return notice.revision - 1;
}

/** The ical-generator data of one notice's VEVENT, in `locale`, from its words. */
export function eventData(
	notice: Notice,
	ctx: FeedContext,
	locale: Locale,
	words: NoticeWords = noticeWords(notice, ctx, locale),
): ICalEventData {
	return {
		id: eventUid(notice.id, ctx.baseUrl),
		sequence: eventSequence(notice),
		// When the information last changed, not when the file was built: the same bytes on every build.
		stamp: new Date(notice.updatedAt),
		created: new Date(notice.publishedAt),
		lastModified: new Date(notice.updatedAt),
		start: new Date(notice.start),
		// Once power is reported back, the event ends when it actually did (the planned end is in the description).
		end: new Date(actualEnd(notice)),
		summary: words.headline,
		description: detailsText(words, locale),
		location: words.areaNames,
		url: words.url,
		status: notice.lifecycle === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		// A power cut is not an appointment: it should not make the reader look busy.
		transparency: ICalEventTransparency.TRANSPARENT,
	};
}

/** What a calendar file is about: its name and the page and address it belongs to. */
export interface CalendarInfo {
	/** The calendar's name (X-WR-CALNAME, NAME). */
	name: string;
	/** The page the calendar belongs to, site path. */
	pagePath: string;
	/** The calendar file's own address, site path (SOURCE). */
	selfPath: string;
	/**
	 * A subscription (default) names itself and says how often to fetch it again. A one-event file for "add to
	 * calendar" does not: calendar apps would offer to create a new calendar with that name instead of adding the
	 * event to the reader's own.
	 */
	single?: boolean;
}

/**
 * One event as the folded VEVENT block of the published bytes (from BEGIN:VEVENT to END:VEVENT, CRLF line ends).
 * Folding is line by line, so blocks made once per notice can be put together into any number of calendars:
 * a district's calendar costs a string join, not a new rendering of a thousand events.
 */
export function eventBlock(event: ICalEventData): string {
	const text = ical({ events: [event] }).toString();
	const from = text.indexOf('BEGIN:VEVENT\r\n');
	const to = text.lastIndexOf('END:VEVENT\r\n');
	// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: a guard against a change in ical-generator's output, which no input reaches
	if (from < 0 || to < from) throw new Error('ical-generator output without a VEVENT');
	return text.slice(from, to + 'END:VEVENT\r\n'.length);
}

/**
 * A complete VCALENDAR of `blocks` (made by `eventBlock`, typically memoised per notice and language), as the
 * bytes to publish: CRLF line ends, folded at 75 octets, ending with CRLF.
 */
export function calendarText(blocks: readonly string[], info: CalendarInfo, ctx: FeedContext, locale: Locale): string {
	const t = useTranslations(locale).feeds;
	const prodId = {
		company: pickText(ctx.siteName, 'en'),
		product: 'Outage notices',
		// Stryker disable next-line StringLiteral: equivalent for 'EN'; ical-generator writes EN when no language is given
		language: locale === 'en' ? 'EN' : 'ZH',
	};
	const head = ical(
		info.single
			? { prodId }
			: {
					prodId,
					name: info.name,
					description: t.calendarDescription,
					url: absoluteUrl(info.pagePath, ctx.baseUrl),
					source: absoluteUrl(info.selfPath, ctx.baseUrl),
					ttl: ICS_REFRESH_SECONDS,
				},
	).toString();
	const end = 'END:VCALENDAR';
	// Stryker disable next-line ConditionalExpression,StringLiteral: a guard against a change in ical-generator's output, which no input reaches
	if (!head.endsWith(end)) throw new Error('unexpected ical-generator output');
	// ical-generator ends the last line without CRLF; RFC 5545 ends every content line with one.
	return `${head.slice(0, -end.length)}${blocks.join('')}${end}\r\n`;
}
