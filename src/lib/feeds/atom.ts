/**
 * Atom (RFC 4287) feeds of outage notices. Written directly: an Atom document is a handful of elements, and
 * writing them here keeps the bytes fully determined by the content (no generator timestamps, fixed order).
 */
import { htmlLang, localizePath, pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Notice } from '../../schemas/notice.ts';
import { absoluteUrl } from '../seo.ts';
import { noticeState, noticeWords, type FeedContext, type NoticeWords } from './notice-words.ts';

/** How many entries a feed carries at most: the most recently updated (`selectForAtom`). The JSON API carries every notice. */
export const ATOM_ENTRY_LIMIT = 200;

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return; U+FFFE/F). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text escaped for XML character data and attribute values (double-quoted), with forbidden characters dropped. */
export function escapeXml(text: string): string {
	return text.replace(XML_INVALID, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

/**
 * An instant as an Atom (RFC 3339) date-time in UTC, e.g. `2026-12-03T00:00:00Z`. Content times may omit the
 * seconds, which RFC 3339 requires; UTC is exact and cheap to write (no time-zone lookup for 10,000s of entries),
 * and feed readers show it in the reader's own zone. The words of each entry give the window in the utility's zone.
 */
export function atomDate(instant: string): string {
	return new Date(instant).toISOString().replace(/\.000Z$/, 'Z');
}

/** The permanent id of a notice's entry: its page's URL in the feed's language, which is kept for ever. */
export function entryId(noticeId: string, ctx: FeedContext, locale: Locale): string {
	return absoluteUrl(localizePath(`/outages/${noticeId}/`, locale), ctx.baseUrl);
}

/** A notice's details as the small HTML fragment of an entry's content (escaped again when put in the feed). */
export function entryHtml(words: NoticeWords, locale: Locale): string {
	const sep = useTranslations(locale).common.labelSeparator;
	return words.details
		.map((d) => {
			const value =
				d.text === words.url ? `<a href="${escapeXml(d.text)}">${escapeXml(d.text)}</a>` : escapeXml(d.text);
			return `<p><strong>${escapeXml(d.label)}${escapeXml(sep)}</strong>${value}</p>`;
		})
		.join('');
}

/**
 * One `<entry>` for a notice, in `locale`. `updated` is the notice's own `updatedAt`, so an entry changes (and
 * feed readers show it again as updated) exactly when the notice is amended, moved or cancelled.
 */
export function atomEntry(
	notice: Notice,
	ctx: FeedContext,
	locale: Locale,
	words: NoticeWords = noticeWords(notice, ctx, locale),
): string {
	const t = useTranslations(locale).feeds;
	const state = noticeState(notice);
	const categories = [
		`<category term="${notice.kind}" label="${escapeXml(t.kind[notice.kind])}"/>`,
		state === 'published' ? '' : `<category term="${state}" label="${escapeXml(t.state[state])}"/>`,
		...notice.areas.map((id) => {
			const area = ctx.areas.get(id);
			const label = area ? pickText(area.name, locale) : id;
			return `<category term="${escapeXml(id)}" scheme="${escapeXml(absoluteUrl('/areas/', ctx.baseUrl))}" label="${escapeXml(label)}"/>`;
		}),
	].join('');
	const ics = absoluteUrl(localizePath(`/outages/${notice.id}.ics`, locale), ctx.baseUrl);
	return [
		'<entry>',
		`<id>${escapeXml(entryId(notice.id, ctx, locale))}</id>`,
		`<title type="text">${escapeXml(words.title)}</title>`,
		`<published>${atomDate(notice.publishedAt)}</published>`,
		`<updated>${atomDate(notice.updatedAt)}</updated>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(words.url)}"/>`,
		`<link rel="related" type="text/calendar" href="${escapeXml(ics)}"/>`,
		categories,
		`<summary type="text">${escapeXml(`${words.window}\n${t.labels.areas}${useTranslations(locale).common.labelSeparator}${words.areaNames}`)}</summary>`,
		`<content type="html">${escapeXml(entryHtml(words, locale))}</content>`,
		'</entry>',
	].join('\n');
}

/** What a feed is about. */
export interface FeedInfo {
	/** The feed's title. */
	title: string;
	/** The feed's own address, site path: also its permanent id. */
	selfPath: string;
	/** The page the feed belongs to, site path. */
	pagePath: string;
}

/**
 * A complete Atom document. `entries` are `atomEntry` strings for `notices` (same order); the feed's `updated` is
 * the latest entry's, or `emptyUpdated` (when the site's first notice was published: `FeedSet.emptyFeedUpdated`)
 * when the feed has no entries, so the document never depends on the build time.
 */
export function atomFeed(
	notices: readonly Pick<Notice, 'updatedAt'>[],
	entries: readonly string[],
	info: FeedInfo,
	ctx: FeedContext,
	locale: Locale,
	emptyUpdated: string,
): string {
	const t = useTranslations(locale).feeds;
	const latest = notices.reduce<string | undefined>(
		(acc, n) => (acc === undefined || Date.parse(n.updatedAt) > Date.parse(acc) ? n.updatedAt : acc),
		undefined,
	);
	const self = absoluteUrl(info.selfPath, ctx.baseUrl);
	const siteName = pickText(ctx.siteName, locale);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang(locale)}">`,
		`<id>${escapeXml(self)}</id>`,
		`<title type="text">${escapeXml(info.title)}</title>`,
		`<subtitle type="text">${escapeXml(t.feedDescription)}</subtitle>`,
		`<updated>${atomDate(latest ?? emptyUpdated)}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(info.pagePath, ctx.baseUrl))}"/>`,
		`<author><name>${escapeXml(siteName)}</name><uri>${escapeXml(absoluteUrl(localizePath('/', locale), ctx.baseUrl))}</uri></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
