import type { Area } from '../../schemas/area.ts';
import { actualEnd } from './restoration.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { localizePath, pickText, type Locale } from '../../i18n/index.ts';
import { absoluteUrl, organizationJsonLd, sitePublisher } from '../seo.ts';
import { shareCardFor } from '../share-cards.ts';
import { wasRescheduled } from './notice-view.ts';

/** The schema.org eventStatus of a notice: cancelled, rescheduled (moved at least once), or scheduled. */
export function eventStatus(notice: Pick<Notice, 'lifecycle' | 'history'>): string {
	if (notice.lifecycle === 'cancelled') return 'https://schema.org/EventCancelled';
	if (wasRescheduled(notice)) return 'https://schema.org/EventRescheduled';
	return 'https://schema.org/EventScheduled';
}

/**
 * A notice as a schema.org Event for search engines, complete for Google's Event guidance: its window, status (with
 * the previous start when it was moved), the affected areas as places with a postal address (locality: the area's
 * full chain of names, region: its district), an image (the outages share card), and the utility as organizer
 * with its home page, logo and hotline.
 */
export function noticeJsonLd(
	notice: Notice,
	opts: { site: SiteConfig; areas: ReadonlyMap<string, Area>; locale: Locale; name: string; description: string },
): Record<string, unknown> {
	const { site, areas, locale } = opts;
	const url = absoluteUrl(localizePath(`/outages/${notice.id}/`, locale), site.baseUrl);
	const places = notice.areas.map((id) => {
		const area = areas.get(id);
		const chain = area ? [...area.ancestors.map((a) => areas.get(a)), area].filter((a): a is Area => !!a) : [];
		return {
			'@type': 'Place',
			name: area ? pickText(area.name, locale) : id,
			address: {
				'@type': 'PostalAddress',
				addressLocality: chain.map((a) => pickText(a.name, locale)).join(' ') || id,
				...(chain.length ? { addressRegion: pickText(chain[0].name, locale) } : {}),
				addressCountry: 'CN',
			},
			url: absoluteUrl(localizePath(`/areas/${id}/`, locale), site.baseUrl),
		};
	});
	const lastMove = notice.history.findLast((h) => h.event === 'rescheduled');
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: opts.name,
		description: opts.description,
		url,
		startDate: notice.start,
		endDate: actualEnd(notice),
		eventStatus: eventStatus(notice),
		...(lastMove?.from ? { previousStartDate: lastMove.from.start } : {}),
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location: places.length === 1 ? places[0] : places,
		image: [absoluteUrl(shareCardFor('/outages/').file, site.baseUrl)],
		organizer: organizationJsonLd(sitePublisher(site, locale)),
		inLanguage: locale === 'zh-cn' ? 'zh-CN' : 'en',
	};
}
