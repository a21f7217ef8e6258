/**
 * The JSON API document, module by module: each notice as published with its additions, the latest update and the
 * first publication compared as instants, the document's order and links. Inputs are built in each test.
 */
import { describe, expect, it } from 'vitest';
import { apiNotice, firstPublished, latestUpdate, outagesApiDocument } from '../../../src/lib/feeds/api.ts';
import { feedUrls } from '../../../src/lib/feeds/urls.ts';
import { OUTAGES_API_VERSION } from '../../../src/schemas/outages-api.ts';
import { BASE, feedNotice, smallCtx } from './small-site.ts';

describe('apiNotice', () => {
	it('is the notice unchanged and in order, then its areas, actual end, unit and links', () => {
		const n = feedNotice({ areas: ['oak', 'lin'] });
		const api = apiNotice(n, smallCtx());
		expect(Object.keys(api)).toEqual([...Object.keys(n), 'areaDetails', 'actualEnd', 'unitLinks', 'links']);
		expect(api).toEqual({
			...n,
			areaDetails: [
				{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak Village' }, ancestors: ['north', 'lin'] },
				{ id: 'lin', kind: 'town', name: { zh: '林镇', en: 'Lin Town' }, ancestors: ['north'] },
			],
			actualEnd: '2026-12-03T17:30:00+08:00',
			unitLinks: { zh: `${BASE}/units/lin/`, en: `${BASE}/en/units/lin/` },
			links: {
				html: { zh: `${BASE}/outages/n1/`, en: `${BASE}/en/outages/n1/` },
				ics: { zh: `${BASE}/outages/n1.ics`, en: `${BASE}/en/outages/n1.ics` },
			},
		});
	});

	it('its actual end is the restoration once reported', () => {
		expect(apiNotice(feedNotice({ restoredAt: '2026-12-03T16:00:00+08:00' }), smallCtx()).actualEnd).toBe(
			'2026-12-03T16:00:00+08:00',
		);
	});

	it('refuses a notice naming an area not in the tree, saying which', () => {
		expect(() => apiNotice(feedNotice({ areas: ['oak', 'gone'] }), smallCtx())).toThrow(
			'notice n1: unknown area id "gone"',
		);
	});
});

describe('latestUpdate and firstPublished', () => {
	const at = (updatedAt: string, publishedAt = updatedAt) => feedNotice({ updatedAt, publishedAt });
	it.each([
		[[], undefined, undefined],
		[['2026-11-21T09:00:00+08:00'], '2026-11-21T09:00:00+08:00', '2026-11-21T09:00:00+08:00'],
		[
			['2026-11-22T09:00:00+08:00', '2026-11-25T09:00:00+08:00', '2026-11-21T09:00:00+08:00'],
			'2026-11-25T09:00:00+08:00',
			'2026-11-21T09:00:00+08:00',
		],
		// As instants: 02:00 UTC is 10:00 in Shanghai, later than 09:00 there; 00:30 UTC earlier than 09:00 there.
		[['2026-11-25T09:00:00+08:00', '2026-11-25T02:00:00Z'], '2026-11-25T02:00:00Z', '2026-11-25T09:00:00+08:00'],
		[['2026-11-25T09:00:00+08:00', '2026-11-25T00:30:00Z'], '2026-11-25T09:00:00+08:00', '2026-11-25T00:30:00Z'],
	])('of %j: latest %s, first %s, as written', (times, latest, first) => {
		const notices = times.map((t) => at(t));
		expect(latestUpdate(notices)).toBe(latest);
		expect(firstPublished(notices)).toBe(first);
	});

	it('the first of equal times is kept', () => {
		const same = [at('2026-11-25T09:00:00+08:00'), at('2026-11-25T01:00:00Z')];
		expect(latestUpdate(same)).toBe('2026-11-25T09:00:00+08:00');
		expect(firstPublished(same)).toBe('2026-11-25T09:00:00+08:00');
	});
});

describe('outagesApiDocument', () => {
	const ctx = () => ({ ...smallCtx(), hotline: '95598' });
	const generated = new Date('2026-12-01T02:00:00Z');

	it('says when it was made and last changed in the utility zone, who publishes it, where it and the feeds are', () => {
		const doc = outagesApiDocument(
			[feedNotice({ updatedAt: '2026-11-22T01:00:00Z' }), feedNotice({ id: 'n0' })],
			ctx(),
			generated,
		);
		expect({ ...doc, notices: doc.notices.map((n) => n.id) }).toEqual({
			version: OUTAGES_API_VERSION,
			generated: '2026-12-01T10:00:00+08:00',
			updated: '2026-11-22T09:00:00+08:00',
			timeZone: 'Asia/Shanghai',
			publisher: { name: { zh: '青山供电', en: 'Qingshan Power' }, url: BASE, hotline: '95598' },
			links: {
				self: `${BASE}/api/outages.json`,
				schema: `${BASE}/api/outages.schema.json`,
				html: { zh: `${BASE}/outages/`, en: `${BASE}/en/outages/` },
				ics: { zh: `${BASE}/outages.ics`, en: `${BASE}/en/outages.ics` },
				atom: { zh: `${BASE}/outages.xml`, en: `${BASE}/en/outages.xml` },
			},
			notices: ['n0', 'n1'],
		});
		expect(feedUrls.json).toBe('/api/outages.json');
	});

	it('lists the notices by id, by code unit, each with its additions', () => {
		const ids = ['qs-b', 'qs-10', 'qs-a', 'qs-9'];
		const doc = outagesApiDocument(
			ids.map((id) => feedNotice({ id })),
			ctx(),
			generated,
		);
		expect(doc.notices.map((n) => n.id)).toEqual(['qs-10', 'qs-9', 'qs-a', 'qs-b']);
		expect(doc.notices[0].links.html.zh).toBe(`${BASE}/outages/qs-10/`);
	});

	it('without notices: no `updated`, and no notices', () => {
		const doc = outagesApiDocument([], ctx(), generated);
		expect('updated' in doc).toBe(false);
		expect(doc.notices).toEqual([]);
	});

	it('names the publisher by the origin of a base URL with a path', () => {
		const doc = outagesApiDocument([], { ...ctx(), baseUrl: 'https://gov.example.cn/power/' }, generated);
		expect(doc.publisher.url).toBe('https://gov.example.cn');
		expect(doc.links.self).toBe('https://gov.example.cn/api/outages.json');
	});
});
