import { parseFeed } from '@rowanmanning/feed-parser';
// XMLValidator is deprecated in favour of a separate package (not installed); it still checks well-formedness,
// and the browser tests parse the served feeds with Chromium's strict XML parser too.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { ATOM_ENTRY_LIMIT, atomDate, atomEntry, atomFeed, escapeXml } from '../../../src/lib/feeds/atom.ts';
import { createFeedSet, selectForAtom } from '../../../src/lib/feeds/feed-set.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { byId, feedFixture, trickyNotice } from './feed-fixtures.ts';

const { ctx, notices } = feedFixture();
const feeds = createFeedSet(notices, ctx);
const BASE = 'https://power.qingshan.example';

describe('escapeXml', () => {
	test.each([
		['a & b', 'a &amp; b'],
		['<script>', '&lt;script&gt;'],
		['"quoted"', '&quot;quoted&quot;'],
		['停电\u0007范围', '停电范围'],
		['tab\tand\nnewline', 'tab\tand\nnewline'],
	])('%j → %j', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});
});

describe('atomDate', () => {
	test.each([
		['2026-12-03T08:00:00+08:00', '2026-12-03T00:00:00Z'],
		['2026-12-03T08:00+08:00', '2026-12-03T00:00:00Z'],
		['2026-03-08T01:30:00-05:00', '2026-03-08T06:30:00Z'],
		['2026-12-03T00:00:00Z', '2026-12-03T00:00:00Z'],
	])('%s → %s (RFC 3339, seconds included)', (input, output) => {
		expect(atomDate(input)).toBe(output);
	});
});

describe.each(['zh-cn', 'en'] as const)('the full feed in %s, read by @rowanmanning/feed-parser', (locale) => {
	const xml = feeds.allAtom(locale);
	const feed = parseFeed(xml);
	const prefix = locale === 'en' ? '/en' : '';

	test('is well-formed XML with the feed metadata', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(feed.self).toBe(`${BASE}${prefix}/outages.xml`);
		expect(feed.url).toBe(`${BASE}${prefix}/outages/`);
		expect(feed.language).toBe(locale === 'en' ? 'en' : 'zh-CN');
	});

	test('has one entry per notice, newest update first, with permanent ids and page links', () => {
		expect(feed.items.map((i) => i.id)).toEqual(selectForAtom(notices).map((n) => `${BASE}${prefix}/outages/${n.id}/`));
		for (const item of feed.items) expect(item.url).toBe(item.id);
		const updated = feed.items.map((i) => i.updated?.getTime() ?? NaN);
		expect(updated).toEqual([...updated].sort((a, b) => b - a));
	});

	test('feed updated is the latest entry update; entry updated is the notice updatedAt', () => {
		const latest = Math.max(...notices.map((n) => Date.parse(n.updatedAt)));
		expect(feed.updated?.getTime()).toBe(latest);
		for (const n of notices) {
			const item = feed.items.find((i) => i.id === `${BASE}${prefix}/outages/${n.id}/`);
			expect(item?.updated?.getTime()).toBe(Date.parse(n.updatedAt));
			expect(item?.published?.getTime()).toBe(Date.parse(n.publishedAt));
		}
	});

	test('the cancelled notice says so in its title and category', () => {
		const item = feed.items.find((i) => i.id?.endsWith('/qs-20261205-lianhua/'));
		expect(item?.title).toMatch(locale === 'en' ? /^Cancelled: / : /^【已取消】/);
		expect(item?.categories.map((c) => c.term)).toContain('cancelled');
		expect(item?.content).toMatch(locale === 'en' ? /Why cancelled/ : /取消原因/);
	});
});

describe('entries', () => {
	test.each([
		[
			'qs-20261201-guanmou-cun',
			'zh-cn',
			'停电（计划检修）：关牟村、关牟街社区，12月1日（周二）08:00 至 17:30，约 9.5 小时',
		],
		[
			'qs-20261204-xinhua',
			'en',
			/^Power cut \(planned maintenance\): .* — Friday 4 December, 22:00 to 05:00 the next day, Saturday 5 December \(overnight, about 7 hours\)$/,
		],
		['qs-20261210-zhongba', 'en', /^Rescheduled: Power cut/],
	] as const)('%s in %s has the title %s', (id, locale, title) => {
		const item = parseFeed(
			atomFeed(
				[byId(notices, id)],
				[atomEntry(byId(notices, id), ctx, locale)],
				{ title: 't', selfPath: '/x.xml', pagePath: '/' },
				ctx,
				locale,
				'2026-01-01T00:00:00+08:00',
			),
		).items[0];
		if (typeof title === 'string') expect(item.title).toBe(title);
		else expect(item.title).toMatch(title);
	});

	test('markup and ampersands in notice texts survive as text', () => {
		const tricky = trickyNotice(byId(notices, 'qs-20261201-guanmou-cun'));
		const xml = atomFeed(
			[tricky],
			[atomEntry(tricky, ctx, 'zh-cn')],
			{ title: 'A & B <c>', selfPath: '/x.xml', pagePath: '/' },
			ctx,
			'zh-cn',
			tricky.updatedAt,
		);
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml);
		expect(parsed.feed.title['#text']).toBe('A & B <c>');
		// The entry content is HTML, escaped for XML: read once as XML, it is HTML in which the notice's own
		// "<b>&amp;</b>" is text (escaped), never markup.
		expect(parsed.feed.entry.content['#text']).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;引号&quot;');
		expect(parsed.feed.entry.content['#text']).toContain('<p><strong>停电范围：</strong>');
	});
});

describe('feed size and dates', () => {
	const many: Notice[] = Array.from({ length: ATOM_ENTRY_LIMIT + 50 }, (_, i) => {
		const n = byId(notices, 'qs-20261201-guanmou-cun');
		const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3_600_000).toISOString();
		return {
			...n,
			id: `qs-many-${String(i).padStart(4, '0')}`,
			publishedAt: at,
			updatedAt: at,
			history: [{ revision: 1, at, event: 'published' as const }],
		};
	});

	test(`a feed carries the ${ATOM_ENTRY_LIMIT} most recently updated notices`, () => {
		const set = createFeedSet(many, ctx);
		const ids = parseFeed(set.allAtom('en')).items.map((i) => i.id?.split('/').at(-2));
		expect(ids).toHaveLength(ATOM_ENTRY_LIMIT);
		expect(ids[0]).toBe(`qs-many-${String(ATOM_ENTRY_LIMIT + 49).padStart(4, '0')}`);
		expect(ids).not.toContain('qs-many-0049');
		expect(ids).toContain('qs-many-0050');
	});

	test('an area without notices still has a valid feed, dated by the site’s first notice, and a publish leaves it as it was', () => {
		const areas = new Map(ctx.areas);
		areas.set('kongcun', {
			id: 'kongcun',
			kind: 'village',
			name: { zh: '空村' },
			aliases: [],
			depth: 2,
			parent: 'guanmou',
			ancestors: ['beishan', 'guanmou'],
			children: [],
		});
		const text = createFeedSet(notices, { ...ctx, areas }).areaAtom('kongcun', 'zh-cn');
		const feed = parseFeed(text);
		expect(feed.items).toEqual([]);
		expect(feed.updated?.getTime()).toBe(Math.min(...notices.map((n) => Date.parse(n.publishedAt))));
		// What the feed's cache key carries for an empty feed ([area].xml.ts): the date it shows.
		expect(Date.parse(createFeedSet(notices, { ...ctx, areas }).emptyFeedUpdated)).toBe(feed.updated?.getTime());
		// A notice published (or amended) elsewhere changes neither the empty feed nor its key.
		const n = byId(notices, 'qs-20261201-guanmou-cun');
		const later = '2027-01-05T09:00:00+08:00';
		const published: Notice = {
			...n,
			id: 'qs-20270110-later',
			publishedAt: later,
			updatedAt: later,
			history: [{ revision: 1, at: later, event: 'published' }],
		};
		const after = createFeedSet([...notices, published], { ...ctx, areas });
		expect(after.areaAtom('kongcun', 'zh-cn')).toBe(text);
		expect(after.emptyFeedUpdated).toBe(createFeedSet(notices, { ...ctx, areas }).emptyFeedUpdated);
		// No notices at all: still a valid date, not the build's time.
		expect(parseFeed(createFeedSet([], { ...ctx, areas }).areaAtom('kongcun', 'en')).updated?.toISOString()).toBe(
			'1970-01-01T00:00:00.000Z',
		);
	});

	test('a changed notice keeps its entry id and gets a new updated time', () => {
		const n = byId(notices, 'qs-20261201-guanmou-cun');
		const changed: Notice = {
			...n,
			revision: 2,
			updatedAt: '2026-11-30T12:00:00+08:00',
			history: [...n.history, { revision: 2, at: '2026-11-30T12:00:00+08:00', event: 'amended' }],
		};
		const before = parseFeed(createFeedSet([n], ctx).allAtom('zh-cn')).items[0];
		const after = parseFeed(createFeedSet([changed], ctx).allAtom('zh-cn')).items[0];
		expect(after.id).toBe(before.id);
		expect(after.updated?.getTime()).toBe(Date.parse('2026-11-30T12:00:00+08:00'));
		expect(after.title).toMatch(/^【已更新】/);
	});
});
