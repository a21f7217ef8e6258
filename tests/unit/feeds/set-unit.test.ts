/**
 * The feed set: which notices each feed carries (the latest-starting for calendars, the latest-updated for Atom,
 * ties by id), each feed's name, page and address, an area's roll-up, and the fixed `updated` of an empty feed.
 * Inputs are built in each test (small-site.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	createFeedSet,
	feedContext,
	feedSetFor,
	ICS_EVENT_LIMIT,
	selectForAtom,
	selectForCalendar,
} from '../../../src/lib/feeds/feed-set.ts';
import { subscribeLinks, siteFeedLinks, mergeFeedLinks } from '../../../src/lib/feeds/feed-links.ts';
import { feedUrls } from '../../../src/lib/feeds/urls.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { BASE, feedNotice, smallCtx } from './small-site.ts';

const on = (id: string, day: string, updated = `2026-11-${day}T09:00:00+08:00`, areas = ['oak']): Notice =>
	feedNotice({
		id,
		areas,
		start: `2026-12-${day}T08:00:00+08:00`,
		end: `2026-12-${day}T12:00:00+08:00`,
		publishedAt: '2026-11-01T09:00:00+08:00',
		updatedAt: updated,
	});
const ids = (list: readonly Notice[]) => list.map((n) => n.id);

describe('selecting notices', () => {
	const notices = () => [on('c', '05'), on('a', '03'), on('b', '04'), on('d', '04')];

	it('a calendar: the latest-starting, in time order, ties by id', () => {
		expect(ids(selectForCalendar(notices()))).toEqual(['a', 'b', 'd', 'c']);
		expect(ids(selectForCalendar(notices(), 2))).toEqual(['d', 'c']);
		expect(ids(selectForCalendar(notices(), 3))).toEqual(['b', 'd', 'c']);
		expect(ICS_EVENT_LIMIT).toBe(1000);
	});

	it('an Atom feed: the latest-updated first, ties by id', () => {
		const list = [
			on('a', '03', '2026-11-20T09:00:00+08:00'),
			on('z', '04', '2026-11-25T09:00:00+08:00'),
			on('y', '05', '2026-11-25T09:00:00+08:00'),
			on('m', '06', '2026-11-22T09:00:00+08:00'),
		];
		expect(ids(selectForAtom(list))).toEqual(['y', 'z', 'm', 'a']);
		expect(ids(selectForAtom(list, 1))).toEqual(['y']);
		expect(ids(selectForAtom(list, 3))).toEqual(['y', 'z', 'm']);
		expect(ids(selectForAtom([...list].reverse()))).toEqual(['y', 'z', 'm', 'a']);
	});

	it('leaves the list given as it was', () => {
		const list = notices();
		selectForCalendar(list);
		selectForAtom(list);
		expect(ids(list)).toEqual(['c', 'a', 'b', 'd']);
	});
});

describe('createFeedSet', () => {
	const set = (
		notices: Notice[] = [on('a', '03'), on('b', '04', undefined, ['elm']), on('t', '05', undefined, ['lin'])],
	) => createFeedSet(notices, smallCtx());

	it('an area’s notices: its own and those of the areas inside it, in start order; none for an unknown area', () => {
		const s = set();
		expect(ids(s.areaNotices('oak'))).toEqual(['a']);
		expect(ids(s.areaNotices('lin'))).toEqual(['a', 'b', 't']);
		expect(ids(s.areaNotices('north'))).toEqual(['a', 'b', 't']);
		expect(s.areaNotices('nowhere')).toEqual([]);
	});

	it.each([
		[
			'allIcs',
			'zh-cn',
			'X-WR-CALNAME:青山供电停电通知',
			`URL:${BASE}/outages/`,
			`SOURCE;VALUE=URI:${BASE}/outages.ics`,
			3,
		],
		[
			'allIcs',
			'en',
			'X-WR-CALNAME:Qingshan Power: power cuts',
			`URL:${BASE}/en/outages/`,
			`SOURCE;VALUE=URI:${BASE}/en/outages.ics`,
			3,
		],
		[
			'areaIcs',
			'zh-cn',
			'X-WR-CALNAME:青山供电停电通知：林镇',
			`URL:${BASE}/areas/lin/`,
			`SOURCE;VALUE=URI:${BASE}/areas/lin.ics`,
			3,
		],
		[
			'areaIcs',
			'en',
			'X-WR-CALNAME:Qingshan Power: power cuts in Lin Town',
			`URL:${BASE}/en/areas/lin/`,
			`SOURCE;VALUE=URI:${BASE}/en/areas/lin.ics`,
			3,
		],
	] as const)('%s (%s): named, linked and carrying its notices', (feed, locale, name, url, source, events) => {
		const text = feed === 'allIcs' ? set().allIcs(locale) : set().areaIcs('lin', locale);
		const lines = text.split('\r\n');
		expect(lines).toContain(name);
		expect(lines).toContain(url);
		expect(lines).toContain(source);
		expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(events);
	});

	it('an area’s feeds carry only the area’s notices, whichever area was asked for before', () => {
		const s = set();
		const uids = (text: string) => text.match(/UID:[^\r]+/g);
		expect(uids(s.areaIcs('oak', 'zh-cn'))).toEqual(['UID:a@power.example.org']);
		expect(uids(s.areaIcs('elm', 'zh-cn'))).toEqual(['UID:b@power.example.org']);
		expect(uids(s.allIcs('zh-cn'))).toHaveLength(3);
		expect(s.areaAtom('oak', 'en').match(/<entry>/g)).toHaveLength(1);
		expect(s.areaAtom('lin', 'en').match(/<entry>/g)).toHaveLength(3);
		expect(s.allAtom('en').match(/<entry>/g)).toHaveLength(3);
	});

	it('a notice’s own calendar: one event, no subscription name; an unknown notice is an error', () => {
		const text = set().noticeIcs('b', 'en');
		expect(text.match(/UID:[^\r]+/g)).toEqual(['UID:b@power.example.org']);
		for (const property of ['X-WR-CALNAME', 'NAME:', 'SOURCE', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL', 'URL:'])
			expect(text).not.toContain(`\r\n${property}`);
		expect(text).toContain('PRODID:-//Qingshan Power//Outage notices//EN');
		expect(() => set().noticeIcs('zz', 'en')).toThrow('unknown notice id "zz"');
	});

	it.each([
		['allAtom', 'zh-cn', '青山供电停电通知', `${BASE}/outages.xml`, `${BASE}/outages/`],
		['allAtom', 'en', 'Qingshan Power: power cuts', `${BASE}/en/outages.xml`, `${BASE}/en/outages/`],
		['areaAtom', 'zh-cn', '青山供电停电通知：林镇', `${BASE}/areas/lin.xml`, `${BASE}/areas/lin/`],
		['areaAtom', 'en', 'Qingshan Power: power cuts in Lin Town', `${BASE}/en/areas/lin.xml`, `${BASE}/en/areas/lin/`],
	] as const)('%s (%s): titled, at its address, linked to its page', (feed, locale, title, self, page) => {
		const xml = feed === 'allAtom' ? set().allAtom(locale) : set().areaAtom('lin', locale);
		expect(xml).toContain(`<title type="text">${title}</title>`);
		expect(xml).toContain(`<id>${self}</id>`);
		expect(xml).toContain(`<link rel="alternate" type="text/html" href="${page}"/>`);
		expect(xml.match(/<entry>/g)).toHaveLength(3);
	});

	it('an area without notices: an empty feed, updated when the site’s first notice was published', () => {
		const s = set([on('a', '03'), feedNotice({ id: 'old', publishedAt: '2026-10-01T09:00:00+08:00' })]);
		expect(s.emptyFeedUpdated).toBe('2026-10-01T09:00:00+08:00');
		const xml = s.areaAtom('elm', 'zh-cn');
		expect(xml).not.toContain('<entry>');
		expect(xml).toContain('<updated>2026-10-01T01:00:00Z</updated>');
		expect(createFeedSet([], smallCtx()).emptyFeedUpdated).toBe('1970-01-01T00:00:00Z');
	});

	it('an unknown area’s feed is an error', () => {
		expect(() => set().areaAtom('nowhere', 'zh-cn')).toThrow('unknown area id "nowhere"');
		expect(() => set().areaIcs('nowhere', 'en')).toThrow('unknown area id "nowhere"');
	});

	it('the same feed asked twice, in either language, is the same bytes', () => {
		const s = set();
		expect(s.allAtom('zh-cn')).toBe(s.allAtom('zh-cn'));
		expect(s.areaIcs('lin', 'en')).toBe(s.areaIcs('lin', 'en'));
		expect(s.allIcs('zh-cn')).not.toBe(s.allIcs('en'));
	});

	it('the JSON API document and its schema', () => {
		const s = set();
		const doc = JSON.parse(s.apiJson(new Date('2026-12-01T02:00:00Z'), '95598'));
		expect([doc.generated, doc.publisher.hotline, doc.notices.map((n: { id: string }) => n.id)]).toEqual([
			'2026-12-01T10:00:00+08:00',
			'95598',
			['a', 'b', 't'],
		]);
		const schema = s.apiSchemaJson();
		expect(JSON.parse(schema).$id).toBe(`${BASE}/api/outages.schema.json`);
		expect(schema.endsWith('}\n')).toBe(true);
		expect(schema).toContain('\n\t"');
	});
});

describe('feedContext and feedSetFor', () => {
	const site = { name: { zh: '青山供电' }, baseUrl: BASE, timeZone: 'Asia/Shanghai' };

	it('the context is the site’s name, address and zone with the areas', () => {
		const { areas } = smallCtx();
		expect(feedContext(site, areas)).toEqual({
			siteName: { zh: '青山供电' },
			baseUrl: BASE,
			timeZone: 'Asia/Shanghai',
			areas,
		});
	});

	it('one set per build: the same notices and areas give the same set; others a new one', () => {
		const { areas } = smallCtx();
		const notices = [on('a', '03')];
		const first = feedSetFor(notices, areas, site);
		expect(feedSetFor(notices, areas, site)).toBe(first);
		const otherAreas = feedSetFor(notices, new Map(areas), site);
		expect(otherAreas).not.toBe(first);
		const otherNotices = feedSetFor([...notices], areas, site);
		expect(otherNotices).not.toBe(otherAreas);
		expect(feedSetFor([...notices], areas, site)).not.toBe(otherNotices);
		expect(
			feedSetFor(notices, areas, site)
				.areaNotices('oak')
				.map((n) => n.id),
		).toEqual(['a']);
	});
});

describe('feed links', () => {
	it.each([
		['zh-cn', '/outages.xml', '/outages.ics'],
		['en', '/en/outages.xml', '/en/outages.ics'],
	] as const)('every page links the whole site’s feeds (%s)', (locale, atom, ics) => {
		const links = siteFeedLinks(locale);
		expect(links.map((l) => [l.href, l.type])).toEqual([
			[atom, 'application/atom+xml'],
			[ics, 'text/calendar'],
		]);
		expect(links.every((l) => l.title.length > 0)).toBe(true);
	});

	it('a page’s own feeds first, then the site’s it does not already list', () => {
		const site = siteFeedLinks('zh-cn');
		const own = [{ href: '/areas/oak.xml', type: 'application/atom+xml', title: '橡树村' }, site[1]];
		expect(mergeFeedLinks(own, site).map((l) => l.href)).toEqual(['/areas/oak.xml', '/outages.ics', '/outages.xml']);
		expect(mergeFeedLinks([], site)).toEqual(site);
	});

	it.each([
		['https://power.example.org', 'webcal://power.example.org/outages.ics'],
		['http://localhost:4321', 'webcal://localhost:4321/outages.ics'],
	])('the subscribe page: site paths, full addresses, and calendars as webcal:// too (%s)', (base, webcal) => {
		const links = subscribeLinks('zh-cn', base);
		expect(links.calendars).toEqual([
			{ label: expect.any(String), href: '/outages.ics', url: `${base}/outages.ics`, webcal },
		]);
		expect(links.feeds.map(({ href, url, webcal: w }) => [href, url, w])).toEqual([
			['/outages.xml', `${base}/outages.xml`, undefined],
		]);
		expect(links.data.map(({ href, url }) => [href, url])).toEqual([
			['/api/outages.json', `${base}/api/outages.json`],
			['/api/outages.schema.json', `${base}/api/outages.schema.json`],
		]);
		expect(links.areasPage).toBe('/areas/');
		expect(subscribeLinks('en', base).areasPage).toBe('/en/areas/');
		expect(subscribeLinks('en', base).calendars[0].href).toBe('/en/outages.ics');
	});
});

describe('feedUrls', () => {
	it.each([
		['zh-cn', ['/outages.ics', '/outages.xml', '/areas/oak.ics', '/areas/oak.xml', '/outages/n1.ics']],
		['en', ['/en/outages.ics', '/en/outages.xml', '/en/areas/oak.ics', '/en/areas/oak.xml', '/en/outages/n1.ics']],
	] as const)('the addresses third parties rely on (%s)', (locale, urls) => {
		expect([
			feedUrls.allIcs(locale),
			feedUrls.allAtom(locale),
			feedUrls.areaIcs('oak', locale),
			feedUrls.areaAtom('oak', locale),
			feedUrls.noticeIcs('n1', locale),
		]).toEqual(urls);
		expect([feedUrls.json, feedUrls.jsonSchema]).toEqual(['/api/outages.json', '/api/outages.schema.json']);
	});
});
