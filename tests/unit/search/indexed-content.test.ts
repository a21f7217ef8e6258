/**
 * What Pagefind can read of a page (indexed-content.ts): changes search cannot see leave it equal, changes search
 * reads change it. The step's own test (index-site.test.ts) checks with the real Pagefind that an equal result
 * gives byte-identical bundles.
 */
import { describe, expect, test } from 'vitest';
import { indexedContent } from '../../../src/lib/search/indexed-content.ts';

const page = (main: string, { lang = 'zh-CN', outside = '', head = '' } = {}) =>
	`<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body><header>${outside}<a href="/">首页</a></header><main data-pagefind-body><h1>关牟村</h1>${main}</main><footer>©</footer></body></html>`;
const base = page(
	'<p>停电通知</p><ul data-pagefind-ignore><li>3 条</li></ul><div hidden data-pagefind-ignore><span data-pagefind-filter="type">停电</span></div>',
);

describe('indexedContent', () => {
	test.each([
		[
			'text outside the indexed region',
			page(
				'<p>停电通知</p><ul data-pagefind-ignore><li>3 条</li></ul><div hidden data-pagefind-ignore><span data-pagefind-filter="type">停电</span></div>',
				{ outside: '<p>截至 10:05</p>' },
			),
		],
		[
			'the head (title, meta, scripts)',
			base.replace('<title>T</title>', '<title>T2</title><meta name="x" content="y"><script>1</script>'),
		],
		['text inside data-pagefind-ignore', base.replace('<li>3 条</li>', '<li>4 条</li><li>新</li>')],
		[
			'attributes inside data-pagefind-ignore',
			base.replace('<ul data-pagefind-ignore>', '<ul data-pagefind-ignore class="x" data-count="4">'),
		],
		[
			'an element inside data-pagefind-ignore="all"',
			base.replace(
				'<p>停电通知</p>',
				'<p>停电通知</p><div data-pagefind-ignore="all"><span data-pagefind-filter="type">别的</span><h1>x</h1></div>',
			),
		],
		['the footer', base.replace('<footer>©</footer>', '<footer>© 2027</footer>')],
	])('is unchanged by %s', (_what, other) => {
		expect(indexedContent(other)).toBe(indexedContent(base));
	});

	test.each([
		['indexed text', base.replace('<p>停电通知</p>', '<p>停电通知 改</p>')],
		['an attribute in the indexed region', base.replace('<p>停电通知</p>', '<p id="a">停电通知</p>')],
		['the page language', base.replace('lang="zh-CN"', 'lang="en"')],
		[
			'a filter inside data-pagefind-ignore (Pagefind reads filters there)',
			base.replace('>停电</span>', '>抢修</span>'),
		],
		[
			'a filter or meta outside the indexed region',
			base.replace('<head>', '<head><meta data-pagefind-meta="image[content]" content="/a.png">'),
		],
		['an h1 outside the indexed region (a default title)', page('<p>停电通知</p>', { outside: '<h1>别的</h1>' })],
		[
			'an image outside the indexed region (the default image)',
			page('<p>停电通知</p>', { outside: '<img src="/a.png" alt="">' }),
		],
		['a weighted keyword', base.replace('</main>', '<p hidden data-pagefind-weight="5">关牟线</p></main>')],
		[
			'where an ignored block ends',
			base.replace(
				'<ul data-pagefind-ignore><li>3 条</li></ul>',
				'<ul data-pagefind-ignore><li>3 条</li></ul><p>后</p>',
			),
		],
	])('changes with %s', (_what, other) => {
		expect(indexedContent(other)).not.toBe(indexedContent(base));
	});

	test('a page without data-pagefind-body is read from <body>', () => {
		const bare = (text: string) => `<html lang="en"><body><p>${text}</p></body></html>`;
		expect(indexedContent(bare('a'))).not.toBe(indexedContent(bare('b')));
	});

	test('markup-like text stays text, entities are decoded once', () => {
		expect(indexedContent(page('<p>10kV&gt;0 &lt;img src=x</p>'))).toContain('10kV>0 <img src=x');
	});
});
