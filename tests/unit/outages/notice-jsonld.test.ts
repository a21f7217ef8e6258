/** A notice as a schema.org Event, whole: status, moves, places with their addresses, image, organizer, language. */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { eventStatus, noticeJsonLd } from '../../../src/lib/outages/notice-jsonld.ts';
import type { HistoryEntry, Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { validNotice } from '../helpers.ts';

const site = () =>
	siteSchema.parse({
		name: { zh: '青山供电', en: 'Qingshan Power' },
		hotline: '95598',
		baseUrl: 'https://power.example.org',
	});
const areas = () =>
	flattenAreaTree([
		{
			id: 'north',
			kind: 'district',
			name: { zh: '北区', en: 'North' },
			children: [
				{
					id: 'lin',
					kind: 'town',
					name: { zh: '林镇', en: 'Lin' },
					children: [{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak' } }],
				},
			],
		},
	]).areas;
const move = (revision: number, start: string): HistoryEntry => ({
	revision,
	at: '2026-11-25T09:00:00+08:00',
	event: 'rescheduled',
	from: { start, end: start.replace('T08', 'T12') },
	to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T12:00:00+08:00' },
});
const published: HistoryEntry = { revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' };
const notice = (more: Partial<Notice> = {}) =>
	validNotice({
		id: 'n1',
		areas: ['oak'],
		start: '2026-12-03T08:00:00+08:00',
		end: '2026-12-03T12:00:00+08:00',
		...more,
	});
const ld = (n: Notice, locale: 'zh-cn' | 'en' = 'zh-cn') =>
	noticeJsonLd(n, { site: site(), areas: areas(), locale, name: 'N', description: 'D' });

describe('eventStatus', () => {
	it.each([
		['published', [published], 'published', 'https://schema.org/EventScheduled'],
		['moved', [published, move(2, '2026-12-01T08:00:00+08:00')], 'published', 'https://schema.org/EventRescheduled'],
		['cancelled', [published], 'cancelled', 'https://schema.org/EventCancelled'],
		[
			'moved, then cancelled',
			[published, move(2, '2026-12-01T08:00:00+08:00')],
			'cancelled',
			'https://schema.org/EventCancelled',
		],
	] as const)('%s', (_what, history, lifecycle, status) => {
		expect(eventStatus({ history: [...history], lifecycle })).toBe(status);
	});
});

describe('noticeJsonLd', () => {
	it('one area: the whole Event, in Chinese', () => {
		expect(ld(notice())).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'N',
			description: 'D',
			url: 'https://power.example.org/outages/n1/',
			startDate: '2026-12-03T08:00:00+08:00',
			endDate: '2026-12-03T12:00:00+08:00',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			location: {
				'@type': 'Place',
				name: '橡树村',
				address: {
					'@type': 'PostalAddress',
					addressLocality: '北区 林镇 橡树村',
					addressRegion: '北区',
					addressCountry: 'CN',
				},
				url: 'https://power.example.org/areas/oak/',
			},
			image: ['https://power.example.org/og/outages.png'],
			organizer: {
				'@type': 'Organization',
				name: '青山供电',
				url: 'https://power.example.org/',
				logo: { '@type': 'ImageObject', url: 'https://power.example.org/logo.png' },
				telephone: '95598',
			},
			inLanguage: 'zh-CN',
		});
	});

	it('in English: English names, English pages, English language', () => {
		const e = ld(notice({ areas: ['oak', 'gone'] }), 'en');
		expect(e.url).toBe('https://power.example.org/en/outages/n1/');
		expect(e.inLanguage).toBe('en');
		expect(e.location).toEqual([
			{
				'@type': 'Place',
				name: 'Oak',
				address: {
					'@type': 'PostalAddress',
					addressLocality: 'North Lin Oak',
					addressRegion: 'North',
					addressCountry: 'CN',
				},
				url: 'https://power.example.org/en/areas/oak/',
			},
			// An id not in the tree: itself, with no region.
			{
				'@type': 'Place',
				name: 'gone',
				address: { '@type': 'PostalAddress', addressLocality: 'gone', addressCountry: 'CN' },
				url: 'https://power.example.org/en/areas/gone/',
			},
		]);
	});

	it('an area whose enclosing area is missing from the tree: the chain it has', () => {
		const map = areas();
		map.delete('lin');
		const e = noticeJsonLd(notice(), { site: site(), areas: map, locale: 'zh-cn', name: 'N', description: 'D' });
		expect((e.location as { address: unknown }).address).toEqual({
			'@type': 'PostalAddress',
			addressLocality: '北区 橡树村',
			addressRegion: '北区',
			addressCountry: 'CN',
		});
	});

	it('moved: rescheduled, with the start before the last move', () => {
		const e = ld(
			notice({
				revision: 3,
				history: [published, move(2, '2026-12-01T08:00:00+08:00'), move(3, '2026-12-02T08:00:00+08:00')],
			}),
		);
		expect([e.eventStatus, e.previousStartDate]).toEqual([
			'https://schema.org/EventRescheduled',
			'2026-12-02T08:00:00+08:00',
		]);
		expect('previousStartDate' in ld(notice())).toBe(false);
	});

	it('power back: the event ends when it came back', () => {
		expect(ld(notice({ restoredAt: '2026-12-03T11:00:00+08:00' })).endDate).toBe('2026-12-03T11:00:00+08:00');
	});
});
