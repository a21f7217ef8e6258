import { describe, expect, test } from 'vitest';
import {
	articleAlternates,
	articleExists,
	faqJsonLd,
	groupByCategory,
	relatedArticles,
	splitArticleId,
	untranslatedCount,
	type ArticleRef,
} from '../../../src/lib/guidance/articles.ts';

const a = (
	locale: 'zh-cn' | 'en',
	slug: string,
	category: string,
	title: string,
	related: string[] = [],
): ArticleRef<{ category: string; title: string; related: string[] }> => ({
	locale,
	slug,
	data: { category, title, related },
});

describe('splitArticleId', () => {
	test.each([
		['zh-cn/outage-prepare', { locale: 'zh-cn', slug: 'outage-prepare' }],
		['en/fallen-lines', { locale: 'en', slug: 'fallen-lines' }],
	])('%s', (id, out) => expect(splitArticleId(id)).toEqual(out));
	test.each([
		'fr/x',
		'outage-prepare',
		'zh-cn/Bad_Slug',
		'xen/lightning',
		'guidance/en/lightning',
		'en/lightning/extra',
		'en/lightning.mdx',
		'en/-lightning',
		'en/',
	])('refuses %s', (id) => expect(() => splitArticleId(id)).toThrow(/is not <zh-cn\|en>\/<slug>/));
});

describe('articleAlternates', () => {
	const have = new Set(['zh-cn/outage-prepare', 'en/outage-prepare', 'zh-cn/lightning']);
	const exists = (l: string, s: string) => have.has(`${l}/${s}`);
	test.each([
		[
			'a translated Chinese article links its English page',
			'outage-prepare',
			'zh-cn',
			{ en: '/en/guidance/outage-prepare/' },
		],
		[
			'a translated English article links its Chinese page',
			'outage-prepare',
			'en',
			{ 'zh-cn': '/guidance/outage-prepare/' },
		],
		[
			'an untranslated article offers the other hub, not as a translation',
			'lightning',
			'zh-cn',
			{ en: { fallback: '/en/guidance/' } },
		],
	] as const)('%s', (_, slug, locale, out) => {
		expect(articleAlternates(slug, locale, '/guidance/', '/guidance/', exists)).toEqual(out);
	});
});

describe('untranslatedCount', () => {
	const all = [
		a('zh-cn', 'outage-prepare', 'outages', '停电前'),
		a('en', 'outage-prepare', 'outages', 'Before a power cut'),
		a('zh-cn', 'lightning', 'storms', '打雷'),
		a('zh-cn', 'generator-safety', 'outages', '发电机'),
		a('en', 'english-only', 'services', 'Only in English'),
	];
	test.each([
		['en', 2],
		['zh-cn', 1],
	] as const)('%s: %i articles only in the other language', (locale, n) => {
		expect(untranslatedCount(all, locale)).toBe(n);
	});
	test('none when every article is translated', () => {
		expect(untranslatedCount(all.slice(0, 2), 'en')).toBe(0);
	});
});

describe('groupByCategory', () => {
	test('keeps the category order, sorts by title, drops empty categories', () => {
		const list = [
			a('en', 'b', 'storms', 'Storms'),
			a('en', 'c', 'home-safety', 'Wiring'),
			a('en', 'd', 'home-safety', 'Fallen lines'),
		];
		expect(
			groupByCategory(list, ['home-safety', 'outages', 'storms']).map((g) => [
				g.category,
				g.articles.map((x) => x.slug),
			]),
		).toEqual([
			['home-safety', ['d', 'c']],
			['storms', ['b']],
		]);
	});
});

describe('groupByCategory: titles sort by the rules of their language', () => {
	// Chinese sorts by pinyin, Han before Latin letters; English puts Latin letters before Han.
	test.each([
		['zh-cn', ['LED 灯', '停电前', '安全用电'], ['安全用电', '停电前', 'LED 灯']],
		['zh-cn', ['停电前', '安全用电'], ['安全用电', '停电前']],
		['en', ['停电 (power cuts)', 'Wiring'], ['Wiring', '停电 (power cuts)']],
		['en', ['mā', 'má'], ['má', 'mā']],
	] as const)('%s: %j', (locale, titles, sorted) => {
		const list = titles.map((title, i) => a(locale, `s${i}`, 'c', title));
		expect(groupByCategory(list, ['c']).map((g) => [g.category, g.articles.map((x) => x.data.title)])).toEqual([
			['c', sorted],
		]);
	});
});

describe('articleExists', () => {
	test.each([
		['zh-cn', 'outage-prepare', true],
		['en', 'outage-prepare', true],
		['zh-cn', 'lightning', true],
		['en', 'lightning', false],
		['en', 'english-only', true],
		['zh-cn', 'english-only', false],
		['zh-cn', 'nowhere', false],
		['en', '', false],
	] as const)('%s/%s: %s', (locale, slug, out) => {
		const exists = articleExists([
			a('zh-cn', 'outage-prepare', 'outages', '停电前'),
			a('en', 'outage-prepare', 'outages', 'Before a power cut'),
			a('zh-cn', 'lightning', 'storms', '打雷'),
			a('en', 'english-only', 'services', 'Only in English'),
		]);
		expect(exists(locale, slug)).toBe(out);
	});
	test('nothing exists in an empty list', () => expect(articleExists([])('en', 'lightning')).toBe(false));
});

describe('relatedArticles', () => {
	test('only those in the same language, in frontmatter order', () => {
		const all = [
			a('en', 'x', 's', 'X', ['z', 'y', 'only-zh']),
			a('en', 'y', 's', 'Y'),
			a('en', 'z', 's', 'Z'),
			a('zh-cn', 'only-zh', 's', '中'),
		];
		expect(relatedArticles(all[0], all).map((r) => r.slug)).toEqual(['z', 'y']);
	});
});

describe('structured data', () => {
	test('FAQPage, and none without questions', () => {
		expect(faqJsonLd([{ q: 'Q?', a: 'A.' }], 'zh-CN')).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: 'zh-CN',
			mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }],
		});
		expect(faqJsonLd([], 'en')).toBeUndefined();
	});
});
