/**
 * Atom, module by module: escaping, dates, an entry element by element (its categories by kind, state and area),
 * and the feed around the entries (its `updated` from the entries, or fixed when there are none). Read back by
 * fast-xml-parser and by @rowanmanning/feed-parser. Inputs are built in each test (small-site.ts).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
	ATOM_ENTRY_LIMIT,
	atomDate,
	atomEntry,
	atomFeed,
	entryHtml,
	entryId,
	escapeXml,
} from '../../../src/lib/feeds/atom.ts';
import { noticeWords } from '../../../src/lib/feeds/notice-words.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { BASE, feedNotice, smallCtx } from './small-site.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	isArray: (name) => ['entry', 'category', 'link'].includes(name),
});
const cancelled = feedNotice(
	{ lifecycle: 'cancelled', cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气原因' } } },
	[{ at: '2026-11-30T09:00:00+08:00', event: 'cancelled' }],
);
const info = { title: '青山供电停电通知', selfPath: '/outages.xml', pagePath: '/outages/' };
const feedOf = (notices: Notice[], locale: 'zh-cn' | 'en' = 'zh-cn', emptyUpdated = '2025-01-01T00:00:00+08:00') => {
	const ctx = smallCtx();
	return atomFeed(
		notices,
		notices.map((n) => atomEntry(n, ctx, locale)),
		info,
		ctx,
		locale,
		emptyUpdated,
	);
};

describe('escapeXml', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<b>', '&lt;b&gt;'],
		['"quoted"', '&quot;quoted&quot;'],
		["it's", "it's"],
		[
			'NUL\u0000, bell\u0007, VT\u000b, FF\u000c, US\u001f, U+FFFE\ufffe, U+FFFF\uffff',
			'NUL, bell, VT, FF, US, U+FFFE, U+FFFF',
		],
		['tab\t, newline\n, return\r kept', 'tab\t, newline\n, return\r kept'],
		['停电 & 送电', '停电 &amp; 送电'],
	])('%j → %j', (text, escaped) => {
		expect(escapeXml(text)).toBe(escaped);
	});
});

describe('atomDate', () => {
	it.each([
		['2026-12-03T08:00:00+08:00', '2026-12-03T00:00:00Z'],
		['2026-12-03T08:00+08:00', '2026-12-03T00:00:00Z'],
		['2026-12-03T08:00:00.250+08:00', '2026-12-03T00:00:00.250Z'],
		['2026-03-08T01:30:00-05:00', '2026-03-08T06:30:00Z'],
	])('%s → %s', (instant, date) => {
		expect(atomDate(instant)).toBe(date);
	});
});

describe('an entry', () => {
	it('its id is the notice page in the feed’s language', () => {
		expect(entryId('n1', smallCtx(), 'zh-cn')).toBe(`${BASE}/outages/n1/`);
		expect(entryId('n1', smallCtx(), 'en')).toBe(`${BASE}/en/outages/n1/`);
	});

	it('as first published: id, title, dates, links, categories, summary and content', () => {
		const entry = parser.parse(atomEntry(feedNotice({ areas: ['oak', 'gone'] }), smallCtx(), 'zh-cn')).entry[0];
		expect(entry).toEqual({
			id: `${BASE}/outages/n1/`,
			title: { '#text': '停电（计划检修）：橡树村、gone，12月3日（周四）08:00 至 17:30，约 9.5 小时', type: 'text' },
			published: '2026-11-20T01:00:00Z',
			updated: '2026-11-20T01:00:00Z',
			link: [
				{ rel: 'alternate', type: 'text/html', href: `${BASE}/outages/n1/` },
				{ rel: 'related', type: 'text/calendar', href: `${BASE}/outages/n1.ics` },
			],
			category: [
				{ term: 'planned', label: '计划检修' },
				{ term: 'oak', scheme: `${BASE}/areas/`, label: '橡树村' },
				{ term: 'gone', scheme: `${BASE}/areas/`, label: 'gone' },
			],
			summary: { '#text': '12月3日（周四）08:00 至 17:30，约 9.5 小时\n停电区域：橡树村、gone', type: 'text' },
			content: { '#text': expect.stringContaining('<p><strong>停电时间：</strong>12月3日'), type: 'html' },
		});
	});

	it('is one element per line, in a fixed order', () => {
		const lines = atomEntry(feedNotice(), smallCtx(), 'zh-cn').split('\n');
		expect(lines.map((l) => /^<\/?(\w+)/.exec(l)?.[1])).toEqual([
			'entry',
			'id',
			'title',
			'published',
			'updated',
			'link',
			'link',
			'category',
			'summary',
			undefined, // the summary's second line: its areas
			'content',
			'entry',
		]);
	});

	it('in English, with its state as a category', () => {
		const entry = parser.parse(atomEntry(cancelled, smallCtx(), 'en')).entry[0];
		expect(entry.category).toEqual([
			{ term: 'planned', label: 'planned maintenance' },
			{ term: 'cancelled', label: 'Cancelled' },
			{ term: 'oak', scheme: `${BASE}/areas/`, label: 'Oak Village' },
		]);
		expect(entry.link[1].href).toBe(`${BASE}/en/outages/n1.ics`);
		expect(entry.updated).toBe('2026-11-30T01:00:00Z');
	});

	it('its content is each detail as a paragraph, the page as a link, everything escaped', () => {
		const words = noticeWords(feedNotice({ scope: { zh: '1组 & 2组 <新>' } }), smallCtx(), 'zh-cn');
		const html = entryHtml(words, 'zh-cn');
		expect(html.startsWith('<p><strong>停电时间：</strong>12月3日（周四）08:00 至 17:30，约 9.5 小时</p>')).toBe(true);
		expect(html).toContain('<p><strong>停电范围：</strong>1组 &amp; 2组 &lt;新&gt;</p>');
		expect(html.endsWith(`<p><strong>详情：</strong><a href="${BASE}/outages/n1/">${BASE}/outages/n1/</a></p>`)).toBe(
			true,
		);
		expect(html.match(/<p>/g)).toHaveLength(words.details.length);
		expect(html).toContain('</p><p><strong>停电区域：</strong>橡树村</p><p>');
		expect(entryHtml(words, 'en')).toContain('<strong>停电时间: </strong>');
	});
});

describe('the feed', () => {
	it('describes itself, in its language, and carries the entries in the order given', () => {
		const xml = feedOf([feedNotice(), feedNotice({ id: 'n2' })]);
		expect(
			xml.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
			),
		).toBe(true);
		expect(xml.endsWith('</feed>\n')).toBe(true);
		const feed = parser.parse(xml).feed;
		expect({ ...feed, entry: feed.entry.map((e: { id: string }) => e.id) }).toEqual({
			xmlns: 'http://www.w3.org/2005/Atom',
			'xml:lang': 'zh-CN',
			id: `${BASE}/outages.xml`,
			title: { '#text': '青山供电停电通知', type: 'text' },
			subtitle: { '#text': '供电企业发布的计划停电及临时停电通知。时间均为供电企业所在地的当地时间。', type: 'text' },
			updated: '2026-11-20T01:00:00Z',
			link: [
				{ rel: 'self', type: 'application/atom+xml', href: `${BASE}/outages.xml` },
				{ rel: 'alternate', type: 'text/html', href: `${BASE}/outages/` },
			],
			author: { name: '青山供电', uri: `${BASE}/` },
			entry: [`${BASE}/outages/n1/`, `${BASE}/outages/n2/`],
		});
	});

	it('in English: its language, the English name and home page', () => {
		const feed = parser.parse(feedOf([feedNotice()], 'en')).feed;
		expect([feed['xml:lang'], feed.author]).toEqual(['en', { name: 'Qingshan Power', uri: `${BASE}/en/` }]);
	});

	it.each([
		[
			'the latest change of any entry, whatever the order',
			['2026-11-21T09:00:00+08:00', '2026-11-25T09:00:00+08:00', '2026-11-22T09:00:00+08:00'],
			'2026-11-25T01:00:00Z',
		],
		[
			'compared as instants, not as text',
			['2026-11-25T09:00:00+08:00', '2026-11-25T02:00:00Z'],
			'2026-11-25T02:00:00Z',
		],
		['no entries: the fixed date given', [], '2024-12-31T16:00:00Z'],
		['equal instants: the first one’s', ['2026-11-25T10:00:00+08:00', '2026-11-25T02:00:00Z'], '2026-11-25T02:00:00Z'],
	])('updated: %s', (_what, updatedAts, updated) => {
		const notices = updatedAts.map((at, i) => feedNotice({ id: `n${i}`, updatedAt: at }));
		expect(parser.parse(feedOf(notices)).feed.updated).toBe(updated);
	});

	it('is read by a real feed parser', () => {
		const feed = parseFeed(feedOf([feedNotice(), cancelled]));
		expect(feed.title).toBe('青山供电停电通知');
		expect(feed.items.map((i) => i.title)).toEqual([
			'停电（计划检修）：橡树村，12月3日（周四）08:00 至 17:30，约 9.5 小时',
			'【已取消】停电（计划检修）：橡树村，12月3日（周四）08:00 至 17:30，约 9.5 小时',
		]);
		expect(ATOM_ENTRY_LIMIT).toBe(200);
	});
});
