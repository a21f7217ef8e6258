import { describe, expect, test } from 'vitest';
import { prefixSitemap, prefixUrl, sitemapIndex, sitemapLocs } from '../../scripts/bench/lib/sitemap-merge.ts';

const origin = 'https://power.example';
const urlset = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>https://power.example/</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://power.example/"/><xhtml:link rel="alternate" hreflang="en" href="https://power.example/en/"/></url><url><loc>https://power.example/areas/a&amp;b/?x=1</loc></url></urlset>`;

describe('prefixUrl', () => {
	test.each([
		['https://power.example/', '/a/', 'https://power.example/a/'],
		['https://power.example/outages/x/', '/b/', 'https://power.example/b/outages/x/'],
		['https://power.example/en/?q=1#t', '/a/', 'https://power.example/a/en/?q=1#t'],
	])('%s under %s', (url, prefix, expected) => {
		expect(prefixUrl(url, origin, prefix)).toBe(expected);
	});

	test.each([
		['https://elsewhere.example/x/', '/a/', /not on https:\/\/power.example/],
		['https://power.example/x/', 'a', /prefix must look like/],
		['https://power.example/x/', '/a/b/', /prefix must look like/],
	])('refuses %s with %s', (url, prefix, message) => {
		expect(() => prefixUrl(url, origin, prefix)).toThrow(message);
	});
});

describe('prefixSitemap', () => {
	const { xml, locs } = prefixSitemap(urlset, origin, '/a/');

	test('every <loc> and hreflang alternate moves under the prefix, entities kept', () => {
		expect(locs).toEqual(['https://power.example/a/', 'https://power.example/a/areas/a&b/?x=1']);
		expect(xml).toContain('hreflang="en" href="https://power.example/a/en/"');
		expect(xml).toContain('<loc>https://power.example/a/areas/a&amp;b/?x=1</loc>');
		expect(xml).not.toMatch(/"https:\/\/power\.example\/(?!a\/)/);
		expect(sitemapLocs(xml)).toEqual(locs);
	});

	test('a sitemap index is rewritten the same way', () => {
		const index = sitemapIndex(['https://power.example/sitemap-0.xml']);
		expect(prefixSitemap(index, origin, '/b/').locs).toEqual(['https://power.example/b/sitemap-0.xml']);
	});
});

describe('sitemapIndex', () => {
	test('lists the sitemaps in order, escaped, and reads back', () => {
		const xml = sitemapIndex([
			'https://power.example/a/sitemap-0.xml',
			'https://power.example/b/sitemap-0.xml?x=1&y=2',
		]);
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?><sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
		);
		expect(xml).toContain('y=1&amp;y=2'.replace('y=1', 'x=1'));
		expect(sitemapLocs(xml)).toEqual([
			'https://power.example/a/sitemap-0.xml',
			'https://power.example/b/sitemap-0.xml?x=1&y=2',
		]);
	});
});
