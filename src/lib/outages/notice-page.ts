/**
 * What a notice page shows (/outages/<id>/), worked out from the notice and the build's shared data: the page and
 * NoticeDetail only arrange it. Every text that depends on the notice is here, already in the page's language and
 * the utility's time zone; fixed labels ("Scope", "Line") stay with the markup that places them.
 *
 * The model takes the notice's status, not the build's clock: the status is the only thing the page shows that
 * moves with time, and it is exactly what the page's incremental-build key holds (`noticePageKey`). A later
 * change that wanted the clock itself (an "as of" time, say) would have to change this signature, and with it the key.
 */
import { localizePath, pick, pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Unit } from '../../schemas/unit.ts';
import { cacheKey } from '../build/cache-key.ts';
import type { PageKeys } from '../build/page-keys.ts';
import { finalStatuses } from './status.ts';
import { feedUrls } from '../feeds/urls.ts';
import { leadTimeGivenHours, leadTimeShortfallHours } from './notice-lead-time.ts';
import { noticeCopyText } from '../notify/text.ts';
import { telHref } from '../text/phone.ts';
import type { SearchEntry } from '../search/entry.ts';
import { absoluteUrl } from '../seo.ts';
import { formatDate, formatDateTime } from '../time.ts';
import { historyNoteLabel, historyText } from './history-text.ts';
import { areaNames, joinAreaNames } from './notice-view.ts';
import { noticeJsonLd } from './notice-jsonld.ts';
import { actualEnd } from './restoration.ts';
import { restorationWords, type RestorationTiming } from './restoration-text.ts';
import type { OutageStatus } from './status.ts';
import { crossesMidnight, describeWindow } from './window-text.ts';
import { spokenNotice } from './spoken-notice.ts';
import type { SpokenPart } from '../text/spoken-words.ts';

/**
 * A text of the notice in the page's language. `lang` is set only where an English page falls back to the
 * Chinese text, so screen readers read that one span in Chinese.
 */
export interface ShownText {
	text: string;
	lang?: 'zh-CN';
}

/** An instant as the page shows it: the machine-readable value for `<time datetime>`, and the words. */
export interface ShownTime {
	iso: string;
	text: string;
}

/** One link: where it goes, and its words. */
export interface ShownLink {
	href: string;
	text: string;
}

/** Everything a notice page shows, as plain data. */
export interface NoticePageModel {
	/** The notice as published: for components that show a notice in their own standard way (the status badge). */
	notice: Notice;
	id: string;
	/** The page's locale-neutral path, `/outages/<id>/`. */
	path: string;
	/** The page heading and title: the areas' names (up to three) and the day. */
	title: string;
	/** For search results and link previews: cancelled or not, where, when, why; at most 300 characters. */
	description: string;
	/** The schema.org Event (src/lib/outages/notice-jsonld.ts). */
	jsonLd: Record<string, unknown>;
	/** How site search finds the notice: by its areas' names and aliases, 台区 and substation; filtered by district. */
	search: SearchEntry;
	/** The notice's own calendar file, linked from the page head. */
	feeds: Array<{ href: string; type: string; title: string }>;
	/** The utility's name, printed at the top of the paper notice. */
	utility: string;
	/** The status at the build's now. */
	status: OutageStatus;
	/** Whether that status can still change: the page then loads the live status script, which keeps it right. */
	live: boolean;
	/** The utility's time zone, for the live status script. */
	timeZone: string;
	/** 计划检修 / Planned maintenance, … */
	kind: string;
	/** For a cancelled notice: when it was cancelled, in a sentence, and why. */
	cancellation?: { heading: string; reason: ShownText };
	/** The window in words, e.g. `12月3日（周四）08:00–17:30`. */
	window: string;
	/** Whether the window runs past midnight (the page says so next to it). */
	overnight: boolean;
	/** When power came back, against the plan; absent until a restoration is reported. */
	restored?: ShownTime & { timing: RestorationTiming; delta: string };
	/** The short-notice warning where the notice was published later than its kind requires. */
	shortNotice?: string;
	/** The affected areas, each linked to its page; an id missing from the tree is shown as it is. */
	areas: Array<ShownLink & ShownText>;
	scope: ShownText;
	line: ShownText;
	reason: ShownText;
	/** 变电站, as the scheduling system names it (always Chinese). */
	substation?: string;
	/** 台区, as on the meter boxes (always Chinese). */
	transformerDistricts?: string[];
	/**
	 * The supply unit with the name and phone published with the notice; `href` is its page while the directory
	 * still lists it (a unit since closed keeps its name on old notices, without a dead link).
	 */
	unit: { id: string; name: ShownText; href?: string; phone: string; tel: string };
	/** The utility's hotline, printed on the paper notice. */
	hotline: string;
	published: ShownTime;
	/** The last change and its revision, where the notice changed after it was first published. */
	updated?: ShownTime & { revision: string };
	/** "Add to calendar", with the file name the download is saved under. */
	calendar: { href: string; download: string };
	/** The guidance on preparing for an outage, and the outage list. */
	prepareHref: string;
	outagesHref: string;
	/** The text the notification channels send, for people who forward it by hand (never depends on the clock). */
	copyText: string;
	/** The notice as the read-aloud button says it (src/lib/outages/spoken-notice.ts). */
	speech: SpokenPart[];
	/** Every published change, oldest first, in words. */
	history: Array<{
		event: Notice['history'][number]['event'];
		at: ShownTime;
		text: string;
		/** The note published with the change, and what it is (the reason, what changed). */
		note?: ShownText & { label: string };
	}>;
	/**
	 * What the printed QR code points at (the page's own absolute URL) and its accessible name. The SVG itself is
	 * drawn by the component (qrSvg is asynchronous and its output is markup, not data).
	 */
	qr: { url: string; label: string };
}

/** What the notice page model needs besides the notice. */
export interface NoticePageInput {
	site: SiteConfig;
	areas: ReadonlyMap<string, Area>;
	/** The supply unit directory by id: whether the notice's unit still has a page. */
	units: ReadonlyMap<string, Unit>;
	/** The notice's status at the build's now (`keys.status(notice)` or `outageStatus(notice, now)`). */
	status: OutageStatus;
	locale: Locale;
}

function shown(text: LocalizedText, locale: Locale): ShownText {
	const p = pick(text, locale);
	return p.fallback ? { text: p.text, lang: 'zh-CN' } : { text: p.text };
}

/** The notice page model of `notice` in `locale`. Pure: the same notice, data and status give the same model. */
export function noticePage(notice: Notice, input: NoticePageInput): NoticePageModel {
	const { site, areas, units, status, locale } = input;
	const t = useTranslations(locale);
	const tz = site.timeZone;
	const at = (iso: string): ShownTime => ({ iso, text: formatDateTime(iso, tz, locale) });

	const names = joinAreaNames(areaNames(notice, areas, locale), locale);
	// The day without its weekday, in both languages: the window just below gives the weekday, and on a phone the
	// shorter title leaves the time, place, reason and phone on the first screen.
	const day = formatDate(notice.start, tz, locale, 'day');
	// A cancelled notice's heading says so: "…停电" alone would announce a power cut that is off.
	const title =
		notice.lifecycle === 'cancelled' ? t.outages.noticeTitleCancelled(names, day) : t.outages.noticeTitle(names, day);
	const window = describeWindow(notice.start, notice.end, tz, locale);
	const cancelled = notice.lifecycle === 'cancelled' ? `${t.status.labels.cancelled}${t.common.sentenceEnd}` : '';
	// A description is plain text (search results, link previews): Chinese in it is labelled in words.
	const reason = pick(notice.reason, locale);
	const reasonWords = reason.fallback ? `${reason.text} ${t.common.inChinese}` : reason.text;
	const description = `${cancelled}${t.outages.noticeDescription(names, window, reasonWords)}`.slice(0, 300);

	// Site search: find the notice by any of its areas' names and aliases, filter it by district.
	const noticeAreas = notice.areas.map((id) => areas.get(id)).filter((a) => a !== undefined);
	// People read the 台区 name off their meter box: the notice is found by it, and by its substation.
	const keywords = [
		...new Set([
			...noticeAreas.flatMap((a) => [a.name.zh, ...a.aliases]),
			...(notice.transformerDistricts ?? []),
			...(notice.substation ? [notice.substation] : []),
		]),
	];
	const districts = [
		...new Set(
			// A district is in the tree with the areas inside it.
			noticeAreas.map((a) => pickText((areas.get(a.ancestors[0] ?? a.id) as Area).name, locale)),
		),
	];

	const path = `/outages/${notice.id}/`;
	const liveUrl = absoluteUrl(localizePath(path, locale), site.baseUrl);
	const restored = restorationWords(notice, tz, locale);
	const short = leadTimeShortfallHours(notice, site.leadTimeHours) > 0;
	const unitName = shown(notice.unit.name, locale);

	return {
		notice,
		id: notice.id,
		path,
		title,
		description,
		jsonLd: noticeJsonLd(notice, { site, areas, locale, name: title, description }),
		search: {
			type: 'outage',
			districts,
			keywords,
			summary: window,
			outage: {
				start: notice.start,
				end: actualEnd(notice),
				cancelled: notice.lifecycle === 'cancelled',
				timeZone: tz,
			},
		},
		feeds: [{ href: feedUrls.noticeIcs(notice.id, locale), type: 'text/calendar', title: t.outages.addToCalendar }],
		utility: pickText(site.name, locale),
		status,
		live: !finalStatuses.has(status),
		timeZone: tz,
		kind: t.outages.kind[notice.kind],
		...(notice.cancellation
			? {
					cancellation: {
						heading: t.outages.historyCancelled(formatDateTime(notice.cancellation.at, tz, locale)),
						reason: shown(notice.cancellation.reason, locale),
					},
				}
			: {}),
		window,
		overnight: crossesMidnight(notice.start, notice.end, tz),
		// There are restoration words exactly when a restoration time is reported.
		...(restored
			? {
					restored: {
						iso: notice.restoredAt as string,
						text: restored.at,
						timing: restored.timing,
						delta: restored.delta,
					},
				}
			: {}),
		...(short
			? { shortNotice: t.outages.shortNotice(leadTimeGivenHours(notice), site.leadTimeHours[notice.kind]) }
			: {}),
		areas: notice.areas.map((id) => {
			const area = areas.get(id);
			return { href: localizePath(`/areas/${id}/`, locale), ...(area ? shown(area.name, locale) : { text: id }) };
		}),
		scope: shown(notice.scope, locale),
		line: shown(notice.line, locale),
		reason: shown(notice.reason, locale),
		...(notice.substation ? { substation: notice.substation } : {}),
		...(notice.transformerDistricts ? { transformerDistricts: notice.transformerDistricts } : {}),
		unit: {
			id: notice.unit.id,
			name: unitName,
			...(units.has(notice.unit.id) ? { href: localizePath(`/units/${notice.unit.id}/`, locale) } : {}),
			phone: notice.unit.phone,
			tel: telHref(notice.unit.phone),
		},
		hotline: site.hotline,
		published: at(notice.publishedAt),
		...(notice.updatedAt !== notice.publishedAt
			? { updated: { ...at(notice.updatedAt), revision: t.outages.revision(notice.revision) } }
			: {}),
		calendar: { href: feedUrls.noticeIcs(notice.id, locale), download: `${notice.id}.ics` },
		prepareHref: localizePath('/guidance/outage-prepare/', locale),
		outagesHref: localizePath('/outages/', locale),
		copyText: noticeCopyText(notice, { site, areas, locale }),
		speech: spokenNotice(notice, { site, areas }, locale),
		history: notice.history.map((h) => ({
			event: h.event,
			at: at(h.at),
			text: historyText(h, tz, locale),
			...(h.note ? { note: { label: historyNoteLabel(h.event, locale), ...shown(h.note, locale) } } : {}),
		})),
		qr: { url: liveUrl, label: `${t.outages.printScan}${t.common.labelSeparator}${liveUrl}` },
	};
}

/**
 * The incremental-build key of a notice page. It holds exactly what `noticePage` is made from: the base (site
 * settings, area tree, unit directory, the zone's offset), the locale, the notice's content and its status. Not
 * the build time: the page shows no "as of" time, so it is rebuilt when the status changes, not every build.
 */
export function noticePageKey(
	notice: Notice,
	locale: Locale,
	keys: Pick<PageKeys, 'base' | 'notice' | 'status'>,
): string {
	return cacheKey(keys.base, locale, keys.notice(notice), keys.status(notice));
}
