/** Page metadata helpers at their edges: language alternates and switch targets, hreflang, JSON-LD, robots, dates. */
import { describe, expect, it } from 'vitest';
import {
	alternatePaths,
	articleJsonLd,
	hreflangLinks,
	jsonLdScript,
	languageSwitchTargets,
	latestDate,
	robotsTxt,
	sitePublisher,
} from '../../src/lib/seo.ts';

describe('alternates', () => {
	it.each([
		[
			'no overrides: the same page in each language',
			{},
			{ 'zh-cn': '/guidance/', en: '/en/guidance/' },
			{ 'zh-cn': '/guidance/', en: '/en/guidance/' },
		],
		[
			'no English page, a fallback',
			{ en: { fallback: '/en/guidance/' } },
			{ 'zh-cn': '/guidance/', en: null },
			{ 'zh-cn': '/guidance/', en: '/en/guidance/' },
		],
		[
			'no English page, no fallback: the English home page',
			{ en: null },
			{ 'zh-cn': '/guidance/', en: null },
			{ 'zh-cn': '/guidance/', en: '/en/' },
		],
		[
			'a translation elsewhere',
			{ en: '/en/other/' },
			{ 'zh-cn': '/guidance/', en: '/en/other/' },
			{ 'zh-cn': '/guidance/', en: '/en/other/' },
		],
	] as const)('%s', (_what, overrides, paths, targets) => {
		expect(alternatePaths('/guidance/', overrides)).toEqual(paths);
		expect(languageSwitchTargets('/guidance/', overrides)).toEqual(targets);
	});

	it('hreflang: one per translation, x-default the Chinese page; none without one', () => {
		expect(hreflangLinks({ 'zh-cn': '/a/', en: '/en/a/' }, 'https://p.example')).toEqual([
			{ hreflang: 'zh-CN', href: 'https://p.example/a/' },
			{ hreflang: 'en', href: 'https://p.example/en/a/' },
			{ hreflang: 'x-default', href: 'https://p.example/a/' },
		]);
		expect(hreflangLinks({ 'zh-cn': null, en: '/en/a/' }, 'https://p.example')).toEqual([
			{ hreflang: 'en', href: 'https://p.example/en/a/' },
		]);
	});
});

describe('small helpers', () => {
	it('jsonLdScript escapes every < so no text can close the script', () => {
		expect(jsonLdScript({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
	});

	it('robots.txt, line by line', () => {
		expect(robotsTxt('https://p.example')).toBe(
			'User-agent: *\nDisallow: /pagefind/\n\nSitemap: https://p.example/sitemap-index.xml\n',
		);
	});

	it.each([
		[['2026-01-10'], '2026-01-10'],
		[['2026-01-10', '2026-11-15', '2026-03-01'], '2026-11-15'],
		[[undefined, '2026-03-01', undefined], '2026-03-01'],
		[['2026-03-01', ''], '2026-03-01'],
	])('latestDate of %j: %s', (dates, latest) => {
		expect(latestDate(...dates)).toBe(latest);
	});

	it('latestDate of no date is an error', () => {
		expect(() => latestDate(undefined)).toThrow('latestDate: no date given / 未给出日期');
	});

	it('the publisher’s home page in its language', () => {
		const site = { name: { zh: '青山供电', en: 'Qingshan Power' }, baseUrl: 'https://p.example', hotline: '95598' };
		expect(sitePublisher(site, 'en')).toEqual({
			name: 'Qingshan Power',
			url: 'https://p.example/en/',
			logo: 'https://p.example/logo.png',
			telephone: '95598',
		});
		expect(sitePublisher(site, 'zh-cn').url).toBe('https://p.example/');
	});

	it('an article’s context and keywords', () => {
		const ld = articleJsonLd({
			headline: 'h',
			description: 'd',
			url: 'https://p.example/a/',
			lang: 'zh-CN',
			dateModified: '2026-11-15',
			images: [],
			keywords: ['雷电', '安全'],
			publisher: { name: 'P', url: 'https://p.example/', logo: 'https://p.example/logo.png' },
		});
		expect([ld['@context'], ld.keywords, ld.datePublished]).toEqual(['https://schema.org', '雷电, 安全', '2026-11-15']);
		expect((ld.publisher as Record<string, unknown>).telephone).toBeUndefined();
	});
});
